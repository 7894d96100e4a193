#include "dossiermerge.h"

#include "archive/dossiermergedata.h"
#include "db/changelog.h"
#include "db/database.h"
#include "db/recordlabels.h"
#include "repositories/rowwriter.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

namespace DossierMerge {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("DossierMerge", text); }

} // namespace

Result apply(Database &db, const Plan &plan, const QSet<int> &take)
{
    Result result;
    if (!plan.data || !plan.error.isEmpty()) {
        result.error = plan.error.isEmpty() ? tr("There is nothing to import.") : plan.error;
        return result;
    }
    const PlanData &d = *plan.data;
    try {
        Transaction transaction(db);
        if (ChangeLog::headHash(db) != d.head) {
            result.error = tr("The database changed after the dossier was compared with it; nothing was written. Import "
                              "the dossier again to see the differences as they are now.");
            return result;
        }
        db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        const ChangeLog::OriginScope origin(db.changeLog(), QStringLiteral("merge"));
        // Ids for the records new here, so every reference can be translated before any
        // record is written.
        QHash<QString, QHash<qint64, qint64>> found = d.found;
        QHash<QString, qint64> next;
        for (const Record &r : plan.records) {
            if (r.kind != Record::Added)
                continue;
            if (!next.contains(r.table))
                next.insert(r.table,
                            db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM \"%1\"").arg(r.table)).toLongLong());
            found[r.table].insert(r.bundleId, next[r.table]++);
        }
        const qint64 clientId = found.value(QStringLiteral("clients")).value(d.tables.value(QStringLiteral("clients")).rows.value(0).value(0).toLongLong());
        if (clientId <= 0)
            throw SqlError(QStringLiteral("the dossier's client was not found"));
        // Each table's bundle rows by id, built when the table is first written.
        QHash<QString, QHash<qint64, int>> rowIndex;
        const auto values = [&](const QString &table, qint64 bundleId, QStringList *columns) {
            const Table &t = d.tables[table];
            const int idColumn = t.column(QStringLiteral("id"));
            if (!rowIndex.contains(table)) {
                QHash<qint64, int> &index = rowIndex[table];
                for (int i = 0; i < t.rows.size(); ++i)
                    index.insert(t.rows.at(i).at(idColumn).toLongLong(), i);
            }
            const int at = rowIndex.value(table).value(bundleId, -1);
            if (at < 0)
                throw SqlError(QStringLiteral("%1 #%2 is not in the bundle").arg(table).arg(bundleId));
            const QVariantList *row = &t.rows.at(at);
            QVariantList out;
            QList<DossierSchema::ForeignKey> keys = d.schema.keys(table) + d.schema.selfKeys(table);
            for (int i = 0; i < t.columns.size(); ++i) {
                if (i == idColumn)
                    continue;
                QVariant v = row->at(i);
                for (const DossierSchema::ForeignKey &k : std::as_const(keys))
                    if (k.column == t.columns.at(i) && k.target == QLatin1String("id") && !v.isNull()) {
                        const qint64 local = found.value(k.table).value(v.toLongLong());
                        if (local <= 0)
                            throw SqlError(QStringLiteral("%1.%2 refers to a record not found").arg(table, k.column));
                        v = local;
                    }
                *columns << t.columns.at(i);
                out << v;
            }
            return out;
        };
        const auto filedUnder = [&](const Record &r) {
            return r.external ? 0 : clientId;
        };
        // External records first (the dossier refers to them), then the dossier's in order.
        for (const bool external : {true, false})
            for (const Record &r : plan.records)
                if (r.kind == Record::Added && r.external == external) {
                    QStringList columns;
                    const QVariantList v = values(r.table, r.bundleId, &columns);
                    RowWriter::insert(db, r.table, columns, v, filedUnder(r), found.value(r.table).value(r.bundleId));
                    ++result.added;
                }
        for (int i = 0; i < plan.records.size(); ++i) {
            const Record &r = plan.records.at(i);
            if (r.kind != Record::Differs)
                continue;
            if (!take.contains(i)) {
                ++result.kept;
                continue;
            }
            QStringList columns;
            const QVariantList v = values(r.table, r.bundleId, &columns);
            RowWriter::update(db, r.table, r.localId, columns, v, filedUnder(r));
            ++result.taken;
        }
        // Links, so that the next exchange finds these records again.
        QSet<QString> linked;
        const auto link = [&](const QString &table, qint64 local, const QString &peer, qint64 peerId) {
            if (peer.isEmpty() || peer == d.ourId)
                return;
            const QString key = linkKey(peer, table, peerId);
            if (linked.contains(key) || d.links.contains(key))
                return;
            linked.insert(key);
            RowWriter::insert(db, kLinks,
                              {QStringLiteral("client_id"), QStringLiteral("table_name"), QStringLiteral("local_id"),
                               QStringLiteral("peer_database"), QStringLiteral("peer_id")},
                              {clientId, table, local, peer, peerId}, clientId);
        };
        for (const QString &table : d.schema.tables()) {
            if (isSpecial(table))
                continue;
            const auto &ids = found.value(table);
            for (auto it = ids.constBegin(); it != ids.constEnd(); ++it) {
                link(table, it.value(), d.peer, it.key());
                for (const auto &[peer, id] : d.bundleLinks.value(recordKey(table, it.key())))
                    link(table, it.value(), peer, id);
            }
        }
        // The other side's log entries, kept as they were; the merge row holds their digest.
        QCryptographicHash digest(QCryptographicHash::Sha256);
        for (const Entry &e : d.peerEntries)
            digest.addData(QByteArray(e.hash.toLatin1() + '\n'));
        const bool wrote = result.added > 0 || result.taken > 0 || !linked.isEmpty() || !d.peerEntries.isEmpty();
        if (!wrote) {
            result.clientId = clientId;
            return result;   // nothing new: nothing written
        }
        const qint64 mergeId = RowWriter::insert(
            db, kMerges,
            {QStringLiteral("client_id"), QStringLiteral("merged_at"), QStringLiteral("user_name"), QStringLiteral("bundle_sha256"),
             QStringLiteral("peer_database"), QStringLiteral("peer_head_hash"), QStringLiteral("added"), QStringLiteral("taken"),
             QStringLiteral("kept"), QStringLiteral("peer_entries"), QStringLiteral("entries_digest")},
            {clientId, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), db.changeLog().userName(), d.bundleHash,
             d.peer, d.peerHead, result.added, result.taken, result.kept, qint64(d.peerEntries.size()),
             QString::fromLatin1(digest.result().toHex())},
            clientId);
        for (const Entry &e : d.peerEntries)
            db.execPrepared(QStringLiteral("INSERT INTO peer_log_entries (merge_id, peer_database, entry_id, logged_at, user_name, "
                                           "table_name, row_id, client_id, action, before_json, after_json, prev_hash, hash, "
                                           "origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                            QVariantList{mergeId, e.peerDatabase, e.entryId} + e.values);
        result.peerEntries = int(d.peerEntries.size());
        if (db.scalar(QStringLiteral("SELECT 1 FROM pragma_foreign_key_check LIMIT 1")).isValid()) {
            result = Result{};
            result.error = tr("The dossier refers to records this database does not have; nothing was written.");
            return result;
        }
        transaction.commit();
        result.clientId = clientId;
    } catch (const SqlError &e) {
        result = Result{};
        result.error = tr("The dossier could not be written, and nothing was changed: %1").arg(e.message());
    }
    return result;
}

QString displayValue(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::LongLong && value.toLongLong() < 0)
        return tr("(a record new here)");
    if (value.typeId() == QMetaType::QByteArray)
        return QCoreApplication::translate("DossierMerge", "(%n bytes)", nullptr, int(value.toByteArray().size()));
    return value.toString();
}
} // namespace DossierMerge
