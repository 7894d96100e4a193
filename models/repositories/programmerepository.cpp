#include "programmerepository.h"

#include "db/database.h"
#include "domain/eligibility.h"
#include "repositories/auditorrepository.h"
#include "repositories/parameterrepository.h"
#include "repositories/rowwriter.h"
#include "repositories/sqlvalues.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace {

const QString kProgrammes = QStringLiteral("programmes");
const QString kAudits = QStringLiteral("audits");
const QString kTeam = QStringLiteral("audit_team");
const QString kFindings = QStringLiteral("audit_findings");
const QString kShifts = QStringLiteral("audit_shifts");
const QString kServices = QStringLiteral("audit_services");
const QString kSites = QStringLiteral("audit_sites");
const QStringList kColumns = ProgrammeFields::programme().keys();
const QStringList kAuditColumns = ProgrammeFields::audit().keys();

using namespace SqlValues;
using Kind = ProgrammeAudit::Kind;

QVariantList programmeValues(const Programme &p)
{
    return {p.clientId, p.contractId, ProgrammeRules::cycleKey(p.cycle), date(p.plannedDecision), date(p.actualDecision),
            date(p.expiry), longText(p.notes)};
}

QVariantList auditValues(const ProgrammeAudit &a)
{
    return {ProgrammeRules::kindKey(a.kind), date(a.plannedStart), date(a.plannedEnd), date(a.actualStart), date(a.actualEnd),
            a.days ? QVariant(*a.days) : QVariant(QMetaType(QMetaType::Double)), ProgrammeRules::methodKey(a.method),
            ProgrammeRules::statusKey(a.status), flag(a.allControls), text(a.allControls ? QString() : a.controls.join(u' ')),
            longText(a.notes)};
}

QVariantList findingValues(const AuditFinding &f)
{
    return {FindingRules::gradeKey(f.grade), text(f.requirement), longText(f.statement), longText(f.evidence), date(f.raisedOn),
            date(f.dueOn), longText(f.correction), longText(f.correctiveAction), FindingRules::verdictKey(f.verdict),
            date(f.verifiedOn), f.verifiedBy > 0 ? QVariant(f.verifiedBy) : QVariant(QMetaType(QMetaType::LongLong))};
}

// A finding from the columns of FindingFields::finding() after its id, at `first`.
AuditFinding findingFrom(const QSqlQuery &q, int first)
{
    AuditFinding f;
    int i = first;
    f.id = q.value(i++).toLongLong();
    f.grade = FindingRules::gradeFromKey(q.value(i++).toString()).value_or(AuditFinding::Grade::Minor);
    f.requirement = q.value(i++).toString();
    f.statement = q.value(i++).toString();
    f.evidence = q.value(i++).toString();
    f.raisedOn = toDate(q.value(i++));
    f.dueOn = toDate(q.value(i++));
    f.correction = q.value(i++).toString();
    f.correctiveAction = q.value(i++).toString();
    f.verdict = FindingRules::verdictFromKey(q.value(i++).toString()).value_or(AuditFinding::Verdict::Open);
    f.verifiedOn = toDate(q.value(i++));
    f.verifiedBy = q.value(i++).toLongLong();
    return f;
}

// The client's named things by id and by name.
struct Names
{
    QHash<qint64, QString> shifts, sites, services;
    QHash<QString, qint64> shiftIds, siteIds, serviceIds;
};

const QString kSelect = QStringLiteral(
    "SELECT p.id, p.client_id, p.contract_id, p.cycle, p.planned_decision_on, p.decided_on, p.expires_on, p.notes, "
    "c.name_zh, k.signed_on, k.stage1_days, k.stage2_days, k.surveillance_days, k.recertification_days, k.application_id "
    "FROM programmes p JOIN clients c ON c.id = p.client_id JOIN contracts k ON k.id = p.contract_id");

std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

Programme programmeFrom(const QSqlQuery &q)
{
    Programme p;
    p.id = q.value(0).toLongLong();
    p.clientId = q.value(1).toLongLong();
    p.contractId = q.value(2).toLongLong();
    p.cycle = ProgrammeRules::cycleFromKey(q.value(3).toString()).value_or(Programme::Cycle::Initial);
    p.plannedDecision = toDate(q.value(4));
    p.actualDecision = toDate(q.value(5));
    p.expiry = toDate(q.value(6));
    p.notes = q.value(7).toString();
    p.clientName = q.value(8).toString();
    p.contractSignedOn = toDate(q.value(9));
    p.reviewDays = {optionalDouble(q.value(10)), optionalDouble(q.value(11)), optionalDouble(q.value(12)),
                    optionalDouble(q.value(13))};
    return p;
}

