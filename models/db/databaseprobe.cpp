#include "databaseprobe.h"

#include "database.h"
#include "databasefile.h"
#include "schemashape.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>

namespace {

// One read of the file through SQLite and what it found.
struct Snapshot
{
    enum Outcome { Read, Transient, Corrupt, Unreadable };
    Outcome outcome = Read;
    QString error;
    quint32 applicationId = 0;
    int version = 0;
    SchemaShape shape;
    QStringList problems;   // quick_check lines other than "ok"
};

Snapshot::Outcome outcomeOf(const QSqlError &error)
{
    switch (SqlError::kindOf(error)) {
    case SqlError::Busy: return Snapshot::Transient;
    case SqlError::Corrupt: return Snapshot::Corrupt;
    default: return Snapshot::Unreadable;
    }
}

Snapshot readSnapshot(const QString &path, bool immutable, int busyMs)
{
    Snapshot s;
    const QString name = QStringLiteral("csisms-probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                           + (immutable ? QStringLiteral("?immutable=1") : QStringLiteral("?mode=ro")));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1").arg(busyMs));
        auto fail = [&s](const QSqlError &error) {
            s.outcome = outcomeOf(error);
            s.error = error.databaseText().isEmpty() ? error.text() : error.databaseText();
        };
        if (!db.open()) {
            fail(db.lastError());
        } else {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            // One read transaction: every answer below comes from the same snapshot.
            const bool began = immutable || q.exec(QStringLiteral("BEGIN"));
            if (!began) {
                fail(q.lastError());
            } else if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
                fail(q.lastError());
            } else {
                s.applicationId = quint32(q.value(0).toLongLong());
                q.finish();
                if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
                    fail(q.lastError());
                } else {
                    s.version = q.value(0).toInt();
                    q.finish();
                    QString error;
                    if (!SchemaShape::read(db, &s.shape, &error)) {
                        s.outcome = Snapshot::Corrupt;
                        s.error = error;
                    } else if (!q.exec(QStringLiteral("PRAGMA quick_check(20)"))) {
                        fail(q.lastError());
                    } else {
                        while (q.next())
                            if (const QString line = q.value(0).toString(); line != QLatin1String("ok"))
                                s.problems << line;
                        if (q.lastError().isValid())
                            fail(q.lastError());
                    }
                }
            }
            q.finish();
            if (!immutable)
                q.exec(QStringLiteral("COMMIT"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (s.outcome == Snapshot::Read && !s.problems.isEmpty()) {
        s.outcome = Snapshot::Corrupt;
        s.error = s.problems.first();
    }
    // "no such table", "file is not a database" and the like on a file that began like a
    // SQLite database: treat as damage, to be confirmed by a second consistent read.
    if (s.outcome == Snapshot::Unreadable && s.error.contains(QLatin1String("malformed")))
        s.outcome = Snapshot::Corrupt;
    return s;
}

// Whether an unmarked database with this content is a CSISMS Desk database from before the
// mark, another program's, or this program's with its structure changed.
ProbeResult classify(const Snapshot &s)
{
    ProbeResult result;
    result.version = s.version;
    const int latest = Database::latestSchemaVersion();
    if (s.applicationId != 0 && s.applicationId != DatabaseFile::kApplicationId) {
        result.kind = ProbeResult::Foreign;
        return result;
    }
    if (s.applicationId == 0 && s.shape.isEmpty() && s.version == 0) {
        result.kind = ProbeResult::Empty;   // a SQLite file holding nothing
        return result;
    }
    if (s.applicationId == DatabaseFile::kApplicationId) {
        if (s.version > latest) {
            result.kind = ProbeResult::NewerSchema;
            return result;
        }
        result.differences = s.shape.differencesFrom(SchemaShape::expected(s.version));
        result.kind = result.differences.isEmpty() ? ProbeResult::Csisms : ProbeResult::StructureChanged;
        return result;
    }
    // Unmarked: databases written before the mark existed have schema versions 1 and up.
    if (s.version < 1 || s.version > latest) {
        result.kind = ProbeResult::Foreign;
        return result;
    }
    const SchemaShape expected = SchemaShape::expected(s.version);
    result.differences = s.shape.differencesFrom(expected);
    if (result.differences.isEmpty())
        result.kind = ProbeResult::LegacyCsisms;
    else if (s.shape.sharesMostTablesWith(expected))
        result.kind = ProbeResult::StructureChanged;
    else {
        result.kind = ProbeResult::Foreign;
        result.differences.clear();
    }
    return result;
}

} // namespace

