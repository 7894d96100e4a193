#include "clientpagefetcher.h"

#include "db/database.h"

#include <QFileInfo>
#include <QMetaObject>
#include <QMutexLocker>
#include <QThread>

#include <exception>

ClientPageFetcher::ClientPageFetcher(const QString &databasePath, QObject *parent)
    : QObject(parent), m_path(databasePath)
{
}

ClientPageFetcher::~ClientPageFetcher()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_pending.clear();
    }
    m_wake.wakeAll();
    // The page being read, if any, finishes first: SQLite cannot be stopped from another
    // thread through Qt's driver, and one page takes milliseconds (the first request also
    // opens the connection, which checks the file). Its answer, posted to this object, is
    // removed with it by ~QObject: the posted call never runs.
    if (m_thread)
        m_thread->wait();
}

bool ClientPageFetcher::canRead(const Database &db)
{
    const QString path = db.path();
    return db.isOpen() && !path.isEmpty() && path != QLatin1String(":memory:") && QFileInfo(path).isFile();
}

QList<int> ClientPageFetcher::request(quint64 generation, int page, const ClientListQuery &query, int offset, int limit)
{
    QList<int> dropped;
    {
        QMutexLocker lock(&m_mutex);
        m_pending.append(Request{generation, page, query, offset, limit});
        while (m_pending.size() > MaxPending)
            dropped << m_pending.takeFirst().page;
    }
    if (!m_thread) {
        m_thread.reset(QThread::create([this] { work(); }));
        m_thread->setObjectName(QStringLiteral("client list reader"));
        m_thread->start();
    }
    m_wake.wakeOne();
    return dropped;
}

void ClientPageFetcher::discardPending()
{
    QMutexLocker lock(&m_mutex);
    m_pending.clear();
}

void ClientPageFetcher::work()
{
    // Made, used and destroyed on this thread only.
    std::unique_ptr<Database> db;
    for (;;) {
        Request request;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_stopping && m_pending.isEmpty())
                m_wake.wait(&m_mutex);
            if (m_stopping)
                break;
            // Newest first: it is the page the view shows now.
            request = m_pending.takeLast();
        }

        QList<ClientListRow> rows;
        bool failed = false;
        QString failure;
        // Nothing may escape a thread's function (it would end the program): a failed read,
        // even for want of memory, is an answer like any other.
        try {
            if (!db) {
                // Opened again after a failure: the file may be readable by the next request.
                auto reader = std::make_unique<Database>();
                if (const DatabaseError error = reader->open(m_path, Database::Mode::Read)) {
                    failed = true;
                    failure = error.message;
                } else {
                    db = std::move(reader);
                }
            }
            if (db)
                rows = ClientRepository(*db).page(request.query, request.offset, request.limit);
        } catch (const SqlError &e) {
            failed = true;
            failure = e.explanation();
        } catch (const std::exception &e) {
            failed = true;
            failure = QString::fromLocal8Bit(e.what());
        }

        // Delivered on the thread of this object, through its event loop; dropped with the
        // posted event if this object is destroyed first (it has waited for this thread by then).
        const quint64 generation = request.generation;
        const int page = request.page;
        if (!failed)
            QMetaObject::invokeMethod(
                this, [this, generation, page, rows] { emit pageRead(generation, page, rows); }, Qt::QueuedConnection);
        else
            QMetaObject::invokeMethod(
                this, [this, generation, page, failure] { emit pageFailed(generation, page, failure); },
                Qt::QueuedConnection);
    }
    db.reset();  // closes the connection here, on the thread that opened it
}
