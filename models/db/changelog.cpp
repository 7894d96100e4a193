#include "changelog.h"

#include <QSet>
#include "database.h"

#include "db/recordlabels.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

#include <memory>
#include <vector>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace {

QString toJsonText(const QJsonObject &object)
{
    return object.isEmpty() ? QString()
                            : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromJsonText(const QString &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonValue jsonValue(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    default:
        return QJsonValue(value.toString());
    }
}

QJsonObject recordToJson(const QSqlQuery &query)
{
    QJsonObject object;
    const QSqlRecord record = query.record();
    // A BLOB (an attachment's content) is not logged: its row carries the SHA-256 that
    // stands for it, which `check` compares with the content.
    for (int i = 0; i < record.count(); ++i)
        if (const QVariant value = query.value(i); value.typeId() != QMetaType::QByteArray)
            object.insert(record.fieldName(i), jsonValue(value));
    return object;
}

ChangeEntry entryFrom(const QSqlQuery &q)
{
    ChangeEntry e;
    e.id = q.value(0).toLongLong();
    e.loggedAt = q.value(1).toString();
    e.user = q.value(2).toString();
    e.table = q.value(3).toString();
    e.rowId = q.value(4).toLongLong();
    e.clientId = q.value(5).toLongLong();
    e.action = q.value(6).toString();
    e.before = fromJsonText(q.value(7).toString());
    e.after = fromJsonText(q.value(8).toString());
    e.prevHash = q.value(9).toString();
    e.hash = q.value(10).toString();
    e.origin = q.value(11).toString();
    return e;
}

QString fieldList(const QString &table, const QStringList &fields)
{
    QStringList labels;
    for (const QString &f : fields)
        labels << QStringLiteral("%1 (%2)").arg(RecordLabels::field(table, f), f);
    return labels.join(QStringLiteral(", "));
}

const char kEntryColumns[] = "id, logged_at, user_name, table_name, row_id, client_id, action, "
                             "before_json, after_json, prev_hash, hash, origin";

QString operatingSystemAccount()
{
    QString name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
#ifdef Q_OS_UNIX
    if (name.isEmpty())
        if (const passwd *account = getpwuid(getuid()))
            name = QString::fromLocal8Bit(account->pw_name);
#endif
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

} // namespace

QStringList ChangeEntry::changedFields() const
{
    QStringList fields;
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &key : keys)
        if (before.value(key) != after.value(key))
            fields << key;
    return fields;
}

ChangeLog::ChangeLog() : m_userName(operatingSystemAccount()) {}

void ChangeLog::transactionBegan(int depth)
{
    if (depth == 1) {
        m_head.clear();   // another connection may have written since
        m_pending.clear();
        m_savepoints.clear();
    } else {
        m_savepoints << m_pending.size();
    }
}

void ChangeLog::transactionCommitted(Database &db, int depth)
{
    if (depth > 0) {
        if (!m_savepoints.isEmpty())
            m_savepoints.removeLast();   // a released savepoint's entries stay in the transaction
        return;
    }
    m_lastCommit = m_pending;
    m_pending.clear();
    if (!m_lastCommit.isEmpty() && m_commitObserver) {
        try {
            m_commitObserver(db);
        } catch (const SqlError &e) {
            // The write is committed; only the anchor outside the database lags behind.
            qWarning("the change-log anchor was not updated: %s", qPrintable(e.message()));
        }
    }
}

void ChangeLog::transactionRolledBack(int depth)
{
    m_head.clear();
    if (depth == 0 || m_savepoints.isEmpty()) {
        m_pending.clear();
        m_savepoints.clear();
        return;
    }
    m_pending.resize(m_savepoints.takeLast());
}

QString ChangeLog::genesisHash() { return QString(64, u'0'); }

