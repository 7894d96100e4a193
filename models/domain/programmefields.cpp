// The programme aggregate's declared fields and the checks that keep one from being saved.

#include "programme.h"

#include "domain/textrules.h"

#include <QCoreApplication>
#include <QSet>

namespace ProgrammeFields {

const RecordSpec &programme()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Audit programme"), {
        {"client_id", QT_TRANSLATE_NOOP("Fields", "Client")},
        {"contract_id", QT_TRANSLATE_NOOP("Fields", "Contract")},
        {"cycle", QT_TRANSLATE_NOOP("Fields", "Cycle")},
        {"planned_decision_on", QT_TRANSLATE_NOOP("Fields", "Certification decision, planned")},
        {"decided_on", QT_TRANSLATE_NOOP("Fields", "Certification decision, recorded")},
        {"expires_on", QT_TRANSLATE_NOOP("Fields", "Expiry date")},
        {"notes", QT_TRANSLATE_NOOP("Fields", "Notes"), 20000, true},
    }, "planned_decision_on"};
    return spec;
}

const RecordSpec &audit()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Audit"), {
        {"kind", QT_TRANSLATE_NOOP("Fields", "Kind")},
        {"planned_start", QT_TRANSLATE_NOOP("Fields", "Planned start")},
        {"planned_end", QT_TRANSLATE_NOOP("Fields", "Planned end")},
        {"actual_start", QT_TRANSLATE_NOOP("Fields", "Actual start")},
        {"actual_end", QT_TRANSLATE_NOOP("Fields", "Actual end")},
        {"days", QT_TRANSLATE_NOOP("Fields", "Auditor days")},
        {"method", QT_TRANSLATE_NOOP("Fields", "Audit method")},
        {"status", QT_TRANSLATE_NOOP("Fields", "Status")},
        {"all_controls", QT_TRANSLATE_NOOP("Fields", "All controls")},
        {"controls", QT_TRANSLATE_NOOP("Fields", "Controls")},
        {"notes", QT_TRANSLATE_NOOP("Fields", "Notes"), 20000, true},
    }, "planned_end"};
    return spec;
}

const RecordSpec &team()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Audit team member"), {
        {"auditor_id", QT_TRANSLATE_NOOP("Fields", "Auditor")},
        {"role", QT_TRANSLATE_NOOP("Fields", "Role")},
    }};
    return spec;
}

const RecordSpec &shift()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Shift of an audit"), {
        {"shift_id", QT_TRANSLATE_NOOP("Fields", "Shift")},
        {"covered", QT_TRANSLATE_NOOP("Fields", "Covered")},
        {"reason", QT_TRANSLATE_NOOP("Fields", "Reason not covered"), 2000},
    }};
    return spec;
}

const RecordSpec &service()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Service sampled"), {
        {"service_id", QT_TRANSLATE_NOOP("Fields", "Cloud service")},
    }};
    return spec;
}

const RecordSpec &site()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Site visited"), {
        {"site_id", QT_TRANSLATE_NOOP("Fields", "Site")},
    }};
    return spec;
}

} // namespace ProgrammeFields

namespace ProgrammeRules {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ProgrammeRules", text); }
} // namespace

QList<FieldProblem> validate(const Programme &p)
{
    QList<FieldProblem> problems;
    if (!p.plannedDecision.isValid())
        problems << FieldProblem{QStringLiteral("planned_decision_on"),
                                 tr("Enter the planned date of the certification decision; the surveillance windows are "
                                    "counted from it.")};
    if (p.expiry.isValid() && p.decisionDate().isValid() && p.expiry <= p.decisionDate())
        problems << FieldProblem{QStringLiteral("expires_on"), tr("The expiry date must come after the certification decision.")};
    if (p.notes.size() > ProgrammeFields::programme().maxLength(QStringLiteral("notes")))
        problems << FieldProblem{QStringLiteral("notes"), tr("The notes are too long.")};
    for (int i = 0; i < p.audits.size(); ++i) {
        const ProgrammeAudit &a = p.audits.at(i);
        const QString at = QStringLiteral("audits[%1].").arg(i);
        const QString n = tr("Audit %1: ").arg(i + 1);
        if (!a.plannedStart.isValid() || !a.plannedEnd.isValid())
            problems << FieldProblem{at + QStringLiteral("planned_start"), n + tr("enter the planned start and end.")};
        else if (a.plannedStart > a.plannedEnd)
            problems << FieldProblem{at + QStringLiteral("planned_end"), n + tr("the planned end comes before the start.")};
        if (a.actualStart.isValid() != a.actualEnd.isValid())
            problems << FieldProblem{at + QStringLiteral("actual_end"), n + tr("enter both the actual start and end, or neither.")};
        else if (a.actualStart.isValid() && a.actualStart > a.actualEnd)
            problems << FieldProblem{at + QStringLiteral("actual_end"), n + tr("the actual end comes before the start.")};
        if (a.status == ProgrammeAudit::Status::Done && !a.actualEnd.isValid())
            problems << FieldProblem{at + QStringLiteral("actual_end"), n + tr("a done audit has its actual dates; enter them.")};
        if (a.days && *a.days < 0)
            problems << FieldProblem{at + QStringLiteral("days"), n + tr("the days cannot be negative.")};
        int leaders = 0;
        QSet<qint64> people;
        for (const TeamMember &m : a.team) {
            leaders += m.role == TeamMember::Role::Leader;
            if (m.auditorId > 0 && people.contains(m.auditorId))
                problems << FieldProblem{at + QStringLiteral("team"), n + tr("%1 is on the team twice.").arg(m.name)};
            people.insert(m.auditorId);
        }
        if (leaders > 1)
            problems << FieldProblem{at + QStringLiteral("team"), n + tr("a team has one leader.")};
        for (auto it = a.shiftReasons.cbegin(); it != a.shiftReasons.cend(); ++it)
            if (it.value().size() > ProgrammeFields::shift().maxLength(QStringLiteral("reason")))
                problems << FieldProblem{at + QStringLiteral("shifts"), n + tr("the reason for “%1” is too long.").arg(it.key())};
        if (a.notes.size() > ProgrammeFields::audit().maxLength(QStringLiteral("notes")))
            problems << FieldProblem{at + QStringLiteral("notes"), n + tr("the notes are too long.")};
        for (int j = 0; j < a.findings.size(); ++j) {
            const AuditFinding &f = a.findings.at(j);
            for (const FieldProblem &fp : FindingRules::validate(f))
                problems << FieldProblem{at + QStringLiteral("findings[%1].").arg(j) + fp.field,
                                         n + tr("finding %1: %2").arg(j + 1).arg(fp.message), fp.rule};
            if (f.raisedOn.isValid() && a.start().isValid() && f.raisedOn < a.start())
                problems << FieldProblem{at + QStringLiteral("findings[%1].raised_on").arg(j),
                                         n + tr("finding %1 is dated before the audit began (%2).")
                                                 .arg(j + 1).arg(a.start().toString(Qt::ISODate))};
        }
    }
    return problems;
}

} // namespace ProgrammeRules
