#include "applications/applicationeditor.h"

#include "applications/applicationeditorparts.h"
#include "applications/conditioninputs.h"
#include "clients/clientpicker.h"
#include "common/fielddelegate.h"
#include "common/optionaldateedit.h"
#include "common/subrecordtable.h"
#include "domain/displayformat.h"
#include "editing/edits.h"
#include "editing/session.h"
#include "itemmodels/applicationlistmodel.h"
#include "repositories/clientrepository.h"
#include "repositories/parameterrepository.h"
#include "repositories/referencerepository.h"
#include "repositories/reviewrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

using ApplicationRules::Status;
using namespace ApplicationEditorParts;
using ApplicantEligibility::State;

namespace {


QString isoDate(const QDate &date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); }
QDate fromIso(const QString &text) { return QDate::fromString(text.trimmed(), Qt::ISODate); }


// A cell that shows but is not edited (the attached file: changed with Attach file…).
class ShownOnlyDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *, const QStyleOptionViewItem &, const QModelIndex &) const override { return nullptr; }
};

// The statuses an editor's buttons set; accept, refuse and request supplement are the
// review's decision.
const QList<Status> kButtonStatuses{Status::Submitted, Status::Resubmitted, Status::Withdrawn};

std::optional<int> parseWhole(const QString &text, bool *ok)
{
    const QString t = text.trimmed();
    *ok = true;
    if (t.isEmpty())
        return std::nullopt;
    const int value = t.toInt(ok);
    if (!*ok)
        return std::nullopt;
    return value;
}


} // namespace

ApplicationEditor::ApplicationEditor(QWidget *parent) : ApplicationEditorBase(parent)
{
    buildDetails();
    buildEligibility();
    buildTabs();
    finishBuilding();
}

void ApplicationEditor::buildDetails()
{
    m_client = new ClientPicker(nullptr);
    addField(QStringLiteral("client_id"), m_client, 0);
    m_number = new QLineEdit;
    m_number->setReadOnly(true);
    addField(QStringLiteral("number"), m_number, 0);
    m_type = new QComboBox;
    for (const QString &key : ApplicationTypes::keys())
        m_type->addItem(QString(), key);
    addField(QStringLiteral("application_type"), m_type, 0, Labelled, Qt::AlignLeft);
    addField(QStringLiteral("received_on"), new OptionalDateEdit, 0, Labelled, Qt::AlignLeft);
    addField(QStringLiteral("new_to_body"), new QCheckBox, 0, Unlabelled);
    addField(QStringLiteral("standards"), new QLineEdit, 0);
    m_scopeZh = new QPlainTextEdit;
    addField(QStringLiteral("scope_zh"), m_scopeZh, 0);
    m_scopeClasses = new QListWidget;
    m_scopeClasses->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    addField(QStringLiteral("scope_classes"), m_scopeClasses, 0);

    // The status, with the steps that may follow it.
    auto *status = new QWidget;
    auto *statusLayout = new QHBoxLayout(status);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    m_statusText = new QLabel(status);
    m_statusText->setObjectName(QStringLiteral("statusText"));
    QFont bold = m_statusText->font();
    bold.setBold(true);
    m_statusText->setFont(bold);
    statusLayout->addWidget(m_statusText);
    for (Status s : kButtonStatuses) {
        auto *button = new QPushButton(status);
        button->setObjectName(QStringLiteral("status_") + ApplicationRules::statusKey(s));
        statusLayout->addWidget(button);
        m_statusButtons.insert(int(s), button);
        connect(button, &QPushButton::clicked, this, [this, s] { askStatusChange(s); });
    }
    m_review = new QPushButton(status);
    m_review->setObjectName(QStringLiteral("review"));
    statusLayout->insertWidget(1, m_review);
    connect(m_review, &QPushButton::clicked, this, &ApplicationEditor::startReview);
    statusLayout->addStretch();
    addField(QStringLiteral("status"), status, 1);
    auto *personnel = new QLineEdit;
    personnel->setMaxLength(9);
    addField(QStringLiteral("personnel_total"), personnel, 1, Labelled, Qt::AlignLeft);
    m_scopeEn = new QPlainTextEdit;
    addField(QStringLiteral("scope_en"), m_scopeEn, 1);
    m_sites = new QListWidget;
    m_sites->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    addField(QStringLiteral("sites"), m_sites, 1);
    m_notes = new QPlainTextEdit;
    addNotesField(QStringLiteral("notes"), m_notes, 2);

    connect(m_client, &ClientPicker::clientChosen, this, [this](qint64 id) { loadClient(id, {}, true); });
}

