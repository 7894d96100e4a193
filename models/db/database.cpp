#include "database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

#include <map>

namespace {

const char kSqliteMagic[] = "SQLite format 3";  // followed by a NUL: 16 bytes

// Migration scripts by version, read from the resources ("NNNN_title.sql").
std::map<int, QString> migrationFiles()
{
    std::map<int, QString> files;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            files[match.captured(1).toInt()] = dir.filePath(name);
    }
    return files;
}

QString nativePath(const QString &path) { return QDir::toNativeSeparators(path); }

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

} // namespace

Database::Database(const QString &connectionName)
    : m_connectionName(connectionName.isEmpty()
                           ? QStringLiteral("csisms-") + QUuid::createUuid().toString(QUuid::WithoutBraces)
                           : connectionName)
{
    // Until a user profile is chosen, writes are recorded under the operating-system account.
    m_userName = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
#ifdef Q_OS_UNIX
    if (m_userName.isEmpty())
        if (const passwd *account = getpwuid(getuid()))
            m_userName = QString::fromLocal8Bit(account->pw_name);
#endif
    if (m_userName.isEmpty())
        m_userName = QStringLiteral("unknown");
}

Database::~Database() { close(); }

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/csisms.sqlite");
}

int Database::latestSchemaVersion()
{
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

QSqlDatabase Database::handle() const { return QSqlDatabase::database(m_connectionName, false); }

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && handle().isOpen();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    m_statements.clear();
    {
        QSqlDatabase db = handle();
        if (db.isOpen()) {
            if (m_depth > 0) {
                db.exec(QStringLiteral("ROLLBACK"));
                m_depth = 0;
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_path.clear();
}

DatabaseError Database::open(const QString &path) { return openConnection(path, true, true); }

DatabaseError Database::openExisting(const QString &path) { return openConnection(path, false, false); }

DatabaseError Database::preflight(const QString &path, bool mustExist) const
{
    const QFileInfo info(path);
    const QString shown = nativePath(info.absoluteFilePath());
    if (!info.exists()) {
        if (mustExist)
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

    if (info.size() > 0) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {DatabaseError::CannotOpen,
                    tr("The file %1 cannot be read (%2). Check its permissions.").arg(shown, file.errorString())};
        const QByteArray header = file.read(16);
        if (header.size() < 16 || !header.startsWith(QByteArray(kSqliteMagic, 16)))
            return {DatabaseError::NotADatabase,
                    tr("The file %1 is not a CSISMS Desk database (it is not a SQLite database). "
                       "Nothing was changed. Open a .sqlite file made by CSISMS Desk, or create a new database.")
                        .arg(shown)};
    }

    // A file nobody may write (no write bit at all) is read-only by intent, even for root.
    const bool fileWritable = info.isWritable()
        && (info.permissions() & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther));
    if (!fileWritable || !QFileInfo(info.absolutePath()).isWritable())
        return {DatabaseError::ReadOnly,
                tr("The database %1 is read-only for you. Nothing was changed. "
                   "Copy it to a folder you can write to, or ask for write permission, then open it again.")
                    .arg(shown)};
    return {};
}

DatabaseError Database::openConnection(const QString &path, bool create, bool migrateSchema)
{
    close();
    const QString shown = nativePath(QFileInfo(path).absoluteFilePath());
    if (DatabaseError error = preflight(path, !create))
        return error;

    const bool isNew = !QFileInfo::exists(path) || QFileInfo(path).size() == 0;

    // Read-only inspection first: nothing is written until the file passed every check.
    if (!isNew) {
        const QString probeName = m_connectionName + QStringLiteral("-probe");
        DatabaseError result;
        {
            QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
            // immutable: read the file only, creating no -wal or -shm beside it.
            probe.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                                  + QStringLiteral("?immutable=1"));
            probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
            if (!probe.open()) {
                result = {DatabaseError::CannotOpen,
                          tr("The database %1 cannot be opened: %2").arg(shown, probe.lastError().text())};
            } else {
                QSqlQuery q(probe);
                bool damaged = !q.exec(QStringLiteral("PRAGMA quick_check"));
                QStringList problems;
                while (!damaged && q.next()) {
                    const QString line = q.value(0).toString();
                    if (line != QLatin1String("ok"))
                        problems << line;
                }
                if (damaged || !problems.isEmpty()) {
                    result = {DatabaseError::Damaged,
                              tr("The database %1 is damaged (%2). Nothing was changed. "
                                 "Restore it from your last backup, or ask your administrator for help.")
                                  .arg(shown, damaged ? q.lastError().databaseText() : problems.first())};
                } else {
                    QSqlQuery v(probe);
                    if (v.exec(QStringLiteral("PRAGMA user_version")) && v.next()) {
                        const int version = v.value(0).toInt();
                        if (version > latestSchemaVersion())
                            result = {DatabaseError::NewerSchema,
                                      tr("The database %1 was written by a newer version of CSISMS Desk "
                                         "(schema %2; this program knows up to %3). Nothing was changed. "
                                         "Install the newer version to open it.")
                                          .arg(shown).arg(version).arg(latestSchemaVersion())};
                    } else {
                        result = {DatabaseError::Damaged,
                                  tr("The database %1 is damaged (%2). Nothing was changed. "
                                     "Restore it from your last backup, or ask your administrator for help.")
                                      .arg(shown, v.lastError().databaseText())};
                    }
                }
            }
            probe.close();
        }
        QSqlDatabase::removeDatabase(probeName);
        if (result)
            return result;
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const QString text = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return {DatabaseError::CannotOpen, tr("The database %1 cannot be opened: %2").arg(shown, text)};
        }
    }
    m_path = QFileInfo(path).absoluteFilePath();

    try {
        exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        exec(QStringLiteral("PRAGMA synchronous = FULL"));
        exec(QStringLiteral("PRAGMA cache_size = -65536"));  // 64 MiB: bulk writes and checks stay in memory
    } catch (const SqlError &e) {
        const QString text = e.message();
        close();
        return {DatabaseError::CannotOpen, tr("The database %1 cannot be opened: %2").arg(shown, text)};
    }

    if (migrateSchema && schemaVersion() < latestSchemaVersion()) {
        const int from = schemaVersion();
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
        if (!migrate(&error)) {
            close();
            return {DatabaseError::MigrationFailed,
                    tr("The database %1 could not be upgraded: %2. It was left at its previous version.")
                        .arg(shown, error)};
        }
    }
    return {};
}

