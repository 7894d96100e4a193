#include "dossiermerge.h"

#include "archive/archiveimport.h"
#include "archive/dossierschema.h"
#include "archive/sha256.h"
#include "archive/zipreader.h"
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

// Tables a merge treats by themselves rather than as records of the dossier.
const QString kLinks = QStringLiteral("record_links");
const QString kMerges = QStringLiteral("dossier_merges");
const QString kPeerLog = QStringLiteral("peer_log_entries");

bool isSpecial(const QString &table) { return table == kLinks || table == kMerges || table == kPeerLog; }

struct Table
{
    QStringList columns;
    QList<QVariantList> rows;
    int column(const QString &name) const { return int(columns.indexOf(name)); }
};

// A change-log entry of either side's log, as the bundle holds it.
struct Entry
{
    QString peerDatabase;
    qint64 entryId = 0;
    QVariantList values;   // logged_at … origin, as in peer_log_entries
    QString hash;
};

const QStringList kEntryColumns{QStringLiteral("logged_at"),  QStringLiteral("user_name"), QStringLiteral("table_name"),
                                QStringLiteral("row_id"),     QStringLiteral("client_id"), QStringLiteral("action"),
                                QStringLiteral("before_json"), QStringLiteral("after_json"), QStringLiteral("prev_hash"),
                                QStringLiteral("hash"),       QStringLiteral("origin")};

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    const auto isInteger = [](const QVariant &v) {
        return v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::ULongLong;
    };
    const auto isNumber = [&](const QVariant &v) { return isInteger(v) || v.typeId() == QMetaType::Double; };
    if (isInteger(a) && isInteger(b))
        return a.toLongLong() == b.toLongLong();
    if (isNumber(a) && isNumber(b))
        return a.toDouble() == b.toDouble();
    if (a.typeId() == QMetaType::QByteArray || b.typeId() == QMetaType::QByteArray)
        return a.toByteArray() == b.toByteArray();
    if (isNumber(a) != isNumber(b))
        return false;
    return a.toString() == b.toString();
}

QJsonObject imageOf(const QStringList &columns, const QVariantList &values)
{
    QJsonObject o;
    for (qsizetype i = 0; i < columns.size(); ++i)
        if (values.at(i).typeId() != QMetaType::QByteArray)
            o.insert(columns.at(i), QJsonValue::fromVariant(values.at(i)));
    return o;
}

QString changeText(const QString &loggedAt, const QString &user)
{
    const QDateTime at = QDateTime::fromString(loggedAt, Qt::ISODateWithMs);
    return QStringLiteral("%1 %2").arg(at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : loggedAt,
                                       user);
}

} // namespace

// What plan() found, for apply().
struct PlanData
{
    DossierSchema schema;
    QString ourId;
    QString peer;
    QString head;              // this database's head when planned
    QString bundleHash;
    QString peerHead;
    QHash<QString, Table> tables;
    // bundle id -> local id of every record found here, per table
    QHash<QString, QHash<qint64, qint64>> found;
    // links this database has: (peer database, table, peer id) -> local id
    QHash<QString, qint64> links;
    // the other identities the bundle's links give its records: (table, bundle id) -> (peer, id)
    QHash<QString, QList<std::pair<QString, qint64>>> bundleLinks;
    QList<Entry> peerEntries;  // new here, in the bundle's order
};

