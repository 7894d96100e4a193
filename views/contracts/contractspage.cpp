#include "contracts/contractspage.h"

#include "contracts/contracteditor.h"
#include "editing/changeset.h"
#include "itemmodels/contractlistmodel.h"
#include "reports/contractreport.h"
#include "repositories/contractrepository.h"

#include <QAction>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>

ContractsPage::ContractsPage(QWidget *parent) : RecordListPage(new ContractListModel, new ContractEditor, parent)
{
    setObjectName(QStringLiteral("contractsPage"));
    view()->setObjectName(QStringLiteral("contractTable"));
    splitter()->setObjectName(QStringLiteral("contractsSplitter"));
    recordEditor()->setObjectName(QStringLiteral("contractEditor"));
    view()->horizontalHeader()->setStretchLastSection(true);
    connect(editor(), &ContractEditor::openContract, this, [this](qint64 id) { openStored(id); });
    finishBuilding();
    newAction()->setVisible(false);   // made from an accepted review
}

QString ContractsPage::title() const { return tr("Contracts"); }

QString ContractsPage::description() const { return tr("Certification contracts: fees, duties, signing and amendments"); }

ContractEditor *ContractsPage::editor() const { return static_cast<ContractEditor *>(recordEditor()); }

ContractListModel *ContractsPage::model() const { return static_cast<ContractListModel *>(listModel()); }

bool ContractsPage::openRecord(const RecordRef &record)
{
    if (record.table == ContractRepository::rootTable())
        model()->refresh();
    return RecordListPage::openRecord(record);
}

QStringList ContractsPage::recordTables() const { return ContractRepository::tables(); }

QStringList ContractsPage::listedTables() const { return ContractRepository::tables() + ContractRepository::readTables(); }

RecordListPage::Texts ContractsPage::texts() const
{
    Texts t;
    t.filterPlaceholder = tr("Filter by contract, application or client (Ctrl+F)");
    t.filterToolTip = tr("Every word typed must appear in the contract's or the application's number or the client's name.");
    t.newText = tr("New contract");
    t.newToolTip = tr("A contract is made from an accepted review on the Reviews page");
    t.deleteToolTip = tr("Delete the selected contract (only a draft)");
    t.deleteTitle = tr("Delete contract");
    t.cannotDelete = tr("“%1” cannot be deleted: %2");
    t.confirmDelete = tr("Delete the draft contract “%1”?\n\nYou can bring it back with Edit → Undo.");
    t.deleteStep = tr("Delete contract “%1”");
    return t;
}

QString ContractsPage::rowCountText(int rows) const { return tr("%Ln contract(s)", nullptr, rows); }

std::optional<RecordListPage::Removal> ContractsPage::removal(Database &db, qint64 id) const
{
    const std::optional<Contract> c = ContractRepository(db).load(id);
    if (!c)
        return std::nullopt;
    QStringList dependents;
    if (c->isReadOnly())
        dependents << tr("a signed contract is a record; terminate or amend it instead");
    return Removal{c->number, dependents, false};
}

WriteResult ContractsPage::remove(Database &db, qint64 id) const { return ContractRepository(db).remove(id); }

qint64 ContractsPage::storedCount(Database &db) const { return ContractRepository(db).count(); }

PageReport ContractsPage::report() const
{
    return recordReport(tr("contract-%1.pdf"), [](Database &db, qint64 id, ReportLanguage::Mode mode, QString *error) {
        return ContractReport::build(db, id, mode, error);
    });
}
