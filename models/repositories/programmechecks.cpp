// The checks of audit programmes that read the database: who may be put on a team
// (validate, before a save) and every rule over a programme with its teams (check).

#include "programmerepository.h"

#include "db/database.h"
#include "domain/eligibility.h"
#include "repositories/auditorrepository.h"
#include "repositories/parameterrepository.h"

#include <QHash>

QList<FieldProblem> ProgrammeRepository::validate(const Programme &programme) const
{
    QList<FieldProblem> problems = ProgrammeRules::validate(programme);
    for (int i = 0; i < programme.audits.size(); ++i)
        for (int j = 0; j < programme.audits.at(i).findings.size(); ++j) {
            const AuditFinding &f = programme.audits.at(i).findings.at(j);
            if (f.verifiedBy > 0 && !m_db.scalar(QStringLiteral("SELECT 1 FROM auditors WHERE id = ?"), {f.verifiedBy}).isValid())
                problems << FieldProblem{QStringLiteral("audits[%1].findings[%2].verified_by").arg(i).arg(j),
                                         tr("Audit %1, finding %2: the verifier is not in the auditors' register.")
                                             .arg(i + 1).arg(j + 1)};
        }
    // Only a person newly put on a team is checked: who did the work stays on record.
    const std::optional<Programme> stored = programme.id > 0 ? load(programme.id) : std::nullopt;
    struct Newcomer { int audit; TeamMember member; };
    QList<Newcomer> newcomers;
    for (int i = 0; i < programme.audits.size(); ++i) {
        const ProgrammeAudit &a = programme.audits.at(i);
        if (!a.start().isValid() || !a.end().isValid() || a.start() > a.end())
            continue;
        for (const TeamMember &m : a.team) {
            bool kept = false;
            if (stored && a.id > 0)
                for (const ProgrammeAudit &s : stored->audits)
                    if (s.id == a.id)
                        for (const TeamMember &before : s.team)
                            kept = kept || (before.auditorId == m.auditorId && before.role == m.role);
            if (!kept)
                newcomers << Newcomer{i, m};
        }
    }
    if (newcomers.isEmpty())
        return problems;
    const RuleParameters parameters = ParameterRepository(m_db).load();
    QHash<qint64, Auditor> auditors;
    for (const Newcomer &n : std::as_const(newcomers))
        if (!auditors.contains(n.member.auditorId))
            if (const std::optional<Auditor> a = AuditorRepository(m_db).load(n.member.auditorId))
                auditors.insert(a->id, *a);
    for (const Newcomer &n : std::as_const(newcomers)) {
        const ProgrammeAudit &a = programme.audits.at(n.audit);
        const TeamMember &m = n.member;
        const int i = n.audit;
        const EligibilityRequest request{programme.clientId, programme.scopeClasses, a.start(), a.end(), {}};
        const auto found = auditors.constFind(m.auditorId);
        const QString key = QStringLiteral("audits[%1].team").arg(i);
        if (found == auditors.constEnd()) {
            problems << FieldProblem{key, tr("Audit %1: the person on the team is not in the auditors' register.").arg(i + 1)};
            continue;
        }
        const AuditorEligibility e = Eligibility::evaluate(*found, request, parameters);
        QStringList reasons;
        for (const EligibilityReason &r : e.reasons) {
            // A technical expert is not an auditor, but may be on a team as an expert;
            // scope classes are the team's to cover together.
            if (r.kind == EligibilityReason::CompetenceMissing)
                continue;
            if (m.role == TeamMember::Role::Expert && r.kind != EligibilityReason::ConflictOfInterest
                && r.kind != EligibilityReason::Inactive)
                continue;
            reasons << r.message;
        }
        if (!reasons.isEmpty())
            problems << FieldProblem{key, tr("Audit %1: %2 cannot be on this team: %3")
                                              .arg(i + 1).arg(found->displayName(), reasons.join(QStringLiteral(" "))),
                                     QStringLiteral("A-4.2")};
        else if (m.role == TeamMember::Role::Leader && !found->mayLead())
            problems << FieldProblem{key, tr("Audit %1: %2 may not lead a team (an intern or a technical expert).")
                                              .arg(i + 1).arg(found->displayName()),
                                     QStringLiteral("A-4.2")};
    }
    return problems;
}

ProgrammeCheckContext::ProgrammeCheckContext(ProgrammePlanner::Catalogue catalogue, QList<Auditor> auditors,
                                             RuleParameters parameters)
    : catalogue(std::move(catalogue)), auditors(std::move(auditors)), parameters(std::move(parameters))
{
    m_index.reserve(this->auditors.size());
    for (qsizetype i = 0; i < this->auditors.size(); ++i)
        m_index.insert(this->auditors.at(i).id, i);
}

ProgrammeCheckContext ProgrammeCheckContext::load(Database &db)
{
    return ProgrammeCheckContext(ProgrammeRepository(db).catalogue(), AuditorRepository(db).loadAll(),
                                 ParameterRepository(db).load());
}

const Auditor *ProgrammeCheckContext::auditor(qint64 id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &auditors.at(*it);
}

QList<ProgrammeViolation> ProgrammeRepository::check(const Programme &programme) const
{
    return check(programme, ProgrammeCheckContext::load(m_db));
}

QList<ProgrammeViolation> ProgrammeRepository::check(const Programme &programme, const ProgrammeCheckContext &context)
{
    QList<ProgrammeViolation> violations = ProgrammeRules::check(programme, context.catalogue.ids, context.parameters);
    for (int i = 0; i < programme.audits.size(); ++i) {
        const ProgrammeAudit &a = programme.audits.at(i);
        if (!a.counts() || a.team.isEmpty() || !a.start().isValid() || !a.end().isValid() || a.start() > a.end())
            continue;
        QList<Auditor> team;
        for (const TeamMember &m : a.team)
            if (const Auditor *found = context.auditor(m.auditorId); found && m.role != TeamMember::Role::Expert)
                team << *found;
        const EligibilityRequest request{programme.clientId, programme.scopeClasses, a.start(), a.end(), {}};
        for (RuleFinding f : Eligibility::checkTeam(team, request, context.parameters)) {
            f.message = QStringLiteral("%1: %2").arg(ProgrammeRules::auditName(programme, i), f.message);
            f.message[0] = f.message.at(0).toUpper();
            violations << ProgrammeViolation{f, i};
        }
    }
    return violations;
}
