// The programme generator: keeps the audits given and adds the missing ones within the
// P-rules (see programme.h). How it plans, as a reviewer would:
// - lengths: an audit of d auditor days takes ⌈d / 2⌉ calendar days (a team of two), 1 to 5,
//   and its days are the review's for its kind; without review days stage 1 takes one day,
//   a surveillance two, stage 2 and the recertification three;
// - dates: stage 2 ends two weeks before the decision, stage 1 four weeks before stage 2;
//   the first surveillance ends a month before D + 12 months, each next one 12 months after
//   the one before, inside the window and calendar year the rules ask for, and at least one
//   per year of the cycle; the recertification audit ends a month before the warning period
//   ahead of the expiry; no audit runs over a weekend when the window leaves a choice;
// - shifts: stage 2, the recertification audit and special audits cover every shift; stage 1
//   the first (the documents), a surveillance the first and one other in turn, each shift
//   not covered with its reason;
// - cloud services: stage 2 and the recertification audit sample every service, a
//   surveillance one typical service in turn;
// - controls: stage 1 the clauses 5 and 6, stage 2 and the recertification audit the whole
//   catalogue, the surveillances added share what the given ones leave, clause by clause;
// - sites (n ≥ 2): each audit visits the number P-sites asks for, more when that is needed to
//   visit every site in the cycle, the sites not yet visited first.

#include "programme.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace ProgrammePlanner {

namespace {

using Kind = ProgrammeAudit::Kind;


int spanFor(Kind kind, const std::optional<double> &days)
{
    if (days && *days > 0)
        return std::clamp(int(std::ceil(*days / 2.0 - 1e-9)), 1, 5);
    switch (kind) {
    case Kind::Stage1:
    case Kind::Special: return 1;
    case Kind::Surveillance: return 2;
    case Kind::Stage2:
    case Kind::Recertification: return 3;
    }
    return 1;
}

bool weekdaysOnly(const QDate &start, const QDate &end)
{
    for (QDate d = start; d <= end; d = d.addDays(1))
        if (d.dayOfWeek() >= 6)
            return false;
    return true;
}

struct Span
{
    QDate start;
    QDate end;
};

// The span of `length` days ending as near `target` as the window [lo, hi] allows, on
// weekdays when it can.
Span place(QDate lo, QDate hi, QDate target, int length)
{
    if (!hi.isValid())
        hi = target;
    if (!lo.isValid())
        lo = hi.addYears(-1);
    if (lo <= hi)
        length = std::max(1, std::min<int>(length, int(lo.daysTo(hi)) + 1));
    target = std::clamp(target, lo.addDays(length - 1), std::max(hi, lo.addDays(length - 1)));
    for (int step = 0; step <= 20; ++step) {
        const int delta = (step % 2 == 0) ? -(step / 2) : (step + 1) / 2;
        const QDate end = target.addDays(delta);
        const QDate start = end.addDays(-(length - 1));
        if (start >= lo && end <= hi && weekdaysOnly(start, end))
            return {start, end};
    }
    QDate end = std::min(target, hi);
    QDate start = end.addDays(-(length - 1));
    if (start < lo && lo <= end)
        start = lo;
    return {start, end};
}

class Planner
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammePlanner)

public:
    Planner(const Programme &given, const Catalogue &catalogue, const RuleParameters &parameters)
        : p(given), cat(catalogue), params(parameters)
    {
    }

    Programme run()
    {
        D = p.decisionDate();
        if (!D.isValid())
            return p;
        E = p.expiryDate(params.cycleYears());
        givenCount = int(p.audits.size());
        if (p.cycle == Programme::Cycle::Initial)
            stages();
        const QDate recertTarget = recertificationTarget();
        surveillances(recertTarget);
        recertification(recertTarget);
        fillShifts();
        fillServices();
        fillControls();
        fillSites();
        // The whole programme in date order; the given audits keep their order among equals.
        std::stable_sort(p.audits.begin(), p.audits.end(), [](const ProgrammeAudit &a, const ProgrammeAudit &b) {
            if (a.start().isValid() != b.start().isValid())
                return a.start().isValid();
            return a.start() < b.start();
        });
        return p;
    }