void ApplicationEditor::buildEligibility()
{
    addFieldsTab(OneColumn);
    m_stated.insert(QStringLiteral("E1"), new StatedInput(false));
    addField(QStringLiteral("e1_state"), m_stated.value(QStringLiteral("E1")), 0);
    m_stated.insert(QStringLiteral("E2"), new StatedInput(true));
    addField(QStringLiteral("e2_state"), m_stated.value(QStringLiteral("E2")), 0);
    m_operatingSince = new OptionalDateEdit;
    addField(QStringLiteral("operating_since"), m_operatingSince, 0, Labelled, Qt::AlignLeft);
    const struct { const char *id; const char *key; bool rectified; } dated[] = {
        {"E4", "e4_date", false}, {"E5", "e5_date", false}, {"E8", "e8_date", false}, {"E9", "e9_date", true}};
    const struct { const char *id; const char *key; } flags[] = {{"E6", "e6_ordered_to_suspend"}, {"E7", "e7_on_list"}};
    for (const auto &d : {dated[0], dated[1]}) {
        auto *input = new DateFactInput(d.rectified);
        m_dated.insert(QLatin1String(d.id), input);
        addField(QLatin1String(d.key), input, 0);
    }
    for (const auto &f : flags) {
        auto *input = new FlagInput;
        m_flags.insert(QLatin1String(f.id), input);
        addField(QLatin1String(f.key), input, 0);
    }
    for (const auto &d : {dated[2], dated[3]}) {
        auto *input = new DateFactInput(d.rectified);
        m_dated.insert(QLatin1String(d.id), input);
        addField(QLatin1String(d.key), input, 0);
    }
    m_stated.insert(QStringLiteral("E10"), new StatedInput(true));
    addField(QStringLiteral("e10_state"), m_stated.value(QStringLiteral("E10")), 0);
    // The parts of a row show their messages under the row.
    for (const char *id : {"e1", "e2", "e10"})
        showMessagesUnder(QLatin1String(id) + QStringLiteral("_evidence"), QLatin1String(id) + QStringLiteral("_state"));
    showMessagesUnder(QStringLiteral("e9_rectified"), QStringLiteral("e9_date"));
    for (auto it = m_stated.constBegin(); it != m_stated.constEnd(); ++it) {
        const QString key = it.key().toLower() + QStringLiteral("_state");
        connect(it.value(), &StatedInput::edited, this, [this, key] { fieldEdited(key); });
    }
    for (auto it = m_dated.constBegin(); it != m_dated.constEnd(); ++it) {
        const QString key = it.key().toLower() + QStringLiteral("_date");
        connect(it.value(), &DateFactInput::edited, this, [this, key] { fieldEdited(key); });
    }
    const QHash<QString, QString> flagKeys{{QStringLiteral("E6"), QStringLiteral("e6_ordered_to_suspend")},
                                           {QStringLiteral("E7"), QStringLiteral("e7_on_list")}};
    for (auto it = m_flags.constBegin(); it != m_flags.constEnd(); ++it) {
        const QString key = flagKeys.value(it.key());
        connect(it.value(), &FlagInput::edited, this, [this, key] { fieldEdited(key); });
    }
}

