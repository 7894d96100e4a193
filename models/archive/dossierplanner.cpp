#include "archive/dossiermergedata.h"

#include "db/changelog.h"
#include "db/database.h"
#include "db/recordlabels.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

#include <algorithm>

namespace DossierMerge {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("DossierMerge", text); }

class Planner
{
public:
    Planner(const Database &db, PlanData &d, Plan &p) : m_db(db), m_d(d), m_p(p) {}

    // The values of the bundle's row with every reference to another record translated to
    // this database's id: a record new here gets -(its bundle id), which no stored id
    // equals. `withSelf`: references to the same table too. Empty with m_problem set when
    // a reference leads to nothing the bundle holds.
    QVariantList translate(const QString &table, const QVariantList &row, bool withSelf)
    {
        const Table &t = m_d.tables[table];
        QVariantList out = row;
        QList<DossierSchema::ForeignKey> keys = m_d.schema.keys(table);
        if (withSelf)
            keys += m_d.schema.selfKeys(table);
        for (const DossierSchema::ForeignKey &key : std::as_const(keys)) {
            const int c = t.column(key.column);
            if (c < 0 || row.at(c).isNull() || key.target != QLatin1String("id"))
                continue;
            const qint64 id = row.at(c).toLongLong();
            const auto &found = m_d.found[key.table];
            if (found.contains(id))
                out[c] = found.value(id);
            else if (m_present[key.table].contains(id))
                out[c] = -id;
            else {
                m_problem = QCoreApplication::translate("DossierMerge", "The bundle is refused: a record of %1 refers to a record of %2 (#%3) that it does not hold.")
                                .arg(RecordLabels::table(table), RecordLabels::table(key.table))
                                .arg(id);
                return {};
            }
        }
        return out;
    }