const QString kAuditSelect = QStringLiteral("SELECT id, programme_id, ") + kAuditColumns.join(QStringLiteral(", "))
                             + QStringLiteral(" FROM audits");

ProgrammeAudit auditFrom(const QSqlQuery &q, QHash<QString, QStringList> &controlLists)
{
    ProgrammeAudit a;
    int i = 0;
    a.id = q.value(i++).toLongLong();
    ++i;   // programme_id
    a.kind = ProgrammeRules::kindFromKey(q.value(i++).toString()).value_or(Kind::Special);
    a.plannedStart = toDate(q.value(i++));
    a.plannedEnd = toDate(q.value(i++));
    a.actualStart = toDate(q.value(i++));
    a.actualEnd = toDate(q.value(i++));
    a.days = optionalDouble(q.value(i++));
    a.method = ProgrammeRules::methodFromKey(q.value(i++).toString()).value_or(ProgrammeAudit::Method::OnSite);
    a.status = ProgrammeRules::statusFromKey(q.value(i++).toString()).value_or(ProgrammeAudit::Status::Planned);
    a.allControls = q.value(i++).toInt() != 0;
    const QString controls = q.value(i++).toString();
    auto known = controlLists.constFind(controls);
    if (known == controlLists.constEnd())
        known = controlLists.insert(controls, controls.split(u' ', Qt::SkipEmptyParts));
    a.controls = *known;
    a.notes = q.value(i++).toString();
    return a;
}

bool byStart(const ProgrammeAudit &a, const ProgrammeAudit &b)
{
    if (a.plannedStart != b.plannedStart)
        return a.plannedStart < b.plannedStart;
    return a.id < b.id;
}

