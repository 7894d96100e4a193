#include "settings/settingspage.h"

#include "editing/edits.h"
#include "editing/session.h"
#include "itemmodels/audittimetablemodel.h"
#include "itemmodels/controltablemodel.h"
#include "itemmodels/informationitemtablemodel.h"
#include "itemmodels/ruleparametermodel.h"
#include "itemmodels/scopeclasstablemodel.h"
#include "settings/referencetablepage.h"
#include "settings/ruleparameterspage.h"
#include "repositories/parameterrepository.h"
#include "repositories/bodysettingsrepository.h"
#include "repositories/userrepository.h"
#include "reports/listreports.h"
#include "settings/numberingpage.h"
#include "settings/userspage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSet>
#include <QStackedWidget>

namespace {

// Rows of the section list: a heading, then the sections in enum order.
constexpr int kHeadingRow = 0;

QList<QPair<QVariant, QString>> riskChoices()
{
    QList<QPair<QVariant, QString>> choices;
    for (const QString &key : ReferenceData::riskKeys())
        choices << qMakePair(QVariant(key), ReferenceData::riskLabel(key));
    return choices;
}

} // namespace

SettingsPage::SettingsPage(QWidget *parent)
    : Page(parent), m_sections(new QListWidget(this)), m_stack(new QStackedWidget(this))
{
    m_controls = new ReferenceTablePage(new ControlTableModel, {
        {QStringLiteral("code"), RecordForm::Text, 32},
        {QStringLiteral("clause"), RecordForm::Text, 16},
        {QStringLiteral("title_zh"), RecordForm::Text, 300},
        {QStringLiteral("title_en"), RecordForm::Text, 300},
        {QStringLiteral("cloud_guidance"), RecordForm::Check},
        {QStringLiteral("extended"), RecordForm::Check},
    });
    m_scopeClasses = new ReferenceTablePage(new ScopeClassTableModel, {
        {QStringLiteral("code"), RecordForm::Text, 32},
        {QStringLiteral("name_zh"), RecordForm::Text, 200},
        {QStringLiteral("name_en"), RecordForm::Text, 200},
        {QStringLiteral("risk"), RecordForm::Choice, 0, 0, 0, 0, riskChoices},
    });
    m_auditTime = new ReferenceTablePage(new AuditTimeTableModel, {
        {QStringLiteral("min_personnel"), RecordForm::Integer, 0, 1, 1000000},
        {QStringLiteral("max_personnel"), RecordForm::Integer, 0, 1, 1000000},
        {QStringLiteral("days"), RecordForm::Decimal, 0, 0, 1000, 1},
    });
    m_information = new ReferenceTablePage(new InformationItemTableModel, {
        {QStringLiteral("title_zh"), RecordForm::Text, 300},
        {QStringLiteral("title_en"), RecordForm::Text, 300},
        {QStringLiteral("text_zh"), RecordForm::LongText, 4000},
        {QStringLiteral("text_en"), RecordForm::LongText, 4000},
    });
    m_information->setObjectName(QStringLiteral("informationSection"));
    m_controls->setObjectName(QStringLiteral("controlsSection"));
    m_scopeClasses->setObjectName(QStringLiteral("scopeClassesSection"));
    m_auditTime->setObjectName(QStringLiteral("auditTimeSection"));
    m_parameters = new RuleParametersPage;
    m_parameters->setObjectName(QStringLiteral("parametersSection"));
    m_users = new UsersPage;
    m_users->setObjectName(QStringLiteral("usersSection"));
    m_numbering = new NumberingPage;
    m_numbering->setObjectName(QStringLiteral("numberingSection"));
    for (QWidget *page : {static_cast<QWidget *>(m_controls), static_cast<QWidget *>(m_scopeClasses),
                          static_cast<QWidget *>(m_auditTime), static_cast<QWidget *>(m_information),
                          static_cast<QWidget *>(m_parameters),
                          static_cast<QWidget *>(m_users), static_cast<QWidget *>(m_numbering)})
        m_stack->addWidget(page);

    m_sections->setObjectName(QStringLiteral("settingsSections"));
    auto *heading = new QListWidgetItem(m_sections);
    heading->setFlags(Qt::NoItemFlags);
    QFont bold = m_sections->font();
    bold.setBold(true);
    heading->setFont(bold);
    for (int section = 0; section < SectionCount; ++section)
        new QListWidgetItem(m_sections);

    auto *layout = new QHBoxLayout(this);   // the same margins as the other pages
    layout->addWidget(m_sections);
    layout->addWidget(m_stack, 1);

    connect(m_sections, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_switching || row <= kHeadingRow)
            return;
        const Section previous = section();
        const auto next = Section(row - kHeadingRow - 1);
        if (next == previous)
            return;
        if (!maybeSaveSection(previous)) {
            m_switching = true;
            m_sections->setCurrentRow(rowOf(previous));
            m_switching = false;
            return;
        }
        m_stack->setCurrentIndex(next);
        emit editActionsChanged();
    });
    for (ReferenceTablePage *page : referencePages()) {
        connect(page, &ReferenceTablePage::modificationChanged, this, [this] { emit modificationChanged(isModified()); });
        connect(page, &ReferenceTablePage::statusMessage, this, &SettingsPage::statusMessage);
    }
    connect(m_parameters, &RuleParametersPage::modificationChanged, this, [this] { emit modificationChanged(isModified()); });
    connect(m_parameters, &RuleParametersPage::statusMessage, this, &SettingsPage::statusMessage);
    connect(m_users, &UsersPage::modificationChanged, this, [this] { emit modificationChanged(isModified()); });
    connect(m_users, &UsersPage::statusMessage, this, &SettingsPage::statusMessage);
    connect(m_users, &UsersPage::usersChanged, this, &SettingsPage::usersChanged);
    connect(m_numbering, &NumberingPage::modificationChanged, this, [this] { emit modificationChanged(isModified()); });
    connect(m_numbering, &NumberingPage::statusMessage, this, &SettingsPage::statusMessage);

    setObjectName(QStringLiteral("settingsPage"));
    retranslateUi();
    m_sections->setCurrentRow(rowOf(Controls));
    setCurrentUser(std::nullopt);
    setSession(nullptr);
}

