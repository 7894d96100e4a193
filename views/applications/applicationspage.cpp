#include "applications/applicationspage.h"

#include "applications/applicationeditor.h"
#include "common/optionaldateedit.h"
#include "editing/changeset.h"
#include "itemmodels/applicationlistmodel.h"
#include "repositories/applicationrepository.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>

using ApplicationRules::Status;

namespace {

// The entries of the status filter after the three sets: one status each.
const QList<Status> &oneStatusEntries() { static const QList<Status> s = ApplicationRules::allStatuses(); return s; }

} // namespace

ApplicationsPage::ApplicationsPage(QWidget *parent) : RecordListPage(new ApplicationListModel, new ApplicationEditor, parent)
{
    setObjectName(QStringLiteral("applicationsPage"));
    view()->setObjectName(QStringLiteral("applicationTable"));
    splitter()->setObjectName(QStringLiteral("applicationsSplitter"));
    recordEditor()->setObjectName(QStringLiteral("applicationEditor"));
    view()->horizontalHeader()->setStretchLastSection(true);

    m_statusLabel = new QLabel;
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("statusFilter"));
    for (int i = 0; i < 3 + oneStatusEntries().size(); ++i)
        m_status->addItem(QString());
    m_statusLabel->setBuddy(m_status);
    m_fromLabel = new QLabel;
    m_from = new OptionalDateEdit;
    m_from->setObjectName(QStringLiteral("receivedFrom"));
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel;
    m_to = new OptionalDateEdit;
    m_to->setObjectName(QStringLiteral("receivedTo"));
    m_toLabel->setBuddy(m_to);
    addFilterWidget(m_statusLabel);
    addFilterWidget(m_status);
    addFilterWidget(m_fromLabel);
    addFilterWidget(m_from);
    addFilterWidget(m_toLabel);
    addFilterWidget(m_to);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ApplicationsPage::updateFilter);
    connect(m_from, &OptionalDateEdit::valueChanged, this, &ApplicationsPage::updateFilter);
    connect(m_to, &OptionalDateEdit::valueChanged, this, &ApplicationsPage::updateFilter);
    connect(editor(), &ApplicationEditor::reviewOpened, this, [this](qint64 id) {
        emit openRequested(RecordRef{QStringLiteral("application_reviews"), id});
    });
    finishBuilding();
}

QString ApplicationsPage::title() const { return tr("Applications"); }

QString ApplicationsPage::description() const
{
    return tr("Applications for certification: the reviewers' work queue, eligibility and documents");
}

ApplicationEditor *ApplicationsPage::editor() const { return static_cast<ApplicationEditor *>(recordEditor()); }

ApplicationListModel *ApplicationsPage::model() const { return static_cast<ApplicationListModel *>(listModel()); }

void ApplicationsPage::setStatusFilter(int index) { m_status->setCurrentIndex(index); }

void ApplicationsPage::newApplicationFor(qint64 clientId)
{
    if (!recordEditor()->maybeSave())
        return;
    editor()->newRecordFor(clientId);
    editor()->focusFirstField();
}

bool ApplicationsPage::newRecordFor(const QString &table, qint64 clientId)
{
    if (table != ApplicationRepository::rootTable())
        return false;
    newApplicationFor(clientId);
    return true;
}

bool ApplicationsPage::openRecord(const RecordRef &record)
{
    if (record.table == ApplicationRepository::rootTable() && model()->rowOf(record.row) < 0) {
        m_status->setCurrentIndex(2);   // all: the list shows it
        m_from->setValue(QDate());
        m_to->setValue(QDate());
    }
    return RecordListPage::openRecord(record);
}

void ApplicationsPage::updateFilter()
{
    const int index = m_status->currentIndex();
    QList<Status> statuses;
    if (index < 3)
        statuses = ApplicationListModel::statusesOf(ApplicationListModel::StatusFilter(index));
    else
        statuses = {oneStatusEntries().value(index - 3)};
    model()->setStatuses(statuses);
    model()->setReceivedRange(m_from->value(), m_to->value());
}

QStringList ApplicationsPage::recordTables() const { return ApplicationRepository::tables(); }

QStringList ApplicationsPage::listedTables() const
{
    return ApplicationRepository::tables() + ApplicationRepository::readTables();
}

RecordListPage::Texts ApplicationsPage::texts() const
{
    Texts t;
    t.filterPlaceholder = tr("Filter by number or client (Ctrl+F)");
    t.filterToolTip = tr("Every word typed must appear in the application's number or the client's name.");
    t.newText = tr("&New application");
    t.newToolTip = tr("Record a client's application (Ctrl+N)");
    t.deleteToolTip = tr("Delete the selected application (only a draft)");
    t.deleteTitle = tr("Delete application");
    t.cannotDelete = tr("“%1” cannot be deleted: %2\n\nWithdraw it instead: it is then kept as a record, withdrawn.");
    t.setAside = tr("Withdraw");
    t.setAsideStep = tr("Withdraw application “%1”");
    t.setAsideDone = tr("“%1” is withdrawn; choose “All” or “withdrawn” above to see it.");
    t.confirmDelete = tr("Delete the draft application “%1” with its documents?\n\nYou can bring it back with Edit → Undo.");
    t.deleteStep = tr("Delete application “%1”");
    return t;
}

QString ApplicationsPage::rowCountText(int rows) const { return tr("%Ln application(s)", nullptr, rows); }

std::optional<RecordListPage::Removal> ApplicationsPage::removal(Database &db, qint64 id) const
{
    ApplicationRepository repository(db);
    const std::optional<Application> application = repository.load(id);
    if (!application)
        return std::nullopt;
    QStringList dependents;
    if (const QString refusal = repository.removalRefusal(id); !refusal.isEmpty())
        dependents << refusal;
    // Set aside already: it ended (withdrawn, accepted, refused) and cannot be withdrawn.
    return Removal{application->number, dependents, ApplicationRules::nextStatuses(application->status).isEmpty()};
}

WriteResult ApplicationsPage::remove(Database &db, qint64 id) const { return ApplicationRepository(db).remove(id); }

WriteResult ApplicationsPage::setAside(Database &db, qint64 id) const
{
    return ApplicationRepository(db).changeStatus(id, Status::Withdrawn, tr("Withdrawn instead of deleted"));
}

qint64 ApplicationsPage::storedCount(Database &db) const { return ApplicationRepository(db).count(); }

void ApplicationsPage::retranslateOwn()
{
    m_statusLabel->setText(tr("&Queue:"));
    m_status->setItemText(0, tr("Work queue (submitted, under review, resubmitted)"));
    m_status->setItemText(1, tr("All open applications"));
    m_status->setItemText(2, tr("All applications"));
    for (int i = 0; i < oneStatusEntries().size(); ++i)
        m_status->setItemText(3 + i, ApplicationRules::statusText(oneStatusEntries().at(i)));
    m_status->setToolTip(tr("Which applications the list shows"));
    m_fromLabel->setText(tr("Received fro&m"));
    m_toLabel->setText(tr("until"));
    m_from->setToolTip(tr("Only applications received on or after this day (empty: no limit)"));
    m_to->setToolTip(tr("Only applications received on or before this day (empty: no limit)"));
}
