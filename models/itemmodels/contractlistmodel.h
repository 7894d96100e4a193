#pragma once

#include "repositories/contractrepository.h"

#include "itemmodels/memorylistmodel.h"

// The contracts list of the Contracts page and of a client's dossier: certification
// contracts, newest first, with version, status (amended versions say so) and total fee.
using ContractListModelBase = MemoryListModel<ContractListRow>;

class ContractListModel : public ContractListModelBase
{
    Q_OBJECT

public:
    enum Column { Number, Version, Application, Client, Status, SignedOn, Total, ColumnCount };
    Q_ENUM(Column)

    explicit ContractListModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void setFilter(const QString &text) override;
    QString filter() const override { return m_query.filter; }
    // Only this client's (0: every client's; < 0: none).
    void setClient(qint64 clientId);
    qint64 client() const { return m_query.clientId; }
    static QString statusText(const ContractListRow &row);

protected:
    int columns() const override { return ColumnCount; }
    QList<ContractListRow> read(Database &db) override;
    QString readFailedText(const QString &reason) const override;
    QString sortText(const ContractListRow &row, int column) const override;
    int compare(const ContractListRow &a, const ContractListRow &b, int column) const override;

private:
    ContractListQuery m_query;
};