// Fills the loaded programmes (by id) with their client's names, scope classes, audits and
// the audits' sub-records: a fixed number of queries, `where` narrowing each to the
// programmes wanted ("" for all).
void fill(const Database &db, QHash<qint64, Programme *> &byId, const QString &programmeWhere, const QVariantList &values)
{
    QHash<qint64, QList<Programme *>> byClient;
    for (Programme *p : std::as_const(byId))
        byClient[p->clientId] << p;
    // The client's shifts, sites and services by id: the audits name them by id, and every
    // audit then shares the client's strings.
    QHash<qint64, QString> shiftNames, siteNames, serviceNames, auditorNames;
    const QString clients = QStringLiteral(" WHERE client_id IN (SELECT client_id FROM programmes p") + programmeWhere
                            + QStringLiteral(") ORDER BY id");
    QSqlQuery s = db.exec(QStringLiteral("SELECT client_id, name, id FROM client_shifts") + clients, values);
    while (s.next()) {
        const QString name = s.value(1).toString();
        shiftNames.insert(s.value(2).toLongLong(), name);
        for (Programme *p : byClient.value(s.value(0).toLongLong()))
            p->clientShifts << name;
    }
    s = db.exec(QStringLiteral("SELECT client_id, name, id FROM client_sites") + clients, values);
    while (s.next()) {
        const QString name = s.value(1).toString();
        siteNames.insert(s.value(2).toLongLong(), name);
        for (Programme *p : byClient.value(s.value(0).toLongLong()))
            p->clientSites << name;
    }
    s = db.exec(QStringLiteral("SELECT client_id, name, typical, id FROM client_services") + clients, values);
    while (s.next()) {
        const QString name = s.value(1).toString();
        serviceNames.insert(s.value(3).toLongLong(), name);
        for (Programme *p : byClient.value(s.value(0).toLongLong()))
            p->services << CloudService{name, s.value(2).toInt() != 0};
    }
    s = programmeWhere.isEmpty()
            ? db.exec(QStringLiteral("SELECT id, coalesce(nullif(name_zh, ''), name_en) FROM auditors"))
            : db.exec(QStringLiteral("SELECT u.id, coalesce(nullif(u.name_zh, ''), u.name_en) FROM auditors u WHERE u.id IN "
                                     "(SELECT x.auditor_id FROM audit_team x JOIN audits a ON a.id = x.audit_id "
                                     "JOIN programmes p ON p.id = a.programme_id")
                          + programmeWhere + QStringLiteral(")"),
                      values);
    while (s.next())
        auditorNames.insert(s.value(0).toLongLong(), s.value(1).toString());
    s = db.exec(QStringLiteral("SELECT p.id, sc.scope_class_code FROM programmes p JOIN contracts k ON k.id = p.contract_id "
                               "JOIN application_scope_classes sc ON sc.application_id = k.application_id")
                    + programmeWhere + QStringLiteral(" ORDER BY sc.id"), values);
    while (s.next())
        if (Programme *p = byId.value(s.value(0).toLongLong()))
            p->scopeClasses << s.value(1).toString();

    QHash<qint64, QPair<Programme *, int>> audits;   // audit id -> programme, index
    // Audits of one cycle often cover the same controls: one list for each distinct text.
    QHash<QString, QStringList> controlLists;
    const QString narrowed = programmeWhere.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" JOIN programmes p ON p.id = a.programme_id") + programmeWhere;
    s = db.exec(QStringLiteral("SELECT a.id, a.programme_id, ") + [] {
                    QStringList c;
                    for (const QString &k : kAuditColumns)
                        c << QStringLiteral("a.") + k;
                    return c.join(QStringLiteral(", "));
                }() + QStringLiteral(" FROM audits a") + narrowed + QStringLiteral(" ORDER BY a.id"), values);
    Programme *last = nullptr;
    qint64 lastId = 0;
    while (s.next()) {
        const qint64 programmeId = s.value(1).toLongLong();
        if (programmeId != lastId) {
            last = byId.value(programmeId);
            lastId = programmeId;
        }
        if (last)
            last->audits << auditFrom(s, controlLists);
    }
    for (Programme *p : std::as_const(byId)) {
        std::stable_sort(p->audits.begin(), p->audits.end(), byStart);
        for (int i = 0; i < p->audits.size(); ++i)
            audits.insert(p->audits.at(i).id, {p, i});
    }
    // The audits' sub-records, each row finding its audit (rows of one audit come together).
    const QString join = programmeWhere.isEmpty()
                             ? QStringLiteral(" ORDER BY x.id")
                             : QStringLiteral(" JOIN audits a ON a.id = x.audit_id JOIN programmes p ON p.id = a.programme_id")
                                   + programmeWhere + QStringLiteral(" ORDER BY x.id");
    qint64 cachedId = 0;
    ProgrammeAudit *cached = nullptr;
    auto auditOf = [&](qint64 id) -> ProgrammeAudit * {
        if (id != cachedId) {
            cachedId = id;
            const auto it = audits.constFind(id);
            cached = it == audits.constEnd() ? nullptr : &it->first->audits[it->second];
        }
        return cached;
    };
    s = db.exec(QStringLiteral("SELECT x.audit_id, x.auditor_id, x.role FROM audit_team x") + join, values);
    while (s.next())
        if (ProgrammeAudit *a = auditOf(s.value(0).toLongLong())) {
            const qint64 auditor = s.value(1).toLongLong();
            a->team << TeamMember{auditor, auditorNames.value(auditor),
                                  ProgrammeRules::roleFromKey(s.value(2).toString()).value_or(TeamMember::Role::Member)};
        }
    cachedId = 0;
    s = db.exec(QStringLiteral("SELECT x.audit_id, x.shift_id, x.covered, x.reason FROM audit_shifts x") + join, values);
    while (s.next())
        if (ProgrammeAudit *a = auditOf(s.value(0).toLongLong())) {
            const QString name = shiftNames.value(s.value(1).toLongLong());
            if (s.value(2).toInt() != 0)
                a->shifts << name;
            else
                a->shiftReasons.insert(name, s.value(3).toString());
        }
    cachedId = 0;
    s = db.exec(QStringLiteral("SELECT x.audit_id, x.service_id FROM audit_services x") + join, values);
    while (s.next())
        if (ProgrammeAudit *a = auditOf(s.value(0).toLongLong()))
            a->services << serviceNames.value(s.value(1).toLongLong());
    cachedId = 0;
    s = db.exec(QStringLiteral("SELECT x.audit_id, x.site_id FROM audit_sites x") + join, values);
    while (s.next())
        if (ProgrammeAudit *a = auditOf(s.value(0).toLongLong()))
            a->sites << siteNames.value(s.value(1).toLongLong());
    cachedId = 0;
    s = db.exec(QStringLiteral("SELECT x.audit_id, x.id, x.") + FindingFields::finding().keys().join(QStringLiteral(", x."))
                    + QStringLiteral(" FROM audit_findings x") + join, values);
    while (s.next())
        if (ProgrammeAudit *a = auditOf(s.value(0).toLongLong())) {
            AuditFinding f = findingFrom(s, 1);
            f.verifierName = auditorNames.value(f.verifiedBy);
            a->findings << f;
        }
}

