#pragma once

#include "repositories/applicationrepository.h"

#include "itemmodels/memorylistmodel.h"

#include <QDate>
#include <QList>

// The applications list of the Applications page, the reviewer's work queue: applications
// across all clients over ApplicationRepository, newest first, filtered by the words typed
// (number or client name), by status (a set: the work queue, the open ones, or one status)
// and by received date; a client's dossier lists that client's only. What the page shows is
// the applications asked for, so the queue of a body with tens of thousands of applications
// stays a few hundred rows; sorting sorts them in memory. The status carries text, and a
// colour besides.
using ApplicationListModelBase = MemoryListModel<ApplicationListRow>;

class ApplicationListModel : public ApplicationListModelBase
{
    Q_OBJECT

public:
    enum Column {
        Number,         // CSISMS-A-2026-0007
        Client,         // the client's Chinese name
        Type,           // initial certification, recertification …
        Received,       // received on
        Status,         // draft, submitted …
        StatusSince,    // date of the last status change
        ScopeClasses,   // codes
        Personnel,      // personnel in scope
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        StatusRole = RecordListModel::IdRole + 1,   // QString: the status key
        ClientIdRole,                                // qint64
    };
    Q_ENUM(Role)

    // The status filters the page offers, in order.
    enum StatusFilter { WorkQueue, Open, All, OneStatus };

    explicit ApplicationListModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setFilter(const QString &text) override;
    QString filter() const override { return m_query.filter; }
    // The statuses listed (empty: all).
    void setStatuses(const QList<ApplicationRules::Status> &statuses);
    QList<ApplicationRules::Status> statuses() const { return m_query.statuses; }
    // Received in [from, to]; an invalid date leaves that end open.
    void setReceivedRange(const QDate &from, const QDate &to);
    // Only this client's applications (0: every client's).
    void setClient(qint64 clientId);
    ApplicationListQuery query() const { return m_query; }

    // The statuses of a filter: the work queue is what waits for the body (submitted,
    // under review, resubmitted); open is every status that does not end an application.
    static QList<ApplicationRules::Status> statusesOf(StatusFilter filter);

protected:
    int columns() const override { return ColumnCount; }
    QList<ApplicationListRow> read(Database &db) override;
    QString readFailedText(const QString &reason) const override;
    QString sortText(const ApplicationListRow &row, int column) const override;
    int compare(const ApplicationListRow &a, const ApplicationListRow &b, int column) const override;

private:
    ApplicationListQuery m_query;
};

// Colour of an application status in lists and badges (the text always says it too).
QColor applicationStatusColor(ApplicationRules::Status status);
