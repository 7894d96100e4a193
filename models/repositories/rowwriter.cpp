#include "rowwriter.h"

#include "db/changelog.h"
#include "db/database.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

qint64 RowWriter::insert(Database &db, const QString &table, const QStringList &columns,
                            const QVariantList &values, qint64 clientId, qint64 id)
{
    Q_ASSERT(columns.size() == values.size());
    const QStringList marks(columns.size() + 1, QStringLiteral("?"));
    const QVariant idValue = id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
    QSqlQuery &query = db.execPrepared(QStringLiteral("INSERT INTO %1 (id, %2) VALUES (%3)")
                                  .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
                              QVariantList{idValue} + values);
    const qint64 newId = query.lastInsertId().toLongLong();
    QJsonObject after = ChangeLog::insertedImage(db, table, newId, columns, values);
    if (after.isEmpty())
        after = ChangeLog::snapshot(db, table, newId);
    ChangeLog::record(db, table, newId, clientId == OwnId ? newId : clientId, {}, after);
    return newId;
}

bool RowWriter::update(Database &db, const QString &table, qint64 id, const QStringList &columns,
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

void RowWriter::remove(Database &db, const QString &table, qint64 id, qint64 clientId)
{
    const QJsonObject before = ChangeLog::snapshot(db, table, id);
    if (before.isEmpty())
        return;
    db.exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id});
    ChangeLog::record(db, table, id, clientId, before, {});
}

void RowWriter::sync(Database &db, const QString &table, const QString &parentColumn, qint64 parentId,
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

void RowWriter::restore(Database &db, const QString &table, qint64 id, const QJsonObject &image, qint64 clientId)
{
    if (!db.recordTables().contains(table))
        throw SqlError(QStringLiteral("%1 is not a record table").arg(table), SqlError::Schema);
    if (image.isEmpty()) {
        remove(db, table, id, clientId);
        return;
    }
    QStringList known;
    QSqlQuery info = db.exec(QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
    while (info.next())
        known << info.value(0).toString();
    QStringList columns;
    QVariantList values;
    for (auto it = image.constBegin(); it != image.constEnd(); ++it) {
        if (!known.contains(it.key()))
            throw SqlError(QStringLiteral("%1 is not a column of %2").arg(it.key(), table), SqlError::Schema);
        if (it.key() == QLatin1String("id"))
            continue;
        columns << it.key();
        values << (it->isNull() ? QVariant(QMetaType(QMetaType::QString)) : it->toVariant());
    }
    const QJsonObject before = ChangeLog::snapshot(db, table, id);
    if (before.isEmpty()) {
        const QStringList marks(columns.size() + 1, QStringLiteral("?"));
        db.exec(QStringLiteral("INSERT INTO %1 (id, %2) VALUES (%3)")
                    .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
                QVariantList{id} + values);
    } else {
        QStringList sets;
        for (const QString &column : std::as_const(columns))
            sets << column + QStringLiteral(" = ?");
        db.exec(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))),
                QVariantList(values) << id);
    }
    const QJsonObject after = ChangeLog::snapshot(db, table, id);
    if (after != before)
        ChangeLog::record(db, table, id, clientId, before, after);
}