Names namesOf(const Database &db, qint64 clientId)
{
    Names n;
    QSqlQuery q = db.exec(QStringLiteral("SELECT 'shift', id, name FROM client_shifts WHERE client_id = ? UNION ALL "
                                         "SELECT 'site', id, name FROM client_sites WHERE client_id = ? UNION ALL "
                                         "SELECT 'service', id, name FROM client_services WHERE client_id = ? ORDER BY 2"),
                          {clientId, clientId, clientId});
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const qint64 id = q.value(1).toLongLong();
        const QString name = q.value(2).toString();
        if (kind == QLatin1String("shift")) {
            n.shifts.insert(id, name);
            if (!n.shiftIds.contains(name))
                n.shiftIds.insert(name, id);
        } else if (kind == QLatin1String("site")) {
            n.sites.insert(id, name);
            if (!n.siteIds.contains(name))
                n.siteIds.insert(name, id);
        } else {
            n.services.insert(id, name);
            if (!n.serviceIds.contains(name))
                n.serviceIds.insert(name, id);
        }
    }
    return n;
}

// The rows a table holds for an audit, with their ids.
QList<RowWriter::Row> existingRows(const Database &db, const QString &table, const QStringList &columns, qint64 auditId)
{
    QList<RowWriter::Row> rows;
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, %1 FROM %2 WHERE audit_id = ? ORDER BY id").arg(columns.join(QStringLiteral(", ")), table),
                          {auditId});
    while (q.next()) {
        RowWriter::Row row{q.value(0).toLongLong(), {}};
        for (int i = 1; i <= columns.size(); ++i)
            row.values << q.value(i);
        rows << row;
    }
    return rows;
}

// Keeps the id of an existing row with the same first value (the same shift, site, service
// or person), so an unchanged row is not logged as removed and added again.
QList<RowWriter::Row> matched(QList<RowWriter::Row> wanted, const QList<RowWriter::Row> &existing)
{
    QSet<qint64> taken;
    for (RowWriter::Row &w : wanted)
        for (const RowWriter::Row &e : existing)
            if (!taken.contains(e.id) && e.values.value(0).toLongLong() == w.values.value(0).toLongLong()) {
                w.id = e.id;
                taken.insert(e.id);
                break;
            }
    return wanted;
}

} // namespace

ProgrammeRepository::ProgrammeRepository(Database &db) : m_db(db) {}

QString ProgrammeRepository::rootTable() { return kProgrammes; }

QStringList ProgrammeRepository::tables() { return {kProgrammes, kAudits, kTeam, kShifts, kServices, kSites, kFindings}; }

QStringList ProgrammeRepository::readTables()
{
    return {QStringLiteral("clients"), QStringLiteral("client_shifts"), QStringLiteral("client_sites"),
            QStringLiteral("client_services"), QStringLiteral("contracts"), QStringLiteral("auditors"),
            QStringLiteral("controls"), QStringLiteral("rule_parameters")};
}

qint64 ProgrammeRepository::clientOf(qint64 programmeId) const
{
    return m_db.scalar(QStringLiteral("SELECT client_id FROM programmes WHERE id = ?"), {programmeId}).toLongLong();
}

QList<ProgrammeListRow> ProgrammeRepository::list(const QString &filter, qint64 clientId) const
{
    QStringList conditions;
    QVariantList values;
    if (clientId != 0) {
        conditions << QStringLiteral("p.client_id = ?");
        values << clientId;
    }
    for (const QString &word : filter.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        conditions << QStringLiteral("(c.name_zh LIKE ? ESCAPE '\\' OR c.name_en LIKE ? ESCAPE '\\' OR k.number LIKE ? ESCAPE '\\')");
        const QString pattern = containsPattern(word);
        values << pattern << pattern << pattern;
    }
    const QString where = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT p.id, p.client_id, c.name_zh, k.number, p.cycle, coalesce(p.decided_on, p.planned_decision_on), "
        "p.decided_on IS NOT NULL, p.expires_on, "
        "(SELECT count(*) FROM audits a WHERE a.programme_id = p.id), "
        "(SELECT count(*) FROM audits a WHERE a.programme_id = p.id AND a.status = 'done'), "
        "(SELECT a.kind || ' ' || a.planned_end FROM audits a WHERE a.programme_id = p.id AND a.status IN ('planned', 'confirmed') "
        " ORDER BY a.planned_end LIMIT 1) "
        "FROM programmes p JOIN clients c ON c.id = p.client_id JOIN contracts k ON k.id = p.contract_id")
        + where + QStringLiteral(" ORDER BY p.id DESC"), values);
    QList<ProgrammeListRow> rows;
    const int cycleYears = ParameterRepository(m_db).load().cycleYears();
    while (q.next()) {
        ProgrammeListRow r;
        r.id = q.value(0).toLongLong();
        r.clientId = q.value(1).toLongLong();
        r.clientName = q.value(2).toString();
        r.contractNumber = q.value(3).toString();
        r.cycle = ProgrammeRules::cycleFromKey(q.value(4).toString()).value_or(Programme::Cycle::Initial);
        r.decision = toDate(q.value(5));
        r.decisionRecorded = q.value(6).toBool();
        r.expiry = toDate(q.value(7));
        if (!r.expiry.isValid() && r.decision.isValid())
            r.expiry = r.decision.addYears(cycleYears).addDays(-1);
        r.audits = q.value(8).toInt();
        r.done = q.value(9).toInt();
        const QString next = q.value(10).toString();
        r.nextKind = next.section(u' ', 0, 0);
        r.nextEnd = toDate(next.section(u' ', 1, 1));
        rows << r;
    }
    return rows;
}