ProbeResult DatabaseProbe::inspect(const QString &path, int patienceMs)
{
    ProbeResult result;
    const DatabaseFile::Header header = DatabaseFile::readHeader(path);
    if (!header.exists) {
        result.kind = ProbeResult::Missing;
        return result;
    }
    if (header.isDirectory) {
        result.kind = ProbeResult::Directory;
        return result;
    }
    if (!header.readable) {
        result.kind = ProbeResult::CannotRead;
        return result;
    }
    if (header.size == 0) {
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-journal")}) {
            if (DatabaseFile::siblingSize(path, suffix) > 0) {
                // Someone's journal with data beside an empty file: not ours to take over.
                result.kind = ProbeResult::CannotRead;
                result.detail = QFileInfo(path + suffix).fileName();
                return result;
            }
        }
        result.kind = ProbeResult::Empty;
        return result;
    }
    if (header.truncatedHeader) {
        result.kind = ProbeResult::Damaged;
        result.detail = QCoreApplication::translate("DatabaseProbe", "the file is shorter than a database header");
        return result;
    }
    if (!header.sqlite) {
        result.kind = ProbeResult::NotSqlite;
        return result;
    }
    // Another program's mark is final (it is set when a file is created and never changes).
    if (header.applicationId != 0 && header.applicationId != DatabaseFile::kApplicationId) {
        result.kind = ProbeResult::Foreign;
        return result;
    }

    QElapsedTimer clock;
    clock.start();
    int pause = 10;
    bool damagedBefore = false;
    QString lastError;
    for (;;) {
        // A journal beside the file means a writer is at work (or stopped in the middle): then
        // read through SQLite's locks. Otherwise read the file as it is, touching nothing —
        // a locked read of a file whose header asks for WAL would create -wal and -shm.
        const bool walPresent = DatabaseFile::siblingExists(path, QStringLiteral("-wal"));
        const bool journalPresent = DatabaseFile::siblingSize(path, QStringLiteral("-journal")) > 0;
        const bool immutable = !walPresent && !(journalPresent && header.isRollback());
        const DatabaseFile::Stamp before = DatabaseFile::stamp(path);
        const Snapshot snapshot = readSnapshot(path, immutable, std::min(2000, patienceMs));
        ++result.reads;
        bool consistent = true;
        if (immutable)
            consistent = DatabaseFile::stamp(path) == before && !DatabaseFile::siblingExists(path, QStringLiteral("-wal"))
                         && (journalPresent || DatabaseFile::siblingSize(path, QStringLiteral("-journal")) <= 0);

        if (consistent && snapshot.outcome == Snapshot::Read) {
            ProbeResult classified = classify(snapshot);
            classified.reads = result.reads;
            return classified;
        }
        if (consistent && snapshot.outcome == Snapshot::Corrupt) {
            if (damagedBefore) {
                result.kind = ProbeResult::Damaged;
                result.detail = snapshot.error;
                return result;
            }
            damagedBefore = true;   // confirm with a second consistent read, at once
            continue;
        } else if (consistent && snapshot.outcome == Snapshot::Unreadable) {
            result.kind = ProbeResult::CannotRead;
            result.detail = snapshot.error;
            if (header.isRollback() && journalPresent)
                result.detail = QCoreApplication::translate(
                    "DatabaseProbe", "a program stopped while writing it: the -journal file beside it holds an "
                                     "unfinished write, which only a program that may write the file can undo");
            return result;
        } else {
            damagedBefore = false;  // the file changed during the read: nothing is known
        }
        lastError = snapshot.error;
        if (clock.elapsed() >= patienceMs) {
            result.kind = ProbeResult::Busy;
            result.detail = lastError;
            return result;
        }
        QThread::msleep(pause);
        pause = std::min(pause * 2, 200);
    }
}
