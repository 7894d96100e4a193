#include "settings/numberingpage.h"

#include "common/notebar.h"
#include "db/database.h"
#include "domain/bodysettings.h"
#include "editing/edits.h"
#include "repositories/applicationrepository.h"
#include "repositories/bodysettingsrepository.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

NumberingPage::NumberingPage(QWidget *parent)
    : QWidget(parent), m_keys(BodySettings::keys()), m_note(new NoteBar(this)), m_title(new QLabel(this)),
      m_preview(new QLabel(this)), m_message(new QLabel(this)), m_help(new QLabel(this)), m_save(new QPushButton(this)),
      m_revert(new QPushButton(this))
{
    auto *form = new QFormLayout;
    for (const QString &key : std::as_const(m_keys)) {
        auto *label = new QLabel(this);
        auto *edit = new QLineEdit(this);
        edit->setObjectName(key);
        edit->setMaxLength(key == QLatin1String(BodySettingKey::BodyName) ? 200 : 60);
        label->setBuddy(edit);
        form->addRow(label, edit);
        if (key == QLatin1String(BodySettingKey::ApplicationNumberPattern))
            form->addRow(QString(), m_preview);
        m_labels << label;
        m_edits_ << edit;
        m_stored << QString();
        connect(edit, &QLineEdit::textChanged, this, &NumberingPage::update);
    }
    m_preview->setObjectName(QStringLiteral("preview"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setWordWrap(true);
    form->addRow(QString(), m_message);
    m_help->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_help);
    layout->addStretch();
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &NumberingPage::save);
    connect(m_revert, &QPushButton::clicked, this, &NumberingPage::revert);
    retranslateUi();
    setEditable(false, QString());
}

void NumberingPage::setDatabase(Database *db)
{
    m_db = db;
    refresh();
}

void NumberingPage::setEditable(bool editable, const QString &note)
{
    m_editable = editable;
    m_note->setText(note);
    for (QLineEdit *edit : std::as_const(m_edits_))
        edit->setReadOnly(!editable);
    update();
}

void NumberingPage::refresh()
{
    BodySettings settings;
    if (m_db) {
        try {
            settings = BodySettingsRepository(*m_db).load();
        } catch (const SqlError &e) {
            emit statusMessage(tr("The settings could not be read: %1").arg(e.message()));
        }
    }
    for (int i = 0; i < m_keys.size(); ++i) {
        m_stored[i] = settings.value(m_keys.at(i));
        const QSignalBlocker blocker(m_edits_.at(i));
        m_edits_.at(i)->setText(m_stored.at(i));
    }
    update();
}

bool NumberingPage::isModified() const
{
    for (int i = 0; i < m_keys.size(); ++i)
        if (m_edits_.at(i)->text().trimmed() != m_stored.at(i))
            return true;
    return false;
}

QString NumberingPage::previewText() const { return m_preview->text(); }

QString NumberingPage::messageText() const { return m_message->text(); }

void NumberingPage::update()
{
    QStringList messages;
    bool valid = true;
    for (int i = 0; i < m_keys.size(); ++i) {
        const QList<FieldProblem> problems = BodySettings::validate(m_keys.at(i), m_edits_.at(i)->text().trimmed());
        for (const FieldProblem &p : problems)
            messages << QStringLiteral("%1: %2").arg(BodySettings::label(m_keys.at(i)), p.message);
        valid = valid && problems.isEmpty();
    }
    m_message->setText(messages.join(u'\n'));
    m_message->setVisible(!messages.isEmpty());
    const QString pattern = applicationPattern()->text().trimmed();
    if (BodySettings::validate(m_keys.at(0), pattern).isEmpty()) {
        QString next = ApplicationRules::number(pattern, QDate::currentDate(), 1);
        if (m_db && pattern == m_stored.at(0)) {
            try {
                next = ApplicationRepository(*m_db).nextNumber(QDate::currentDate());
            } catch (const SqlError &) {
            }
        }
        m_preview->setText(tr("The next application received today: %1").arg(next));
    } else {
        m_preview->clear();
    }
    m_save->setEnabled(m_editable && isModified() && valid);
    m_revert->setEnabled(isModified());
    emit modificationChanged(isModified());
}

bool NumberingPage::save()
{
    if (!isModified())
        return true;
    if (!m_edits || !m_db || !m_editable)
        return false;
    QList<QPair<QString, QString>> changes;
    for (int i = 0; i < m_keys.size(); ++i)
        if (m_edits_.at(i)->text().trimmed() != m_stored.at(i))
            changes << qMakePair(m_keys.at(i), m_edits_.at(i)->text().trimmed());
    Database *db = m_db;
    const WriteResult result = m_edits->run(
        [] { return QCoreApplication::translate("NumberingPage", "Change the numbering settings"); },
        [db, changes] {
            WriteResult last;
            last.ok = true;
            for (const auto &[key, value] : changes) {
                last = BodySettingsRepository(*db).setValue(key, value);
                if (!last)
                    return last;
            }
            return last;
        });
    if (!result) {
        m_message->setText(result.message);
        m_message->show();
        return false;
    }
    refresh();
    emit statusMessage(tr("The numbering settings are saved."));
    return true;
}

void NumberingPage::revert() { refresh(); }

bool NumberingPage::maybeSave()
{
    if (!isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Numbering"),
                                              tr("The numbering settings have changes that are not saved yet. Save them?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard) {
        revert();
        return true;
    }
    return save();
}

void NumberingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NumberingPage::retranslateUi()
{
    m_title->setText(tr("Record numbers and the body's name"));
    m_labels.at(0)->setText(tr("Application &number pattern:"));
    m_labels.at(1)->setText(tr("Con&tract number pattern:"));
    m_labels.at(2)->setText(tr("The body's name in &contracts:"));
    m_help->setText(tr("Literal text with the fields {yyyy} (year), {yy}, {mm} (month) and {seq} or {seq:N}, the running "
                       "number within the year padded to N digits. A number once given stays; a new pattern applies to "
                       "the records made after it."));
    m_save->setText(tr("&Save"));
    m_revert->setText(tr("&Discard changes"));
    update();
}