QString ChangeLog::computeHash(const QString &prevHash, const QString &loggedAt, const QString &user,
                               const QString &table, qint64 rowId, qint64 clientId, const QString &action,
                               const QString &beforeJson, const QString &afterJson, const QString &origin)
{
    QStringList parts{prevHash, loggedAt, user, table, QString::number(rowId),
                      QString::number(clientId), action, beforeJson, afterJson};
    if (!origin.isEmpty())
        parts << origin;
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString ChangeLog::headHash(const Database &db)
{
    const QVariant head = db.scalar(QStringLiteral("SELECT hash FROM change_log ORDER BY id DESC LIMIT 1"));
    return head.isNull() ? genesisHash() : head.toString();
}

QList<LogFinding> ChangeLog::verifyPeerEntries(const Database &db)
{
    QList<LogFinding> findings;
    QHash<qint64, std::pair<qint64, QCryptographicHash *>> merges;
    std::vector<std::unique_ptr<QCryptographicHash>> hashes;
    QSqlQuery m = db.exec(QStringLiteral("SELECT id, peer_entries, entries_digest FROM dossier_merges ORDER BY id"));
    QHash<qint64, QString> digests;
    QHash<qint64, qint64> declared;
    while (m.next()) {
        hashes.push_back(std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256));
        merges.insert(m.value(0).toLongLong(), {0, hashes.back().get()});
        declared.insert(m.value(0).toLongLong(), m.value(1).toLongLong());
        digests.insert(m.value(0).toLongLong(), m.value(2).toString());
    }
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, merge_id, logged_at, user_name, table_name, row_id, client_id, action, "
                                         "before_json, after_json, prev_hash, hash, origin, entry_id FROM peer_log_entries "
                                         "ORDER BY id"));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString hash = q.value(11).toString();
        const QString expected = computeHash(q.value(10).toString(), q.value(2).toString(), q.value(3).toString(),
                                             q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toLongLong(),
                                             q.value(7).toString(), q.value(8).toString(), q.value(9).toString(),
                                             q.value(12).toString());
        if (expected != hash)
            findings << LogFinding{LogFinding::BrokenChain, QStringLiteral("peer_log_entries"), id, id,
                                   tr("Entry %1 of another database's change log, kept by a dossier import, does not match "
                                      "its hash: it was changed afterwards.")
                                       .arg(q.value(13).toLongLong())};
        auto it = merges.find(q.value(1).toLongLong());
        if (it != merges.end()) {
            ++it->first;
            it->second->addData(QByteArray(hash.toLatin1() + '\n'));
        }
    }
    for (auto it = merges.constBegin(); it != merges.constEnd(); ++it)
        if (it->first != declared.value(it.key())
            || QString::fromLatin1(it->second->result().toHex()) != digests.value(it.key()))
            findings << LogFinding{LogFinding::BrokenChain, QStringLiteral("dossier_merges"), it.key(), 0,
                                   tr("The other database's change-log entries kept by dossier import %1 are not those it "
                                      "recorded: some were removed, added or changed.")
                                       .arg(it.key())};
    return findings;
}

QString ChangeLog::databaseId(const Database &db)
{
    return db.scalar(QStringLiteral("SELECT hash FROM change_log ORDER BY id LIMIT 1")).toString();
}

void ChangeLog::record(Database &db, const QString &table, qint64 rowId, qint64 clientId,
                       const QJsonObject &before, const QJsonObject &after)
{
    Q_ASSERT(db.transactionDepth() > 0);
    ChangeLog &log = db.changeLog();
    const QString action = before.isEmpty() ? QStringLiteral("insert")
                           : after.isEmpty() ? QStringLiteral("delete")
                                             : QStringLiteral("update");
    const QString loggedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString beforeJson = toJsonText(before);
    const QString afterJson = toJsonText(after);
    const QString prev = log.m_head.isEmpty() ? headHash(db) : log.m_head;
    const QString hash = computeHash(prev, loggedAt, log.m_userName, table, rowId, clientId, action,
                                     beforeJson, afterJson, log.m_origin);
    const QVariant noText{QMetaType(QMetaType::QString)};
    QSqlQuery &query = db.execPrepared(
        QStringLiteral("INSERT INTO change_log (logged_at, user_name, table_name, row_id, client_id, action, "
                       "before_json, after_json, prev_hash, hash, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {loggedAt, log.m_userName, table, rowId, clientId ? QVariant(clientId) : QVariant(QMetaType(QMetaType::LongLong)),
         action, beforeJson.isEmpty() ? noText : QVariant(beforeJson), afterJson.isEmpty() ? noText : QVariant(afterJson),
         prev, hash, log.m_origin.isEmpty() ? noText : QVariant(log.m_origin)});
    log.m_pending << query.lastInsertId().toLongLong();
    log.m_head = hash;
}

