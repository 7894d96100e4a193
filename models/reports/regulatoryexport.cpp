#include "regulatoryexport.h"

#include "db/database.h"
#include "domain/certificate.h"
#include "domain/cncacodes.h"
#include "domain/programme.h"
#include "io/xlsxworkbook.h"
#include "repositories/bodysettingsrepository.h"
#include "repositories/certificaterepository.h"
#include "repositories/parameterrepository.h"
#include "repositories/programmerepository.h"
#include "repositories/sqlvalues.h"

#include <QDir>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

// What the exports leave empty, because CSISMS does not hold it:
// - 审核计划信息表: 实际地址行政区划 (no administrative-division code is kept for addresses);
//   in 审核员 and 技术专家 each person's ID-document number and telephone (the auditors'
//   register keeps neither), so a person reads "name//role/". The registration number is
//   not put in the ID-document place: it is another number.
// - 证书信息表: 行政区划 (as above), 超期原因 (no reason is recorded for a late audit), 备注,
//   and the columns cncareport.cpp lists as not held.
// - 审核结果信息表: 证件号 (ID document) and 是否专职 (whether a person is employed full time
//   is not recorded; the cell stays empty rather than claiming either), besides the columns
//   cncareport.cpp lists.
// - CertSearch: city, state and postcode (a client's address is one line of text, kept
//   whole in the street column).

