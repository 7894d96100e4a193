#include "duelist.h"

#include "db/database.h"
#include "domain/certificate.h"
#include "repositories/certificaterepository.h"
#include "repositories/parameterrepository.h"
#include "repositories/programmerepository.h"
#include "repositories/sqlvalues.h"

#include <QSqlQuery>

#include <algorithm>

namespace {
using namespace SqlValues;
using Kind = DueItem::Kind;

QString iso(const QDate &d) { return d.toString(Qt::ISODate); }
} // namespace

QString DueList::kindKey(DueItem::Kind kind)
{
    switch (kind) {
    case Kind::AuditDue: return QStringLiteral("audit_due");
    case Kind::WindowClosing: return QStringLiteral("window_closing");
    case Kind::WindowMissed: return QStringLiteral("window_missed");
    case Kind::CorrectionDue: return QStringLiteral("correction_due");
    case Kind::CorrectionOverdue: return QStringLiteral("correction_overdue");
    case Kind::DecisionWaiting: return QStringLiteral("decision_waiting");
    case Kind::SuspensionLimit: return QStringLiteral("suspension_limit");
    case Kind::CertificateExpiring: return QStringLiteral("certificate_expiring");
    case Kind::ContractUnsigned: return QStringLiteral("contract_unsigned");
    case Kind::RegistrationExpiring: return QStringLiteral("registration_expiring");
    }
    return QString();
}

QString DueList::kindLabel(DueItem::Kind kind)
{
    switch (kind) {
    case Kind::AuditDue: return tr("Audit due");
    case Kind::WindowClosing: return tr("Window closing");
    case Kind::WindowMissed: return tr("Window missed");
    case Kind::CorrectionDue: return tr("Correction due");
    case Kind::CorrectionOverdue: return tr("Correction overdue");
    case Kind::DecisionWaiting: return tr("Decision waiting");
    case Kind::SuspensionLimit: return tr("Suspension limit");
    case Kind::CertificateExpiring: return tr("Certificate expiring");
    case Kind::ContractUnsigned: return tr("Contract unsigned");
    case Kind::RegistrationExpiring: return tr("Registration expiring");
    }
    return QString();
}

QList<DueItem::Kind> DueList::kinds()
{
    return {Kind::AuditDue, Kind::WindowClosing, Kind::WindowMissed, Kind::CorrectionDue, Kind::CorrectionOverdue,
            Kind::DecisionWaiting, Kind::SuspensionLimit, Kind::CertificateExpiring, Kind::ContractUnsigned,
            Kind::RegistrationExpiring};
}