QJsonObject ChangeLog::insertedImage(const Database &db, const QString &table, qint64 rowId, const QStringList &columns,
                                     const QVariantList &values)
{
    // The table's logged columns (not its BLOBs), read once per connection and table.
    struct Shape
    {
        QSet<QString> logged;
        QSet<QString> blobs;
    };
    static thread_local QHash<QString, QHash<QString, Shape>> shapes;   // connection -> table -> shape
    QHash<QString, Shape> &byTable = shapes[db.connectionName()];
    auto it = byTable.find(table);
    if (it == byTable.end()) {
        Shape shape;
        QSqlQuery q = db.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        while (q.next()) {
            const QString name = q.value(1).toString();
            if (name == QLatin1String("id"))
                continue;
            if (q.value(2).toString().compare(QLatin1String("BLOB"), Qt::CaseInsensitive) == 0)
                shape.blobs.insert(name);
            else
                shape.logged.insert(name);
        }
        it = byTable.insert(table, shape);
    }
    QJsonObject image;
    image.insert(QStringLiteral("id"), rowId);
    int given = 0;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QString &column = columns.at(i);
        if (it->blobs.contains(column))
            continue;
        if (!it->logged.contains(column))
            return {};
        const QVariant &value = values.at(i);
        // As SQLite stores them and QSQLITE reads them back: booleans as integers, numbers
        // as numbers, text as text.
        if (value.isNull())
            image.insert(column, QJsonValue(QJsonValue::Null));
        else if (value.typeId() == QMetaType::Bool)
            image.insert(column, value.toBool() ? 1 : 0);
        else if (value.typeId() == QMetaType::QString || value.typeId() == QMetaType::Int
                 || value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Double)
            image.insert(column, jsonValue(value));
        else
            return {};   // a type whose stored form is not certain: read it back
        ++given;
    }
    return given == it->logged.size() ? image : QJsonObject();
}

QJsonObject ChangeLog::snapshot(const Database &db, const QString &table, qint64 rowId)
{
    Q_ASSERT(db.recordTables().contains(table));
    // The table name comes from the program's own list of record tables, never from user text.
    QSqlQuery &query = db.execPrepared(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table), {rowId});
    const QJsonObject row = query.next() ? recordToJson(query) : QJsonObject();
    query.finish();
    return row;
}

QList<LogFinding> ChangeLog::verifyChain(const Database &db, qint64 *entryCount)
{
    QList<LogFinding> findings;
    QSqlQuery q = db.exec(QStringLiteral("SELECT %1 FROM change_log ORDER BY id").arg(QLatin1String(kEntryColumns)));
    QString prev = genesisHash();
    qint64 count = 0;
    while (q.next()) {
        ++count;
        if (!findings.isEmpty())
            continue;   // the first break is reported; the rest is only counted
        const qint64 id = q.value(0).toLongLong();
        const QString stored = q.value(10).toString();
        if (q.value(9).toString() != prev) {
            findings << LogFinding{LogFinding::BrokenChain, q.value(3).toString(), q.value(4).toLongLong(), id,
                                   tr("Change-log entry %1 does not follow the entry before it: an entry was "
                                      "removed or inserted outside the application.").arg(id)};
            continue;
        }
        const QString expected = computeHash(q.value(9).toString(), q.value(1).toString(), q.value(2).toString(),
                                             q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                                             q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
                                             q.value(11).toString());
        if (stored != expected) {
            findings << LogFinding{LogFinding::BrokenChain, q.value(3).toString(), q.value(4).toLongLong(), id,
                                   tr("Change-log entry %1 was altered after it was written (its hash does not "
                                      "match its content).").arg(id)};
            continue;
        }
        prev = stored;
    }
    if (entryCount)
        *entryCount = count;
    return findings;
}