namespace {

using namespace SqlValues;

struct Period
{
    QDate first;
    QDate last;
    bool contains(const QDate &day) const { return day.isValid() && day >= first && day <= last; }
};

QString key(const QString &value) { return value.trimmed().toLower(); }

// A team of an audit, leader first, then members, then experts, each in the order added.
// Auditors carry no ID-document number and no telephone, so both stay empty.
QList<CncaPerson> teamOf(const Database &db, qint64 auditId)
{
    QList<CncaPerson> team;
    QSqlQuery q = db.exec(QStringLiteral(
        "SELECT a.name_zh, a.registration_number, t.role FROM audit_team t JOIN auditors a ON a.id = t.auditor_id "
        "WHERE t.audit_id = ? ORDER BY CASE t.role WHEN 'leader' THEN 0 WHEN 'member' THEN 1 ELSE 2 END, t.id"),
        {auditId});
    while (q.next()) {
        CncaPerson p;
        p.name = q.value(0).toString();
        p.registrationNumber = q.value(1).toString();
        const QString role = key(q.value(2).toString());
        p.expert = role == QLatin1String("expert");
        p.roleCode = QLatin1String(role == QLatin1String("leader") ? CncaRole::Leader
                                   : p.expert                       ? CncaRole::Expert
                                                                    : CncaRole::Member);
        team << p;
    }
    return team;
}

QStringList applicationScopeClasses(const Database &db, const QVariant &applicationId)
{
    QStringList codes;
    if (applicationId.isNull())
        return codes;
    QSqlQuery q = db.exec(QStringLiteral("SELECT scope_class_code FROM application_scope_classes WHERE application_id = ? "
                                         "ORDER BY id"),
                          {applicationId});
    while (q.next())
        codes << q.value(0).toString();
    return codes;
}

std::optional<double> optionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    bool ok = false;
    const double d = value.toDouble(&ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

std::optional<int> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    bool ok = false;
    const int n = value.toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}

using EventKind = CertificateEvent::Kind;

bool isStatusEvent(EventKind kind)
{
    return kind == EventKind::Suspend || kind == EventKind::Restore || kind == EventKind::Withdraw
           || kind == EventKind::Cancel || kind == EventKind::Expire;
}
bool isScopeEvent(EventKind kind) { return kind == EventKind::Extend || kind == EventKind::Reduce; }

// The audit a certificate row reports, as the programme it belongs to holds it.
struct ReportedAudit
{
    bool found = false;
    ProgrammeAudit audit;
    bool overdue = false;
};

// The audit with the id, from its programme, and whether it ended after the window the
// programme rules allow it (ProgrammeRules::window) closed: that is 是否超期审核.
ReportedAudit reportedAudit(Database &db, qint64 auditId, const RuleParameters &parameters)
{
    ReportedAudit reported;
    if (auditId <= 0)
        return reported;
    const qint64 programmeId = db.scalar(QStringLiteral("SELECT programme_id FROM audits WHERE id = ?"), {auditId}).toLongLong();
    const std::optional<Programme> programme = ProgrammeRepository(db).load(programmeId);
    if (!programme)
        return reported;
    for (int i = 0; i < programme->audits.size(); ++i) {
        if (programme->audits.at(i).id != auditId)
            continue;
        reported.found = true;
        reported.audit = programme->audits.at(i);
        const ProgrammeRules::Window window = ProgrammeRules::window(*programme, i, parameters);
        reported.overdue = window.to.isValid() && reported.audit.end().isValid() && reported.audit.end() > window.to;
        break;
    }
    return reported;
}

// The audit an issue rests on: the stage 2 audit of an initial cycle, or the previous
// cycle's recertification audit for a recertification (as the decision's basis names
// them, CertificateRepository::basis); the last of them when there are several. 0: none.
qint64 issueAudit(Database &db, qint64 programmeId, const QDate &day)
{
    const DecisionBasis basis = CertificateRepository(db).basis(programmeId, User(), day);
    const ProgrammeAudit::Kind wanted = basis.programme.cycle == Programme::Cycle::Recertification
                                            ? ProgrammeAudit::Kind::Recertification
                                            : ProgrammeAudit::Kind::Stage2;
    const ProgrammeAudit *chosen = nullptr;
    for (const ProgrammeAudit &a : basis.decisive)
        if (a.kind == wanted && (!chosen || a.end() > chosen->end() || (a.end() == chosen->end() && a.id > chosen->id)))
            chosen = &a;
    return chosen ? chosen->id : 0;
}

// One certificate row: the certificate at the month's end and why it is reported.
struct CertificateRow
{
    QDate sortDate;
    qint64 id = 0;
    CncaCertificate row;
};

std::optional<CertificateRow> certificateRow(Database &db, qint64 id, const Period &period, const QString &approvalNumber,
                                             const RuleParameters &parameters)
{
    const std::optional<Certificate> loaded = CertificateRepository(db).load(id);
    if (!loaded)
        return std::nullopt;
    const Certificate &c = *loaded;
    const CertificateState state = CertificateRules::stateOn(c, period.last);

    // What happened in the month: events that still stand at its end (one recorded and
    // reversed within the month changed nothing), and reversals of earlier events (the
    // certificate went back to what it was: a change of the same kind).
    bool issued = period.contains(c.issuedOn);
    bool statusChange = false;
    bool scopeChange = false;
    QList<QDate> dates;
    if (issued)
        dates << c.issuedOn;
    for (int i : state.effective) {
        const CertificateEvent &e = c.events.at(i);
        if (!period.contains(e.occurredOn) || e.kind == EventKind::Issue)
            continue;
        statusChange |= isStatusEvent(e.kind);
        scopeChange |= isScopeEvent(e.kind);
        dates << e.occurredOn;
    }
    for (const CertificateEvent &e : c.events) {
        if (e.kind != EventKind::Reverse || !period.contains(e.occurredOn))
            continue;
        const auto target = std::find_if(c.events.cbegin(), c.events.cend(),
                                         [&](const CertificateEvent &t) { return t.id == e.reverses && e.reverses != 0; });
        if (target == c.events.cend() || !(target->occurredOn < period.first))
            continue;
        statusChange |= isStatusEvent(target->kind);
        scopeChange |= isScopeEvent(target->kind);
        if (isStatusEvent(target->kind) || isScopeEvent(target->kind))
            dates << e.occurredOn;
    }
    const qint64 surveillanceId = db.scalar(QStringLiteral(
        "SELECT id FROM audits WHERE programme_id = ? AND kind = 'surveillance' AND status = 'done' "
        "AND actual_end >= ? AND actual_end <= ? ORDER BY actual_end DESC, id DESC LIMIT 1"),
        {c.programmeId, date(period.first), date(period.last)}).toLongLong();
    if (!issued && !statusChange && !scopeChange && surveillanceId == 0)
        return std::nullopt;

    QSqlQuery q = db.exec(QStringLiteral(
        "SELECT c.name_zh, c.credit_code, c.address, c.phone, c.legal_representative, c.headcount, k.number, "
        "k.table_days, p.cycle, ap.personnel_total, d.decider_name, d.decided_on "
        "FROM certificates x JOIN clients c ON c.id = x.client_id JOIN programmes p ON p.id = x.programme_id "
        "JOIN contracts k ON k.id = p.contract_id LEFT JOIN applications ap ON ap.id = k.application_id "
        "LEFT JOIN decisions d ON d.id = x.decision_id WHERE x.id = ?"),
        {id});
    if (!q.next())
        return std::nullopt;
    const bool recertification = key(q.value(8).toString()) == QLatin1String("recertification");

    CertificateRow out;
    out.id = id;
    if (!dates.isEmpty())
        out.sortDate = *std::min_element(dates.cbegin(), dates.cend());
    CncaCertificate &r = out.row;
    r.approvalNumber = approvalNumber;
    r.orgName = q.value(0).toString();
    r.orgCode = q.value(1).toString();
    r.registeredAddress = q.value(2).toString();
    r.phone = q.value(3).toString();
    r.legalRepresentative = q.value(4).toString();
    r.employees = optionalInt(q.value(5));
    r.contractNumber = q.value(6).toString();
    r.baseDays = optionalDouble(q.value(7));
    // The personnel the application puts in the scope (the audit-time base) are those the
    // certificate covers.
    r.coveredEmployees = optionalInt(q.value(9));
    r.decisionMaker = q.value(10).toString();
    r.decisionDate = toDate(q.value(11));

    r.firstIssued = c.firstIssuedOn;
    r.certificateNumber = c.number;
    r.scopeClassCodes = c.scopeClasses;
    r.standard = c.standard;
    r.sites = c.sites;
    r.multiSite = c.sites.size() > 1;
    r.scope = state.scopeZh;
    r.issued = c.issuedOn;
    r.expiry = c.expiresOn;
    r.statusCode = CertificateRules::statusCode(state.status);
    r.programmeNumber = QString::number(c.programmeId);
    // 再认证次数: the certificates before this one in the same unbroken chain of cycles
    // (they share the original issue date); a chain that broke and began again is a new
    // initial certification, not a recertification.
    r.recertifications = db.scalar(QStringLiteral(
        "SELECT count(*) FROM certificates WHERE client_id = ? AND first_issued_on = ? AND id <> ? "
        "AND (issued_on < ? OR (issued_on = ? AND id < ?))"),
        {c.clientId, date(c.firstIssuedOn), id, date(c.issuedOn), date(c.issuedOn), id}).toInt();
    r.surveillances = db.scalar(QStringLiteral(
        "SELECT count(*) FROM audits WHERE programme_id = ? AND kind = 'surveillance' AND status = 'done' "
        "AND actual_end <= ?"),
        {c.programmeId, date(period.last)}).toInt();

    // 上报类型 and 审核活动代码 (resources/reference/cnca-report-codes.json report_type and
    // audit_activity). Our mapping: an issue is a first issue (01) or, for a
    // recertification cycle, a reissue (02); otherwise a status change (05) before a scope
    // change (04) before a surveillance (03). The activity is the audit the row reports:
    // initial certification 01, recertification 02, a surveillance done in the month 03,
    // and change (05) when the row reports no audit (a status or scope change alone).
    qint64 auditId = 0;
    if (issued) {
        r.reportType = recertification ? QStringLiteral("02") : QStringLiteral("01");
        r.auditActivityCode = recertification ? QStringLiteral("02") : QStringLiteral("01");
        auditId = issueAudit(db, c.programmeId, period.last);
    } else {
        r.reportType = statusChange ? QStringLiteral("05") : scopeChange ? QStringLiteral("04") : QStringLiteral("03");
        r.auditActivityCode = surveillanceId ? QStringLiteral("03") : QStringLiteral("05");
        auditId = surveillanceId;
    }
    if (const ReportedAudit audit = reportedAudit(db, auditId, parameters); audit.found) {
        r.auditStart = audit.audit.start();
        r.auditEnd = audit.audit.end();
        r.auditDays = audit.audit.days;
        r.plannedAuditStart = audit.audit.plannedStart;
        r.overdueAudit = audit.overdue;
        if (!issued && (!out.sortDate.isValid() || r.auditEnd < out.sortDate))
            out.sortDate = r.auditEnd;
    }
    if (!out.sortDate.isValid())
        out.sortDate = period.last;

    // The suspension the month saw: the latest one that stands, unless it ended (restored,
    // withdrawn, cancelled, expired) before the month began; 暂停止 is its restore date.
    int suspension = -1;
    QDate suspensionEnd;
    QDate restoredOn;
    for (int i : state.effective) {
        const CertificateEvent &e = c.events.at(i);
        if (e.kind == EventKind::Suspend) {
            suspension = i;
            suspensionEnd = QDate();
            restoredOn = QDate();
        } else if (suspension >= 0 && !suspensionEnd.isValid() && isStatusEvent(e.kind)) {
            suspensionEnd = e.occurredOn;
            if (e.kind == EventKind::Restore)
                restoredOn = e.occurredOn;
        }
    }
    if (suspension >= 0 && !suspensionEnd.isValid() && state.expiredByDate)
        suspensionEnd = state.since;
    if (suspension >= 0 && (!suspensionEnd.isValid() || suspensionEnd >= period.first)) {
        r.suspensionReason = c.events.at(suspension).reasonCode;
        r.suspendedFrom = c.events.at(suspension).occurredOn;
        r.suspendedTo = restoredOn;
    }
    // The withdrawal and the latest scope change, whenever they were.
    for (int i : state.effective) {
        const CertificateEvent &e = c.events.at(i);
        if (e.kind == EventKind::Withdraw) {
            r.withdrawalReason = e.reasonCode;
            r.withdrawnOn = e.occurredOn;
        } else if (isScopeEvent(e.kind)) {
            r.changedOn = e.occurredOn;
            r.changeCode = !e.reasonCode.isEmpty() ? e.reasonCode
                           : e.kind == EventKind::Extend ? QStringLiteral("05")
                                                         : QStringLiteral("06");
        }
    }
    return out;
}

Period periodOf(int year, int month)
{
    const QDate first(year, month, 1);
    return first.isValid() ? Period{first, first.addMonths(1).addDays(-1)} : Period{};
}

} // namespace

