#include "programmedemo.h"

#include "db/database.h"
#include "domain/eligibility.h"
#include "domain/programme.h"
#include "repositories/auditorrepository.h"
#include "repositories/parameterrepository.h"
#include "repositories/programmerepository.h"
#include "repositories/rowwriter.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace {

const char *const kServices[] = {"弹性计算 ECS", "对象存储 OSS", "云数据库 RDS", "容器服务 ACK", "内容分发 CDN",
                                 "负载均衡 SLB", "云备份", "政务云平台"};

using Kind = ProgrammeAudit::Kind;
using Status = ProgrammeAudit::Status;

// Eligible people for an audit who together cover its scope classes, the first able to
// lead (as a planner picks them: a few tries through the register, not all of it).
QList<TeamMember> teamFor(const Programme &p, const ProgrammeAudit &a, const QList<Auditor> &auditors,
                          QRandomGenerator &random, const RuleParameters &parameters)
{
    QList<TeamMember> team;
    if (auditors.isEmpty())
        return team;
    QStringList uncovered = p.scopeClasses;
    const EligibilityRequest request{p.clientId, p.scopeClasses, a.start(), a.end(), {}};
    const int start = int(random.bounded(int(auditors.size())));
    for (int k = 0; k < std::min<int>(60, int(auditors.size())) && team.size() < 4; ++k) {
        const Auditor &candidate = auditors.at((start + k * 7) % auditors.size());
        bool already = false;
        for (const TeamMember &m : team)
            already = already || m.auditorId == candidate.id;
        if (already || (team.isEmpty() && !candidate.mayLead()))
            continue;
        const AuditorEligibility e = Eligibility::evaluate(candidate, request, parameters);
        bool ok = true;
        QStringList adds;
        for (const EligibilityReason &r : e.reasons)
            ok = ok && r.kind == EligibilityReason::CompetenceMissing;
        if (!ok)
            continue;
        for (const QString &c : std::as_const(uncovered))
            if (const AuditorCompetence *competence = candidate.competence(c); competence && competence->confirmedOn.isValid()
                && competence->confirmedOn <= a.start())
                adds << c;
        if (!team.isEmpty() && adds.isEmpty())
            continue;
        for (const QString &c : std::as_const(adds))
            uncovered.removeAll(c);
        team << TeamMember{candidate.id, candidate.displayName(),
                           team.isEmpty() ? TeamMember::Role::Leader : TeamMember::Role::Member};
        if (uncovered.isEmpty())
            break;
    }
    // A team that leaves a scope class uncovered waits for one that does.
    return uncovered.isEmpty() ? team : QList<TeamMember>();
}

} // namespace

int ProgrammeDemo::generate(Database &db, QRandomGenerator &random, const QDate &today)
{
    ProgrammeRepository repository(db);
    const RuleParameters parameters = ParameterRepository(db).load();
    const ProgrammePlanner::Catalogue catalogue = repository.catalogue();
    const QList<Auditor> auditors = AuditorRepository(db).loadAll(false);
    const QStringList serviceColumns{QStringLiteral("client_id"), QStringLiteral("name"), QStringLiteral("typical")};
    QHash<qint64, bool> servicesGiven;
    int written = 0;
    const QList<ProgrammeSource> sources = repository.sources();
    for (int k = sources.size() - 1; k >= 0; --k) {   // oldest contract first
        const ProgrammeSource &source = sources.at(k);
        if (!servicesGiven.contains(source.clientId)) {
            servicesGiven.insert(source.clientId, true);
            const int count = 1 + int(random.bounded(3));
            const int first = int(random.bounded(int(std::size(kServices))));
            for (int s = 0; s < count; ++s)
                RowWriter::insert(db, QStringLiteral("client_services"), serviceColumns,
                                  {source.clientId, QString::fromUtf8(kServices[(first + s) % std::size(kServices)]),
                                   s < 1 + int(random.bounded(2)) ? 1 : 0},
                                  source.clientId);
        }
        Programme p;
        p.clientId = source.clientId;
        p.contractId = source.contractId;
        p.cycle = source.cycle;
        p.plannedDecision = source.signedOn.addDays(45 + int(random.bounded(60)));
        repository.insertUnchecked(p);
    }
    // Read back, all at once, what the rules need from the clients, contracts and
    // applications; then plan each programme, in the order they were made.
    QList<Programme> made = repository.loadAll();
    bool shownLate = false, shownReason = false, shownCancelled = false;
    for (Programme &p : made) {
        if (p.plannedDecision.addDays(10) < today)
            p.actualDecision = p.plannedDecision.addDays(int(random.bounded(8)));
        p = ProgrammePlanner::propose(p, catalogue, parameters);
        // The first programmes show what the page reports; the others follow the usual mix.
        int roll = int(random.bounded(100));
        bool surveillanceAhead = false;
        for (const ProgrammeAudit &a : p.audits)
            surveillanceAhead = surveillanceAhead || (a.kind == Kind::Surveillance && a.end() >= today);
        if (!shownLate && surveillanceAhead) {
            roll = 0;
            shownLate = true;
        } else if (!shownReason && p.clientShifts.size() > 1) {
            roll = 5;
            shownReason = true;
        } else if (!shownCancelled && surveillanceAhead) {
            roll = 8;
            shownCancelled = true;
        }
        for (int i = 0; i < p.audits.size(); ++i) {
            ProgrammeAudit &a = p.audits[i];
            if (a.end() < today) {
                a.status = Status::Done;
                const int late = random.bounded(5) == 0 ? 1 : 0;
                a.actualStart = a.plannedStart.addDays(late);
                a.actualEnd = a.plannedEnd.addDays(late);
            } else if (a.start() <= today.addDays(60)) {
                a.status = Status::Confirmed;
            }
        }
        if (roll < 4) {
            // The second surveillance moved four months later than the interval allows.
            for (int i = p.audits.size() - 1; i >= 0; --i)
                if (p.audits[i].kind == Kind::Surveillance && p.audits[i].status != Status::Done) {
                    p.audits[i].plannedStart = p.audits[i].plannedStart.addMonths(4);
                    p.audits[i].plannedEnd = p.audits[i].plannedEnd.addMonths(4);
                    break;
                }
        } else if (roll < 7 && p.clientShifts.size() > 1) {
            for (ProgrammeAudit &a : p.audits)
                if (a.kind == Kind::Stage1)
                    a.shiftReasons.clear();
        } else if (roll < 10) {
            // A planned surveillance cancelled and planned again a month later.
            for (ProgrammeAudit &a : p.audits)
                if (a.kind == Kind::Surveillance && a.status == Status::Planned) {
                    ProgrammeAudit again = a;
                    a.status = Status::Cancelled;
                    a.notes = QStringLiteral("客户机房搬迁，推迟一个月");
                    again.plannedStart = again.plannedStart.addDays(-14);
                    again.plannedEnd = again.plannedEnd.addDays(-14);
                    p.audits << again;
                    break;
                }
        }
        // The teams of the audits done and of those of the next months, for the dates they
        // have now.
        for (ProgrammeAudit &a : p.audits)
            if (a.start() <= today.addDays(120))
                a.team = teamFor(p, a, auditors, random, parameters);
        repository.updateUnchecked(p);
        ++written;
    }
    return written;
}
