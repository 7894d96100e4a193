#include "zipwriter.h"

#include "archive/sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <archive.h>
#include <archive_entry.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ZipWriter", text); }

la_ssize_t writeCallback(archive *, void *client, const void *buffer, size_t length)
{
    auto *file = static_cast<QSaveFile *>(client);
    const qint64 written = file->write(static_cast<const char *>(buffer), qint64(length));
    return written == qint64(length) ? la_ssize_t(written) : -1;
}

int closeCallback(archive *, void *) { return ARCHIVE_OK; }

constexpr size_t kQueued = 6;   // pieces waiting to be compressed

} // namespace

// The thread that owns libarchive and the file: it takes commands from the queue in order.
struct ZipWriter::Worker
{
    enum class Kind { Begin, Data, End, Close };
    struct Command
    {
        Kind kind;
        QString path;
        QByteArray data;
    };

    explicit Worker(const QString &path) : file(path) {}

    QSaveFile file;
    archive *zip = nullptr;
    QDateTime time = QDateTime::currentDateTimeUtc();
    std::thread thread;

    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Command> queue;
    QString error;            // the first failure; guarded by mutex
    bool closed = false;      // the Close command was carried out
    bool busy = false;        // a command is being carried out
    bool committed = false;
    QString currentPath;      // worker side

    // Caller side: the entries, hashed as they are handed over (hashing here and
    // compressing there keeps both threads busy).
    QList<Entry> entries;
    Entry current;
    std::unique_ptr<Sha256> hash;

    void failed(const QString &message)
    {
        const std::lock_guard<std::mutex> lock(mutex);
        if (error.isEmpty())
            error = message;
    }
    bool hasFailed()
    {
        const std::lock_guard<std::mutex> lock(mutex);
        return !error.isEmpty();
    }
    QString archiveError() const { return QString::fromLocal8Bit(archive_error_string(zip)); }

    void carryOut(const Command &c)
    {
        switch (c.kind) {
        case Kind::Begin: {
            archive_entry *entry = archive_entry_new();
            archive_entry_set_pathname_utf8(entry, c.path.toUtf8().constData());
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_perm(entry, 0644);
            archive_entry_set_mtime(entry, time.toSecsSinceEpoch(), 0);
            const int status = archive_write_header(zip, entry);
            archive_entry_free(entry);
            if (status != ARCHIVE_OK)
                return failed(tr("%1 could not be added to the zip file: %2").arg(c.path, archiveError()));
            currentPath = c.path;
            return;
        }
        case Kind::Data: {
            const char *bytes = c.data.constData();
            qsizetype left = c.data.size();
            while (left > 0) {
                const la_ssize_t n = archive_write_data(zip, bytes, size_t(left));
                if (n <= 0)
                    return failed(tr("%1 could not be written to the zip file: %2").arg(currentPath, archiveError()));
                bytes += n;
                left -= n;
            }
            return;
        }
        case Kind::End: {
            if (archive_write_finish_entry(zip) != ARCHIVE_OK)
                return failed(tr("%1 could not be written to the zip file: %2").arg(currentPath, archiveError()));
            return;
        }
        case Kind::Close: {
            const int status = archive_write_close(zip);
            if (status != ARCHIVE_OK)
                return failed(tr("The zip file could not be finished: %1").arg(archiveError()));
            if (!file.commit())
                return failed(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
            const std::lock_guard<std::mutex> lock(mutex);
            committed = true;
            return;
        }
        }
    }

    void run()
    {
        for (;;) {
            Command c;
            {
                std::unique_lock<std::mutex> lock(mutex);
                changed.wait(lock, [this] { return !queue.empty(); });
                c = std::move(queue.front());
                queue.pop_front();
                busy = true;
            }
            changed.notify_all();
            if (!hasFailed())
                carryOut(c);
            {
                const std::lock_guard<std::mutex> lock(mutex);
                busy = false;
            }
            changed.notify_all();
            if (c.kind == Kind::Close) {
                const std::lock_guard<std::mutex> lock(mutex);
                closed = true;
                changed.notify_all();
                return;
            }
        }
    }

    // Caller side: false when the worker has failed already.
    bool post(Command c)
    {
        std::unique_lock<std::mutex> lock(mutex);
        changed.wait(lock, [this] { return queue.size() < kQueued || !error.isEmpty(); });
        if (!error.isEmpty())
            return false;
        queue.push_back(std::move(c));
        changed.notify_all();
        return true;
    }
    // Stops the thread: after Close has been carried out (or on cancel, skipped).
    void finish(bool keep)
    {
        if (!thread.joinable())
            return;
        if (!keep)
            failed(tr("The export was cancelled."));
        {
            std::unique_lock<std::mutex> lock(mutex);
            queue.push_back(Command{Kind::Close, {}, {}});
            changed.notify_all();
        }
        thread.join();
        if (zip) {
            archive_write_free(zip);   // the file, uncommitted unless Close succeeded, is then discarded
            zip = nullptr;
        }
        if (!committed)
            file.cancelWriting();
    }
};

ZipWriter::ZipWriter(const QString &path) : m_path(path) {}

ZipWriter::~ZipWriter()
{
    if (m_worker)
        m_worker->finish(false);
}

bool ZipWriter::open()
{
    m_worker = std::make_unique<Worker>(m_path);
    Worker &w = *m_worker;
    if (!w.file.open(QIODevice::WriteOnly)) {
        w.failed(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(m_path), w.file.errorString()));
        return false;
    }
    w.zip = archive_write_new();
    if (!w.zip || archive_write_set_format_zip(w.zip) != ARCHIVE_OK
        || archive_write_set_options(w.zip, "zip:compression=deflate,zip:compression-level=1") != ARCHIVE_OK
        || archive_write_set_bytes_in_last_block(w.zip, 1) != ARCHIVE_OK
        || archive_write_open2(w.zip, &w.file, nullptr, writeCallback, closeCallback, nullptr) != ARCHIVE_OK) {
        w.failed(tr("The zip file could not be started: %1").arg(w.zip ? w.archiveError() : QString()));
        w.file.cancelWriting();
        return false;
    }
    w.thread = std::thread([&w] { w.run(); });
    return true;
}