void ApplicationEditor::buildTabs()
{
    m_groups = new SubRecordTable(2);
    auto *count = new FieldDelegate(FieldDelegate::Number, this);
    count->setRange(1, 1000000, 0);
    m_groups->table()->setItemDelegateForColumn(1, count);
    m_groups->setColumnWidthsInCharacters({24, 6});
    addSubRecordTab(QStringLiteral("groups"), m_groups);

    m_outsourced = new SubRecordTable(3);
    m_outsourced->setColumnWidthsInCharacters({16, 14});
    addSubRecordTab(QStringLiteral("outsourced"), m_outsourced);

    auto *documentsTab = new QWidget;
    m_documents = new SubRecordTable(DocColumns, documentsTab);
    auto *kind = new FieldDelegate(FieldDelegate::Choice, this);
    kind->setChoices([] {
        QList<QPair<QString, QString>> choices;
        for (const QString &k : ApplicationDocuments::kinds())
            choices << qMakePair(k, ApplicationDocuments::text(k));
        return choices;
    });
    auto *entity = new FieldDelegate(FieldDelegate::Choice, this);
    entity->setChoices([this] { return m_entityChoices; });
    entity->setEmptyText([] { return QString(); });
    m_documents->table()->setItemDelegateForColumn(DocKind, kind);
    m_documents->table()->setItemDelegateForColumn(DocEntity, entity);
    auto *received = new FieldDelegate(FieldDelegate::OptionalDate, this);
    received->setEmptyText([] { return tr("not received"); });
    m_documents->table()->setItemDelegateForColumn(DocReceived, received);
    m_documents->table()->setItemDelegateForColumn(DocFile, new ShownOnlyDelegate(this));
    for (int c = DocAttachmentId; c < DocColumns; ++c)
        m_documents->table()->setColumnHidden(c, true);
    m_documents->setColumnWidthsInCharacters({14, 12, 8, 10});
    m_attach = new QPushButton;
    m_attach->setObjectName(QStringLiteral("attachFile"));
    m_open = new QPushButton;
    m_open->setObjectName(QStringLiteral("openFile"));
    m_saveAs = new QPushButton;
    m_saveAs->setObjectName(QStringLiteral("saveFileAs"));
    m_documents->addButton(m_attach);
    m_documents->addButton(m_open);
    m_documents->addButton(m_saveAs);
    connect(m_attach, &QPushButton::clicked, this, &ApplicationEditor::attachToSelected);
    connect(m_open, &QPushButton::clicked, this, &ApplicationEditor::openSelected);
    connect(m_saveAs, &QPushButton::clicked, this, &ApplicationEditor::saveSelectedAs);
    connect(m_documents->table(), &QTableWidget::itemSelectionChanged, this, [this] { stateUpdated(); });
    m_documentSummary = new QLabel(documentsTab);
    m_documentSummary->setObjectName(QStringLiteral("documentSummary"));
    m_documentSummary->setWordWrap(true);
    m_documentSummary->setContentsMargins(9, 0, 9, 9);
    auto *documentsLayout = new QVBoxLayout(documentsTab);
    documentsLayout->setContentsMargins(0, 0, 0, 0);
    documentsLayout->addWidget(m_documents, 1);
    documentsLayout->addWidget(m_documentSummary);
    addSubRecordTab(QStringLiteral("documents"), m_documents, documentsTab);

    // The status history: read only, oldest first.
    m_statusHistory = new QTableWidget(0, 4);
    m_statusHistory->setObjectName(QStringLiteral("statusHistory"));
    m_statusHistory->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_statusHistory->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_statusHistory->verticalHeader()->setVisible(false);
    m_statusHistory->horizontalHeader()->setStretchLastSection(true);
    m_statusHistory->setWordWrap(true);
    tabs()->insertTab(StatusTab, m_statusHistory, QString());

    // The checks beside the tabs.
    auto *pane = new QWidget;
    m_checksTitle = new QLabel(pane);
    QFont bold = m_checksTitle->font();
    bold.setBold(true);
    m_checksTitle->setFont(bold);
    m_checks = new QListWidget(pane);
    m_checks->setObjectName(QStringLiteral("checks"));
    m_checks->setWordWrap(true);
    m_checks->setSelectionMode(QAbstractItemView::NoSelection);
    m_checks->setFocusPolicy(Qt::NoFocus);
    auto *paneLayout = new QVBoxLayout(pane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->addWidget(m_checksTitle);
    paneLayout->addWidget(m_checks, 1);
    pane->setMinimumWidth(fontMetrics().horizontalAdvance(QChar(0x4E2D)) * 16);
    setSidePane(pane);
}

StatedInput *ApplicationEditor::statedInput(const QString &id) const { return m_stated.value(id); }
DateFactInput *ApplicationEditor::dateFactInput(const QString &id) const { return m_dated.value(id); }
FlagInput *ApplicationEditor::flagInput(const QString &id) const { return m_flags.value(id); }

RecordEditor::Texts ApplicationEditor::texts() const
{
    return {
        tr("Select an application in the list to see it here, or add one with New application (Ctrl+N)."),
        tr("No applications in this list. Choose another status above, or record a client's application with "
           "New application (Ctrl+N)."),
        tr("New application"),
        tr("new application"),
        tr("Save the application (Ctrl+S)"),
        tr("The application “%1” has changes that are not saved yet. Save them?"),
        tr("Add application “%1”"),
        tr("Edit application “%1”"),
        tr("The application could not be read: %1"),
    };
}

void ApplicationEditor::retranslateFields()
{
    setLabelText(QStringLiteral("client_id"), tr("&Client:"));
    setLabelText(QStringLiteral("number"), tr("Number:"));
    setLabelText(QStringLiteral("application_type"), tr("&Type:"));
    setLabelText(QStringLiteral("received_on"), tr("Received &on:"));
    setLabelText(QStringLiteral("standards"), tr("Standards:"));
    setLabelText(QStringLiteral("scope_zh"), tr("Scope te&xt (Chinese):"));
    setLabelText(QStringLiteral("scope_classes"), tr("Scope c&lasses:"));
    setLabelText(QStringLiteral("status"), tr("Status:"));
    setLabelText(QStringLiteral("personnel_total"), tr("Personnel in scope (headco&unt):"));
    setLabelText(QStringLiteral("scope_en"), tr("Scope text (En&glish):"));
    setLabelText(QStringLiteral("sites"), tr("S&ites in scope:"));
    setLabelText(QStringLiteral("notes"), tr("Remar&ks:"));
    field<QCheckBox>(QStringLiteral("new_to_body"))->setText(tr("New to the bod&y (R-5.2.4: initial certification)"));
    for (int i = 0; i < m_type->count(); ++i)
        m_type->setItemText(i, ApplicationTypes::text(m_type->itemData(i).toString()));
    m_number->setPlaceholderText(tr("Given when the application is first saved"));
    field<QLineEdit>(QStringLiteral("personnel_total"))->setPlaceholderText(tr("e.g. 120"));
    field<QLineEdit>(QStringLiteral("personnel_total"))
        ->setToolTip(tr("Everyone doing work in the scope, on every shift (ISO/IEC 27006-1); groups doing identical "
                        "work are entered on their own tab."));
    m_scopeZh->setPlaceholderText(tr("As it will stand on the certificate"));
    m_scopeClasses->setToolTip(tr("Tick every business-scope class the application covers (Appendix A)"));
    m_sites->setToolTip(tr("Tick the client's sites the certification covers (the sites are kept with the client)"));
    m_statusButtons.value(int(Status::Submitted))->setText(tr("Su&bmit"));
    m_statusButtons.value(int(Status::Resubmitted))->setText(tr("Resu&bmit"));
    m_statusButtons.value(int(Status::Withdrawn))->setText(tr("Withdr&aw"));

    setLabelText(QStringLiteral("e1_state"), tr("E&1 Legal person:"));
    setLabelText(QStringLiteral("e2_state"), tr("E&2 Administrative permits:"));
    setLabelText(QStringLiteral("operating_since"), tr("E&3 ISMS and CSISMS operating since:"));
    setLabelText(QStringLiteral("e4_date"), tr("E&4 Former certificate suspended or withdrawn (own reasons):"));
    setLabelText(QStringLiteral("e5_date"), tr("E&5 Former body lost its CSISMS qualification:"));
    setLabelText(QStringLiteral("e6_ordered_to_suspend"), tr("E&6 Ordered to suspend business for rectification:"));
    setLabelText(QStringLiteral("e7_on_list"), tr("E&7 On a serious-violation or dishonesty list:"));
    setLabelText(QStringLiteral("e8_date"), tr("E&8 Major security incident with an order to stop:"));
    setLabelText(QStringLiteral("e9_date"), tr("E&9 Failed national spot check:"));
    setLabelText(QStringLiteral("e10_state"), tr("E1&0 Other conditions:"));
    m_operatingSince->setToolTip(tr("Empty: not stated yet (the condition is then unknown)."));
    for (StatedInput *input : std::as_const(m_stated))
        input->retranslate();
    for (DateFactInput *input : std::as_const(m_dated))
        input->retranslate();
    for (FlagInput *input : std::as_const(m_flags))
        input->retranslate();

    m_groups->setHeaders({tr("Activity"), tr("Persons")});
    m_groups->setButtonTexts(tr("Add group"), tr("Remove group"));
    m_groups->table()->horizontalHeaderItem(0)->setToolTip(
        tr("People in scope doing identical, repeatable work (call-centre agents): a group of n counts as ⌈√n⌉"));
    m_outsourced->setHeaders({tr("Process"), tr("Provider"), tr("How it is controlled")});
    m_outsourced->setButtonTexts(tr("Add process"), tr("Remove process"));
    m_documents->setHeaders({tr("Document"), tr("Legal entity (D2)"), tr("Received on"), tr("Reference"), tr("File"),
                             QString(), QString(), QString(), QString()});
    m_documents->setButtonTexts(tr("Add document"), tr("Remove document"));
    m_attach->setText(tr("Attach file…"));
    m_attach->setToolTip(tr("Keep a file (scan, PDF …) with the selected document, in the database"));
    m_open->setText(tr("Open file"));
    m_open->setToolTip(tr("Open the selected document's file with the desktop's viewer"));
    m_saveAs->setText(tr("Save file as…"));
    m_saveAs->setToolTip(tr("Write the selected document's file to a folder of your choice"));
    m_statusHistory->setHorizontalHeaderLabels({tr("Date"), tr("Status"), tr("By"), tr("Note")});
    m_checksTitle->setText(tr("Checks (rules 5.1 and 5.2)"));
    loadReferenceData();
}

QString ApplicationEditor::ownTabTitle(int tab) const
{
    switch (tab) {
    case EligibilityTab: return tr("Eligibility (E1–E10)");
    case GroupsTab: return tr("Identical work (%1)").arg(m_groups->table()->rowCount());
    case OutsourcedTab: return tr("Outsourced (%1)").arg(m_outsourced->table()->rowCount());
    case DocumentsTab: return tr("Documents (%1)").arg(m_documents->table()->rowCount());
    case StatusTab: return tr("Status history (%1)").arg(m_statusHistory->rowCount());
    }
    return {};
}

QString ApplicationEditor::storedTitle() const
{
    return tr("%1 — %2 (%3)").arg(stored().number, m_clientName, ApplicationRules::statusText(stored().status));
}

QString ApplicationEditor::nameOf(const Application &application) const
{
    if (!application.number.isEmpty() || application.clientId == 0)
        return application.number;
    // A new application is named by the number it is about to get.
    if (Database *db = database()) {
        try {
            return ApplicationRepository(*db).nextNumber(application.receivedOn);
        } catch (const SqlError &) {
        }
    }
    return {};
}

QString ApplicationEditor::subRecordProblemText(const FieldProblem &problem) const
{
    return tr("Row %1: %2").arg(rowOfField(problem.field) + 1).arg(problem.message);
}

void ApplicationEditor::sessionChanged()
{
    m_client->setDatabase(database());
    loadReferenceData();
}

void ApplicationEditor::newRecord()
{
    loadReferenceData();
    ApplicationEditorBase::newRecord();
    field<OptionalDateEdit>(QStringLiteral("received_on"))->setValue(QDate::currentDate());
}

void ApplicationEditor::newRecordFor(qint64 clientId)
{
    newRecord();
    QString name;
    if (Database *db = database()) {
        try {
            if (const std::optional<Client> client = ClientRepository(*db).load(clientId))
                name = client->nameZh;
        } catch (const SqlError &) {
        }
    }
    m_client->setClient(clientId, name);
    loadClient(clientId, {}, true);
}

void ApplicationEditor::loadReferenceData()
{
    m_parameters = RuleParameters::defaults();
    m_auditTimeRows = ReferenceRepository::shippedAuditTimeRows();
    m_classChoices.clear();
    Database *db = database();
    if (!db)
        return;
    try {
        m_parameters = ParameterRepository(*db).load();
        m_auditTimeRows = ReferenceRepository(*db).auditTimeRows();
        for (const ScopeClass &s : ReferenceRepository(*db).scopeClasses(true)) {
            QString label = QStringLiteral("%1 %2").arg(s.code, ReferenceData::displayName(s));
            if (!s.active)
                label = tr("%1 (retired)").arg(label);
            m_classChoices << qMakePair(s.code, label);
        }
    } catch (const SqlError &e) {
        showStatus(tr("The reference data could not be read: %1").arg(e.message()), true);
    }
    // The list of classes follows (ticks kept).
    QStringList ticked;
    for (int i = 0; i < m_scopeClasses->count(); ++i)
        if (m_scopeClasses->item(i)->checkState() == Qt::Checked)
            ticked << m_scopeClasses->item(i)->data(Qt::UserRole).toString();
    const QSignalBlocker blocker(m_scopeClasses);
    m_scopeClasses->clear();
    for (const auto &[code, label] : std::as_const(m_classChoices)) {
        auto *item = new QListWidgetItem(label, m_scopeClasses);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
}

void ApplicationEditor::loadClient(qint64 clientId, const QList<qint64> &checkedSites, bool checkAll)
{
    m_entityChoices.clear();
    m_clientName.clear();
    const QSignalBlocker blocker(m_sites);
    m_sites->clear();
    Database *db = database();
    if (!db || clientId <= 0) {
        stateUpdated();
        return;
    }
    try {
        if (const std::optional<Client> client = ClientRepository(*db).load(clientId)) {
            m_clientName = client->nameZh;
            for (const ClientSite &site : client->sites) {
                auto *item = new QListWidgetItem(site.address.isEmpty() ? site.name
                                                                        : QStringLiteral("%1（%2）").arg(site.name, site.address),
                                                 m_sites);
                item->setData(Qt::UserRole, site.id);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(checkAll || checkedSites.contains(site.id) ? Qt::Checked : Qt::Unchecked);
            }
            for (const LegalEntity &e : client->legalEntities)
                m_entityChoices << qMakePair(QString::number(e.id), e.name);
            if (m_sites->count() == 0) {
                auto *none = new QListWidgetItem(tr("The client has no sites recorded; add them on the client's page."), m_sites);
                none->setFlags(Qt::NoItemFlags);
            }
        }
    } catch (const SqlError &e) {
        showStatus(tr("The client could not be read: %1").arg(e.message()), true);
    }
    if (checkAll)
        fieldEdited(QStringLiteral("sites"));
    stateUpdated();
}

void ApplicationEditor::showFields(const Application &a)
{
    if (Database *db = database()) {
        try {
            m_parameters = ParameterRepository(*db).load();   // the values in force when it is opened
        } catch (const SqlError &) {
        }
    }
    m_client->setClient(a.clientId, QString());
    loadClient(a.clientId, a.siteIds, false);
    m_client->setClient(a.clientId, m_clientName);
    m_client->setReadOnly(a.id > 0 || isReadOnly());
    m_number->setText(a.number);
    m_type->setCurrentIndex(qMax(0, m_type->findData(a.type)));
    field<OptionalDateEdit>(QStringLiteral("received_on"))->setValue(a.receivedOn);
    field<QCheckBox>(QStringLiteral("new_to_body"))->setChecked(a.newToBody);
    field<QLineEdit>(QStringLiteral("standards"))->setText(a.standards);
    m_scopeZh->setPlainText(a.scopeZh);
    m_scopeEn->setPlainText(a.scopeEn);
    field<QLineEdit>(QStringLiteral("personnel_total"))->setText(a.personnelTotal ? QString::number(*a.personnelTotal) : QString());
    m_notes->setPlainText(a.notes);
    {
        const QSignalBlocker blocker(m_scopeClasses);
        for (int i = 0; i < m_scopeClasses->count(); ++i)
            m_scopeClasses->item(i)->setCheckState(a.scopeClasses.contains(m_scopeClasses->item(i)->data(Qt::UserRole).toString())
                                                       ? Qt::Checked : Qt::Unchecked);
    }
    const ApplicantEligibility::Facts &f = a.eligibility;
    m_stated.value(QStringLiteral("E1"))->setValue(f.legalPerson);
    m_stated.value(QStringLiteral("E2"))->setValue(f.permits);
    m_stated.value(QStringLiteral("E10"))->setValue(f.other);
    m_operatingSince->setValue(f.operatingSince.date);
    m_dated.value(QStringLiteral("E4"))->setValue(f.formerSuspension);
    m_dated.value(QStringLiteral("E5"))->setValue(f.formerBodyWithdrawn);
    m_dated.value(QStringLiteral("E8"))->setValue(f.majorIncident);
    m_dated.value(QStringLiteral("E9"))->setValue(f.failedSpotCheck, f.spotCheckRectified);
    m_flags.value(QStringLiteral("E6"))->setValue(f.orderedToSuspend);
    m_flags.value(QStringLiteral("E7"))->setValue(f.onDishonestyList);

    QList<SubRecordRow> rows;
    for (const PersonnelGroup &g : a.groups)
        rows << SubRecordRow{g.id, {g.activity, QString::number(g.count)}};
    m_groups->setRows(rows);
    rows.clear();
    for (const OutsourcedProcess &o : a.outsourced)
        rows << SubRecordRow{o.id, {o.process, o.provider, o.control}};
    m_outsourced->setRows(rows);
    rows.clear();
    for (const ApplicationDocument &d : a.documents) {
        QStringList values{d.kind, d.legalEntityId > 0 ? QString::number(d.legalEntityId) : QString(), isoDate(d.receivedOn),
                           d.reference, QString(), d.attachmentId > 0 ? QString::number(d.attachmentId) : QString(),
                           d.sha256, d.size >= 0 ? QString::number(d.size) : QString(), d.fileName};
        values[DocFile] = documentFileText(values);
        rows << SubRecordRow{d.id, values};
    }
    m_documents->setRows(rows);

    m_statusHistory->setRowCount(0);
    for (const StatusChange &c : a.statusChanges) {
        const int row = m_statusHistory->rowCount();
        m_statusHistory->insertRow(row);
        m_statusHistory->setItem(row, 0, new QTableWidgetItem(DisplayFormat::date(c.changedOn)));
        auto *status = new QTableWidgetItem(ApplicationRules::statusText(c.status));
        status->setForeground(applicationStatusColor(c.status));
        m_statusHistory->setItem(row, 1, status);
        m_statusHistory->setItem(row, 2, new QTableWidgetItem(c.changedBy));
        m_statusHistory->setItem(row, 3, new QTableWidgetItem(c.note));
    }
    m_statusHistory->resizeColumnsToContents();
    updateStatusArea();
}

Application ApplicationEditor::readFields(Application a) const
{
    if (a.id == 0)
        a.clientId = m_client->clientId();
    a.type = m_type->currentData().toString();
    a.receivedOn = field<OptionalDateEdit>(QStringLiteral("received_on"))->value();
    a.newToBody = field<QCheckBox>(QStringLiteral("new_to_body"))->isChecked();
    a.standards = field<QLineEdit>(QStringLiteral("standards"))->text();
    a.scopeZh = m_scopeZh->toPlainText();
    a.scopeEn = m_scopeEn->toPlainText();
    bool ok = true;
    a.personnelTotal = parseWhole(field<QLineEdit>(QStringLiteral("personnel_total"))->text(), &ok);
    a.notes = m_notes->toPlainText();
    a.scopeClasses.clear();
    for (int i = 0; i < m_scopeClasses->count(); ++i)
        if (m_scopeClasses->item(i)->checkState() == Qt::Checked)
            a.scopeClasses << m_scopeClasses->item(i)->data(Qt::UserRole).toString();
    // Ticks in the order of the reference table; a stored order that differs is no edit.
    QStringList ordered;
    for (const QString &code : std::as_const(a.scopeClasses))
        ordered << code;
    if (QSet<QString>(ordered.begin(), ordered.end()) == QSet<QString>(stored().scopeClasses.begin(), stored().scopeClasses.end()))
        a.scopeClasses = stored().scopeClasses;
    a.siteIds.clear();
    for (int i = 0; i < m_sites->count(); ++i)
        if (m_sites->item(i)->flags() != Qt::NoItemFlags && m_sites->item(i)->checkState() == Qt::Checked)
            a.siteIds << m_sites->item(i)->data(Qt::UserRole).toLongLong();
    if (QSet<qint64>(a.siteIds.begin(), a.siteIds.end()) == QSet<qint64>(stored().siteIds.begin(), stored().siteIds.end()))
        a.siteIds = stored().siteIds;

    ApplicantEligibility::Facts &f = a.eligibility;
    f.legalPerson = m_stated.value(QStringLiteral("E1"))->value();
    f.permits = m_stated.value(QStringLiteral("E2"))->value();
    f.other = m_stated.value(QStringLiteral("E10"))->value();
    const QDate operating = m_operatingSince->value();
    f.operatingSince = operating.isValid() ? ApplicantEligibility::DateFact::on(operating) : ApplicantEligibility::DateFact::absent();
    f.formerSuspension = m_dated.value(QStringLiteral("E4"))->value();
    f.formerBodyWithdrawn = m_dated.value(QStringLiteral("E5"))->value();
    f.majorIncident = m_dated.value(QStringLiteral("E8"))->value();
    f.failedSpotCheck = m_dated.value(QStringLiteral("E9"))->value();
    f.spotCheckRectified = m_dated.value(QStringLiteral("E9"))->rectified();
    f.orderedToSuspend = m_flags.value(QStringLiteral("E6"))->value();
    f.onDishonestyList = m_flags.value(QStringLiteral("E7"))->value();

    a.groups.clear();
    for (const SubRecordRow &row : m_groups->rows())
        a.groups << PersonnelGroup{row.id, row.values.value(0), int(row.values.value(1).toDouble())};
    a.outsourced.clear();
    for (const SubRecordRow &row : m_outsourced->rows())
        a.outsourced << OutsourcedProcess{row.id, row.values.value(0), row.values.value(1), row.values.value(2)};
    a.documents.clear();
    for (const SubRecordRow &row : m_documents->rows()) {
        ApplicationDocument d;
        d.id = row.id;
        d.kind = row.values.value(DocKind);
        d.legalEntityId = row.values.value(DocEntity).toLongLong();
        d.receivedOn = fromIso(row.values.value(DocReceived));
        d.reference = row.values.value(DocReference);
        d.attachmentId = row.values.value(DocAttachmentId).toLongLong();
        d.sha256 = row.values.value(DocSha);
        d.size = row.values.value(DocSize).isEmpty() ? -1 : row.values.value(DocSize).toLongLong();
        d.fileName = row.values.value(DocFileName);
        a.documents << d;
    }
    return a;
}

void ApplicationEditor::clearFields()
{
    m_checks->clear();
    m_statusHistory->setRowCount(0);
    m_sites->clear();
    m_entityChoices.clear();
    m_clientName.clear();
    m_client->setClient(0, QString());
    for (int i = 0; i < m_scopeClasses->count(); ++i)
        m_scopeClasses->item(i)->setCheckState(Qt::Unchecked);
    for (StatedInput *input : std::as_const(m_stated))
        input->setValue({});
    for (DateFactInput *input : std::as_const(m_dated))
        input->setValue({});
    for (FlagInput *input : std::as_const(m_flags))
        input->setValue(std::nullopt);
    m_documentSummary->clear();
}

bool ApplicationEditor::modifiedBeyondRecord() const
{
    const QString typed = field<QLineEdit>(QStringLiteral("personnel_total"))->text().trimmed();
    return typed != (stored().personnelTotal ? QString::number(*stored().personnelTotal) : QString());
}

QList<FieldProblem> ApplicationEditor::fieldProblems(const Application &a) const
{
    QList<FieldProblem> problems;
    bool ok = true;
    const QString typed = field<QLineEdit>(QStringLiteral("personnel_total"))->text();
    parseWhole(typed, &ok);
    if (!ok)
        problems << FieldProblem{QStringLiteral("personnel_total"),
                                 tr("“%1” is not a number of people; enter a whole number such as 120.").arg(typed.trimmed())};
    if (a.id == 0 && a.clientId == 0 && !m_client->text().trimmed().isEmpty())
        problems << FieldProblem{QStringLiteral("client_id"),
                                 tr("“%1” is not a client of the register; choose one from the list that opens as you type.")
                                     .arg(m_client->text().trimmed())};
    for (auto it = m_dated.constBegin(); it != m_dated.constEnd(); ++it)
        if (it.value()->value().given && it.value()->kindBox()->currentIndex() == 2 && !it.value()->value().date.isValid())
            problems << FieldProblem{it.key().toLower() + QStringLiteral("_date"), tr("Enter the date, or choose “never”.")};
    return problems;
}

void ApplicationEditor::stateUpdated()
{
    const bool row = selectedDocumentRow() >= 0;
    const bool file = row && !m_documents->rows().value(selectedDocumentRow()).values.value(DocAttachmentId).isEmpty();
    m_attach->setEnabled(row && !isReadOnly());
    m_open->setEnabled(file);
    m_saveAs->setEnabled(file);
    if (hasRecord())
        updateChecks(current());
    updateStatusArea();
}

void ApplicationEditor::updateStatusArea()
{
    const bool stored = hasRecord() && !isNew();
    const Status status = stored ? this->stored().status : Status::Draft;
    m_statusText->setText(stored ? ApplicationRules::statusText(status) : tr("draft (not saved yet)"));
    QPalette palette = m_statusText->palette();
    palette.setColor(QPalette::WindowText, applicationStatusColor(status));
    m_statusText->setPalette(palette);
    const QList<Status> next = stored ? ApplicationRules::nextStatuses(status) : QList<Status>();
    for (Status s : kButtonStatuses) {
        QPushButton *button = m_statusButtons.value(int(s));
        button->setVisible(next.contains(s));
        button->setEnabled(!isReadOnly());
    }
    m_openReview = 0;
    if (stored && status == Status::UnderReview)
        if (Database *db = database()) {
            try {
                m_openReview = db->scalar(QStringLiteral("SELECT id FROM application_reviews WHERE application_id = ? "
                                                         "AND finalised_on IS NULL"), {recordId()}).toLongLong();
            } catch (const SqlError &) {
            }
        }
    m_review->setVisible(stored && (status == Status::Submitted || status == Status::Resubmitted || status == Status::UnderReview));
    m_review->setText(m_openReview > 0 || status == Status::UnderReview ? tr("Open the revie&w") : tr("Start revie&w"));
    m_review->setToolTip(tr("The review (申请评审) checks the application and decides: accept, refuse or request supplement"));
    m_review->setEnabled(!isReadOnly() || m_openReview > 0);
}

bool ApplicationEditor::startReview()
{
    if (!hasRecord() || isNew() || !session())
        return false;
    if (m_openReview > 0) {
        emit reviewOpened(m_openReview);
        return true;
    }
    if (isModified() && !save())
        return false;
    const qint64 id = recordId();
    const QString number = stored().number;
    Session *writer = session();
    const QString reviewer = writer->user() ? writer->user()->name : writer->accountName();
    const WriteResult result = writer->edits().run(
        [number] { return QCoreApplication::translate("ApplicationEditor", "Start the review of %1").arg(number); },
        [writer, id, reviewer] { return ReviewRepository(writer->database()).start(id, reviewer); });
    if (!result) {
        if (result.id > 0) {   // one in progress already
            emit reviewOpened(result.id);
            return true;
        }
        showStatus(result.message, true);
        return false;
    }
    openRecord(id);
    emit reviewOpened(result.id);
    return true;
}

void ApplicationEditor::updateChecks(const Application &a)
{
    m_checks->clear();
    const auto add = [this](const QString &text, const QColor &colour) {
        auto *item = new QListWidgetItem(text, m_checks);
        if (colour.isValid())
            item->setForeground(colour);
    };
    const QColor bad(0xb0, 0x00, 0x20);
    const QColor warn(0xa0, 0x52, 0x00);
    const QColor good(0x1b, 0x6e, 0x20);
    if (!a.receivedOn.isValid()) {
        add(tr("Enter the received date: the date tests count from it."), warn);
    } else {
        const QList<ApplicantEligibility::Condition> conditions =
            ApplicantEligibility::evaluate(a.eligibility, a.receivedOn, m_parameters);
        for (const ApplicantEligibility::Condition &c : conditions) {
            add(ApplicantEligibility::conditionLine(c),
                c.state == State::NotMet ? bad : c.state == State::Unknown ? warn : good);
        }
        for (const RuleFinding &f : ApplicantEligibility::reviewFindings(conditions))
            add(QStringLiteral("[%1] %2").arg(f.rule, f.message), bad);
    }
    for (const FieldProblem &p : ApplicationRules::validate(a))
        if (!p.rule.isEmpty())
            add(QStringLiteral("[%1] %2").arg(p.rule, p.message), bad);
    // The personnel as the audit time counts it.
    const AuditTime::Input input = a.auditTimeInput();
    if (a.personnelTotal && AuditTime::validate(input).isEmpty()) {
        const AuditTime::Result result = AuditTime::calculate(input, m_auditTimeRows, m_parameters);
        add(tr("Effective personnel %1 → %2 from the audit-time table (before adjustments in the review)")
                .arg(result.effectivePersonnel).arg(AuditTime::daysText(result.tableDays)), QColor());
    }
    // Documents: which of D1–D9 are not received, and the legal entities without D2.
    QSet<QString> received;
    QSet<qint64> proven;
    for (const ApplicationDocument &d : a.documents)
        if (d.receivedOn.isValid()) {
            received.insert(d.kind);
            if (d.kind == QLatin1String("D2"))
                proven.insert(d.legalEntityId);
        }
    QStringList missing;
    for (const QString &kind : ApplicationDocuments::kinds())
        if (!received.contains(kind) && kind != QLatin1String("D8") && kind != QLatin1String("D9"))
            missing << kind;
    QStringList unproven;
    for (const auto &[id, name] : std::as_const(m_entityChoices))
        if (!proven.contains(id.toLongLong()))
            unproven << name;
    QStringList summary;
    if (!missing.isEmpty())
        summary << tr("Not received yet: %1 (D8 and D9 when applicable).").arg(missing.join(QStringLiteral(", ")));
    if (!unproven.isEmpty())
        summary << tr("D2 legal status proof missing for: %1.").arg(unproven.join(QStringLiteral("、")));
    else if (!m_entityChoices.isEmpty())
        summary << tr("D2: a proof for each of the %n legal entities.", nullptr, int(m_entityChoices.size()));
    m_documentSummary->setText(summary.join(u'\n'));
    for (const QString &line : std::as_const(summary))
        add(line, line.startsWith(tr("D2:")) ? good : warn);
}

QStringList ApplicationEditor::checkTexts() const
{
    QStringList lines;
    for (int i = 0; i < m_checks->count(); ++i)
        lines << m_checks->item(i)->text();
    return lines;
}

void ApplicationEditor::askStatusChange(Status to)
{
    QString note;
    if (to == Status::Withdrawn) {
        bool ok = false;
        note = QInputDialog::getMultiLineText(this, tr("Withdraw application"),
                                              tr("The application %1 is withdrawn and kept as a record; it cannot be "
                                                 "taken up again (a new application starts anew).\n\nReason:")
                                                  .arg(stored().number),
                                              QString(), &ok);
        if (!ok)
            return;
    } else if (to == Status::Resubmitted || to == Status::Submitted) {
        bool ok = false;
        note = QInputDialog::getText(this, to == Status::Submitted ? tr("Submit application") : tr("Resubmit application"),
                                     tr("Note (optional):"), QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
    }
    changeStatus(to, note);
}

bool ApplicationEditor::changeStatus(Status to, const QString &note)
{
    if (!hasRecord() || isNew() || !session())
        return false;
    if (isModified() && !save())
        return false;
    const qint64 id = recordId();
    const QString number = stored().number;
    Session *writer = session();
    const QPointer<ApplicationEditor> editor(this);
    const WriteResult result = writer->edits().run(
        [number, to] {
            return QCoreApplication::translate("ApplicationEditor", "Application %1: %2")
                .arg(number, ApplicationRules::statusText(to));
        },
        [writer, id, to, note] { return ApplicationRepository(writer->database()).changeStatus(id, to, note); });
    if (!result) {
        showStatus(result.message, true);
        return false;
    }
    openRecord(id);
    showStatus(tr("The application is now %1.").arg(ApplicationRules::statusText(to)), false);
    return true;
}
