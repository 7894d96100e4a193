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

namespace {
const QString kKey = QString::fromLatin1(BodySettingKey::ApplicationNumberPattern);
} // namespace

NumberingPage::NumberingPage(QWidget *parent)
    : QWidget(parent), m_note(new NoteBar(this)), m_title(new QLabel(this)), m_label(new QLabel(this)),
      m_application(new QLineEdit(this)), m_preview(new QLabel(this)), m_message(new QLabel(this)),
      m_help(new QLabel(this)), m_save(new QPushButton(this)), m_revert(new QPushButton(this))
{
    m_application->setObjectName(QStringLiteral("applicationNumberPattern"));
    m_application->setMaxLength(60);
    m_label->setBuddy(m_application);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setWordWrap(true);
    m_help->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto *form = new QFormLayout;
    form->addRow(m_label, m_application);
    form->addRow(QString(), m_preview);
    form->addRow(QString(), m_message);
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
    connect(m_application, &QLineEdit::textChanged, this, &NumberingPage::update);
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
    m_application->setReadOnly(!editable);
    update();
}

void NumberingPage::refresh()
{
    m_stored = BodySettings::defaultApplicationNumberPattern();
    if (m_db) {
        try {
            m_stored = BodySettingsRepository(*m_db).load().applicationNumberPattern;
        } catch (const SqlError &e) {
            emit statusMessage(tr("The settings could not be read: %1").arg(e.message()));
        }
    }
    const QSignalBlocker blocker(m_application);
    m_application->setText(m_stored);
    update();
}

bool NumberingPage::isModified() const { return m_application->text().trimmed() != m_stored; }

QString NumberingPage::previewText() const { return m_preview->text(); }

QString NumberingPage::messageText() const { return m_message->text(); }

void NumberingPage::update()
{
    const QString pattern = m_application->text().trimmed();
    const QList<FieldProblem> problems = BodySettings::validate(kKey, pattern);
    QStringList messages;
    for (const FieldProblem &p : problems)
        messages << p.message;
    m_message->setText(messages.join(u'\n'));
    m_message->setVisible(!messages.isEmpty());
    if (problems.isEmpty()) {
        int seq = 1;
        QString next = ApplicationRules::number(pattern, QDate::currentDate(), seq);
        if (m_db && pattern == m_stored) {
            try {
                next = ApplicationRepository(*m_db).nextNumber(QDate::currentDate());
            } catch (const SqlError &) {
            }
        }
        m_preview->setText(tr("The next application received today: %1").arg(next));
    } else {
        m_preview->clear();
    }
    m_save->setEnabled(m_editable && isModified() && problems.isEmpty());
    m_revert->setEnabled(isModified());
    emit modificationChanged(isModified());
}

bool NumberingPage::save()
{
    if (!isModified())
        return true;
    if (!m_edits || !m_db || !m_editable)
        return false;
    const QString value = m_application->text().trimmed();
    Database *db = m_db;
    const WriteResult result = m_edits->run(
        [] { return QCoreApplication::translate("NumberingPage", "Change the application number pattern"); },
        [db, value] { return BodySettingsRepository(*db).setValue(kKey, value); });
    if (!result) {
        m_message->setText(result.message);
        m_message->show();
        return false;
    }
    refresh();
    emit statusMessage(tr("Application numbers now follow %1.").arg(value));
    return true;
}

void NumberingPage::revert() { refresh(); }

bool NumberingPage::maybeSave()
{
    if (!isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Numbering"),
                                              tr("The number pattern has changes that are not saved yet. Save them?"),
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
    m_title->setText(tr("Record numbers"));
    m_label->setText(tr("Application &number pattern:"));
    m_help->setText(tr("Literal text with the fields {yyyy} (year received), {yy}, {mm} (month) and {seq} or {seq:N}, "
                       "the running number within the year padded to N digits. A number once given stays; a new "
                       "pattern applies to the applications recorded after it."));
    m_save->setText(tr("&Save"));
    m_revert->setText(tr("&Discard changes"));
    update();
}