int ProgrammeRepository::count() const { return m_db.scalar(QStringLiteral("SELECT count(*) FROM programmes")).toInt(); }

std::optional<Programme> ProgrammeRepository::load(qint64 id) const
{
    QSqlQuery q = m_db.exec(kSelect + QStringLiteral(" WHERE p.id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    Programme p = programmeFrom(q);
    QHash<qint64, Programme *> byId{{p.id, &p}};
    fill(m_db, byId, QStringLiteral(" WHERE p.id = ?"), {id});
    std::stable_sort(p.audits.begin(), p.audits.end(), byStart);
    return p;
}

QList<Programme> ProgrammeRepository::loadAll() const
{
    QList<Programme> programmes;
    QSqlQuery q = m_db.exec(kSelect + QStringLiteral(" ORDER BY p.id"));
    while (q.next())
        programmes << programmeFrom(q);
    QHash<qint64, Programme *> byId;
    byId.reserve(programmes.size());
    for (Programme &p : programmes)
        byId.insert(p.id, &p);
    fill(m_db, byId, QString(), {});
    return programmes;
}

QList<Programme> ProgrammeRepository::loadSchedules() const
{
    // What a window needs and nothing else: each audit's kind, status and four dates (from
    // the index audits_schedule alone, in programme order) and each programme's dates and
    // client, read row by row past the driver (a QVariant per value costs more than the
    // query here) and merged; only programmes with an audit still to come are built.
    using Status = ProgrammeAudit::Status;
    struct Schedule
    {
        qint64 programme;
        qint64 id;
        Kind kind;
        Status status;
        QDate plannedStart, plannedEnd, actualStart, actualEnd;
    };
    // The keys as bytes, looked up without a QString per value.
    QList<std::pair<QByteArray, Kind>> kinds;
    for (Kind k : {Kind::Stage1, Kind::Stage2, Kind::Surveillance, Kind::Recertification, Kind::Special})
        kinds.append({ProgrammeRules::kindKey(k).toLatin1(), k});
    QList<std::pair<QByteArray, Status>> statuses;
    for (Status st : {Status::Planned, Status::Confirmed, Status::Done, Status::Cancelled})
        statuses.append({ProgrammeRules::statusKey(st).toLatin1(), st});
    const auto kindOf = [&kinds](QByteArrayView key) {
        for (const auto &[text, k] : std::as_const(kinds))
            if (key == text)
                return k;
        return Kind::Special;
    };
    const auto statusOf = [&statuses](QByteArrayView key) {
        for (const auto &[text, st] : std::as_const(statuses))
            if (key == text)
                return st;
        return Status::Planned;
    };

    QList<Schedule> audits;
    audits.reserve(m_db.scalar(QStringLiteral("SELECT count(*) FROM audits")).toLongLong());
    QSet<qint64> open;
    m_db.scan(QStringLiteral("SELECT programme_id, id, kind, status, planned_start, planned_end, actual_start, actual_end "
                             "FROM audits ORDER BY programme_id"),
              {}, [&](const Database::Row &row) {
                  const Status status = statusOf(row.utf8(3));
                  audits.append({row.integer(0), row.integer(1), kindOf(row.utf8(2)), status, row.date(4), row.date(5),
                                 row.date(6), row.date(7)});
                  if (status == Status::Planned || status == Status::Confirmed)
                      open.insert(row.integer(0));
              });

    QList<Programme> programmes;
    programmes.reserve(open.size());
    qsizetype next = 0;   // the first audit not yet given to a programme
    m_db.scan(QStringLiteral("SELECT p.id, p.client_id, p.contract_id, p.cycle, p.planned_decision_on, p.decided_on, "
                             "p.expires_on, k.signed_on, c.name_zh FROM programmes p JOIN clients c ON c.id = p.client_id "
                             "JOIN contracts k ON k.id = p.contract_id ORDER BY p.id"),
              {}, [&](const Database::Row &row) {
                  const qint64 id = row.integer(0);
                  while (next < audits.size() && audits.at(next).programme < id)
                      ++next;
                  if (!open.contains(id))
                      return;
                  Programme p;
                  p.id = id;
                  p.clientId = row.integer(1);
                  p.contractId = row.integer(2);
                  p.cycle = row.utf8(3) == QByteArrayView("recertification") ? Programme::Cycle::Recertification
                                                                              : Programme::Cycle::Initial;
                  p.plannedDecision = row.date(4);
                  p.actualDecision = row.date(5);
                  p.expiry = row.date(6);
                  p.contractSignedOn = row.date(7);
                  p.clientName = row.text(8);
                  qsizetype end = next;
                  while (end < audits.size() && audits.at(end).programme == id)
                      ++end;
                  p.audits.resize(end - next);
                  for (qsizetype i = next; i < end; ++i) {
                      const Schedule &s = audits.at(i);
                      ProgrammeAudit &a = p.audits[i - next];
                      a.id = s.id;
                      a.kind = s.kind;
                      a.status = s.status;
                      a.plannedStart = s.plannedStart;
                      a.plannedEnd = s.plannedEnd;
                      a.actualStart = s.actualStart;
                      a.actualEnd = s.actualEnd;
                  }
                  next = end;
                  std::stable_sort(p.audits.begin(), p.audits.end(), byStart);
                  programmes.append(std::move(p));
              });
    return programmes;
}

QList<qint64> ProgrammeRepository::withAuditsBetween(const QDate &from, const QDate &to) const
{
    QList<qint64> ids;
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT p.id FROM programmes p JOIN clients c ON c.id = p.client_id WHERE EXISTS (SELECT 1 FROM audits a "
        "WHERE a.programme_id = p.id AND a.status <> 'cancelled' "
        "AND coalesce(a.actual_start, a.planned_start) <= ? AND coalesce(a.actual_end, a.planned_end) >= ?) "
        "ORDER BY c.name_zh, p.id"),
        {date(to), date(from)});
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

qint64 ProgrammeRepository::currentOf(qint64 clientId) const
{
    return m_db.scalar(QStringLiteral("SELECT id FROM programmes WHERE client_id = ? "
                                      "ORDER BY coalesce(decided_on, planned_decision_on) DESC, id DESC LIMIT 1"),
                       {clientId}).toLongLong();
}

QList<ProgrammeSource> ProgrammeRepository::sources() const
{
    QList<ProgrammeSource> result;
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT k.id, k.number, a.client_id, c.name_zh, k.signed_on, a.application_type FROM contracts k "
        "JOIN applications a ON a.id = k.application_id JOIN clients c ON c.id = a.client_id "
        "WHERE k.status = 'signed' AND NOT EXISTS (SELECT 1 FROM programmes p WHERE p.contract_id = k.id) "
        "AND NOT EXISTS (SELECT 1 FROM contracts n WHERE n.amends_id = k.id AND n.status = 'signed') ORDER BY k.id DESC"));
    while (q.next())
        result << ProgrammeSource{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                                  toDate(q.value(4)),
                                  q.value(5).toString() == QLatin1String("recertification") ? Programme::Cycle::Recertification
                                                                                            : Programme::Cycle::Initial};
    return result;
}