QString SettingsPage::title() const { return tr("Settings"); }

QString SettingsPage::description() const
{
    return tr("Reference data, the public information sheet, rule parameters, user profiles, the body and its numbering");
}

QList<ReferenceTablePage *> SettingsPage::referencePages() const
{
    return {m_controls, m_scopeClasses, m_auditTime, m_information};
}

PageReport SettingsPage::report() const
{
    if (!m_session)
        return {};
    Database *db = &m_session->database();
    return {tr("public-information-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate)),
            [db](ReportLanguage::Mode mode) { return ListReports::informationSheet(*db, mode); }};
}

int SettingsPage::rowOf(Section section) { return kHeadingRow + 1 + int(section); }

void SettingsPage::retranslateUi()
{
    m_sections->item(kHeadingRow)->setText(tr("Reference data"));
    const QString indent = QStringLiteral("    ");
    m_sections->item(rowOf(Controls))->setText(indent + tr("ISO/IEC 27017 controls"));
    m_sections->item(rowOf(ScopeClasses))->setText(indent + tr("Scope classes"));
    m_sections->item(rowOf(ScopeClasses))->setToolTip(tr("Business-scope classification (Appendix A of the rules)"));
    m_sections->item(rowOf(AuditTime))->setText(indent + tr("Audit time"));
    m_sections->item(rowOf(AuditTime))->setToolTip(tr("ISO/IEC 27006 initial audit time by personnel"));
    m_sections->item(rowOf(Information))->setText(indent + tr("Public information"));
    m_sections->item(rowOf(Information))->setToolTip(tr("What the body makes public to clients (5.1.1), printed as the information sheet"));
    m_sections->item(rowOf(Parameters))->setText(tr("Rule parameters"));
    m_sections->item(rowOf(Users))->setText(tr("Users"));
    m_sections->item(rowOf(Numbering))->setText(tr("Body and numbering"));
    m_sections->item(rowOf(Numbering))->setToolTip(
        tr("The patterns of record numbers; the body's name, address, approval number and logo on its documents"));
    m_sections->setFixedWidth(m_sections->sizeHintForColumn(0) + 2 * m_sections->frameWidth() + 24);

    m_controls->setTexts(
        [](const QString &key) -> QString {
            if (key == QLatin1String("code")) return tr("&ID:");
            if (key == QLatin1String("clause")) return tr("C&lause:");
            if (key == QLatin1String("title_zh")) return tr("Title (&Chinese):");
            if (key == QLatin1String("title_en")) return tr("Title (En&glish):");
            if (key == QLatin1String("cloud_guidance")) return tr("Cl&oud guidance (ISO/IEC 27017 adds guidance)");
            if (key == QLatin1String("extended")) return tr("E&xtended control (CLD set)");
            return key;
        },
        [] {
            return tr("The ISO/IEC 27017:2015 control catalogue that audit programmes must cover (P-5.4.1.3). A retired "
                      "control is no longer required and stays in the records.");
        });
    m_scopeClasses->setTexts(
        [](const QString &key) -> QString {
            if (key == QLatin1String("code")) return tr("C&ode:");
            if (key == QLatin1String("name_zh")) return tr("Name (&Chinese):");
            if (key == QLatin1String("name_en")) return tr("Name (En&glish):");
            if (key == QLatin1String("risk")) return tr("Ris&k:");
            return key;
        },
        [] {
            return tr("The business-scope classification (Appendix A of the rules) for applications and auditor "
                      "competences. A class in use can only be retired, never deleted or given another code.");
        });
    m_auditTime->setTexts(
        [](const QString &key) -> QString {
            if (key == QLatin1String("min_personnel")) return tr("Personnel fro&m:");
            if (key == QLatin1String("max_personnel")) return tr("Personnel &to:");
            if (key == QLatin1String("days")) return tr("Auditor da&ys:");
            return key;
        },
        [] {
            return tr("Initial audit time (stage 1 and stage 2 together) by the effective number of personnel, "
                      "from ISO/IEC 27006. Ranges must not overlap.");
        });
    m_information->setTexts(
        [](const QString &key) -> QString {
            if (key == QLatin1String("title_zh")) return tr("Title (&Chinese):");
            if (key == QLatin1String("title_en")) return tr("Title (En&glish):");
            if (key == QLatin1String("text_zh")) return tr("Te&xt (Chinese):");
            if (key == QLatin1String("text_en")) return tr("Text (Engl&ish):");
            return key;
        },
        [] {
            return tr("What the body makes public to every client under rule 5.1.1, eleven items in both languages. "
                      "The sheet prints from File → Print preview while this page is shown; item (7) adds the "
                      "register's figures on the day.");
        });
    setCurrentUser(m_user);   // the note names the role in the new language
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Page::changeEvent(event);
}

void SettingsPage::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    Database *db = session ? &session->database() : nullptr;
    Edits *edits = session ? &session->edits() : nullptr;
    for (ReferenceTablePage *page : referencePages()) {
        page->model()->setDatabase(db);
        page->model()->setEdits(edits);
    }
    m_parameters->model()->setDatabase(db);
    m_parameters->model()->setEdits(edits);
    m_users->setDatabase(db);
    m_users->setEdits(edits);
    m_numbering->setDatabase(db);
    m_numbering->setEdits(edits);
    if (session) {
        connect(session, &Session::closing, this, [this] { setSession(nullptr); });
        connect(session, &Session::changed, this, &SettingsPage::followChanges);
        connect(session, &Session::userChanged, this, [this] { setCurrentUser(m_session->user()); });
    }
    setCurrentUser(session ? session->user() : std::nullopt);
    setEnabled(session != nullptr);
}

