#include "recordwriter.h"

#include "db/changelog.h"
#include "db/database.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

qint64 RecordWriter::insert(Database &db, const QString &table, const QStringList &columns,
                            const QVariantList &values, qint64 clientId, qint64 id)
{
    Q_ASSERT(columns.size() == values.size());
    const QStringList marks(columns.size() + 1, QStringLiteral("?"));
    const QVariant idValue = id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
    QSqlQuery &query = db.execPrepared(QStringLiteral("INSERT INTO %1 (id, %2) VALUES (%3)")
                                  .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
                              QVariantList{idValue} + values);
    const qint64 newId = query.lastInsertId().toLongLong();
    ChangeLog::record(db, table, newId, clientId == OwnId ? newId : clientId, {}, ChangeLog::snapshot(db, table, newId));
    return newId;
}

bool RecordWriter::update(Database &db, const QString &table, qint64 id, const QStringList &columns,
                          const QVariantList &values, qint64 clientId)
{
    Q_ASSERT(columns.size() == values.size());
    const QJsonObject before = ChangeLog::snapshot(db, table, id);
    QStringList sets;
    for (const QString &column : columns)
        sets << column + QStringLiteral(" = ?");
    db.exec(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))),
            QVariantList(values) << id);
    const QJsonObject after = ChangeLog::snapshot(db, table, id);
    if (before == after)
        return false;
    ChangeLog::record(db, table, id, clientId, before, after);
    return true;
}

void RecordWriter::remove(Database &db, const QString &table, qint64 id, qint64 clientId)
{
    const QJsonObject before = ChangeLog::snapshot(db, table, id);
    if (before.isEmpty())
        return;
    db.exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id});
    ChangeLog::record(db, table, id, clientId, before, {});
}

void RecordWriter::sync(Database &db, const QString &table, const QString &parentColumn, qint64 parentId,
                        const QStringList &columns, const QList<Row> &wanted, const QList<Row> &existing,
                        qint64 clientId)
{
    QHash<qint64, Row> current;
    for (const Row &row : existing)
        current.insert(row.id, row);
    QSet<qint64> kept;
    for (const Row &row : wanted)
        if (row.id > 0 && current.contains(row.id))
            kept.insert(row.id);
    // Deletions first, so a unique key freed by a removed row can be taken by a new one.
    for (const Row &row : existing)
        if (!kept.contains(row.id))
            remove(db, table, row.id, clientId);
    const QStringList allColumns = QStringList{parentColumn} + columns;
    for (const Row &row : wanted) {
        if (kept.contains(row.id)) {
            if (current.value(row.id).values != row.values)
                update(db, table, row.id, columns, row.values, clientId);
            continue;
        }
        qint64 id = 0;
        if (row.id > 0 && !db.scalar(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {row.id}).isValid())
            id = row.id;
        insert(db, table, allColumns, QVariantList{parentId} + row.values, clientId, id);
    }
}