QString RegulatoryExport::stageCode(const QString &auditKind)
{
    // audit_stage of cnca-report-codes.json. The lists name stages, not CSISMS's kinds, so
    // the correspondence is kept here; a code the shipped list lacks is not given.
    static const QHash<QString, QString> codes{
        {QStringLiteral("stage1"), QStringLiteral("0101")},
        {QStringLiteral("stage2"), QStringLiteral("0102")},
        {QStringLiteral("recertification"), QStringLiteral("0202")},
        {QStringLiteral("surveillance"), QStringLiteral("03")},
        {QStringLiteral("special"), QStringLiteral("04")},
    };
    const QString code = codes.value(key(auditKind));
    return CncaCodes::shipped().codes(QStringLiteral("audit_stage")).contains(code) ? code : QString();
}

QString RegulatoryExport::methodCode(const QString &method)
{
    // audit_method of cnca-report-codes.json.
    static const QHash<QString, QString> codes{
        {QStringLiteral("onsite"), QStringLiteral("FS01")},
        {QStringLiteral("remote"), QStringLiteral("FS02")},
        {QStringLiteral("combined"), QStringLiteral("FS03")},
    };
    const QString code = codes.value(key(method));
    return CncaCodes::shipped().codes(QStringLiteral("audit_method")).contains(code) ? code : QString();
}