void SettingsPage::followChanges(const QList<RecordRef> &records)
{
    QSet<QString> tables;
    for (const RecordRef &ref : records)
        tables.insert(ref.table);
    for (ReferenceTablePage *page : referencePages())
        if (tables.contains(ReferenceRepository::tableName(page->model()->table())) && !page->isModified())
            page->model()->refresh();
    if (tables.contains(ParameterRepository::tableName()) && !m_parameters->isModified())
        m_parameters->model()->refresh();
    if (tables.contains(BodySettingsRepository::tableName()) && !m_numbering->isModified())
        m_numbering->refresh();
    if (tables.contains(UserRepository::tableName())) {
        m_users->refresh();
        emit usersChanged();
    }
}

bool SettingsPage::confirmStep(const ChangeSet &set, const QString &actionText)
{
    Q_UNUSED(actionText);
    // A section with unsaved changes keeps them: its entry form is not overwritten by the
    // step (the list under it follows once the changes are saved or reverted).
    Q_UNUSED(set);
    return true;
}

void SettingsPage::setCurrentUser(const std::optional<User> &user)
{
    m_user = user;
    m_editable = user && UserRules::mayEditReferenceData(user->role);
    QString note;
    if (!user)
        note = tr("No user profile is chosen, so these settings are read only. Choose yours with File → Switch user…");
    else if (!m_editable)
        note = tr("Only an administrator can change these settings; you work as %1 (%2).")
                   .arg(user->name, UserRules::roleLabel(user->role));
    for (ReferenceTablePage *page : referencePages())
        page->setEditable(m_editable, note);
    m_parameters->setEditable(m_editable, note);
    m_users->setEditable(m_editable, note);
    m_numbering->setEditable(m_editable, note);
    emit editActionsChanged();
}

void SettingsPage::setSection(Section section)
{
    m_sections->setCurrentRow(rowOf(section));
}

SettingsPage::Section SettingsPage::section() const
{
    return Section(m_stack->currentIndex());
}

ReferenceTablePage *SettingsPage::referencePage(Section section) const
{
    switch (section) {
    case Controls: return m_controls;
    case ScopeClasses: return m_scopeClasses;
    case AuditTime: return m_auditTime;
    case Information: return m_information;
    default: return nullptr;
    }
}

bool SettingsPage::isModified() const
{
    for (const ReferenceTablePage *page : referencePages())
        if (page->isModified())
            return true;
    return m_parameters->isModified() || m_users->isModified() || m_numbering->isModified();
}

bool SettingsPage::maybeSaveSection(Section section)
{
    if (ReferenceTablePage *page = referencePage(section))
        return page->maybeSave();
    if (section == Parameters)
        return m_parameters->maybeSave();
    if (section == Numbering)
        return m_numbering->maybeSave();
    return m_users->maybeSave();
}

bool SettingsPage::maybeSave()
{
    for (int section = 0; section < SectionCount; ++section)
        if (!maybeSaveSection(Section(section)))
            return false;
    return true;
}

QList<QAction *> SettingsPage::editActions() const
{
    if (ReferenceTablePage *page = referencePage(section()))
        return page->editActions();
    if (section() == Parameters)
        return m_parameters->editActions();
    if (section() == Numbering)
        return {};
    return m_users->editActions();
}