void ProgrammeRepository::writeAudits(const Programme &p, qint64 id, qint64 clientId)
{
    const Names names = namesOf(m_db, clientId);
    QSet<qint64> kept;
    for (const ProgrammeAudit &a : p.audits)
        if (a.id > 0)
            kept.insert(a.id);
    // Audits taken out: their sub-records first.
    QSqlQuery old = m_db.exec(QStringLiteral("SELECT id FROM audits WHERE programme_id = ? ORDER BY id"), {id});
    QList<qint64> removed;
    while (old.next())
        if (!kept.contains(old.value(0).toLongLong()))
            removed << old.value(0).toLongLong();
    for (qint64 auditId : std::as_const(removed)) {
        for (const QString &table : {kTeam, kShifts, kServices, kSites, kFindings}) {
            const QStringList columns = table == kTeam ? ProgrammeFields::team().keys()
                                        : table == kFindings ? FindingFields::finding().keys()
                                        : table == kShifts ? ProgrammeFields::shift().keys()
                                        : table == kServices ? ProgrammeFields::service().keys() : ProgrammeFields::site().keys();
            RowWriter::sync(m_db, table, QStringLiteral("audit_id"), auditId, columns, {},
                            existingRows(m_db, table, columns, auditId), clientId);
        }
        RowWriter::remove(m_db, kAudits, auditId, clientId);
    }
    for (const ProgrammeAudit &a : p.audits) {
        qint64 auditId = a.id;
        const bool exists = a.id > 0 && m_db.scalar(QStringLiteral("SELECT 1 FROM audits WHERE id = ? AND programme_id = ?"),
                                                    {a.id, id}).isValid();
        if (exists)
            RowWriter::update(m_db, kAudits, a.id, QStringList{QStringLiteral("programme_id")} + kAuditColumns,
                              QVariantList{id} + auditValues(a), clientId);
        else
            auditId = RowWriter::insert(m_db, kAudits, QStringList{QStringLiteral("programme_id")} + kAuditColumns,
                                        QVariantList{id} + auditValues(a), clientId,
                                        a.id > 0 && !m_db.scalar(QStringLiteral("SELECT 1 FROM audits WHERE id = ?"), {a.id}).isValid()
                                            ? a.id : 0);
        QList<RowWriter::Row> team, shifts, services, sites;
        for (const TeamMember &m : a.team)
            team << RowWriter::Row{0, {m.auditorId, ProgrammeRules::roleKey(m.role)}};
        for (const QString &s : p.clientShifts) {
            const qint64 shiftId = names.shiftIds.value(s);
            if (shiftId == 0)
                continue;
            if (a.shifts.contains(s))
                shifts << RowWriter::Row{0, {shiftId, 1, text(QString())}};
            else if (!a.shiftReasons.value(s).isEmpty())
                shifts << RowWriter::Row{0, {shiftId, 0, text(a.shiftReasons.value(s))}};
        }
        for (const QString &s : a.services)
            if (const qint64 serviceId = names.serviceIds.value(s))
                services << RowWriter::Row{0, {serviceId}};
        for (const QString &s : a.sites)
            if (const qint64 siteId = names.siteIds.value(s))
                sites << RowWriter::Row{0, {siteId}};
        auto sync = [&](const QString &table, const QStringList &columns, const QList<RowWriter::Row> &wanted) {
            const QList<RowWriter::Row> existing = exists ? existingRows(m_db, table, columns, auditId) : QList<RowWriter::Row>();
            RowWriter::sync(m_db, table, QStringLiteral("audit_id"), auditId, columns, matched(wanted, existing), existing, clientId);
        };
        sync(kTeam, ProgrammeFields::team().keys(), team);
        sync(kShifts, ProgrammeFields::shift().keys(), shifts);
        sync(kServices, ProgrammeFields::service().keys(), services);
        sync(kSites, ProgrammeFields::site().keys(), sites);
        // Findings keep their ids (they are records of their own, named in the history).
        QList<RowWriter::Row> findings;
        for (const AuditFinding &f : a.findings)
            findings << RowWriter::Row{f.id, findingValues(f)};
        const QStringList findingColumns = FindingFields::finding().keys();
        RowWriter::sync(m_db, kFindings, QStringLiteral("audit_id"), auditId, findingColumns, findings,
                        exists ? existingRows(m_db, kFindings, findingColumns, auditId) : QList<RowWriter::Row>(), clientId);
    }
}

