#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <stdexcept>

// Raised inside the models layer when a statement fails; repositories catch it at
// their public boundary and turn it into a message for the user.
class SqlError : public std::runtime_error
{
public:
    explicit SqlError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message) {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

// Why a database could not be opened, with a message in the user's language that says
// what is wrong and what to do. The file is left exactly as it was in every case.
struct DatabaseError
{
    enum Kind { None, NotADatabase, Damaged, NewerSchema, ReadOnly, CannotOpen, MigrationFailed };
    Kind kind = None;
    QString message;
    explicit operator bool() const { return kind != None; }
};

// One dossier database: a named QSQLITE connection with the record-system pragmas
// (foreign keys, WAL, synchronous=FULL, busy timeout), schema migrations kept in
// resources and numbered by PRAGMA user_version, nested write transactions and the
// online backup. Owns its connection; never touches the default connection.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    explicit Database(const QString &connectionName = QString());
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating when missing) and upgrades to the latest schema. Before any write
    // it checks that the file is a SQLite database, is undamaged, is not newer than this
    // program and is writable; on failure the file is untouched.
    DatabaseError open(const QString &path);
    // Opens an existing database without creating or upgrading it (read checks only).
    DatabaseError openExisting(const QString &path);
    void close();
    bool isOpen() const;

    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase handle() const;

    int schemaVersion() const;
    static int latestSchemaVersion();

    // The name recorded in the change log for writes made through this connection.
    QString userName() const { return m_userName; }
    void setUserName(const QString &name) { m_userName = name; }

    // Statement helpers: prepare, bind positionally, execute; throw SqlError on failure.
    QSqlQuery exec(const QString &sql, const QVariantList &values = {}) const;
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const;
    // As exec, but keeps the prepared statement for the next call with the same SQL (bulk
    // writes prepare each statement once). Read the result before running the same SQL again.
    QSqlQuery &execPrepared(const QString &sql, const QVariantList &values = {}) const;

    // Write transactions (used through Transaction). Depth 0 begins IMMEDIATE,
    // deeper levels use savepoints.
    void begin();
    void commit();
    void rollback();
    int transactionDepth() const { return m_depth; }

    // The change log's head hash as last written in the current outermost transaction,
    // so a bulk write need not read it back for every entry; empty when unknown.
    QString cachedLogHead() const { return m_logHead; }
    void setCachedLogHead(const QString &hash) { m_logHead = hash; }

    // SQLite's online backup API through the driver handle: consistent while the
    // application keeps writing. Writes to a temporary file and renames on success.
    bool backupTo(const QString &targetPath, QString *error) const;

    // Integrity and foreign-key findings as readable lines (empty when clean).
    QStringList integrityProblems() const;
    QStringList foreignKeyProblems() const;

    // Names of the record tables (every user table but the change log).
    QStringList recordTables() const;
    // (table, column) pairs whose foreign key refers to the given table.
    QList<QPair<QString, QString>> referencingColumns(const QString &table) const;

    static QString defaultPath();

private:
    DatabaseError openConnection(const QString &path, bool create, bool migrate);
    DatabaseError preflight(const QString &path, bool mustExist) const;
    bool migrate(QString *error);
    static QStringList splitStatements(const QString &script);

    QString m_connectionName;
    QString m_path;
    QString m_userName;
    int m_depth = 0;
    QString m_logHead;
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
};

// RAII write transaction: begins on construction, rolls back on destruction unless
// commit() succeeded. Nested guards become savepoints.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};
