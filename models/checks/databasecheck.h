#pragma once

#include <QDate>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "db/chainanchor.h"

class Database;

// One finding of `csisms check`.
struct CheckFinding
{
    QString kind;       // integrity, foreign_key, change_log, unlogged_change, rule
    QString rule;       // rule ID from RULES.md when kind is rule, else empty
    QString severity;   // error or warning
    QString table;
    qint64 row = 0;
    QString message;    // in the user's language
};

struct CheckReport
{
    int schemaVersion = 0;
    qint64 changeLogEntries = 0;
    QString headHash;
    bool chainIntact = true;
    QList<CheckFinding> findings;
    int errorCount() const;
    int warningCount() const;
};

// Checks a whole dossier database: SQLite integrity, foreign keys, the change-log hash
// chain, records changed behind the application's back, and rule violations.
class DatabaseCheck
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCheck)

public:
    // anchor: the change log's head as this computer last saw it (ChainAnchor::stored);
    // a null anchor checks the chain only. today: the day the date rules are checked on.
    static CheckReport run(const Database &db, const ChainAnchor &anchor = ChainAnchor(),
                           const QDate &today = QDate::currentDate());
};