    QString run()
    {
        const QStringList ordered = m_d.schema.external() + m_d.schema.externalChildren() + m_d.schema.tables();
        for (const QString &table : ordered) {
            const Table &t = m_d.tables[table];
            const int idColumn = t.column(QStringLiteral("id"));
            for (const QVariantList &row : t.rows)
                m_present[table].insert(row.at(idColumn).toLongLong());
        }
        for (const QString &table : m_d.schema.external())
            if (const QString problem = external(table); !problem.isEmpty())
                return problem;
        for (const QString &table : m_d.schema.externalChildren())
            if (const QString problem = externalChild(table); !problem.isEmpty())
                return problem;
        for (const QString &table : m_d.schema.tables())
            if (!isSpecial(table))
                if (const QString problem = dossier(table); !problem.isEmpty())
                    return problem;
        return {};
    }

private:
    // The local rows of the client's dossier in `table`: id -> values.
    QHash<qint64, QVariantList> localRows(const QString &table)
    {
        QHash<qint64, QVariantList> rows;
        if (m_p.localClientId <= 0)
            return rows;
        const QStringList columns = m_d.schema.columns(table);
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT * FROM \"%1\" WHERE id IN (%2)")
                                    .arg(table, m_d.schema.ownedIds(table, m_p.localClientId)));
        while (q.next()) {
            QVariantList values;
            for (int i = 0; i < columns.size(); ++i)
                values << q.value(i);
            rows.insert(q.value(0).toLongLong(), values);
        }
        return rows;
    }

    // The id of a stored row of `table` whose `columns` hold `values` (0 for none).
    qint64 lookUp(const QString &table, const QStringList &columns, const QVariantList &values)
    {
        QStringList tests;
        for (const QString &c : columns)
            tests << QStringLiteral("\"%1\" IS ?").arg(c);
        const QVariant id = m_db.scalar(QStringLiteral("SELECT id FROM \"%1\" WHERE %2 ORDER BY id LIMIT 1")
                                            .arg(table, tests.join(QStringLiteral(" AND "))),
                                        values);
        return id.isValid() ? id.toLongLong() : 0;
    }

    // A record of the bundle found here by a natural key: the stored id, or 0.
    qint64 byNaturalKey(const QString &table, const QVariantList &translated, bool *inUseElsewhere,
                        const QHash<qint64, QVariantList> *dossier)
    {
        const Table &t = m_d.tables[table];
        QStringList selfColumns;
        for (const DossierSchema::ForeignKey &k : m_d.schema.selfKeys(table))
            selfColumns << k.column;
        for (const QStringList &key : m_d.schema.uniqueKeys(table)) {
            QVariantList values;
            bool usable = true;
            for (const QString &c : key) {
                const int i = t.column(c);
                usable = usable && i >= 0 && !selfColumns.contains(c) && !translated.at(i).isNull()
                         && !(translated.at(i).typeId() == QMetaType::LongLong && translated.at(i).toLongLong() < 0
                              && std::any_of(m_d.schema.keys(table).begin(), m_d.schema.keys(table).end(),
                                             [&c](const DossierSchema::ForeignKey &fk) { return fk.column == c; }));
                if (usable)
                    values << translated.at(i);
            }
            if (!usable)
                continue;
            if (const qint64 id = lookUp(table, key, values)) {
                if (dossier && table != QLatin1String("clients") && !dossier->contains(id)) {
                    *inUseElsewhere = true;
                    m_clash = key;
                    m_clashId = id;
                    return 0;
                }
                return id;
            }
        }
        return 0;
    }

    QString external(const QString &table)
    {
        const Table &t = m_d.tables[table];
        QStringList columns = t.columns;
        columns.removeOne(QStringLiteral("id"));
        for (const QVariantList &row : t.rows) {
            const QVariantList translated = translate(table, row, true);
            if (translated.isEmpty())
                return m_problem;
            const qint64 bundleId = row.at(t.column(QStringLiteral("id"))).toLongLong();
            bool elsewhere = false;
            qint64 id = byNaturalKey(table, translated, &elsewhere, nullptr);
            if (!id && m_d.schema.uniqueKeys(table).isEmpty()) {
                QVariantList values;
                for (const QString &c : std::as_const(columns))
                    values << translated.at(t.column(c));
                id = lookUp(table, columns, values);
            }
            if (id) {
                m_d.found[table].insert(bundleId, id);
                continue;
            }
            Record r;
            r.kind = Record::Added;
            r.table = table;
            r.bundleId = bundleId;
            r.external = true;
            r.name = RecordLabels::recordName(table, bundleId, imageOf(t.columns, row));
            m_p.records << r;
        }
        return {};
    }

    // The parts of an external record go with it when it is new here; a record this
    // database has keeps its own (the office's auditor register is not changed by a
    // dossier).
    QString externalChild(const QString &table)
    {
        const Table &t = m_d.tables[table];
        const DossierSchema::ForeignKey parent = m_d.schema.parentKey(table);
        const int parentColumn = t.column(parent.column);
        const int idColumn = t.column(QStringLiteral("id"));
        for (const QVariantList &row : t.rows) {
            if (m_d.found[parent.table].contains(row.at(parentColumn).toLongLong()))
                continue;
            if (translate(table, row, true).isEmpty())
                return m_problem;
            Record r;
            r.kind = Record::Added;
            r.table = table;
            r.bundleId = row.at(idColumn).toLongLong();
            r.external = true;
            r.name = RecordLabels::recordName(table, r.bundleId, imageOf(t.columns, row));
            m_p.records << r;
        }
        return {};
    }

    QString dossier(const QString &table)
    {
        const Table &t = m_d.tables[table];
        if (table == QLatin1String("clients") && t.rows.size() != 1)
            return QCoreApplication::translate("DossierMerge", "The bundle is refused: a client's dossier holds exactly one client, this one holds %1.").arg(t.rows.size());
        const int idColumn = t.column(QStringLiteral("id"));
        QHash<qint64, QVariantList> here = localRows(table);
        QSet<qint64> matchedHere;
        QList<std::pair<qint64, qint64>> matched;   // bundle id, local id
        // First pass: which record is which.
        for (const QVariantList &row : t.rows) {
            const qint64 bundleId = row.at(idColumn).toLongLong();
            const QVariantList translated = translate(table, row, false);
            if (translated.isEmpty())
                return m_problem;
            QList<qint64> candidates;
            if (!m_d.ourId.isEmpty() && m_d.peer == m_d.ourId)
                candidates << bundleId;
            for (const auto &[peer, id] : m_d.bundleLinks.value(recordKey(table, bundleId)))
                candidates << (peer == m_d.ourId ? id : m_d.links.value(linkKey(peer, table, id)));
            candidates << m_d.links.value(linkKey(m_d.peer, table, bundleId));
            qint64 localId = 0;
            for (const qint64 c : std::as_const(candidates)) {
                if (c <= 0 || matchedHere.contains(c))
                    continue;
                const bool stored = table == QLatin1String("clients")
                                        ? m_db.scalar(QStringLiteral("SELECT 1 FROM clients WHERE id = ?"), {c}).isValid()
                                        : here.contains(c);
                if (stored) {
                    localId = c;
                    break;
                }
            }
            if (!localId) {
                bool elsewhere = false;
                localId = byNaturalKey(table, translated, &elsewhere, &here);
                if (elsewhere)
                    return QCoreApplication::translate("DossierMerge",
                                                       "The dossier cannot be imported: its %1 has the same %2 as %3 here, "
                                                       "which belongs to another client. Change one of them first.")
                        .arg(RecordLabels::recordName(table, bundleId, imageOf(t.columns, row)),
                             fieldNames(table, m_clash),
                             RecordLabels::recordName(table, m_clashId, ChangeLog::snapshot(m_db, table, m_clashId)));
                if (matchedHere.contains(localId))
                    localId = 0;
            }
            if (!localId && table != QLatin1String("clients") && m_d.schema.uniqueKeys(table).isEmpty())
                localId = equalRow(table, translated, here, matchedHere);
            if (table == QLatin1String("clients") && localId) {
                m_p.localClientId = localId;
                here = localRows(table);
            }
            if (localId) {
                m_d.found[table].insert(bundleId, localId);
                matchedHere.insert(localId);
                matched.append({bundleId, localId});
            } else {
                Record r;
                r.kind = Record::Added;
                r.table = table;
                r.bundleId = bundleId;
                r.name = RecordLabels::recordName(table, bundleId, imageOf(t.columns, row));
                m_p.records << r;
            }
        }
        // Second pass: what differs, the references within the table translated too.
        QHash<qint64, int> rowOf;
        for (int i = 0; i < t.rows.size(); ++i)
            rowOf.insert(t.rows.at(i).at(idColumn).toLongLong(), i);
        for (const auto &[bundleId, localId] : std::as_const(matched)) {
            const QVariantList &row = t.rows.at(rowOf.value(bundleId));
            const QVariantList translated = translate(table, row, true);
            if (translated.isEmpty())
                return m_problem;
            const QVariantList stored = here.value(localId);
            Record r;
            r.kind = Record::Differs;
            r.table = table;
            r.bundleId = bundleId;
            r.localId = localId;
            for (int i = 0; i < t.columns.size(); ++i) {
                if (i == idColumn || sameValue(stored.value(i), translated.at(i)))
                    continue;
                r.differences << Difference{t.columns.at(i), RecordLabels::field(table, t.columns.at(i)), stored.value(i),
                                            translated.at(i)};
            }
            if (r.differences.isEmpty()) {
                ++m_p.same;
                continue;
            }
            r.name = RecordLabels::recordName(table, localId, imageOf(t.columns, stored));
            const QList<ChangeEntry> history = ChangeLog::history(m_db, table, localId);
            if (!history.isEmpty())
                r.hereChanged = changeText(history.last().loggedAt, history.last().user);
            r.bundleChanged = m_bundleChanges.value(recordKey(table, bundleId));
            m_p.records << r;
        }
        m_p.localOnly += int(here.size() - matchedHere.size());
        return {};
    }

    // A record with no natural key (a site of an application, a finding …) is the same record
    // as one of this dossier not matched yet whose values are all equal, its references
    // translated (the lowest such id); 0 for none.
    qint64 equalRow(const QString &table, const QVariantList &translated, const QHash<qint64, QVariantList> &here,
                    const QSet<qint64> &matchedHere) const
    {
        const Table &t = m_d.tables[table];
        QSet<int> skipped{t.column(QStringLiteral("id"))};
        for (const DossierSchema::ForeignKey &k : m_d.schema.selfKeys(table))
            skipped.insert(t.column(k.column));
        qint64 best = 0;
        for (auto it = here.constBegin(); it != here.constEnd(); ++it) {
            if (matchedHere.contains(it.key()) || (best && it.key() > best))
                continue;
            bool equal = true;
            for (int i = 0; i < t.columns.size() && equal; ++i)
                equal = skipped.contains(i) || sameValue(it.value().value(i), translated.at(i));
            if (equal)
                best = it.key();
        }
        return best;
    }

    QString fieldNames(const QString &table, const QStringList &columns) const
    {
        QStringList names;
        for (const QString &c : columns)
            names << RecordLabels::field(table, c);
        return names.join(QStringLiteral(", "));
    }