private:
    Programme p;
    const Catalogue &cat;
    const RuleParameters &params;
    QDate D, E;
    int givenCount = 0;
    QList<int> added;   // indexes of the audits added

    QList<int> counted(Kind kind) const
    {
        QList<int> r;
        for (int i = 0; i < p.audits.size(); ++i)
            if (p.audits.at(i).kind == kind && p.audits.at(i).counts() && p.audits.at(i).end().isValid())
                r << i;
        std::stable_sort(r.begin(), r.end(), [&](int a, int b) { return p.audits.at(a).end() < p.audits.at(b).end(); });
        return r;
    }

    int add(Kind kind, const Span &span)
    {
        ProgrammeAudit a;
        a.kind = kind;
        a.plannedStart = span.start;
        a.plannedEnd = span.end;
        a.days = p.reviewDays.forKind(kind);
        p.audits.append(a);
        added << int(p.audits.size() - 1);
        return int(p.audits.size() - 1);
    }

    int length(Kind kind) const { return spanFor(kind, p.reviewDays.forKind(kind)); }

    void stages()
    {
        const QList<int> s1 = counted(Kind::Stage1), s2 = counted(Kind::Stage2);
        const QDate C = p.contractSignedOn.isValid() ? p.contractSignedOn : D.addDays(-90);
        int l1 = length(Kind::Stage1), l2 = length(Kind::Stage2);
        const int room = int(C.daysTo(D)) + 1;
        if (s2.isEmpty()) {
            QDate lo = C;
            if (!s1.isEmpty())
                lo = std::max(C, p.audits.at(s1.last()).end().addDays(1));
            else if (room >= l1 + l2)
                lo = C.addDays(l1);
            else
                l2 = std::max(1, room / 2);
            if (lo > D)
                lo = s1.isEmpty() ? C : std::max(C, p.audits.at(s1.last()).end());
            add(Kind::Stage2, place(lo, D, D.addDays(-14), l2));
        }
        if (s1.isEmpty()) {
            const QList<int> stage2 = counted(Kind::Stage2);
            const QDate s2start = p.audits.at(stage2.first()).start();
            QDate hi = s2start.addDays(-1);
            if (hi < C)
                hi = s2start;   // stage 1 may end on the day stage 2 starts
            add(Kind::Stage1, place(C, hi, s2start.addDays(-28), l1));
        }
    }

    QDate recertificationTarget() const
    {
        const QList<int> r = counted(Kind::Recertification);
        if (!r.isEmpty())
            return p.audits.at(r.last()).end();
        return E.addDays(-params.recertificationWarningDays() - 30);
    }

    void surveillances(const QDate &recertEnd)
    {
        const QList<int> existing = counted(Kind::Surveillance);
        const int lastYear = recertEnd.year();
        const int wanted = std::max(1, params.cycleYears() - 1);
        const int len = length(Kind::Surveillance);
        QDate prev;
        int next = 0, count = 0;
        for (int guard = 0; guard < 40; ++guard) {
            const bool first = !prev.isValid();
            QDate deadline = first ? D.addMonths(params.firstSurveillanceMonths())
                                   : prev.addMonths(params.surveillanceIntervalMonths());
            const int yearNeeded = !first && prev.year() + 1 < lastYear ? prev.year() + 1 : 0;
            if (yearNeeded)
                deadline = std::min(deadline, QDate(yearNeeded, 12, 31));
            deadline = std::min(deadline, E);
            if (next < existing.size() && p.audits.at(existing.at(next)).end() <= deadline) {
                prev = p.audits.at(existing.at(next)).end();
                ++next;
                ++count;
                continue;
            }
            const QDate ideal = first ? D.addMonths(params.firstSurveillanceMonths()).addDays(-30) : prev.addMonths(12);
            const bool more = count < wanted && ideal <= recertEnd.addDays(-60);
            if (!first && !yearNeeded && next >= existing.size() && !more)
                break;
            QDate lo = first ? D.addDays(1) : prev.addDays(1);
            if (yearNeeded)
                lo = std::max(lo, QDate(yearNeeded, 1, 1));
            const int index = add(Kind::Surveillance, place(lo, deadline, std::min(ideal, deadline), len));
            prev = p.audits.at(index).end();
            ++count;
        }
    }

    void recertification(const QDate &target)
    {
        if (!counted(Kind::Recertification).isEmpty())
            return;
        QDate lo = D.addDays(1);
        for (int s : counted(Kind::Surveillance))
            lo = std::max(lo, p.audits.at(s).end().addDays(1));
        QDate hi = std::min(E.addDays(-params.recertificationWarningDays()), QDate(target.year(), 12, 31));
        add(Kind::Recertification, place(lo, hi, target, length(Kind::Recertification)));
    }

    void fillShifts()
    {
        const QStringList &shifts = p.clientShifts;
        if (shifts.isEmpty())
            return;
        int turn = 0;
        for (int i : counted(Kind::Surveillance)) {
            if (!added.contains(i)) {
                ++turn;
                continue;
            }
            QStringList covered{shifts.first()};
            if (shifts.size() == 2)
                covered << shifts.at(1);
            else if (shifts.size() > 2)
                covered << shifts.at(1 + turn % (shifts.size() - 1));
            ++turn;
            setShifts(i, covered, tr("Shifts are sampled in turn over the surveillance audits; this shift is "
                                     "audited at stage 2, at the recertification audit and at another "
                                     "surveillance audit of the cycle."));
        }
        for (int i : std::as_const(added)) {
            const Kind kind = p.audits.at(i).kind;
            if (kind == Kind::Stage1)
                setShifts(i, {shifts.first()}, tr("Stage 1 reviews the documented system during the first shift; "
                                                  "this shift is audited at stage 2."));
            else if (kind != Kind::Surveillance)
                setShifts(i, shifts, QString());
        }
    }

    void setShifts(int i, const QStringList &covered, const QString &reason)
    {
        ProgrammeAudit &a = p.audits[i];
        a.shifts = covered;
        a.shiftReasons.clear();
        for (const QString &s : p.clientShifts)
            if (!covered.contains(s))
                a.shiftReasons.insert(s, reason);
    }

    void fillServices()
    {
        QStringList all, typical;
        for (const CloudService &s : p.services) {
            all << s.name;
            if (s.typical)
                typical << s.name;
        }
        if (all.isEmpty())
            return;
        const QStringList &turns = typical.isEmpty() ? all : typical;
        int turn = 0;
        for (int i : counted(Kind::Surveillance)) {
            if (added.contains(i))
                p.audits[i].services = {turns.at(turn % turns.size())};
            ++turn;
        }
        for (int i : std::as_const(added))
            if (p.audits.at(i).kind == Kind::Stage2 || p.audits.at(i).kind == Kind::Recertification)
                p.audits[i].services = all;
    }

    void fillControls()
    {
        QList<int> newSurveillances;
        for (int i : std::as_const(added)) {
            ProgrammeAudit &a = p.audits[i];
            switch (a.kind) {
            case Kind::Stage1:
                for (int c = 0; c < cat.ids.size(); ++c)
                    if (cat.clauses.value(c) == QLatin1String("5") || cat.clauses.value(c) == QLatin1String("6"))
                        a.controls << cat.ids.at(c);
                if (a.controls.isEmpty())
                    a.allControls = true;
                break;
            case Kind::Stage2:
            case Kind::Recertification:
                a.allControls = true;
                break;
            case Kind::Surveillance:
                newSurveillances << i;
                break;
            case Kind::Special:
                break;
            }
        }
        if (newSurveillances.isEmpty())
            return;
        std::sort(newSurveillances.begin(), newSurveillances.end(),
                  [&](int a, int b) { return p.audits.at(a).end() < p.audits.at(b).end(); });
        QList<int> givenSurveillances;
        for (int i : counted(Kind::Surveillance))
            if (!added.contains(i))
                givenSurveillances << i;
        const QStringList left = ProgrammeRules::uncovered(p, givenSurveillances, cat.ids);
        // Whole clauses to each surveillance in turn, each share about the same size.
        const int n = int(newSurveillances.size());
        const double share = double(left.size()) / n;
        int audit = 0;
        QString clause;
        for (int k = 0; k < left.size(); ++k) {
            const int c = int(cat.ids.indexOf(left.at(k)));
            const QString thisClause = cat.clauses.value(c);
            if (thisClause != clause && audit < n - 1
                && p.audits.at(newSurveillances.at(audit)).controls.size() >= share * 0.9)
                ++audit;
            clause = thisClause;
            p.audits[newSurveillances.at(audit)].controls << left.at(k);
        }
    }

    void fillSites()
    {
        const QStringList &sites = p.clientSites;
        const int n = int(sites.size());
        if (n == 0)
            return;
        QSet<QString> visited;
        for (int i = 0; i < p.audits.size(); ++i)
            if (!added.contains(i) && p.audits.at(i).counts())
                for (const QString &s : p.audits.at(i).sites)
                    visited.insert(s);
        QStringList queue;
        for (const QString &s : sites)
            if (!visited.contains(s))
                queue << s;
        QList<int> sampled;   // in date order
        for (int i : std::as_const(added))
            if (p.audits.at(i).kind == Kind::Stage1)
                p.audits[i].sites = {sites.first()};
            else if (p.audits.at(i).kind != Kind::Special)
                sampled << i;
            else
                p.audits[i].sites = {sites.first()};
        if (sampled.isEmpty())
            return;
        std::sort(sampled.begin(), sampled.end(), [&](int a, int b) { return p.audits.at(a).end() < p.audits.at(b).end(); });
        QList<int> counts;
        int capacity = 0;
        for (int i : std::as_const(sampled)) {
            const int required = std::max(1, ProgrammeRules::sitesRequired(p.audits.at(i).kind, n, params));
            counts << required;
            capacity += required;
        }
        for (int k = 0; capacity < queue.size(); k = (k + 1) % int(counts.size()))
            if (counts[k] < n) {
                ++counts[k];
                ++capacity;
            }
        int cursor = 0;   // over all sites, after the queue is used up
        for (int k = 0; k < sampled.size(); ++k) {
            QStringList chosen;
            while (chosen.size() < counts.at(k) && !queue.isEmpty())
                chosen << queue.takeFirst();
            for (int guard = 0; chosen.size() < counts.at(k) && guard < 2 * n; ++guard) {
                const QString s = sites.at(cursor++ % n);
                if (!chosen.contains(s))
                    chosen << s;
            }
            p.audits[sampled.at(k)].sites = chosen;
        }
    }
};

} // namespace

Programme propose(const Programme &programme, const Catalogue &catalogue, const RuleParameters &parameters)
{
    return Planner(programme, catalogue, parameters).run();
}

} // namespace ProgrammePlanner
