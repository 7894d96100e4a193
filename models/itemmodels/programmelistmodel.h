#pragma once

#include "repositories/programmerepository.h"

#include "itemmodels/memorylistmodel.h"

// The programmes list of the Programmes page and of a client's dossier: one row per
// programme (client and cycle), newest first, with the decision (planned or recorded),
// the expiry, the audits done of all, and the next audit to come.
using ProgrammeListModelBase = MemoryListModel<ProgrammeListRow>;

class ProgrammeListModel : public ProgrammeListModelBase
{
    Q_OBJECT

public:
    enum Column { Client, Contract, Cycle, Decision, Expiry, Audits, Next, ColumnCount };
    Q_ENUM(Column)

    explicit ProgrammeListModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void setFilter(const QString &text) override;
    QString filter() const override { return m_filter; }
    void setClient(qint64 clientId);

protected:
    int columns() const override { return ColumnCount; }
    QList<ProgrammeListRow> read(Database &db) override;
    QString readFailedText(const QString &reason) const override;
    QString sortText(const ProgrammeListRow &row, int column) const override;
    int compare(const ProgrammeListRow &a, const ProgrammeListRow &b, int column) const override;

private:
    QString m_filter;
    qint64 m_clientId = 0;
};
