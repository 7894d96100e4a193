#pragma once

#include "repositories/reviewrepository.h"

#include "itemmodels/memorylistmodel.h"

// The reviews list of the Reviews page: application reviews, newest first, with their
// decision and state (draft, finalised, superseded by a correction), filtered by the words
// typed (application number, client, reviewer) and to the open drafts on request.
using ReviewListModelBase = MemoryListModel<ReviewListRow>;

class ReviewListModel : public ReviewListModelBase
{
    Q_OBJECT

public:
    enum Column { Application, Client, Reviewer, ReviewedOn, Decision, State, ColumnCount };
    Q_ENUM(Column)

    explicit ReviewListModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const QString &text) override;
    QString filter() const override { return m_query.filter; }
    void setOpenOnly(bool open);
    bool openOnly() const { return m_query.openOnly; }
    // Only this client's (0: every client's; < 0: none).
    void setClient(qint64 clientId);

    static QString stateText(const ReviewListRow &row);

protected:
    int columns() const override { return ColumnCount; }
    QList<ReviewListRow> read(Database &db) override;
    QString readFailedText(const QString &reason) const override;
    QString sortText(const ReviewListRow &row, int column) const override;
    int compare(const ReviewListRow &a, const ReviewListRow &b, int column) const override;

private:
    ReviewListQuery m_query;
};
