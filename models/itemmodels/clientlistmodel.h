#pragma once

#include "repositories/clientrepository.h"

#include "itemmodels/recordlistmodel.h"
#include <QHash>
#include <QList>
#include <QSet>

#include <memory>

class ClientPageFetcher;
class Database;

// The client list of the Clients page: a read-only table over ClientRepository that
// fetches rows lazily, one page of rows at a time, so a register of 20,000 clients
// shows its first screenful without loading the whole table. Filtering, the archived
// toggle and sorting re-query the repository (SQL), never the cached rows.
//
// The count and the first page are read on the calling (GUI) thread, so the list never
// shows empty after a reset. A later page asked for by data() is read by a
// ClientPageFetcher on a worker thread: until it arrives its rows show "Loading…", then
// dataChanged() names exactly its rows. Each re-query starts a new generation; answers for
// an older one are dropped. idAt() needs the row at once and reads its page synchronously.
// A database in memory, or one inside a write transaction, is read synchronously as before.
//
// A row is in one of four states (data() says which, in the first column and the tooltip):
// shown, loading, could not be read (the page failed: m_failedPages), or no longer there
// (its page came back shorter than the count read at the re-query: another program
// deleted clients meanwhile). The last two keep their marker until the list is read again.
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
    ~ClientListModel() override;

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

    // Id of the client on a row (0 when out of range or unreadable); row of a client, -1 when
    // hidden. Both answer at once: idAt reads the row's page on this thread if it is not
    // loaded yet (a caller needs the id now: the current row, the selection after a reset).
    qint64 idAt(int row) const override;
    int rowOf(qint64 id) const override;

    // How many rows are held in memory (for tests and benchmarks of the lazy loading).
    int cachedRowCount() const;

    // Whether a row is still being read by the worker (shown as "Loading…").
    bool isLoading(int row) const;

private:
    // How rowAt gets a page that is not loaded: read it now, or ask the worker and come back.
    enum class Load { Now, Later };

    const ClientListRow *rowAt(int row, Load load) const;
    bool requestPage(int page) const;
    bool readPage(int page) const;
    void insertPage(int page, const QList<ClientListRow> &rows) const;
    void noteShortPage(int page, qsizetype rows) const;
    void pageRead(quint64 generation, int page, const QList<ClientListRow> &rows);
    void pageFailed(quint64 generation, int page, const QString &message);
    void emitPageChanged(int page);
    void updateFetcher();
    void requery(bool fewRows = false);

    Database *m_db = nullptr;
    ClientListQuery m_query;
    int m_count = 0;
    quint64 m_generation = 0;                          // bumped by every re-query
    mutable QHash<int, QList<ClientListRow>> m_pages;  // page number -> rows
    mutable QHash<int, QString> m_failedPages;         // page number -> why it could not be read
    mutable QSet<int> m_requested;                     // pages asked of the worker, not arrived
    mutable bool m_shortReported = false;              // "rows gone" told once per generation
    // Reads m_db's file with a connection of its own; replaced whenever the database is.
    std::unique_ptr<ClientPageFetcher> m_fetcher;
};
