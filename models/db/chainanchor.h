#pragma once

#include <QCoreApplication>
#include <QString>

class Database;

// The change log's head as this computer last saw it after writing to a database file:
// the entry's id and hash, the number of entries and when it was logged. It is kept
// outside the database, in the user's settings and per database file, so that a log
// shortened at its end, or rewritten from some entry on with freshly computed hashes —
// both of which leave a chain that verifies — is still found: the log no longer holds
// the head this computer saw.
struct ChainAnchor
{
    Q_DECLARE_TR_FUNCTIONS(ChainAnchor)

public:
    qint64 entryId = 0;
    qint64 entries = 0;
    QString hash;
    QString loggedAt;   // the head entry's time, ISO 8601 UTC

    bool isNull() const { return hash.isEmpty(); }

    // The head of the database's change log now (null when the log is empty). Throws SqlError.
    static ChainAnchor headOf(const Database &db);

    // The anchor kept for a database file on this computer (null when none).
    static ChainAnchor stored(const QString &databasePath);
    static void store(const QString &databasePath, const ChainAnchor &anchor);
    static void forget(const QString &databasePath);

    // Keeps the stored anchor at the head after every write session (each outermost commit
    // that appended entries) of this connection. The anchor of a file just created starts anew.
    static void follow(Database &db);

    // Empty when the log holds this anchor's entry unchanged (or the anchor is null); else
    // a sentence in the user's language saying what is missing and what it may mean.
    QString problemWith(const Database &db) const;
};
