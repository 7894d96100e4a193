#pragma once

#include "repositories/clientrepository.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QWaitCondition>

#include <memory>

class Database;
class QThread;

// Reads pages of the client list on a worker thread, so that a page deep in a long register
// (an OFFSET query that walks the sort index up to it) never blocks the GUI thread while the
// user drags the scroll bar. ClientListModel asks it for the pages after the first.
//
// Threading contract: create, call and destroy it on one thread (the GUI thread); its
// signals are emitted on that thread, from its event loop, never inside request(). The
// worker thread starts at the first request and owns a read-only connection of its own to
// the same database file (Qt SQL connections belong to the thread that made them, and
// Database names each connection uniquely; WAL lets it read while the GUI's connection
// writes, and it sees the last committed state, not a write transaction still open on the
// GUI's connection). The connection is opened at the first request (Database::open in
// Mode::Read, with its checks of the file), kept for the next ones, and closed on the
// worker thread before the destructor returns. The destructor drops the requests not yet
// begun and waits for the one being read; an answer already posted is discarded with this
// object (posted events die with their receiver), so none reaches a destroyed object.
class ClientPageFetcher : public QObject
{
    Q_OBJECT

public:
    // Requests kept waiting at most: while the scroll bar is dragged across the list, pages
    // the view has already left are dropped rather than read.
    static constexpr int MaxPending = 4;

    explicit ClientPageFetcher(const QString &databasePath, QObject *parent = nullptr);
    ~ClientPageFetcher() override;

    // Whether a second connection can read what `db` holds: an open database in a file on
    // disk. A database in memory (openInMemory) is private to its connection, and opening its
    // "path" elsewhere would fail, or read another file.
    static bool canRead(const Database &db);

    QString databasePath() const { return m_path; }

    // Asks for `limit` rows of the query from `offset`; generation and page come back with
    // the answer (pageRead or pageFailed). The newest request is read first. Returns the
    // pages of older requests dropped to keep the queue at MaxPending: they never
    // arrive, so ask again when they are still wanted.
    QList<int> request(quint64 generation, int page, const ClientListQuery &query, int offset, int limit);
    // Drops every request not yet begun (the query changed); a page being read still arrives.
    void discardPending();

signals:
    // rows may be fewer than asked for: the end of the list, or rows deleted meanwhile.
    void pageRead(quint64 generation, int page, const QList<ClientListRow> &rows);
    // message is for the user: why the page could not be read.
    void pageFailed(quint64 generation, int page, const QString &message);

private:
    struct Request
    {
        quint64 generation = 0;
        int page = 0;
        ClientListQuery query;
        int offset = 0;
        int limit = 0;
    };

    void work();  // the worker thread's loop

    const QString m_path;
    QMutex m_mutex;               // guards m_pending and m_stopping
    QWaitCondition m_wake;
    QList<Request> m_pending;     // oldest first
    bool m_stopping = false;
    std::unique_ptr<QThread> m_thread;
};
