#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

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
class ChangeLog
{
    Q_DECLARE_TR_FUNCTIONS(ChangeLog)

public:
    static QString genesisHash();

    // Appends an entry for a write that just happened (must be inside a Transaction).
    // An empty before means insert, an empty after means delete. Throws SqlError.
    static void record(Database &db, const QString &table, qint64 rowId, qint64 clientId,
                       const QJsonObject &before, const QJsonObject &after);

    // The record as stored, as a JSON object of its columns (empty when missing).
    static QJsonObject snapshot(const Database &db, const QString &table, qint64 rowId);

    static QString computeHash(const QString &prevHash, const QString &loggedAt, const QString &user,
                               const QString &table, qint64 rowId, qint64 clientId,
                               const QString &action, const QString &beforeJson, const QString &afterJson);

    // Recomputes the whole chain; reports the first broken entry (empty list when intact).
    static QList<LogFinding> verifyChain(const Database &db, qint64 *entryCount = nullptr);
    // Compares every record with its last logged after-image.
    static QList<LogFinding> verifyRecords(const Database &db, int maxPerTable = 50);

    static QString headHash(const Database &db);
    static QList<ChangeEntry> history(const Database &db, const QString &table, qint64 rowId);
    static QList<ChangeEntry> clientHistory(const Database &db, qint64 clientId);

    static QString actionText(const QString &action);
};