int Database::schemaVersion() const
{
    if (!isOpen())
        return -1;
    return scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

QStringList Database::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    QChar quote;
    for (int i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (!quote.isNull()) {
            current += c;
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'-' && i + 1 < script.size() && script.at(i + 1) == u'-') {
            while (i < script.size() && script.at(i) != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
            current += c;
        } else if (c == u';') {
            if (!current.trimmed().isEmpty())
                statements << current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

bool Database::migrate(QString *error)
{
    const auto files = migrationFiles();
    for (const auto &[version, fileName] : files) {
        if (version <= schemaVersion())
            continue;
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("migration %1 cannot be read").arg(version);
            return false;
        }
        const QString script = QString::fromUtf8(file.readAll());
        try {
            Transaction transaction(*this);
            for (const QString &statement : splitStatements(script))
                exec(statement);
            // PRAGMA takes no bound values; the version is a number from our own resources.
            exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
            transaction.commit();
        } catch (const SqlError &e) {
            *error = tr("step %1: %2").arg(version).arg(e.message());
            return false;
        }
    }
    return true;
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(handle());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw SqlError(query.lastError().text() + QStringLiteral(" [") + sql.simplified() + u']');
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw SqlError(query.lastError().text());
    return query;
}

QSqlQuery &Database::execPrepared(const QString &sql, const QVariantList &values) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_shared<QSqlQuery>(handle());
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            throw SqlError(query->lastError().text() + QStringLiteral(" [") + sql.simplified() + u']');
        it = m_statements.insert(sql, query);
    }
    QSqlQuery &query = **it;
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        throw SqlError(query.lastError().text());
    return query;
}

QVariant Database::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query = exec(sql, values);
    return query.next() ? query.value(0) : QVariant();
}

