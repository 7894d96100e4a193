#pragma once

#include "repositories/clientrepository.h"

#include "itemmodels/recordlistmodel.h"
#include <QHash>
#include <QList>

class Database;

// The client list of the Clients page: a read-only table over ClientRepository that
// fetches rows lazily, one page of rows at a time, so a register of 20,000 clients
// shows its first screenful without loading the whole table. Filtering, the archived
// toggle and sorting re-query the repository (SQL), never the cached rows.
class ClientListModel : public RecordListModel
{
    Q_OBJECT

public:
    // Columns, in display order.
    enum Column {
        NameZh,      // Chinese name; archived clients carry a text marker
        NameEn,      // English name
        CreditCode,  // unified social credit code
        Contact,     // contact person
        Phone,       // phone
        Headcount,   // total headcount, in the user's locale
        ColumnCount
    };
    Q_ENUM(Column)

    // Roles beyond Qt's, valid on every column of a row.
    enum Role {
        ArchivedRole = RecordListModel::IdRole + 1,   // bool: the client is archived
    };
    Q_ENUM(Role)

    // Rows fetched per repository query.
    static constexpr int PageSize = 200;
    // Below this many matches a filter's rows are found by a scan rather than the sort index.
    static constexpr int FewRows = ClientListQuery::FewRows;

    explicit ClientListModel(QObject *parent = nullptr);

    // The database to list (nullptr: an empty list). Resets the model.
    void setDatabase(Database *db) override;
    Database *database() const override { return m_db; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    // Words that must all match the Chinese or English name, credit code or contact.
    void setFilter(const QString &text) override;
    QString filter() const override { return m_query.filter; }
    void setShowArchived(bool show);
    bool showArchived() const { return m_query.includeArchived; }
    ClientListQuery query() const { return m_query; }

    // Queries the repository again (after a write); resets the model.
    void refresh() override;
    // Texts depend on the language: headers and the archived marker change.
    void retranslate() override;

    // Id of the client on a row (0 when out of range); row of a client, -1 when hidden.
    qint64 idAt(int row) const override;
    int rowOf(qint64 id) const override;

    // How many rows are held in memory (for tests and benchmarks of the lazy loading).
    int cachedRowCount() const;

private:
    const ClientListRow *rowAt(int row) const;
    void requery(bool fewRows = false);

    Database *m_db = nullptr;
    ClientListQuery m_query;
    int m_count = 0;
    mutable QHash<int, QList<ClientListRow>> m_pages;  // page number -> rows
    mutable QHash<int, QString> m_failedPages;         // page number -> why it could not be read
};
