#pragma once

#include "repositories/applicationrepository.h"

#include "itemmodels/recordlistmodel.h"

#include <QColor>
#include <QHash>

#include <QDate>
#include <QList>

// The applications list of the Applications page, the reviewers' work queue, and of a
// client's dossier: applications across all clients over ApplicationRepository, filtered by
// the words typed (number or client name), by status (a set: the work queue, the open ones,
// or one status) and by received date. The list of a body with tens of thousands of
// applications is read lazily, a page of rows at a time as the view asks for them (the count
// and the first page at once), so "all" shows its first screenful without reading the whole
// table; sorting re-queries (SQL), never the cached rows. The status carries text, and a
// colour besides.
class ApplicationListModel : public RecordListModel
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

    // Rows read per query.
    static constexpr int PageSize = 200;

    explicit ApplicationListModel(QObject *parent = nullptr);

    void setDatabase(Database *db) override;
    Database *database() const override { return m_db; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const QString &text) override;
    QString filter() const override { return m_query.filter; }
    // The statuses listed (empty: all).
    void setStatuses(const QList<ApplicationRules::Status> &statuses);
    QList<ApplicationRules::Status> statuses() const { return m_query.statuses; }
    // Received in [from, to]; an invalid date leaves that end open.
    void setReceivedRange(const QDate &from, const QDate &to);
    // Only this client's applications (0: every client's; < 0: none).
    void setClient(qint64 clientId);
    ApplicationListQuery query() const { return m_query; }

    void refresh() override;
    void retranslate() override;
    qint64 idAt(int row) const override;
    int rowOf(qint64 id) const override;
    // The row's values (read now when its page is not loaded); nullptr out of range.
    const ApplicationListRow *rowAt(int row) const;
    // How many rows are held in memory (for tests and benchmarks of the lazy reading).
    int cachedRowCount() const;

    // The statuses of a filter: the work queue is what waits for the body (submitted,
    // under review, resubmitted); open is every status that does not end an application.
    static QList<ApplicationRules::Status> statusesOf(StatusFilter filter);

private:
    void requery();
    void reset();

    Database *m_db = nullptr;
    ApplicationListQuery m_query;
    int m_count = 0;
    mutable QHash<int, QList<ApplicationListRow>> m_pages;
};

// Colour of an application status in lists and badges (the text always says it too).
QColor applicationStatusColor(ApplicationRules::Status status);
