#include "settings/numberingpage.h"

#include "common/notebar.h"
#include "db/database.h"
#include "domain/bodysettings.h"
#include "editing/edits.h"
#include "io/logopicture.h"
#include "repositories/applicationrepository.h"
#include "repositories/bodysettingsrepository.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {

const QString kApplicationPattern = QString::fromLatin1(BodySettingKey::ApplicationNumberPattern);
const QString kLogo = QString::fromLatin1(BodySettingKey::BodyLogo);

bool isPattern(const QString &key)
{
    return key == QLatin1String(BodySettingKey::ApplicationNumberPattern) || key == QLatin1String(BodySettingKey::ContractNumberPattern)
        || key == QLatin1String(BodySettingKey::CertificateNumberPattern);
}

int maxLength(const QString &key)
{
    if (key == QLatin1String(BodySettingKey::BodyAddress) || key == QLatin1String(BodySettingKey::BodyAddressEn))
        return 300;
    if (key == QLatin1String(BodySettingKey::BodyName) || key == QLatin1String(BodySettingKey::BodyNameEn))
        return 200;
    return 60;
}

} // namespace

NumberingPage::NumberingPage(QWidget *parent)
    : QWidget(parent), m_keys(BodySettings::keys()), m_note(new NoteBar(this)), m_numbersTitle(new QLabel(this)),
      m_bodyTitle(new QLabel(this)), m_logoLabel(new QLabel(this)), m_logoPicture(new QLabel(this)),
      m_chooseLogo(new QPushButton(this)), m_clearLogo(new QPushButton(this)), m_preview(new QLabel(this)),
      m_message(new QLabel(this)), m_help(new QLabel(this)), m_bodyHelp(new QLabel(this)), m_save(new QPushButton(this)),
      m_revert(new QPushButton(this))
{
    auto *numbers = new QFormLayout;
    auto *body = new QFormLayout;
    for (const QString &key : std::as_const(m_keys)) {
        if (key == kLogo)
            continue;
        auto *label = new QLabel(this);
        auto *edit = new QLineEdit(this);
        edit->setObjectName(key);
        edit->setMaxLength(maxLength(key));
        label->setBuddy(edit);
        QFormLayout *form = isPattern(key) ? numbers : body;
        form->addRow(label, edit);
        if (key == kApplicationPattern)
            form->addRow(QString(), m_preview);
        m_labels.insert(key, label);
        m_lineEdits.insert(key, edit);
        connect(edit, &QLineEdit::textChanged, this, &NumberingPage::update);
    }
    m_logoPicture->setObjectName(QStringLiteral("logoPicture"));
    m_logoPicture->setFixedSize(200, 80);
    m_logoPicture->setFrameShape(QFrame::StyledPanel);
    m_logoPicture->setAlignment(Qt::AlignCenter);
    m_chooseLogo->setObjectName(QStringLiteral("chooseLogo"));
    m_clearLogo->setObjectName(QStringLiteral("clearLogo"));
    m_logoLabel->setBuddy(m_chooseLogo);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPicture, 0, Qt::AlignTop);
    auto *logoButtons = new QVBoxLayout;
    logoButtons->addWidget(m_chooseLogo);
    logoButtons->addWidget(m_clearLogo);
    logoButtons->addStretch();
    logoRow->addLayout(logoButtons);
    logoRow->addStretch();
    body->addRow(m_logoLabel, logoRow);
    connect(m_chooseLogo, &QPushButton::clicked, this, &NumberingPage::askLogoFile);
    connect(m_clearLogo, &QPushButton::clicked, this, &NumberingPage::clearLogo);

    m_preview->setObjectName(QStringLiteral("preview"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setWordWrap(true);
    m_help->setWordWrap(true);
    m_bodyHelp->setWordWrap(true);
    QFont bold = m_numbersTitle->font();
    bold.setBold(true);
    m_numbersTitle->setFont(bold);
    m_bodyTitle->setFont(bold);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_numbersTitle);
    layout->addLayout(numbers);
    layout->addWidget(m_help);
    layout->addSpacing(12);
    layout->addWidget(m_bodyTitle);
    layout->addLayout(body);
    layout->addWidget(m_bodyHelp);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &NumberingPage::save);
    connect(m_revert, &QPushButton::clicked, this, &NumberingPage::revert);
    retranslateUi();
    setEditable(false, QString());
}

QLineEdit *NumberingPage::applicationPattern() const { return edit(QString::fromLatin1(BodySettingKey::ApplicationNumberPattern)); }

QLineEdit *NumberingPage::contractPattern() const { return edit(QString::fromLatin1(BodySettingKey::ContractNumberPattern)); }

QLineEdit *NumberingPage::bodyName() const { return edit(QString::fromLatin1(BodySettingKey::BodyName)); }

void NumberingPage::setDatabase(Database *db)
{
    m_db = db;
    refresh();
}

void NumberingPage::setEditable(bool editable, const QString &note)
{
    m_editable = editable;
    m_note->setText(note);
    for (QLineEdit *edit : std::as_const(m_lineEdits))
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
    for (const QString &key : std::as_const(m_keys)) {
        m_stored.insert(key, settings.value(key));
        if (QLineEdit *edit = m_lineEdits.value(key)) {
            const QSignalBlocker blocker(edit);
            edit->setText(settings.value(key));
        }
    }
    m_logo = settings.bodyLogo;
    m_logoProblem.clear();
    showLogo();
    update();
}

