#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

class Database;

// Logged single-row writes for the repositories: each insert, update and delete of a
// record appends its change-log entry (ChangeLog::record) with before and after images.
// Must run inside a Transaction; throws SqlError. Table and column names are the
// program's own constants, never user text; every value is bound.
class RowWriter
{
public:
    // A row of a sub-record table: its id (0 for a new row) and the column values.
    struct Row
    {
        qint64 id = 0;
        QVariantList values;
    };

    // clientId for a row that is itself a client: the change log files it under its own id.
    static constexpr qint64 OwnId = -1;

    // Inserts and logs a row; the database chooses the id unless `id` > 0 (a restored row
    // keeps its former id). Returns the id.
    static qint64 insert(Database &db, const QString &table, const QStringList &columns,
                         const QVariantList &values, qint64 clientId = 0, qint64 id = 0);
    // Updates the row; logs and returns true only when a value changed.
    static bool update(Database &db, const QString &table, qint64 id, const QStringList &columns,
                       const QVariantList &values, qint64 clientId = 0);
    static void remove(Database &db, const QString &table, qint64 id, qint64 clientId = 0);

    // Makes the rows of `table` whose `parentColumn` is `parentId` equal to `wanted`:
    // deletes the rows of `existing` not wanted, updates changed ones, inserts new ones
    // (a wanted id that is not in `existing` and is free is kept, as after an undo).
    static void sync(Database &db, const QString &table, const QString &parentColumn, qint64 parentId,
                     const QStringList &columns, const QList<Row> &wanted, const QList<Row> &existing,
                     qint64 clientId = 0);

    // Puts a row back into a state the change log holds (a before- or after-image): an
    // empty image deletes the row, otherwise it is updated, or inserted with its id, to
    // exactly those values; logged like any write. Every key of the image must be a column
    // of the table and the table one of the record tables (a tampered log cannot name
    // others); throws SqlError otherwise.
    static void restore(Database &db, const QString &table, qint64 id, const QJsonObject &image, qint64 clientId);
};