QList<LogFinding> ChangeLog::verifyRecords(const Database &db, int maxPerTable)
{
    QList<LogFinding> findings;
    for (const QString &table : db.recordTables()) {
        // Last logged state of every row of this table.
        QHash<qint64, QPair<QString, QString>> last;  // row -> (action, after_json)
        QSqlQuery logged = db.exec(
            QStringLiteral("SELECT row_id, action, after_json FROM change_log WHERE id IN "
                           "(SELECT max(id) FROM change_log WHERE table_name = ? GROUP BY row_id)"),
            {table});
        while (logged.next())
            last.insert(logged.value(0).toLongLong(), {logged.value(1).toString(), logged.value(2).toString()});

        int reported = 0;
        QSqlQuery rows = db.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
        while (rows.next()) {
            const QJsonObject current = recordToJson(rows);
            const qint64 id = current.value(QLatin1String("id")).toInteger();
            const auto it = last.constFind(id);
            if (it == last.constEnd() || it->first == QLatin1String("delete")) {
                if (reported++ < maxPerTable)
                    findings << LogFinding{LogFinding::UnloggedInsert, table, id, 0,
                                           tr("%1 was added outside the application (it has no change-log entry).")
                                               .arg(RecordLabels::recordName(table, id, current))};
            } else if (toJsonText(current) != it->second) {
                // The same text as logged is the same record (the usual case, and no parse);
                // otherwise the fields decide (a number written 8 or 8.0 is no change).
                ChangeEntry e;
                e.before = fromJsonText(it->second);
                e.after = current;
                const QStringList changed = e.changedFields();
                if (!changed.isEmpty() && reported++ < maxPerTable)
                    findings << LogFinding{LogFinding::UnloggedChange, table, id, 0,
                                           tr("%1 was changed outside the application (fields: %2).")
                                               .arg(RecordLabels::recordName(table, id, current), fieldList(table, changed))};
            }
            last.remove(id);
        }
        for (auto it = last.constBegin(); it != last.constEnd(); ++it) {
            if (it->first != QLatin1String("delete") && reported++ < maxPerTable)
                findings << LogFinding{LogFinding::UnloggedDelete, table, it.key(), 0,
                                       tr("%1 was deleted outside the application.")
                                           .arg(RecordLabels::recordName(table, it.key(), fromJsonText(it->second)))};
        }
    }
    return findings;
}

QList<ChangeEntry> ChangeLog::history(const Database &db, const QString &table, qint64 rowId)
{
    QList<ChangeEntry> entries;
    QSqlQuery q = db.exec(QStringLiteral("SELECT %1 FROM change_log WHERE table_name = ? AND row_id = ? ORDER BY id DESC")
                              .arg(QLatin1String(kEntryColumns)),
                          {table, rowId});
    while (q.next())
        entries << entryFrom(q);
    return entries;
}

QList<ChangeEntry> ChangeLog::clientHistory(const Database &db, qint64 clientId)
{
    QList<ChangeEntry> entries;
    QSqlQuery q = db.exec(QStringLiteral("SELECT %1 FROM change_log WHERE client_id = ? OR (table_name = 'clients' "
                                         "AND row_id = ?) ORDER BY id DESC")
                              .arg(QLatin1String(kEntryColumns)),
                          {clientId, clientId});
    while (q.next())
        entries << entryFrom(q);
    return entries;
}

QList<ChangeEntry> ChangeLog::entries(const Database &db, const QList<qint64> &ids)
{
    QList<ChangeEntry> found;
    for (const qint64 id : ids) {
        QSqlQuery q = db.exec(QStringLiteral("SELECT %1 FROM change_log WHERE id = ?").arg(QLatin1String(kEntryColumns)), {id});
        if (q.next())
            found << entryFrom(q);
    }
    return found;
}

QString ChangeLog::actionText(const ChangeEntry &entry)
{
    const QString action = actionText(entry.action);
    if (entry.origin == QLatin1String("undo"))
        return tr("%1 (undo)").arg(action);
    if (entry.origin == QLatin1String("redo"))
        return tr("%1 (redo)").arg(action);
    if (entry.origin == QLatin1String("merge"))
        return tr("%1 (dossier import)").arg(action);
    if (!entry.origin.isEmpty())
        return tr("%1 (%2)").arg(action, entry.origin);
    return action;
}

QString ChangeLog::actionText(const QString &action)
{
    if (action == QLatin1String("insert"))
        return tr("added");
    if (action == QLatin1String("update"))
        return tr("changed");
    if (action == QLatin1String("delete"))
        return tr("deleted");
    return action;
}