QString NumberingPage::current(const QString &key) const
{
    if (key == kLogo)
        return m_logo;
    const QLineEdit *edit = m_lineEdits.value(key);
    return edit ? edit->text().trimmed() : QString();
}

bool NumberingPage::isModified() const
{
    for (const QString &key : m_keys)
        if (current(key) != m_stored.value(key))
            return true;
    return false;
}

QString NumberingPage::previewText() const { return m_preview->text(); }

QString NumberingPage::messageText() const { return m_message->text(); }

bool NumberingPage::chooseLogoFile(const QString &path)
{
    QString error;
    const QString value = LogoPicture::fromFile(path, &error);
    if (value.isEmpty()) {
        m_logoProblem = error;
        update();
        return false;
    }
    m_logo = value;
    m_logoProblem.clear();
    showLogo();
    update();
    return true;
}

void NumberingPage::clearLogo()
{
    m_logo.clear();
    m_logoProblem.clear();
    showLogo();
    update();
}

void NumberingPage::askLogoFile()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (!QDir(folder).exists())
        folder = QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the body's logo"), folder,
        tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.svg);;All files (*)"));
    if (!path.isEmpty())
        chooseLogoFile(path);
}

void NumberingPage::showLogo()
{
    BodySettings settings;
    settings.bodyLogo = m_logo;
    QImage image;
    if (!m_logo.isEmpty())
        image.loadFromData(settings.logoPng(), "PNG");
    if (image.isNull()) {
        m_logoPicture->setPixmap(QPixmap());
        m_logoPicture->setText(tr("No logo"));
    } else {
        m_logoPicture->setPixmap(QPixmap::fromImage(image.scaled(190, 70, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
}

void NumberingPage::update()
{
    QStringList messages;
    bool valid = true;
    for (const QString &key : std::as_const(m_keys)) {
        const QList<FieldProblem> problems = BodySettings::validate(key, current(key));
        for (const FieldProblem &p : problems)
            messages << QStringLiteral("%1: %2").arg(BodySettings::label(key), p.message);
        valid = valid && problems.isEmpty();
    }
    if (!m_logoProblem.isEmpty())
        messages << QStringLiteral("%1: %2").arg(BodySettings::label(kLogo), m_logoProblem);
    m_message->setText(messages.join(u'\n'));
    m_message->setVisible(!messages.isEmpty());
    const QString pattern = current(kApplicationPattern);
    if (BodySettings::validate(kApplicationPattern, pattern).isEmpty()) {
        QString next = ApplicationRules::number(pattern, QDate::currentDate(), 1);
        if (m_db && pattern == m_stored.value(kApplicationPattern)) {
            try {
                next = ApplicationRepository(*m_db).nextNumber(QDate::currentDate());
            } catch (const SqlError &) {
            }
        }
        m_preview->setText(tr("The next application received today: %1").arg(next));
    } else {
        m_preview->clear();
    }
    m_chooseLogo->setEnabled(m_editable);
    m_clearLogo->setEnabled(m_editable && !m_logo.isEmpty());
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
    for (const QString &key : std::as_const(m_keys))
        if (current(key) != m_stored.value(key))
            changes << qMakePair(key, current(key));
    Database *db = m_db;
    const WriteResult result = m_edits->run(
        [] { return QCoreApplication::translate("NumberingPage", "Change the body's settings"); },
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
    emit statusMessage(tr("The body's settings are saved."));
    return true;
}

void NumberingPage::revert() { refresh(); }

bool NumberingPage::maybeSave()
{
    if (!isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Body and numbering"),
                                              tr("The body's settings have changes that are not saved yet. Save them?"),
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
    m_numbersTitle->setText(tr("Record numbers"));
    m_bodyTitle->setText(tr("The body, as its documents name it"));
    const auto label = [this](const char *key, const QString &text) { m_labels.value(QString::fromLatin1(key))->setText(text); };
    label(BodySettingKey::ApplicationNumberPattern, tr("Application &number pattern:"));
    label(BodySettingKey::ContractNumberPattern, tr("Con&tract number pattern:"));
    label(BodySettingKey::CertificateNumberPattern, tr("Certificate n&umber pattern:"));
    label(BodySettingKey::BodyName, tr("The body's na&me (Chinese, as in contracts):"));
    label(BodySettingKey::BodyNameEn, tr("Name in En&glish:"));
    label(BodySettingKey::BodyAddress, tr("&Address (Chinese):"));
    label(BodySettingKey::BodyAddressEn, tr("Address in Engl&ish:"));
    label(BodySettingKey::ApprovalNumber, tr("CNCA approval num&ber (批准号):"));
    m_logoLabel->setText(tr("&Logo:"));
    m_chooseLogo->setText(tr("&Choose picture…"));
    m_clearLogo->setText(tr("Remove l&ogo"));
    m_help->setText(tr("Literal text with the fields {yyyy} (year), {yy}, {mm} (month) and {seq} or {seq:N}, the running "
                       "number within the year padded to N digits. A number once given stays; a new pattern applies to "
                       "the records made after it."));
    m_bodyHelp->setText(tr("The name, address, approval number and logo head every printed report, in the report's "
                           "language (the Chinese ones where no English is given)."));
    m_save->setText(tr("&Save"));
    m_revert->setText(tr("&Discard changes"));
    showLogo();
    update();
}
