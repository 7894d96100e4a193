// Opening a dossier database: the checks before SQLite may write, the refusals with what
// to do, the connection's pragmas per mode, and the upgrade with its safety copy.

#include "database.h"
#include "databasefile.h"
#include "databaseprobe.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUuid>

namespace {

QString nativePath(const QString &path) { return QDir::toNativeSeparators(path); }

// How long a connection waits for another one's write lock: a command that starts while
// another one writes waits for it rather than failing. CSISMS_BUSY_TIMEOUT_MS overrides the
// 10 s (tests use it to reach "busy" quickly).
int busyTimeoutMs()
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue("CSISMS_BUSY_TIMEOUT_MS", &ok);
    return ok && value >= 0 ? value : 10000;
}

bool writableByIntent(const QFileInfo &info)
{
    // A file nobody may write (no write bit at all) is read-only by intent, even for root.
    return info.isWritable()
           && (info.permissions() & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther));
}

} // namespace

SqlError::Kind SqlError::kindOf(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xFF;
    if (!ok)
        return error.databaseText().contains(QLatin1String("locked")) ? Busy : Other;
    switch (code) {
    case 5:   // SQLITE_BUSY
    case 6:   // SQLITE_LOCKED
        return Busy;
    case 19: return Constraint;
    case 11:  // SQLITE_CORRUPT
    case 26:  // SQLITE_NOTADB
        return Corrupt;
    case 8: return ReadOnly;
    case 13: return Full;
    case 10: return IoError;
    case 1:   // SQLITE_ERROR: "no such table", "no such column", ...
        return error.databaseText().startsWith(QLatin1String("no such")) ? Schema : Other;
    default: return Other;
    }
}

QString SqlError::explanation() const
{
    switch (m_kind) {
    case Busy:
        return QCoreApplication::translate("SqlError", "another program is writing to the database; try again in a moment");
    case Full:
        return QCoreApplication::translate("SqlError", "the disk is full; free some space and try again");
    case ReadOnly:
        return QCoreApplication::translate("SqlError", "the database file cannot be written; check its permissions");
    case Corrupt:
        return QCoreApplication::translate("SqlError", "the database file is damaged; restore it from your last backup");
    case IoError:
        return QCoreApplication::translate("SqlError", "the disk reported an error while the database was written");
    case Schema:
        return QCoreApplication::translate("SqlError", "the database's structure was changed outside the application (%1)")
            .arg(m_message);
    default:
        return m_message;
    }
}

DatabaseError Database::preflight(const QString &path, Mode mode) const
{
    const QFileInfo info(path);
    const QString shown = nativePath(info.absoluteFilePath());
    if (!info.exists()) {
        if (mode != Mode::CreateOrUpgrade)
            return {DatabaseError::CannotOpen,
                    tr("The database %1 does not exist. Check the path, or create it with “init”.").arg(shown)};
        const QFileInfo dir(info.absolutePath());
        if (!dir.exists() && !QDir().mkpath(info.absolutePath()))
            return {DatabaseError::CannotOpen,
                    tr("The folder %1 cannot be created. Choose another location for the database.")
                        .arg(nativePath(info.absolutePath()))};
        if (!QFileInfo(info.absolutePath()).isWritable())
            return {DatabaseError::ReadOnly,
                    tr("You cannot write to the folder %1, so the database cannot be created there. "
                       "Choose a folder you can write to.").arg(nativePath(info.absolutePath()))};
        return {};
    }
    if (info.isDir())
        return {DatabaseError::NotADatabase,
                tr("%1 is a folder, not a database file. Choose a .sqlite file.").arg(shown)};
    if (!info.isFile())
        return {DatabaseError::NotADatabase,
                tr("%1 is not a regular file (it is a device, a pipe or a socket), so it cannot be a database. "
                   "Nothing was changed. Choose a .sqlite file.").arg(shown)};
    if (mode != Mode::Read && (!writableByIntent(info) || !QFileInfo(info.absolutePath()).isWritable()))
        return {DatabaseError::ReadOnly,
                tr("The database %1 is read-only for you. Nothing was changed. "
                   "Copy it to a folder you can write to, or ask for write permission, then open it again.")
                    .arg(shown)};
    return {};
}