// CertSearch requires both. CSISMS records no accreditation — neither the body's nor a
// certificate's (the CNCA report's 认可号 and 认可标志代码 stay empty for the same reason) —
// so no certificate is claimed to be accredited: a claim of accreditation in a public
// register must rest on a record. A body that issues under accreditation changes this one
// value. Every certificate CSISMS issues is a management-system certificate.
QString RegulatoryExport::accreditationStatus() { return QStringLiteral("Unaccredited"); }
QString RegulatoryExport::certificationType() { return QStringLiteral("Management System"); }

CncaMonth RegulatoryExport::cncaMonth(Database &db, int year, int month)
{
    CncaMonth report;
    if (month < 1 || month > 12)
        return report;
    const Period period = periodOf(year, month);
    if (!period.first.isValid())
        return report;
    ReadSnapshot snapshot(db);
    const QString approvalNumber = BodySettingsRepository(db).load().approvalNumber;
    const RuleParameters parameters = ParameterRepository(db).load();

    // Audit plans. CSISMS does not hold CNCA's plan numbering (R + the body's 4-digit
    // sequence + a 2-digit branch code, given by the national platform's rules), so the
    // plan number is the body's own: the contract number, "-", the audit's id, unique and
    // stable. The dates are the operative ones (the actual dates once recorded), so a
    // moved audit is reported as it runs.
    {
        QSqlQuery q = db.exec(QStringLiteral(
            "SELECT a.id, a.kind, a.method, coalesce(a.actual_start, a.planned_start), "
            "coalesce(a.actual_end, a.planned_end), a.notes, k.number, k.application_id, c.credit_code, c.name_zh, "
            "c.contact, c.phone, c.address FROM audits a JOIN programmes p ON p.id = a.programme_id "
            "JOIN contracts k ON k.id = p.contract_id JOIN clients c ON c.id = p.client_id "
            "WHERE a.status <> 'cancelled' AND coalesce(a.actual_start, a.planned_start) >= ? "
            "AND coalesce(a.actual_start, a.planned_start) <= ? "
            "ORDER BY coalesce(a.actual_start, a.planned_start), a.id"),
            {date(period.first), date(period.last)});
        while (q.next()) {
            CncaAuditPlan plan;
            const qint64 auditId = q.value(0).toLongLong();
            plan.planNumber = q.value(6).toString().trimmed() + u'-' + QString::number(auditId);
            plan.stageCode = stageCode(q.value(1).toString());
            plan.methodCode = methodCode(q.value(2).toString());
            plan.plannedStart = toDate(q.value(3));
            plan.plannedEnd = toDate(q.value(4));
            plan.notes = q.value(5).toString();
            plan.orgCode = q.value(8).toString();
            plan.orgName = q.value(9).toString();
            plan.contact = q.value(10).toString();
            plan.contactPhone = q.value(11).toString();
            plan.address = q.value(12).toString();
            plan.scopeClassCodes = applicationScopeClasses(db, q.value(7));
            plan.team = teamOf(db, auditId);
            report.plans << plan;
        }
    }

    // Certificates.
    {
        QList<qint64> ids;
        QSqlQuery q = db.exec(QStringLiteral(
            "SELECT id FROM certificates WHERE issued_on >= ? AND issued_on <= ? "
            "UNION SELECT certificate_id FROM certificate_events WHERE kind <> 'issue' AND occurred_on >= ? "
            "AND occurred_on <= ? "
            "UNION SELECT x.id FROM certificates x JOIN audits a ON a.programme_id = x.programme_id "
            "WHERE a.kind = 'surveillance' AND a.status = 'done' AND a.actual_end >= ? AND a.actual_end <= ? "
            "AND x.issued_on <= ?"),
            {date(period.first), date(period.last), date(period.first), date(period.last), date(period.first),
             date(period.last), date(period.last)});
        while (q.next())
            ids << q.value(0).toLongLong();
        QList<CertificateRow> rows;
        for (qint64 id : std::as_const(ids))
            if (std::optional<CertificateRow> row = certificateRow(db, id, period, approvalNumber, parameters))
                rows << *row;
        std::sort(rows.begin(), rows.end(), [](const CertificateRow &a, const CertificateRow &b) {
            return a.sortDate != b.sortDate ? a.sortDate < b.sortDate : a.id < b.id;
        });
        for (const CertificateRow &row : std::as_const(rows))
            report.certificates << row.row;
    }

    // Audit results, with the certificate of the audit's programme as it stood at the
    // month's end (none yet for the stage audits of a cycle decided later), so that the
    // report of a month stays the same whenever it is made.
    {
        QSqlQuery q = db.exec(QStringLiteral(
            "SELECT a.id, a.kind, a.actual_start, a.actual_end, x.number FROM audits a "
            "LEFT JOIN certificates x ON x.programme_id = a.programme_id AND x.issued_on <= ? "
            "WHERE a.status = 'done' AND a.actual_end >= ? AND a.actual_end <= ? ORDER BY a.actual_end, a.id"),
            {date(period.last), date(period.first), date(period.last)});
        while (q.next()) {
            CncaAuditResult result;
            result.approvalNumber = approvalNumber;
            result.stageCode = stageCode(q.value(1).toString());
            result.start = toDate(q.value(2));
            result.end = toDate(q.value(3));
            result.certificateNumber = q.value(4).toString();
            result.team = teamOf(db, q.value(0).toLongLong());
            report.results << result;
        }
    }
    return report;
}

