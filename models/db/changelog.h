#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

class Database;

// One entry of the change log: who changed which record when, and how.
struct ChangeEntry
{
    qint64 id = 0;
    QString loggedAt;      // ISO 8601, UTC, milliseconds
    QString user;
    QString table;
    qint64 rowId = 0;
    qint64 clientId = 0;   // dossier the record belongs to, 0 when none
    QString action;        // insert, update, delete
    QString origin;        // "" for a plain write; "undo" or "redo" of an earlier step
    QJsonObject before;
    QJsonObject after;
    QString prevHash;
    QString hash;

    // Field names whose values differ between before and after.
    QStringList changedFields() const;
};

// A problem found by verifying the log or comparing it with the records.
struct LogFinding
{
    enum Kind { BrokenChain, UnloggedInsert, UnloggedChange, UnloggedDelete };
    Kind kind;
    QString table;
    qint64 rowId = 0;
    qint64 entryId = 0;
    QString message;
};

// The tamper-evident change log. Every write of a record appends an entry in the same
// transaction; entries are chained by SHA-256 over the previous hash and the entry, so
// an entry changed or removed afterwards breaks the chain, and a record changed without
// an entry no longer matches its last logged after-image.
//
// An object of this class is the log's state for one connection (Database::changeLog()):
// who writes, where the writes come from (an undo, a redo), the head as last written in
// the transaction at work, and the entries the last committed transaction appended (what
// an undo step reverses). Database reports its transactions to it; the queries over the
// log are static.
class ChangeLog
{
    Q_DECLARE_TR_FUNCTIONS(ChangeLog)

public:
    ChangeLog();

    // The name recorded with every entry: the user profile at work, or until one is chosen
    // the operating-system account.
    QString userName() const { return m_userName; }
    void setUserName(const QString &name) { m_userName = name; }

    // Where the writes made now come from: empty for a plain write, "undo" or "redo" while
    // an earlier step is undone or redone. Set for a scope with OriginScope.
    QString origin() const { return m_origin; }
    class OriginScope
    {
    public:
        OriginScope(ChangeLog &log, const QString &origin) : m_log(log), m_previous(log.m_origin) { log.m_origin = origin; }
        ~OriginScope() { m_log.m_origin = m_previous; }
        OriginScope(const OriginScope &) = delete;
        OriginScope &operator=(const OriginScope &) = delete;

    private:
        ChangeLog &m_log;
        QString m_previous;
    };

    // The ids of the entries the last committed outermost transaction of this connection
    // appended, in order (empty when it appended none).
    QList<qint64> lastCommittedEntries() const { return m_lastCommit; }

    // Called after every outermost commit that appended entries (the anchor outside the
    // database follows the head).
    void setCommitObserver(std::function<void(Database &)> observer) { m_commitObserver = std::move(observer); }

    // Database's reports: a transaction or savepoint began (depth after it), committed or
    // rolled back (depth after it).
    void transactionBegan(int depth);
    void transactionCommitted(Database &db, int depth);
    void transactionRolledBack(int depth);

    static QString genesisHash();

    // Appends an entry for a write that just happened (must be inside a Transaction).
    // An empty before means insert, an empty after means delete. Throws SqlError.
    static void record(Database &db, const QString &table, qint64 rowId, qint64 clientId,
                       const QJsonObject &before, const QJsonObject &after);

    // The record as stored, as a JSON object of its columns (empty when missing).
    static QJsonObject snapshot(const Database &db, const QString &table, qint64 rowId);
    // The image a row just inserted with these values has — what snapshot() would read back —
    // built from the values when they give every logged column of the table (all but id and
    // BLOBs); empty when they do not (the caller reads the row back then). Saves a query per
    // row in bulk writes.
    static QJsonObject insertedImage(const Database &db, const QString &table, qint64 rowId,
                                     const QStringList &columns, const QVariantList &values);

    // SHA-256 over the previous hash and every part of the entry; origin takes part only
    // when set (entries written before it existed keep their hashes).
    static QString computeHash(const QString &prevHash, const QString &loggedAt, const QString &user,
                               const QString &table, qint64 rowId, qint64 clientId,
                               const QString &action, const QString &beforeJson, const QString &afterJson,
                               const QString &origin = QString());

    // Recomputes the whole chain; reports the first broken entry (empty list when intact).
    static QList<LogFinding> verifyChain(const Database &db, qint64 *entryCount = nullptr);
    // The entries of other databases' logs a dossier merge kept (peer_log_entries): each must
    // match its own hash, and each merge's entries the count and digest its logged
    // dossier_merges row holds.
    static QList<LogFinding> verifyPeerEntries(const Database &db);
    // Compares every record with its last logged after-image.
    static QList<LogFinding> verifyRecords(const Database &db, int maxPerTable = 50);

    static QString headHash(const Database &db);
    // The database's identity: the hash of the first entry of its log (empty while it has
    // none). A restored bundle or a copy of the file is the same database.
    static QString databaseId(const Database &db);
    static QList<ChangeEntry> history(const Database &db, const QString &table, qint64 rowId);
    static QList<ChangeEntry> clientHistory(const Database &db, qint64 clientId);
    // The entries with these ids, in id order.
    static QList<ChangeEntry> entries(const Database &db, const QList<qint64> &ids);

    static QString actionText(const QString &action);
    // "added", "changed (undo)": the action and where it came from, in the user's language.
    static QString actionText(const ChangeEntry &entry);

private:
    QString m_userName;
    QString m_origin;
    QString m_head;                 // head hash as last written in this transaction; "" unknown
    QList<qint64> m_pending;        // entries appended in the transaction at work
    QList<qsizetype> m_savepoints;  // m_pending's size where each open savepoint began
    QList<qint64> m_lastCommit;
    std::function<void(Database &)> m_commitObserver;
};