DatabaseError Database::refusal(const ProbeResult &probe, const QString &path, Mode mode) const
{
    const QString shown = nativePath(QFileInfo(path).absoluteFilePath());
    switch (probe.kind) {
    case ProbeResult::Empty:
        return {DatabaseError::NotADatabase,
                tr("The file %1 is empty, so it is not a CSISMS Desk database. Nothing was changed. "
                   "Open a database made by CSISMS Desk, or make this file one with “init”.").arg(shown)};
    case ProbeResult::NotSqlite:
        return {DatabaseError::NotADatabase,
                tr("The file %1 is not a CSISMS Desk database (it is not a SQLite database). "
                   "Nothing was changed. Open a .sqlite file made by CSISMS Desk, or create a new database.")
                    .arg(shown)};
    case ProbeResult::Foreign:
        return {DatabaseError::NotADatabase,
                tr("The file %1 is a SQLite database of another program, not a CSISMS Desk database. "
                   "Nothing was changed. Open a database made by CSISMS Desk, or create a new one in another file.")
                    .arg(shown)};
    case ProbeResult::Directory:
        return {DatabaseError::NotADatabase,
                tr("%1 is a folder, not a database file. Choose a .sqlite file.").arg(shown)};
    case ProbeResult::Damaged:
        return {DatabaseError::Damaged,
                tr("The database %1 is damaged (%2). Nothing was changed. "
                   "Restore it from your last backup, or ask your administrator for help.")
                    .arg(shown, probe.detail)};
    case ProbeResult::StructureChanged:
        return {DatabaseError::StructureChanged,
                tr("The database %1 is a CSISMS Desk database whose structure was changed outside the application: "
                   "%2. Nothing was changed. Restore it from your last backup, or ask your administrator for help.")
                    .arg(shown, probe.differences.join(QStringLiteral("; ")))};
    case ProbeResult::NewerSchema:
        return {DatabaseError::NewerSchema,
                tr("The database %1 was written by a newer version of CSISMS Desk "
                   "(schema %2; this program knows up to %3). Nothing was changed. "
                   "Install the newer version to open it.")
                    .arg(shown).arg(probe.version).arg(latestSchemaVersion())};
    case ProbeResult::Busy:
        return {DatabaseError::Busy,
                tr("The database %1 is in use: another program has been writing to it for a while. "
                   "Nothing was changed. Try again in a moment.").arg(shown)};
    case ProbeResult::CannotRead:
        return {DatabaseError::CannotOpen,
                probe.detail.isEmpty()
                    ? tr("The file %1 cannot be read. Check its permissions.").arg(shown)
                    : tr("The file %1 cannot be read (%2). Nothing was changed. Check the file, or ask your "
                         "administrator for help.").arg(shown, probe.detail)};
    case ProbeResult::Missing:
    case ProbeResult::Csisms:
    case ProbeResult::LegacyCsisms:
        break;
    }
    Q_UNUSED(mode);
    return {};
}

DatabaseError Database::open(const QString &path, Mode mode)
{
    close();
    m_created = false;
    const QString shown = nativePath(QFileInfo(path).absoluteFilePath());
    if (DatabaseError error = preflight(path, mode))
        return error;

    // Nothing below writes until the file passed every check.
    const ProbeResult probe = DatabaseProbe::inspect(path, busyTimeoutMs());
    bool isNew = false;
    switch (probe.kind) {
    case ProbeResult::Missing:
        isNew = true;   // preflight refused it unless creating
        break;
    case ProbeResult::Empty:
        if (mode != Mode::CreateOrUpgrade)
            return refusal(probe, path, mode);
        isNew = true;
        break;
    case ProbeResult::Csisms:
    case ProbeResult::LegacyCsisms:
        break;
    default:
        return refusal(probe, path, mode);
    }
    if (!isNew && probe.version < latestSchemaVersion() && mode != Mode::CreateOrUpgrade)
        return {DatabaseError::OlderSchema,
                tr("The database %1 has schema version %2; this program needs %3. Nothing was changed. "
                   "Run “csisms --db FILE init” to upgrade it (a copy of the old file is kept).")
                    .arg(shown).arg(probe.version).arg(latestSchemaVersion())};

    if (isNew) {
        if (DatabaseError error = create(path))
            return error;
        if (!m_created)
            return open(path, mode);   // another program created it first: open that one
    }
    const bool readOnlyFile = !isNew && !writableByIntent(QFileInfo(path));
    if (DatabaseError error = connect(path, mode, false, readOnlyFile))
        return error;

    if (mode == Mode::CreateOrUpgrade && schemaVersion() < latestSchemaVersion()) {
        if (DatabaseError error = upgrade(schemaVersion()))
            return error;
    } else if (probe.kind == ProbeResult::LegacyCsisms && mode != Mode::Read) {
        // A database from before the mark, at the current schema: mark it now.
        try {
            Transaction transaction(*this);
            exec(QStringLiteral("PRAGMA application_id = %1").arg(DatabaseFile::kApplicationId));
            transaction.commit();
        } catch (const SqlError &e) {
            const QString text = e.explanation();
            close();
            return {DatabaseError::CannotOpen, tr("The database %1 cannot be opened: %2").arg(shown, text)};
        }
    }
    return {};
}