namespace {

QString linkKey(const QString &peer, const QString &table, qint64 id)
{
    return peer + u'\n' + table + u'\n' + QString::number(id);
}
QString recordKey(const QString &table, qint64 id) { return table + u'\n' + QString::number(id); }

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

// Reads every data/*.json of the bundle (a dossier is small), each checked again against
// the manifest's hash.
QString readTables(const QString &path, const ArchiveImport::Manifest &manifest, QHash<QString, Table> *tables)
{
    ZipReader zip(path);
    QString problem;
    const bool read = zip.forEach([&](const ZipReader::Entry &entry, const ZipReader::ReadPiece &piece) {
        if (!entry.path.startsWith(QLatin1String("data/")) || !entry.path.endsWith(QLatin1String(".json")))
            return true;
        QByteArray bytes;
        for (QByteArray data = piece(); !data.isEmpty(); data = piece())
            bytes += data;
        if (Sha256::hex(bytes) != manifest.files.value(entry.path).second) {
            problem = tr("The bundle changed while it was being read (“%1”); nothing was written.").arg(entry.path);
            return false;
        }
        QJsonParseError parseError;
        const QJsonObject o = QJsonDocument::fromJson(bytes, &parseError).object();
        const QString name = entry.path.mid(5).chopped(5);
        if (parseError.error != QJsonParseError::NoError || o.value(QLatin1String("table")).toString() != name) {
            problem = tr("The bundle is refused: “%1” is not a table of records.").arg(entry.path);
            return false;
        }
        Table t;
        for (const QJsonValue &c : o.value(QLatin1String("columns")).toArray())
            t.columns << c.toString();
        for (const QJsonValue &r : o.value(QLatin1String("rows")).toArray()) {
            const QJsonArray cells = r.toArray();
            if (cells.size() != t.columns.size()) {
                problem = tr("The bundle is refused: a row of %1 does not have %2 values.").arg(name).arg(t.columns.size());
                return false;
            }
            QVariantList values;
            for (const QJsonValue &cell : cells) {
                bool ok = false;
                values << ArchiveImport::valueOf(cell, &ok);
                if (!ok) {
                    problem = tr("The bundle is refused: a row of %1 holds a value this format does not have.").arg(name);
                    return false;
                }
            }
            t.rows << values;
        }
        tables->insert(name, t);
        return true;
    });
    if (!read)
        return problem.isEmpty() ? zip.errorString() : problem;
    return {};
}

// The entries of a log table (change_log or peer_log_entries) of the bundle, each checked
// against its own hash.
QString readEntries(const Table &t, const QString &peer, bool own, QList<Entry> *out)
{
    QList<int> at;
    for (const QString &c : kEntryColumns)
        at << t.column(c);
    const int idColumn = t.column(own ? QStringLiteral("id") : QStringLiteral("entry_id"));
    const int peerColumn = t.column(QStringLiteral("peer_database"));
    if (at.contains(-1) || idColumn < 0 || (!own && peerColumn < 0))
        return tr("The bundle is refused: its change log does not have the columns of this schema.");
    for (const QVariantList &row : t.rows) {
        Entry e;
        e.peerDatabase = own ? peer : row.at(peerColumn).toString();
        e.entryId = row.at(idColumn).toLongLong();
        for (const int i : std::as_const(at))
            e.values << row.at(i);
        e.hash = row.at(at.at(9)).toString();
        const QString expected = ChangeLog::computeHash(row.at(at.at(8)).toString(), row.at(at.at(0)).toString(),
                                                        row.at(at.at(1)).toString(), row.at(at.at(2)).toString(),
                                                        row.at(at.at(3)).toLongLong(), row.at(at.at(4)).toLongLong(),
                                                        row.at(at.at(5)).toString(), row.at(at.at(6)).toString(),
                                                        row.at(at.at(7)).toString(), row.at(at.at(10)).toString());
        if (expected != e.hash)
            return tr("The bundle is refused: entry %1 of its change log does not match its hash: the log was changed.")
                .arg(e.entryId);
        *out << e;
    }
    return {};
}

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
        const auto values = [&](const QString &table, qint64 bundleId, QStringList *columns) {
            const Table &t = d.tables[table];
            const int idColumn = t.column(QStringLiteral("id"));
            const auto row = std::find_if(t.rows.begin(), t.rows.end(),
                                          [&](const QVariantList &r) { return r.at(idColumn).toLongLong() == bundleId; });
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