void Database::begin()
{
    if (m_depth == 0) {
        m_logHead.clear();  // another connection may have written since
        exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    else
        exec(QStringLiteral("SAVEPOINT sp%1").arg(m_depth));
    ++m_depth;
}

void Database::commit()
{
    Q_ASSERT(m_depth > 0);
    if (m_depth == 1)
        exec(QStringLiteral("COMMIT"));
    else
        exec(QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth - 1));
    --m_depth;
}

void Database::rollback()
{
    Q_ASSERT(m_depth > 0);
    --m_depth;
    m_logHead.clear();
    QSqlQuery query(handle());
    if (m_depth == 0) {
        query.exec(QStringLiteral("ROLLBACK"));
    } else {
        query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT sp%1").arg(m_depth));
        query.exec(QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth));
    }
}

bool Database::backupTo(const QString &targetPath, QString *error) const
{
    sqlite3 *source = sqliteHandle(handle());
    if (!source) {
        *error = tr("no database is open");
        return false;
    }
    const QFileInfo target(targetPath);
    if (target.absoluteFilePath() == m_path) {
        *error = tr("the backup cannot replace the open database itself");
        return false;
    }
    if (!QFileInfo(target.absolutePath()).isDir()) {
        *error = tr("the folder %1 does not exist").arg(nativePath(target.absolutePath()));
        return false;
    }
    const QString temporary = target.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(temporary);

    sqlite3 *destination = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(temporary).constData(), &destination,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(destination, "main", source, "main");
        if (!backup) {
            rc = sqlite3_errcode(destination);
        } else {
            do {
                rc = sqlite3_backup_step(backup, 256);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(20);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(backup);
            rc = (rc == SQLITE_DONE) ? sqlite3_errcode(destination) : rc;
        }
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(destination, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    }
    const QString sqliteMessage = destination ? QString::fromUtf8(sqlite3_errmsg(destination))
                                              : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close(destination);
    if (rc != SQLITE_OK) {
        QFile::remove(temporary);
        *error = sqliteMessage;
        return false;
    }
    if (QFile::exists(targetPath) && !QFile::remove(targetPath)) {
        QFile::remove(temporary);
        *error = tr("the existing file %1 cannot be replaced").arg(nativePath(targetPath));
        return false;
    }
    if (!QFile::rename(temporary, targetPath)) {
        QFile::remove(temporary);
        *error = tr("the backup cannot be written to %1").arg(nativePath(targetPath));
        return false;
    }
    return true;
}

QStringList Database::integrityProblems() const
{
    QStringList problems;
    QSqlQuery query = exec(QStringLiteral("PRAGMA integrity_check"));
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems;
}

QStringList Database::foreignKeyProblems() const
{
    QStringList problems;
    QSqlQuery query = exec(QStringLiteral("PRAGMA foreign_key_check"));
    while (query.next())
        problems << tr("row %1 of table %2 refers to a missing record in %3")
                        .arg(query.value(1).toString(), query.value(0).toString(), query.value(2).toString());
    return problems;
}

QStringList Database::recordTables() const
{
    QStringList tables;
    const QStringList all = handle().tables(QSql::Tables);
    for (const QString &table : all)
        if (table != QLatin1String("change_log") && !table.startsWith(QLatin1String("sqlite_")))
            tables << table;
    tables.sort();
    return tables;
}

QList<QPair<QString, QString>> Database::referencingColumns(const QString &table) const
{
    QList<QPair<QString, QString>> columns;
    for (const QString &candidate : recordTables()) {
        QSqlQuery query = exec(QStringLiteral("SELECT \"table\", \"from\" FROM pragma_foreign_key_list(?)"), {candidate});
        while (query.next())
            if (query.value(0).toString() == table)
                columns << qMakePair(candidate, query.value(1).toString());
    }
    return columns;
}

Transaction::Transaction(Database &db) : m_db(db) { m_db.begin(); }

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

void Transaction::commit()
{
    m_db.commit();
    m_done = true;
}