QList<DueItem> DueList::compute(const Database &db, const QDate &today, int days)
{
    Database &database = const_cast<Database &>(db);
    const QDate horizon = today.addDays(days);
    const RuleParameters parameters = ParameterRepository(database).load();
    QList<DueItem> items;
    auto add = [&](Kind kind, const QDate &date, const QString &table, qint64 row, qint64 clientId, const QString &name,
                   const QString &subject, const QString &detail) {
        items << DueItem{kind, date, date < today, table, row, clientId, name, subject, detail};
    };

    // Audits and their windows: every programme with an audit still to come, read without
    // its sub-records (a window needs only the cycle's dates and audits). An audit planned
    // after its window closes is listed when the window closes, not when it is planned.
    const QList<Programme> programmes = ProgrammeRepository(database).loadSchedules();
    for (const Programme &p : programmes) {
        for (int i = 0; i < p.audits.size(); ++i) {
            const ProgrammeAudit &a = p.audits.at(i);
            if (a.status != ProgrammeAudit::Status::Planned && a.status != ProgrammeAudit::Status::Confirmed)
                continue;
            // Named only when listed: most audits still to come are not due yet.
            QString named;
            const auto name = [&]() -> const QString & {
                if (named.isEmpty())
                    named = ProgrammeRules::auditName(p, i);
                return named;
            };
            if (a.end().isValid() && a.end() < today)
                add(Kind::AuditDue, a.end(), QStringLiteral("programmes"), p.id, p.clientId, p.clientName, name(),
                    tr("Planned to end on %1 and not recorded as done: record it, or cancel and plan it again.").arg(iso(a.end())));
            else if (a.start().isValid() && a.start() <= today)
                add(Kind::AuditDue, today, QStringLiteral("programmes"), p.id, p.clientId, p.clientName, name(),
                    tr("Under way, %1 to %2: record it as done when it ends.").arg(iso(a.start()), iso(a.end())));
            else if (a.start().isValid() && a.start() <= horizon)
                add(Kind::AuditDue, a.start(), QStringLiteral("programmes"), p.id, p.clientId, p.clientName, name(),
                    a.status == ProgrammeAudit::Status::Confirmed
                        ? tr("Confirmed, %1 to %2.").arg(iso(a.start()), iso(a.end()))
                        : tr("Planned for %1 to %2 and not confirmed with the client yet.").arg(iso(a.start()), iso(a.end())));
            const ProgrammeRules::Window w = ProgrammeRules::window(p, i, parameters);
            if (!w.to.isValid() || a.kind == ProgrammeAudit::Kind::Special)
                continue;
            if (w.to < today)
                add(Kind::WindowMissed, w.to, QStringLiteral("programmes"), p.id, p.clientId, p.clientName, name(),
                    tr("The rules allowed it up to %1; it is not done.").arg(iso(w.to)));
            else if (w.to <= horizon)
                add(Kind::WindowClosing, w.to, QStringLiteral("programmes"), p.id, p.clientId, p.clientName, name(),
                    a.end().isValid() && a.end() > w.to
                        ? tr("The rules allow it up to %1, but it is planned to end on %2: move it.").arg(iso(w.to), iso(a.end()))
                        : tr("The rules allow it up to %1; it is planned to end on %2.").arg(iso(w.to), iso(a.end())));
        }
    }

    // Open nonconformities, whatever the state of their audit.
    {
        QSqlQuery q = database.exec(QStringLiteral(
            "SELECT f.id, f.grade, f.requirement, f.raised_on, f.due_on, p.id, p.client_id, c.name_zh, a.kind "
            "FROM audit_findings f JOIN audits a ON a.id = f.audit_id JOIN programmes p ON p.id = a.programme_id "
            "JOIN clients c ON c.id = p.client_id WHERE f.verdict IN ('open', 'rejected') AND f.grade IN ('major', 'minor') "
            // Only those whose deadline can fall by the horizon: FindingRules::deadline decides.
            "AND (f.due_on <= ? OR (f.due_on IS NULL AND f.raised_on <= ?))"),
            {date(horizon), date(horizon.addDays(-std::min(parameters.majorCorrectionDays(), parameters.minorCorrectionDays())))});
        while (q.next()) {
            AuditFinding f;
            f.grade = FindingRules::gradeFromKey(q.value(1).toString()).value_or(AuditFinding::Grade::Minor);
            f.raisedOn = toDate(q.value(3));
            f.dueOn = toDate(q.value(4));
            const QDate due = FindingRules::deadline(f, parameters);
            if (!due.isValid() || due > horizon)
                continue;
            const QString subject = tr("%1 against %2").arg(FindingRules::gradeLabel(f.grade), q.value(2).toString());
            const QString kind = ProgrammeRules::kindLabel(
                ProgrammeRules::kindFromKey(q.value(8).toString()).value_or(ProgrammeAudit::Kind::Special));
            if (due < today)
                add(Kind::CorrectionOverdue, due, QStringLiteral("programmes"), q.value(5).toLongLong(), q.value(6).toLongLong(),
                    q.value(7).toString(), subject,
                    f.grade == AuditFinding::Grade::Major
                        ? tr("Raised at the %1 on %2; its correction was to be verified by %3 (F-correction).")
                              .arg(kind.toLower(), iso(f.raisedOn), iso(due))
                        : tr("Raised at the %1 on %2; a corrective-action plan was to be accepted by %3 (F-correction).")
                              .arg(kind.toLower(), iso(f.raisedOn), iso(due)));
            else
                add(Kind::CorrectionDue, due, QStringLiteral("programmes"), q.value(5).toLongLong(), q.value(6).toLongLong(),
                    q.value(7).toString(), subject,
                    tr("Raised at the %1 on %2; due by %3.").arg(kind.toLower(), iso(f.raisedOn), iso(due)));
        }
    }

    // Cycles whose audits are done and that wait for their decision.
    {
        QSqlQuery q = database.exec(QStringLiteral(
            "SELECT p.id, p.client_id, c.name_zh, p.planned_decision_on, p.cycle FROM programmes p "
            "JOIN clients c ON c.id = p.client_id WHERE NOT EXISTS (SELECT 1 FROM decisions d WHERE d.programme_id = p.id) "
            "AND ((p.cycle = 'initial' AND EXISTS (SELECT 1 FROM audits a WHERE a.programme_id = p.id "
            "AND a.kind = 'stage2' AND a.status = 'done')) "
            "OR (p.cycle = 'recertification' AND EXISTS (SELECT 1 FROM programmes q JOIN audits a ON a.programme_id = q.id "
            "WHERE q.client_id = p.client_id AND q.id <> p.id AND a.kind = 'recertification' AND a.status = 'done' "
            "AND NOT EXISTS (SELECT 1 FROM programmes r WHERE r.client_id = p.client_id AND r.cycle = 'recertification' "
            "AND r.id <> p.id AND r.planned_decision_on > q.planned_decision_on AND r.planned_decision_on < p.planned_decision_on))))"));
        while (q.next()) {
            const QDate planned = toDate(q.value(3));
            add(Kind::DecisionWaiting, planned.isValid() ? planned : today, QStringLiteral("programmes"), q.value(0).toLongLong(),
                q.value(1).toLongLong(), q.value(2).toString(),
                ProgrammeRules::cycleLabel(ProgrammeRules::cycleFromKey(q.value(4).toString()).value_or(Programme::Cycle::Initial)),
                tr("The audits the decision rests on are done; the decision is planned for %1.").arg(iso(planned)));
        }
    }

    // Certificates: suspensions near their limit, and expiry with no recertification planned.
    {
        CertificateRepository certificates(database);
        // Each certificate is loaded with its events: only those that can reach the limit by
        // the horizon are. A suspension began on the day of a suspend event, and its limit
        // (that day + the longest suspension) falls by the horizon only if that day is by
        // horizon − the longest suspension + 3 days (months forth and back lose at most the
        // 3 days from a 31st to a 28th).
        const QDate latestStart = horizon.addMonths(-parameters.suspensionMaxMonths()).addDays(3);
        for (const Certificate &c : certificates.loadSuspended(latestStart)) {
            const QDate limit = CertificateRules::suspensionLimit(c, today, parameters);
            if (limit.isValid() && limit <= horizon)
                add(Kind::SuspensionLimit, limit, QStringLiteral("certificates"), c.id, c.clientId, c.clientName, c.number,
                    tr("Suspended since %1; restore or withdraw it by %2 (C-suspend-max).")
                        .arg(iso(CertificateRules::stateOn(c, today).since), iso(limit)));
        }
        QSqlQuery q = database.exec(QStringLiteral(
            "SELECT x.id, x.client_id, c.name_zh, x.number, x.expires_on FROM certificates x JOIN clients c ON c.id = x.client_id "
            "WHERE x.status IN ('01', '02') AND x.expires_on <= ? "
            "AND NOT EXISTS (SELECT 1 FROM audits a WHERE a.programme_id = x.programme_id AND a.kind = 'recertification' "
            "AND a.status <> 'cancelled') "
            "AND NOT EXISTS (SELECT 1 FROM programmes n WHERE n.client_id = x.client_id AND n.cycle = 'recertification' "
            "AND n.id <> x.programme_id AND n.planned_decision_on > x.issued_on)"),
            {date(horizon)});
        while (q.next()) {
            const QDate expires = toDate(q.value(4));
            add(Kind::CertificateExpiring, expires, QStringLiteral("certificates"), q.value(0).toLongLong(), q.value(1).toLongLong(),
                q.value(2).toString(), q.value(3).toString(),
                expires < today ? tr("Expired on %1 with no recertification planned: record its expiry.").arg(iso(expires))
                                : tr("Expires on %1 and no recertification audit is planned.").arg(iso(expires)));
        }
    }

    // Draft contracts of clients with audits planned by the horizon.
    {
        QSqlQuery q = database.exec(QStringLiteral(
            "SELECT k.id, k.number, k.version, ap.client_id, c.name_zh, "
            "(SELECT min(coalesce(a.actual_start, a.planned_start)) FROM audits a JOIN programmes p ON p.id = a.programme_id "
            " WHERE p.client_id = ap.client_id AND a.status IN ('planned', 'confirmed')) AS next_audit "
            "FROM contracts k JOIN applications ap ON ap.id = k.application_id JOIN clients c ON c.id = ap.client_id "
            "WHERE k.status = 'draft'"));
        while (q.next()) {
            const QDate next = toDate(q.value(5));
            if (!next.isValid() || next > horizon)
                continue;
            add(Kind::ContractUnsigned, next, QStringLiteral("contracts"), q.value(0).toLongLong(), q.value(3).toLongLong(),
                q.value(4).toString(), tr("%1 version %2").arg(q.value(1).toString()).arg(q.value(2).toInt()),
                tr("An audit of this client is planned for %1 and the contract is not signed (5.3.1).").arg(iso(next)));
        }
    }

    // Auditors' registrations.
    {
        QSqlQuery q = database.exec(QStringLiteral(
            "SELECT id, name_zh, name_en, registration_number, registration_valid_to FROM auditors "
            "WHERE active = 1 AND registration_valid_to IS NOT NULL AND registration_valid_to <= ?"),
            {date(horizon)});
        while (q.next()) {
            const QDate to = toDate(q.value(4));
            const QString name = q.value(1).toString().isEmpty() ? q.value(2).toString() : q.value(1).toString();
            add(Kind::RegistrationExpiring, to, QStringLiteral("auditors"), q.value(0).toLongLong(), 0, name, q.value(3).toString(),
                to < today ? tr("The registration expired on %1; the auditor may not audit until it is renewed (A-4.2).").arg(iso(to))
                           : tr("The registration expires on %1 (A-4.2).").arg(iso(to)));
        }
    }

    std::stable_sort(items.begin(), items.end(), [](const DueItem &a, const DueItem &b) {
        if (a.date != b.date)
            return a.date < b.date;
        return int(a.kind) < int(b.kind);
    });
    return items;
}
