#pragma once

#include "common/recordlistpage.h"

class ContractEditor;
class ContractListModel;

// The Contracts page (认证合同): certification contracts, newest first, above the editor of
// the selected one. A contract is made from its accepted review (Make the contract on the
// Reviews page); a draft can be deleted, a signed one is terminated or amended instead.
class ContractsPage : public RecordListPage
{
    Q_OBJECT

public:
    explicit ContractsPage(QWidget *parent = nullptr);

    QString title() const override;
    QString description() const override;
    ContractEditor *editor() const;
    ContractListModel *model() const;
    bool openRecord(const RecordRef &record) override;
    // The contract summary of the contract shown (as stored).
    PageReport report() const override;

protected:
    QStringList recordTables() const override;
    const char *parentColumn() const override { return "contract_id"; }
    QStringList listedTables() const override;
    Texts texts() const override;
    QString rowCountText(int rows) const override;
    std::optional<Removal> removal(Database &db, qint64 id) const override;
    WriteResult remove(Database &db, qint64 id) const override;
    qint64 storedCount(Database &db) const override;
};
