#include "dossierschema.h"

#include "db/database.h"

#include <QSet>
#include <QSqlQuery>

DossierSchema DossierSchema::of(const Database &db)
{
    DossierSchema s;
    QStringList all;
    QSqlQuery names = db.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                             "AND name <> 'change_log' ORDER BY name"));
    while (names.next())
        all << names.value(0).toString();
    QHash<QString, QSet<QString>> notNull;
    for (const QString &table : std::as_const(all)) {
        QSqlQuery info = db.exec(QStringLiteral("SELECT name, \"notnull\" FROM pragma_table_info(?) ORDER BY cid"), {table});
        while (info.next()) {
            s.m_columns[table] << info.value(0).toString();
            if (info.value(1).toInt())
                notNull[table].insert(info.value(0).toString());
        }
        QSqlQuery fk = db.exec(QStringLiteral("SELECT \"from\", \"table\", coalesce(\"to\", 'id') FROM pragma_foreign_key_list(?) "
                                              "ORDER BY id DESC"),
                               {table});
        QList<ForeignKey> keys;
        while (fk.next()) {
            ForeignKey key{fk.value(0).toString(), fk.value(1).toString(), fk.value(2).toString()};
            if (key.table == table)
                s.m_selfKeys[table] << key;
            else
                keys << key;
        }
        // In the order of the columns.
        const QStringList columns = s.m_columns.value(table);
        std::sort(keys.begin(), keys.end(), [&columns](const ForeignKey &a, const ForeignKey &b) {
            return columns.indexOf(a.column) < columns.indexOf(b.column);
        });
        s.m_keys.insert(table, keys);
        QSqlQuery indexes = db.exec(QStringLiteral("SELECT name FROM pragma_index_list(?) WHERE \"unique\" = 1 AND origin <> 'pk' "
                                                   "ORDER BY name"),
                                    {table});
        while (indexes.next()) {
            QStringList key;
            QSqlQuery parts = db.exec(QStringLiteral("SELECT name FROM pragma_index_info(?) ORDER BY seqno"), {indexes.value(0)});
            while (parts.next())
                key << parts.value(0).toString();
            if (!key.isEmpty() && !key.contains(QString()))
                s.m_unique[table] << key;
        }
    }
    // The dossier grows from the clients table, a round at a time, so that each table's
    // owner joined in an earlier round; a direct key to clients is preferred.
    if (!all.contains(QStringLiteral("clients")))
        return s;
    s.m_tables << QStringLiteral("clients");
    s.m_owner.insert(QStringLiteral("clients"), {});
    for (bool grew = true; grew;) {
        grew = false;
        QStringList round;
        QHash<QString, ForeignKey> owners;
        for (const QString &table : std::as_const(all)) {
            if (s.m_owner.contains(table))
                continue;
            const QList<ForeignKey> keys = s.m_keys.value(table);
            auto owner = std::find_if(keys.begin(), keys.end(),
                                      [](const ForeignKey &k) { return k.table == QLatin1String("clients"); });
            if (owner == keys.end())
                owner = std::find_if(keys.begin(), keys.end(), [&s](const ForeignKey &k) { return s.m_owner.contains(k.table); });
            if (owner != keys.end()) {
                round << table;
                owners.insert(table, *owner);
            }
        }
        for (const QString &table : std::as_const(round)) {
            s.m_tables << table;
            s.m_owner.insert(table, owners.value(table));
            grew = true;
        }
    }
    // Each after every dossier table it refers to (not only its owner), so that a record's
    // references are known when it is reached.
    QStringList sorted;
    while (sorted.size() < s.m_tables.size()) {
        const qsizetype before = sorted.size();
        for (const QString &table : std::as_const(s.m_tables)) {
            if (sorted.contains(table))
                continue;
            const QList<ForeignKey> keys = s.m_keys.value(table);
            if (std::all_of(keys.begin(), keys.end(),
                            [&](const ForeignKey &k) { return !s.m_owner.contains(k.table) || sorted.contains(k.table); }))
                sorted << table;
        }
        if (sorted.size() == before) {   // a cycle: the rest in the order found
            for (const QString &table : std::as_const(s.m_tables))
                if (!sorted.contains(table))
                    sorted << table;
        }
    }
    s.m_tables = sorted;
    // External tables, each after the ones it refers to.
    QStringList pending;
    const auto refer = [&](const QString &table) {
        for (const ForeignKey &key : s.m_keys.value(table))
            if (!s.m_owner.contains(key.table) && !pending.contains(key.table) && !s.m_childOwner.contains(key.table))
                pending << key.table;
    };
    for (const QString &table : std::as_const(s.m_tables))
        refer(table);
    for (qsizetype i = 0; i < pending.size(); ++i)
        refer(pending.at(i));
    // Parts of external records, and what they refer to in turn.
    for (bool grew = true; grew;) {
        grew = false;
        for (const QString &table : std::as_const(all)) {
            if (s.m_owner.contains(table) || pending.contains(table) || s.m_childOwner.contains(table))
                continue;
            for (const ForeignKey &key : s.m_keys.value(table))
                if (pending.contains(key.table) && notNull.value(table).contains(key.column)) {
                    s.m_childOwner.insert(table, key);
                    s.m_children << table;
                    refer(table);
                    for (qsizetype i = 0; i < pending.size(); ++i)
                        refer(pending.at(i));
                    grew = true;
                    break;
                }
        }
    }
    while (!pending.isEmpty()) {
        const qsizetype before = pending.size();
        for (qsizetype i = 0; i < pending.size(); ++i) {
            const QList<ForeignKey> keys = s.m_keys.value(pending.at(i));
            const bool ready = std::all_of(keys.begin(), keys.end(), [&](const ForeignKey &k) {
                return s.m_owner.contains(k.table) || s.m_external.contains(k.table) || !pending.contains(k.table);
            });
            if (ready) {
                s.m_external << pending.takeAt(i);
                --i;
            }
        }
        if (pending.size() == before) {   // a cycle among them: keep the rest in name order
            s.m_external << pending;
            pending.clear();
        }
    }
    return s;
}

QString DossierSchema::ownedIds(const QString &table, qint64 clientId) const
{
    if (table == QLatin1String("clients"))
        return QStringLiteral("SELECT %1").arg(clientId);
    const ForeignKey owner = m_owner.value(table);
    if (owner.table == QLatin1String("clients"))
        return QStringLiteral("SELECT id FROM \"%1\" WHERE \"%2\" = %3").arg(table, owner.column).arg(clientId);
    return QStringLiteral("SELECT id FROM \"%1\" WHERE \"%2\" IN (%3)").arg(table, owner.column, ownedIds(owner.table, clientId));
}