public:
    QHash<QString, QString> m_bundleChanges;   // recordKey -> last change in the bundle's log

private:
    const Database &m_db;
    PlanData &m_d;
    Plan &m_p;
    QHash<QString, QSet<qint64>> m_present;
    QString m_problem;
    QStringList m_clash;
    qint64 m_clashId = 0;
};

} // namespace

int Plan::added() const
{
    return int(std::count_if(records.begin(), records.end(), [](const Record &r) { return r.kind == Record::Added; }));
}

int Plan::differing() const { return int(records.size()) - added(); }

Plan plan(const Database &db, const QString &bundlePath)
{
    Plan p;
    ArchiveImport::Manifest manifest;
    if (const QString problem = ArchiveImport::verify(bundlePath, &manifest); !problem.isEmpty()) {
        p.error = problem;
        return p;
    }
    if (manifest.scope != QLatin1String("client")) {
        p.error = tr("This bundle holds a whole database, not one client's dossier: restore it into a new database "
                     "(csisms --db NEW.sqlite import FILE.zip) instead.");
        return p;
    }
    if (manifest.databaseId.isEmpty()) {
        p.error = tr("The bundle is refused: its manifest does not say which database it comes from.");
        return p;
    }
    auto d = std::make_shared<PlanData>();
    try {
        const ReadSnapshot snapshot(db);
        d->schema = DossierSchema::of(db);
        d->ourId = ChangeLog::databaseId(db);
        d->peer = manifest.databaseId;
        d->head = ChangeLog::headHash(db);
        d->bundleHash = manifest.hash;
        d->peerHead = manifest.headHash;
        if (const QString problem = readTables(bundlePath, manifest, &d->tables); !problem.isEmpty()) {
            p.error = problem;
            return p;
        }
        for (auto it = d->tables.constBegin(); it != d->tables.constEnd(); ++it)
            if (it.key() != QLatin1String("change_log")
                && (!d->schema.isDossier(it.key()) && !d->schema.isExternal(it.key()) && !d->schema.isExternalChild(it.key())
                    || d->schema.columns(it.key()) != it->columns)) {
                p.error = tr("The bundle is refused: “data/%1.json” does not hold the table %1 as this schema has it.")
                              .arg(it.key());
                return p;
            }
        p.clientName = manifest.clientName;
        // The bundle's log and the other logs it carries, each entry against its hash.
        QList<Entry> entries;
        if (const QString problem = readEntries(d->tables.value(QStringLiteral("change_log")), d->peer, true, &entries);
            !problem.isEmpty()) {
            p.error = problem;
            return p;
        }
        if (d->tables.contains(kPeerLog))
            if (const QString problem = readEntries(d->tables.value(kPeerLog), QString(), false, &entries); !problem.isEmpty()) {
                p.error = problem;
                return p;
            }
        QSet<QString> seen;
        for (const Entry &e : std::as_const(entries)) {
            if (seen.contains(e.hash))
                continue;
            seen.insert(e.hash);
            if (db.scalar(QStringLiteral("SELECT 1 FROM change_log WHERE hash = ?"), {e.hash}).isValid()
                || db.scalar(QStringLiteral("SELECT 1 FROM peer_log_entries WHERE hash = ?"), {e.hash}).isValid())
                continue;
            d->peerEntries << e;
        }
        p.peerEntries = int(d->peerEntries.size());
        // Links: this database's, and the bundle's.
        QSqlQuery links = db.exec(QStringLiteral("SELECT peer_database, table_name, peer_id, local_id FROM record_links"));
        while (links.next())
            d->links.insert(linkKey(links.value(0).toString(), links.value(1).toString(), links.value(2).toLongLong()),
                            links.value(3).toLongLong());
        const Table bundleLinks = d->tables.value(kLinks);
        const int lt = bundleLinks.column(QStringLiteral("table_name")), ll = bundleLinks.column(QStringLiteral("local_id")),
                  lp = bundleLinks.column(QStringLiteral("peer_database")), li = bundleLinks.column(QStringLiteral("peer_id"));
        for (const QVariantList &row : bundleLinks.rows)
            d->bundleLinks[recordKey(row.at(lt).toString(), row.at(ll).toLongLong())].append(
                {row.at(lp).toString(), row.at(li).toLongLong()});
        Planner planner(db, *d, p);
        const Table log = d->tables.value(QStringLiteral("change_log"));
        for (const QVariantList &row : log.rows)
            planner.m_bundleChanges.insert(
                recordKey(row.at(log.column(QStringLiteral("table_name"))).toString(),
                          row.at(log.column(QStringLiteral("row_id"))).toLongLong()),
                changeText(row.at(log.column(QStringLiteral("logged_at"))).toString(),
                           row.at(log.column(QStringLiteral("user_name"))).toString()));
        if (const QString problem = planner.run(); !problem.isEmpty()) {
            p = Plan{};
            p.error = problem;
            return p;
        }
    } catch (const SqlError &e) {
        p = Plan{};
        p.error = tr("The database could not be read: %1").arg(e.message());
        return p;
    }
    p.data = d;
    return p;
}

} // namespace DossierMerge