DatabaseError Database::create(const QString &path)
{
    // The whole schema is built in a file of its own beside the target and moved into place
    // when complete, so a program stopped at any moment leaves either no database (or the
    // empty file there was) or a complete one, never a half-made file with a hot journal.
    const QFileInfo target(path);
    const QDir folder = target.absoluteDir();
    const QString prefix = target.fileName() + QStringLiteral(".creating-");
    for (const QFileInfo &stale : folder.entryInfoList({prefix + u'*'}, QDir::Files | QDir::Hidden))
        if (stale.lastModified().secsTo(QDateTime::currentDateTime()) > 600)
            QFile::remove(stale.absoluteFilePath());
    const QString temporary = folder.filePath(prefix + QUuid::createUuid().toString(QUuid::Id128).left(12));
    auto discard = [&temporary] {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(temporary + suffix);
    };
    if (DatabaseError error = connect(temporary, Mode::CreateOrUpgrade, true, false)) {
        discard();
        return error;
    }
    QString problem;
    const bool migrated = migrateTo(latestSchemaVersion(), &problem);
    close();   // the last connection: the WAL is checkpointed into the file and removed
    if (!migrated) {
        discard();
        return {DatabaseError::MigrationFailed,
                tr("The database %1 could not be created: %2.").arg(nativePath(target.absoluteFilePath()), problem)};
    }
    // Only a file that is still missing or empty is replaced; anything else another program
    // made meanwhile is opened as what it is.
    const ProbeResult now = DatabaseProbe::inspect(path, busyTimeoutMs());
    if (now.kind != ProbeResult::Missing && now.kind != ProbeResult::Empty) {
        discard();
        m_created = false;
        return {};
    }
    if (now.kind == ProbeResult::Empty)
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    if (!QFile::rename(temporary, path)) {
        discard();
        return {DatabaseError::CannotOpen,
                tr("The database %1 cannot be created there. Choose a folder you can write to.")
                    .arg(nativePath(target.absoluteFilePath()))};
    }
    m_created = true;
    return {};
}

DatabaseError Database::connect(const QString &path, Mode mode, bool isNew, bool readOnlyFile)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString shown = nativePath(absolute);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (readOnlyFile) {
            // Nobody may write the file, so it cannot change under the reader; with a -wal beside
            // it someone still does, and the reader takes the locks.
            const bool walPresent = DatabaseFile::siblingExists(path, QStringLiteral("-wal"));
            db.setDatabaseName(QUrl::fromLocalFile(absolute).toString(QUrl::FullyEncoded)
                               + (walPresent ? QStringLiteral("?mode=ro") : QStringLiteral("?immutable=1")));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1")
                                     .arg(busyTimeoutMs()));
        } else {
            db.setDatabaseName(absolute);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs()));
        }
        if (!db.open()) {
            const QString text = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return {DatabaseError::CannotOpen, tr("The database %1 cannot be opened: %2").arg(shown, text)};
        }
    }
    m_path = absolute;
    m_mode = mode;

    try {
        if (isNew) {
            // The mark goes into the file's header first, before WAL mode, so the header on
            // disk names the file as ours from its first byte on.
            exec(QStringLiteral("PRAGMA application_id = %1").arg(DatabaseFile::kApplicationId));
        }
        exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        exec(QStringLiteral("PRAGMA cache_size = -65536"));  // 64 MiB: bulk writes and checks stay in memory
        if (mode == Mode::Read) {
            exec(QStringLiteral("PRAGMA query_only = ON"));
        } else {
            exec(QStringLiteral("PRAGMA journal_mode = WAL"));
            exec(QStringLiteral("PRAGMA synchronous = FULL"));
        }
    } catch (const SqlError &e) {
        const QString text = e.explanation();
        close();
        return {e.isBusy() ? DatabaseError::Busy : DatabaseError::CannotOpen,
                tr("The database %1 cannot be opened: %2").arg(shown, text)};
    }
    return {};
}

void Database::setBusyTimeout(int milliseconds)
{
    exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(std::max(0, milliseconds)));
}

DatabaseError Database::upgrade(int from)
{
    const QString shown = nativePath(m_path);
    if (from > 0) {
        // Keep the file as it was before the upgrade, next to it.
        const QString copy = QStringLiteral("%1.schema%2-%3.bak")
                                 .arg(m_path)
                                 .arg(from)
                                 .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        QString error;
        if (!backupTo(copy, &error)) {
            close();
            return {DatabaseError::MigrationFailed,
                    tr("Before upgrading %1 a safety copy must be written, and that failed: %2. "
                       "Nothing was changed. Free some disk space and try again.").arg(shown, error)};
        }
    }
    QString error;
    if (!migrateTo(latestSchemaVersion(), &error)) {
        close();
        return {DatabaseError::MigrationFailed,
                tr("The database %1 could not be upgraded: %2. It was left at its previous version.")
                    .arg(shown, error)};
    }
    return {};
}
