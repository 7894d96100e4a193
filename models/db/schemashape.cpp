#include "schemashape.h"

#include "database.h"

#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

bool SchemaShape::read(const QSqlDatabase &db, SchemaShape *shape, QString *error)
{
    shape->columns.clear();
    QSqlQuery tables(db);
    tables.setForwardOnly(true);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"))) {
        *error = tables.lastError().databaseText();
        return false;
    }
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        QSqlQuery info(db);
        info.setForwardOnly(true);
        if (!info.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"))) {
            *error = info.lastError().databaseText();
            return false;
        }
        info.addBindValue(table);
        if (!info.exec()) {
            *error = info.lastError().databaseText();
            return false;
        }
        QStringList columns;
        while (info.next())
            columns << info.value(0).toString();
        shape->columns.insert(table, columns);
    }
    return true;
}

SchemaShape SchemaShape::expected(int version)
{
    static QMutex mutex;
    static QHash<int, SchemaShape> cache;
    const QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(version); it != cache.constEnd())
        return *it;
    SchemaShape shape;
    Database memory;
    QString error;
    if (!memory.openInMemory(&error) || !memory.migrateTo(version, &error) || !read(memory.handle(), &shape, &error))
        qWarning("the shipped migrations cannot be applied in memory: %s", qPrintable(error));
    cache.insert(version, shape);
    return shape;
}

QStringList SchemaShape::differencesFrom(const SchemaShape &expected) const
{
    QStringList differences;
    for (auto it = expected.columns.constBegin(); it != expected.columns.constEnd(); ++it) {
        const auto actual = columns.constFind(it.key());
        if (actual == columns.constEnd()) {
            differences << tr("the table %1 is missing").arg(it.key());
            continue;
        }
        for (const QString &column : it.value())
            if (!actual->contains(column))
                differences << tr("the column %1.%2 is missing").arg(it.key(), column);
        for (const QString &column : *actual)
            if (!it.value().contains(column))
                differences << tr("the column %1.%2 does not belong to it").arg(it.key(), column);
    }
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it)
        if (!expected.columns.contains(it.key()))
            differences << tr("the table %1 does not belong to it").arg(it.key());
    return differences;
}

bool SchemaShape::sharesMostTablesWith(const SchemaShape &expected) const
{
    int shared = 0;
    for (auto it = expected.columns.constBegin(); it != expected.columns.constEnd(); ++it)
        shared += columns.contains(it.key()) ? 1 : 0;
    return shared >= 2 && shared * 2 >= int(expected.columns.size());
}
