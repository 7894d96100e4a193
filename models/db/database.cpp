#include "database.h"
#include "changelog.h"
#include "databasefile.h"

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


#include <map>

namespace {


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
                           : connectionName),
      m_changeLog(std::make_unique<ChangeLog>())
{
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
                m_changeLog->transactionRolledBack(0);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_path.clear();
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
        if (c == u'/' && i + 1 < script.size() && script.at(i + 1) == u'*') {
            const int end = script.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? script.size() : end + 1;
            current += u' ';
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

bool Database::migrateTo(int target, QString *error)
{
    const auto files = migrationFiles();
    for (const auto &[version, fileName] : files) {
        if (version <= schemaVersion())
            continue;
        if (version > target)
            break;
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
            // PRAGMA takes no bound values; both numbers are the program's own.
            exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
            exec(QStringLiteral("PRAGMA application_id = %1").arg(DatabaseFile::kApplicationId));
            transaction.commit();
        } catch (const SqlError &e) {
            *error = tr("step %1: %2").arg(version).arg(e.message());
            return false;
        }
    }
    return true;
}

bool Database::openUnmigrated(const QString &path, QString *error)
{
    close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        if (!db.open()) {
            *error = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return false;
        }
    }
    m_path = path;
    m_mode = Mode::CreateOrUpgrade;
    try {
        exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    } catch (const SqlError &e) {
        *error = e.message();
        close();
        return false;
    }
    return true;
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(handle());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw SqlError(query.lastError().text() + QStringLiteral(" [") + sql.simplified() + u']',
                       SqlError::kindOf(query.lastError()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw SqlError(query.lastError().text(), SqlError::kindOf(query.lastError()));
    return query;
}

QSqlQuery &Database::execPrepared(const QString &sql, const QVariantList &values) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_shared<QSqlQuery>(handle());
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            throw SqlError(query->lastError().text() + QStringLiteral(" [") + sql.simplified() + u']',
                           SqlError::kindOf(query->lastError()));
        it = m_statements.insert(sql, query);
    }
    QSqlQuery &query = **it;
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        throw SqlError(query.lastError().text(), SqlError::kindOf(query.lastError()));
    return query;
}

QVariant Database::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query = exec(sql, values);
    return query.next() ? query.value(0) : QVariant();
}

void Database::begin()
{
    if (m_depth == 0)
        exec(QStringLiteral("BEGIN IMMEDIATE"));
    else
        exec(QStringLiteral("SAVEPOINT sp%1").arg(m_depth));
    ++m_depth;
    m_changeLog->transactionBegan(m_depth);
}

void Database::commit()
{
    Q_ASSERT(m_depth > 0);
    if (m_depth == 1)
        exec(QStringLiteral("COMMIT"));
    else
        exec(QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth - 1));
    --m_depth;
    m_changeLog->transactionCommitted(*this, m_depth);
}

void Database::rollback()
{
    Q_ASSERT(m_depth > 0);
    --m_depth;
    m_changeLog->transactionRolledBack(m_depth);
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

QList<Database::ForeignKeyProblem> Database::foreignKeyProblems() const
{
    QList<ForeignKeyProblem> problems;
    QSqlQuery query = exec(QStringLiteral("PRAGMA foreign_key_check"));
    while (query.next()) {
        ForeignKeyProblem p{query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString(), {}};
        p.message = tr("Row %1 of table %2 refers to a record of %3 that does not exist.")
                        .arg(p.row).arg(p.table, p.parentTable);
        problems << p;
    }
    return problems;
}

QStringList Database::recordTables() const
{
    QStringList tables;
    const QStringList all = handle().tables(QSql::Tables);
    for (const QString &table : all)
        if (table != QLatin1String("change_log") && table != QLatin1String("peer_log_entries")
            && !table.startsWith(QLatin1String("sqlite_")))
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

ReadSnapshot::ReadSnapshot(const Database &db) : m_db(db)
{
    if (m_db.transactionDepth() == 0 && m_db.isOpen()) {
        m_db.exec(QStringLiteral("BEGIN"));
        m_active = true;
    }
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_active) {
        QSqlQuery end(m_db.handle());
        end.exec(QStringLiteral("COMMIT"));
    }
}

QString Database::joinedText(const QString &expression, QChar separator)
{
    return QStringLiteral("group_concat(%1, '%2')").arg(expression, QString(separator));
}
