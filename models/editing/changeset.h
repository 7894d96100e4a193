#pragma once

#include "db/changelog.h"
#include "repositories/writeresult.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QList>
#include <QString>

class Database;

// A stored record a write touched: its table, row, the dossier it belongs to, and its
// values as the write left them (as it was before, when the write deleted it), so that a
// page can tell whose sub-record it is (auditor_id, ...).
struct RecordRef
{
    QString table;
    qint64 row = 0;
    qint64 clientId = 0;
    QJsonObject values;
    bool exists = true;   // false: the write deleted it
    // The id in a column of the values (0 when absent), such as a parent's id.
    qint64 idIn(const char *column) const { return values.value(QLatin1String(column)).toInteger(); }
    bool operator==(const RecordRef &other) const { return table == other.table && row == other.row; }
};

// The change-log entries one write appended, and how to reverse or repeat them: every
// record goes back to the image the log holds of it before the write (undo) or after it
// (redo). This is how any write of any record type — one field, a client with its sites,
// a table restored to its shipped values — is undone, through the log itself.
class ChangeSet
{
    Q_DECLARE_TR_FUNCTIONS(ChangeSet)

public:
    ChangeSet() = default;
    explicit ChangeSet(QList<ChangeEntry> entries) : m_entries(std::move(entries)) {}
    // What the last committed outermost transaction of this connection appended.
    static ChangeSet lastCommitted(const Database &db);

    bool isEmpty() const { return m_entries.isEmpty(); }
    const QList<ChangeEntry> &entries() const { return m_entries; }
    QList<RecordRef> records() const;

    // Puts every record back as it was before the write, in one transaction logged with
    // origin "undo". Refuses — writing nothing — when a record is no longer as the write
    // left it (changed again since, here or by another program); the message says which.
    WriteResult undo(Database &db) const;
    // Makes the write again (origin "redo"), with the same check the other way round.
    WriteResult redo(Database &db) const;

    // The record an entry concerns, for messages: "Client “福州示例云”" or "Client #12".
    static QString recordName(const ChangeEntry &entry);

private:
    WriteResult apply(Database &db, bool reverse) const;
    QList<ChangeEntry> m_entries;
};
Q_DECLARE_METATYPE(RecordRef)