bool ZipWriter::begin(const QString &path)
{
    if (!m_worker || m_inEntry || !m_worker->thread.joinable())
        return false;
    m_inEntry = m_worker->post(Worker::Command{Worker::Kind::Begin, path, {}});
    m_worker->current = Entry{path, 0, {}};
    m_worker->hash = std::make_unique<Sha256>();
    return m_inEntry;
}

bool ZipWriter::write(QByteArray data)
{
    if (!m_worker || !m_inEntry)
        return false;
    if (data.isEmpty())
        return true;
    m_worker->hash->addData(data);
    m_worker->current.size += data.size();
    return m_worker->post(Worker::Command{Worker::Kind::Data, {}, std::move(data)});
}

bool ZipWriter::end()
{
    if (!m_worker || !m_inEntry)
        return false;
    m_inEntry = false;
    m_worker->current.sha256 = m_worker->hash->result().toHex();
    m_worker->entries << m_worker->current;
    return m_worker->post(Worker::Command{Worker::Kind::End, {}, {}});
}

bool ZipWriter::add(const QString &path, const QByteArray &data) { return begin(path) && write(data) && end(); }

bool ZipWriter::flush()
{
    if (!m_worker || !m_worker->thread.joinable())
        return false;
    std::unique_lock<std::mutex> lock(m_worker->mutex);
    m_worker->changed.wait(lock, [this] { return (m_worker->queue.empty() && !m_worker->busy) || !m_worker->error.isEmpty(); });
    return m_worker->error.isEmpty();
}

bool ZipWriter::close()
{
    if (!m_worker)
        return false;
    if (m_inEntry)
        m_worker->failed(tr("The zip file was closed in the middle of an entry."));
    m_worker->finish(true);
    return m_worker->committed;
}

void ZipWriter::cancel()
{
    if (m_worker)
        m_worker->finish(false);
}

QList<ZipWriter::Entry> ZipWriter::entries() const
{
    return m_worker ? m_worker->entries : QList<Entry>();
}

QString ZipWriter::errorString() const
{
    if (!m_worker)
        return {};
    const std::lock_guard<std::mutex> lock(m_worker->mutex);
    return m_worker->error;
}