WriteResult ProgrammeRepository::save(const Programme &programme)
{
    WriteResult result;
    try {
        const std::optional<Programme> previous = programme.id > 0 ? load(programme.id) : std::nullopt;
        if (programme.id > 0 && !previous) {
            result.message = tr("The programme no longer exists; the list was out of date.");
            return result;
        }
        Programme p = programme;
        if (previous) {
            p.clientId = previous->clientId;
            p.contractId = previous->contractId;
            // What the rules read from elsewhere is that record's, not the programme's.
            p.clientShifts = previous->clientShifts;
            p.clientSites = previous->clientSites;
            p.services = previous->services;
            p.scopeClasses = previous->scopeClasses;
            // Once decided, the decision and the certificate's expiry are the decision's
            // (DecisionRepository), not the programme editor's.
            if (m_db.scalar(QStringLiteral("SELECT 1 FROM decisions WHERE programme_id = ?"), {p.id}).isValid()) {
                p.actualDecision = previous->actualDecision;
                p.expiry = previous->expiry;
            }
        }
        result.problems = validate(p);
        if (!result.problems.isEmpty()) {
            result.message = tr("The programme was not saved: %1").arg(result.problems.first().message);
            return result;
        }
        Transaction transaction(m_db);
        if (!previous) {
            qint64 wanted = 0;
            if (p.id > 0 && !m_db.scalar(QStringLiteral("SELECT 1 FROM programmes WHERE id = ?"), {p.id}).isValid())
                wanted = p.id;
            result.id = RowWriter::insert(m_db, kProgrammes, kColumns, programmeValues(p), p.clientId, wanted);
        } else {
            result.id = p.id;
            RowWriter::update(m_db, kProgrammes, p.id, kColumns, programmeValues(p), p.clientId);
        }
        writeAudits(p, result.id, p.clientId);
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.message = tr("The programme could not be saved, and nothing was changed: %1").arg(e.message());
    }
    return result;
}