QList<CertSearchEntry> RegulatoryExport::certSearch(Database &db, const QDate &today)
{
    ReadSnapshot snapshot(db);
    struct Held
    {
        QString address;
        QString standard;
        QStringList sites;
        QStringList sectors;
    };
    QHash<qint64, Held> held;
    QSqlQuery q = db.exec(QStringLiteral(
        "SELECT x.id, c.address, x.standard, x.sites, x.scope_classes FROM certificates x "
        "JOIN clients c ON c.id = x.client_id"));
    while (q.next())
        held.insert(q.value(0).toLongLong(),
                    Held{q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString().split(u'\n', Qt::SkipEmptyParts),
                         q.value(4).toString().split(u' ', Qt::SkipEmptyParts)});

    QList<CertSearchEntry> entries;
    for (const CertificateListRow &row : CertificateRepository(db).list(today)) {
        const Held h = held.value(row.id);
        CertSearchEntry e;
        e.certificateNumber = row.number;
        e.statusCode = CertificateRules::statusCode(row.status);
        e.originalIssue = row.firstIssuedOn;
        e.issued = row.issuedOn;
        e.expiry = row.expiresOn;
        // The legal name as registered (the glossary's "Certified Entity Name"); this sheet
        // has no column for a name in another language, so the English name is not sent.
        e.entityName = row.clientName;
        e.entityId = row.creditCode;
        e.country = QStringLiteral("CN");
        e.street = h.address;
        // CertSearch is read in English: the English scope when there is one.
        e.scope = !row.scopeEn.trimmed().isEmpty() ? row.scopeEn : row.scopeZh;
        e.standard = h.standard;
        e.sites = h.sites;
        e.sectors = h.sectors;
        e.accreditationStatus = accreditationStatus();
        e.certificationType = certificationType();
        entries << e;
    }
    return entries;
}

