#pragma once

#include "changelog.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <stdexcept>

struct ProbeResult;

// Raised inside the models layer when a statement fails; repositories catch it at
// their public boundary and turn it into a message for the user. The kind says what
// happened in terms a message can act on (another program writing, a full disk, ...).
class SqlError : public std::runtime_error
{
public:
    enum Kind { Other, Busy, Constraint, Corrupt, ReadOnly, Full, IoError, Schema };

    explicit SqlError(const QString &message, Kind kind = Other)
        : std::runtime_error(message.toStdString()), m_message(message), m_kind(kind) {}
    QString message() const { return m_message; }
    Kind kind() const { return m_kind; }
    bool isBusy() const { return m_kind == Busy; }

    // The kind of a driver error, from SQLite's result code.
    static Kind kindOf(const QSqlError &error);
    // What happened, in the user's language, for the kinds a user can act on
    // ("another program is writing to the database; try again in a moment"); SQLite's own
    // words for the others.
    QString explanation() const;

private:
    QString m_message;
    Kind m_kind = Other;
};

// Why a database could not be opened, with a message in the user's language that says
// what is wrong and what to do. The file is left exactly as it was in every case.
struct DatabaseError
{
    enum Kind {
        None,
        NotADatabase,      // empty, not SQLite, or another program's SQLite database
        Damaged,
        StructureChanged,  // a CSISMS Desk database whose tables were changed outside it
        NewerSchema,
        OlderSchema,       // needs "init" (commands that do not upgrade)
        ReadOnly,
        Busy,              // another program kept writing for longer than opening waits
        CannotOpen,
        MigrationFailed,
    };
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

    // How a command uses the file.
    enum class Mode {
        CreateOrUpgrade,  // init, demo, the window: creates a new or empty file, upgrades an older schema
        Write,            // an existing database of the current schema, written to (import)
        Read,             // an existing database, never written: no pragma that writes, query_only
    };

    // Opens the file for the mode. Before SQLite writes anything it checks, without
    // changing the file or its -wal/-shm/-journal siblings, that the file is a CSISMS Desk
    // database (marked with the application id, or of a version from before the mark),
    // undamaged, of a schema this program knows and in the expected structure, and
    // writable unless only read; on failure the file and its siblings are untouched.
    DatabaseError open(const QString &path, Mode mode = Mode::CreateOrUpgrade);
    // open(path, Mode::Read).
    DatabaseError openExisting(const QString &path) { return open(path, Mode::Read); }
    // A private database in memory with the record pragmas, at schema version 0: for the
    // migration runner's own checks and tests.
    bool openInMemory(QString *error) { return openUnmigrated(QStringLiteral(":memory:"), error); }
    // The same for a new file of the program's own (a restore's staging database): none of
    // open()'s checks, schema version 0 until migrateTo().
    bool openUnmigrated(const QString &path, QString *error);
    // Applies the shipped migrations up to `version`, each in its own transaction with its
    // version bump. Returns false with *error set; the database stays at the last version
    // that applied.
    bool migrateTo(int version, QString *error);
    void close();
    bool isOpen() const;

    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase handle() const;

    int schemaVersion() const;
    static int latestSchemaVersion();

    // The change log of this connection: who writes, where the writes come from, the head
    // as last written (ChangeLog holds that state; Database tells it where transactions
    // begin, commit and roll back).
    ChangeLog &changeLog() { return *m_changeLog; }
    const ChangeLog &changeLog() const { return *m_changeLog; }

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

    // SQLite's online backup API through the driver handle: consistent while the
    // application keeps writing. Writes to a temporary file and renames on success.
    bool backupTo(const QString &targetPath, QString *error) const;

    // Integrity findings as SQLite words them (empty when clean).
    QStringList integrityProblems() const;
    // A row whose foreign key refers to a record that does not exist.
    struct ForeignKeyProblem
    {
        QString table;
        qint64 row = 0;
        QString parentTable;
        QString message;    // in the user's language
    };
    QList<ForeignKeyProblem> foreignKeyProblems() const;

    Mode mode() const { return m_mode; }
    // How long a statement waits for another connection's lock before it fails as busy.
    void setBusyTimeout(int milliseconds);
    // True when the last open created the database (a new or empty file).
    bool wasCreated() const { return m_created; }

    // Names of the record tables: every user table but the logs (change_log, and
    // peer_log_entries, the entries of other databases' logs a dossier merge kept).
    QStringList recordTables() const;
    // (table, column) pairs whose foreign key refers to the given table.
    QList<QPair<QString, QString>> referencingColumns(const QString &table) const;

    static QString defaultPath();
    // The SQL of an aggregate joining the text `expression` of a group's rows with
    // `separator` (one character, not a quote): SQLite's group_concat; the one place such
    // dialect lives (PostgreSQL would say string_agg).
    static QString joinedText(const QString &expression, QChar separator);

    // One row of scan(), valid only inside its callback: values straight from SQLite,
    // without the driver's QVariant per value. Texts are UTF-8.
    class Row
    {
    public:
        qint64 integer(int column) const;
        QByteArrayView utf8(int column) const;
        QString text(int column) const;
        // An ISO date "YYYY-MM-DD"; invalid for NULL or anything else.
        QDate date(int column) const;

    private:
        friend class Database;
        explicit Row(void *statement) : m_statement(statement) {}
        void *m_statement;
    };
    // Runs a read of many rows through SQLite's C API and hands each row to `row`: for the
    // few reads where the driver's cost per value outweighs the query (the Due page reads
    // every audit's dates). Binds `values` (integers, texts, dates, null) positionally;
    // throws SqlError as exec() does.
    void scan(const QString &sql, const QVariantList &values, const std::function<void(const Row &)> &row) const;

private:
    DatabaseError preflight(const QString &path, Mode mode) const;
    DatabaseError refusal(const ProbeResult &probe, const QString &path, Mode mode) const;
    DatabaseError connect(const QString &path, Mode mode, bool isNew, bool readOnlyFile);
    DatabaseError upgrade(int from);
    DatabaseError create(const QString &path);

public:
    // Splits a migration script into statements at the semicolons outside string literals,
    // quoted names and comments.
    static QStringList splitStatements(const QString &script);

private:

    QString m_connectionName;
    QString m_path;
    int m_depth = 0;
    Mode m_mode = Mode::CreateOrUpgrade;
    bool m_created = false;
    std::unique_ptr<ChangeLog> m_changeLog;
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

// A consistent view for a reader that runs several statements (a check, a report): every
// statement between construction and destruction sees the database as the first one did,
// however many commits other processes make meanwhile (a deferred read transaction; WAL
// lets writers go on). Inside a write transaction it does nothing; no write transaction
// may begin inside it.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const Database &db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    const Database &m_db;
    bool m_active = false;
};