qint64 ProgrammeRepository::insertUnchecked(const Programme &p)
{
    const qint64 id = RowWriter::insert(m_db, kProgrammes, kColumns, programmeValues(p), p.clientId);
    writeAudits(p, id, p.clientId);
    return id;
}

void ProgrammeRepository::updateUnchecked(const Programme &p)
{
    RowWriter::update(m_db, kProgrammes, p.id, kColumns, programmeValues(p), p.clientId);
    writeAudits(p, p.id, p.clientId);
}

WriteResult ProgrammeRepository::create(qint64 contractId, const QDate &plannedDecision)
{
    WriteResult result;
    const QList<ProgrammeSource> all = sources();
    const auto source = std::find_if(all.cbegin(), all.cend(), [&](const ProgrammeSource &s) { return s.contractId == contractId; });
    if (source == all.cend()) {
        result.message = tr("A programme is made from a signed contract that has none yet.");
        return result;
    }
    if (!plannedDecision.isValid() || plannedDecision < source->signedOn) {
        result.problems << FieldProblem{QStringLiteral("planned_decision_on"),
                                        tr("The decision is planned on or after the contract's signing (%1).")
                                            .arg(source->signedOn.toString(Qt::ISODate))};
        result.message = result.problems.first().message;
        return result;
    }
    Programme p;
    p.clientId = source->clientId;
    p.contractId = contractId;
    p.cycle = source->cycle;
    p.plannedDecision = plannedDecision;
    return save(p);
}

WriteResult ProgrammeRepository::remove(qint64 id)
{
    WriteResult result;
    result.id = id;
    try {
        const std::optional<Programme> p = load(id);
        if (!p) {
            result.message = tr("The programme no longer exists; the list was out of date.");
            return result;
        }
        if (m_db.scalar(QStringLiteral("SELECT 1 FROM decisions WHERE programme_id = ?"), {id}).isValid()) {
            result.message = tr("The cycle of this programme has its certification decision, so the programme is a "
                                "record and stays.");
            return result;
        }
        for (const ProgrammeAudit &a : p->audits)
            if (a.status == ProgrammeAudit::Status::Done) {
                result.message = tr("An audit of this programme is done, so the programme is a record and stays. "
                                    "Cancel the audits that will not take place instead.");
                return result;
            }
        Transaction transaction(m_db);
        Programme empty = *p;
        empty.audits.clear();
        writeAudits(empty, id, p->clientId);
        RowWriter::remove(m_db, kProgrammes, id, p->clientId);
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.message = tr("The programme could not be deleted, and nothing was changed: %1").arg(e.message());
    }
    return result;
}

QList<ChangeEntry> ProgrammeRepository::history(qint64 id) const
{
    QList<ChangeEntry> entries = ChangeLog::history(m_db, kProgrammes, id);
    const qint64 client = clientOf(id);
    if (client <= 0)
        return entries;
    QSet<qint64> audits;
    const QList<ChangeEntry> all = ChangeLog::clientHistory(m_db, client);
    for (const ChangeEntry &entry : all) {
        const QJsonObject &image = entry.after.isEmpty() ? entry.before : entry.after;
        if (entry.table == kAudits && image.value(QLatin1String("programme_id")).toInteger() == id) {
            audits.insert(entry.rowId);
            entries << entry;
        }
    }
    for (const ChangeEntry &entry : all) {
        const QJsonObject &image = entry.after.isEmpty() ? entry.before : entry.after;
        if ((entry.table == kTeam || entry.table == kShifts || entry.table == kServices || entry.table == kSites
             || entry.table == kFindings)
            && audits.contains(image.value(QLatin1String("audit_id")).toInteger()))
            entries << entry;
    }
    std::sort(entries.begin(), entries.end(), [](const ChangeEntry &a, const ChangeEntry &b) { return a.id > b.id; });
    return entries;
}

ProgrammePlanner::Catalogue ProgrammeRepository::catalogue() const
{
    ProgrammePlanner::Catalogue c;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT code, clause FROM controls WHERE active = 1 ORDER BY sort_order, id"));
    while (q.next()) {
        c.ids << q.value(0).toString();
        c.clauses << q.value(1).toString();
    }
    return c;
}