QString RegulatoryExport::writeCnca(Database &db, int year, int month, const QString &path, CncaMonth *written)
{
    if (month < 1 || month > 12 || !periodOf(year, month).first.isValid())
        return tr("%1-%2 is not a month; give the year and the month, e.g. 2026-03.")
            .arg(year, 4, 10, QLatin1Char('0'))
            .arg(month, 2, 10, QLatin1Char('0'));
    const CncaMonth report = cncaMonth(db, year, month);
    const QString error = XlsxWorkbook::write(path, cncaSheets(report));
    if (error.isEmpty() && written)
        *written = report;
    return error;
}

QString RegulatoryExport::writeCertSearch(Database &db, const QDate &today, const QString &path, QStringList *problems,
                                          QList<CertSearchEntry> *written)
{
    if (problems)
        problems->clear();
    const QList<CertSearchEntry> entries = certSearch(db, today);
    const QStringList found = certSearchProblems(entries);
    if (!found.isEmpty()) {
        if (problems)
            *problems = found;
        return tr("The CertSearch sheet was not written to %1: the register has %n problem(s) IAF CertSearch would "
                  "refuse, and an upload must not be silently wrong. Correct what is listed and export again.",
                  nullptr, int(found.size()))
            .arg(QDir::toNativeSeparators(path));
    }
    const QString error = XlsxWorkbook::write(path, certSearchSheets(entries));
    if (error.isEmpty() && written)
        *written = entries;
    return error;
}
