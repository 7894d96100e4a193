#include "programme.h"

#include "domain/applicanteligibility.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ProgrammeRules", text, disambiguation, n);
}

QString iso(const QDate &date) { return date.toString(Qt::ISODate); }

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

using Kind = ProgrammeAudit::Kind;

// The counted audits of a kind, in the order they take place (end date, then position).
QList<int> ofKind(const Programme &p, Kind kind)
{
    QList<int> result;
    for (int i = 0; i < p.audits.size(); ++i)
        if (p.audits.at(i).kind == kind && p.audits.at(i).counts())
            result << i;
    std::stable_sort(result.begin(), result.end(), [&](int a, int b) {
        const QDate ea = p.audits.at(a).end(), eb = p.audits.at(b).end();
        if (ea.isValid() != eb.isValid())
            return ea.isValid();
        return ea < eb;
    });
    return result;
}

// The words the sentences share, in the context ProgrammeRules.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeRules)

public:
    static QString ordinal(int n);
    static QString listed(const QStringList &items, int most = 6);
};

QString Words::ordinal(int n)   // 1-based
{
    switch (n) {
    case 1: return tr("first");
    case 2: return tr("second");
    case 3: return tr("third");
    case 4: return tr("fourth");
    case 5: return tr("fifth");
    case 6: return tr("sixth");
    case 7: return tr("seventh");
    case 8: return tr("eighth");
    case 9: return tr("ninth");
    case 10: return tr("tenth");
    }
    return tr("no. %1").arg(n);
}

QString Words::listed(const QStringList &items, int most)
{
    QStringList shown = items.mid(0, most);
    QString text = shown.join(tr(", "));
    if (items.size() > most)
        text += tr(" and %n more", nullptr, int(items.size() - most));
    return text;
}

QString listed(const QStringList &items, int most = 6) { return Words::listed(items, most); }
QString ordinal(int n) { return Words::ordinal(n); }

class Checker
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeRules)

public:
    Checker(const Programme &p, const QStringList &catalogue, const RuleParameters &parameters)
        : p(p), catalogue(catalogue), params(parameters)
    {
        D = p.decisionDate();
        E = p.expiryDate(params.cycleYears());
        stage1 = ofKind(p, Kind::Stage1);
        stage2 = ofKind(p, Kind::Stage2);
        surveillances = ofKind(p, Kind::Surveillance);
        recertifications = ofKind(p, Kind::Recertification);
    }

    QList<ProgrammeViolation> run()
    {
        structure();
        coverage();
        services();
        firstSurveillance();
        years();
        interval();
        recertification();
        shifts();
        contract();
        dates();
        days();
        sites();
        return out;
    }

private:
    const Programme &p;
    const QStringList &catalogue;
    const RuleParameters &params;
    QDate D, E;
    QList<int> stage1, stage2, surveillances, recertifications;
    QList<ProgrammeViolation> out;

    const ProgrammeAudit &a(int i) const { return p.audits.at(i); }
    QString name(int i) const { return ProgrammeRules::auditName(p, i); }
    bool initial() const { return p.cycle == Programme::Cycle::Initial; }

    void add(const char *rule, RuleFinding::Severity severity, int audit, const QString &message)
    {
        RuleFinding f;
        f.rule = QLatin1String(rule);
        f.severity = severity;
        f.message = QStringLiteral("%1 (%2)").arg(capitalised(message), f.rule);
        out.append({f, audit});
    }
    void error(const char *rule, int audit, const QString &message) { add(rule, RuleFinding::Error, audit, message); }
    void warning(const char *rule, int audit, const QString &message) { add(rule, RuleFinding::Warning, audit, message); }

    // P-5.4.1.2
    void structure()
    {
        static const char rule[] = "P-5.4.1.2";
        if (initial()) {
            if (stage1.isEmpty())
                error(rule, -1, tr("the initial programme has no stage 1 audit"));
            if (stage2.isEmpty())
                error(rule, -1, tr("the initial programme has no stage 2 audit"));
        }
        if (surveillances.isEmpty())
            error(rule, -1, tr("the programme has no surveillance audit"));
        if (recertifications.isEmpty())
            error(rule, -1, tr("the programme has no recertification audit"));
        if (!initial())
            return;
        for (int s2 : std::as_const(stage2)) {
            for (int s1 : std::as_const(stage1))
                if (a(s1).end().isValid() && a(s2).start().isValid() && a(s1).end() > a(s2).start())
                    error(rule, s2, tr("%1 starts on %2, before %3 ends on %4")
                                        .arg(name(s2), iso(a(s2).start()), name(s1), iso(a(s1).end())));
            if (D.isValid() && a(s2).end().isValid() && a(s2).end() > D)
                error(rule, s2, tr("%1 ends on %2, after the certification decision on %3")
                                    .arg(name(s2), iso(a(s2).end()), iso(D)));
        }
    }

    void coveredBy(const QList<int> &audits, int concerning, const QString &what)
    {
        if (audits.isEmpty() || catalogue.isEmpty())
            return;
        const QStringList missing = ProgrammeRules::uncovered(p, audits, catalogue);
        if (!missing.isEmpty())
            error("P-5.4.1.3", concerning,
                  tr("%1 leave %n control(s) of the catalogue uncovered: %2", nullptr, int(missing.size()))
                      .arg(what, listed(missing)));
    }

    // P-5.4.1.3
    void coverage()
    {
        if (initial())
            coveredBy(stage1 + stage2, stage2.isEmpty() ? stage1.value(0, -1) : stage2.first(),
                      tr("stage 1 and stage 2 together"));
        for (int r : std::as_const(recertifications))
            coveredBy({r}, r, name(r));
        coveredBy(surveillances, surveillances.isEmpty() ? -1 : surveillances.last(),
                  tr("the surveillance audits of the cycle together"));
    }

    void servicesBy(const QList<int> &audits, int concerning, const QString &what, const QStringList &typical)
    {
        if (audits.isEmpty())
            return;
        QSet<QString> sampled;
        for (int i : audits)
            for (const QString &s : a(i).services)
                sampled.insert(s);
        QStringList missing;
        for (const QString &s : typical)
            if (!sampled.contains(s))
                missing << s;
        if (!missing.isEmpty())
            error("P-5.4.1.3-services", concerning,
                  tr("%1 do not sample the typical service(s) %2", nullptr, int(missing.size()))
                      .arg(what, listed(missing)));
    }

    // P-5.4.1.3-services
    void services()
    {
        QStringList typical;
        for (const CloudService &s : p.services)
            if (s.typical)
                typical << s.name;
        if (typical.isEmpty())
            return;
        if (initial())
            servicesBy(stage1 + stage2, stage2.isEmpty() ? stage1.value(0, -1) : stage2.first(),
                       tr("stage 1 and stage 2 together"), typical);
        for (int r : std::as_const(recertifications))
            servicesBy({r}, r, name(r), typical);
    }

    // P-5.4.1.4-first
    void firstSurveillance()
    {
        if (surveillances.isEmpty() || !D.isValid())
            return;
        const int s1 = surveillances.first();
        const int months = params.firstSurveillanceMonths();
        if (a(s1).start().isValid() && a(s1).start() <= D)
            error("P-5.4.1.4-first", s1, tr("%1 starts on %2, not after the certification decision on %3")
                                             .arg(name(s1), iso(a(s1).start()), iso(D)));
        if (a(s1).end().isValid() && a(s1).end() > D.addMonths(months))
            error("P-5.4.1.4-first", s1,
                  tr("%1 ends on %2, %3 after the certification decision; at most %n month(s) (by %4)", nullptr, months)
                      .arg(name(s1), iso(a(s1).end()),
                           ApplicantEligibility::elapsedText(ApplicantEligibility::elapsed(D, a(s1).end())),
                           iso(D.addMonths(months))));
    }

    int lastYear() const
    {
        if (!recertifications.isEmpty() && a(recertifications.last()).end().isValid())
            return a(recertifications.last()).end().year();
        return E.isValid() ? E.year() : 0;
    }

    // P-5.4.1.4-year
    void years()
    {
        if (surveillances.isEmpty() || !a(surveillances.first()).end().isValid())
            return;
        const int first = a(surveillances.first()).end().year();
        const int last = lastYear();
        for (int y = first + 1; y < last; ++y) {
            const bool found = std::any_of(surveillances.cbegin(), surveillances.cend(), [&](int i) {
                return a(i).end().isValid() && a(i).end().year() == y;
            });
            if (!found)
                error("P-5.4.1.4-year", -1,
                      tr("no surveillance audit takes place in %1; one is needed in every calendar year after the "
                         "first surveillance (%2) and before the recertification year (%3)")
                          .arg(y).arg(first).arg(last));
        }
    }

    // P-5.4.1.4-interval
    void interval()
    {
        const int months = params.surveillanceIntervalMonths();
        for (int k = 1; k < surveillances.size(); ++k) {
            const ProgrammeAudit &prev = a(surveillances.at(k - 1)), &next = a(surveillances.at(k));
            if (!prev.end().isValid() || !next.end().isValid())
                continue;
            if (next.end() > prev.end().addMonths(months))
                error("P-5.4.1.4-interval", surveillances.at(k),
                      tr("%1 ends %2 after %3; at most %n month(s) (by %4)", nullptr, months)
                          .arg(name(surveillances.at(k)),
                               ApplicantEligibility::elapsedText(ApplicantEligibility::elapsed(prev.end(), next.end())),
                               name(surveillances.at(k - 1)), iso(prev.end().addMonths(months))));
        }
    }

    // P-recert
    void recertification()
    {
        if (!E.isValid())
            return;
        const int warnDays = params.recertificationWarningDays();
        for (int r : std::as_const(recertifications)) {
            const QDate end = a(r).end();
            if (!end.isValid())
                continue;
            if (end > E)
                error("P-recert", r, tr("%1 ends on %2, after the certificate expires on %3")
                                         .arg(name(r), iso(end), iso(E)));
            else if (end.daysTo(E) < warnDays)
                warning("P-recert", r,
                        tr("%1 ends on %2, only %n day(s) before the certificate expires on %3", nullptr,
                           int(end.daysTo(E)))
                                .arg(name(r), iso(end), iso(E))
                            + tr("; plan it at least %n day(s) before", nullptr, warnDays));
        }
    }

    // P-5.4.1.5
    void shifts()
    {
        if (p.clientShifts.isEmpty())
            return;
        for (int i = 0; i < p.audits.size(); ++i) {
            if (!a(i).counts())
                continue;
            bool any = false;
            for (const QString &s : p.clientShifts)
                any = any || a(i).shifts.contains(s);
            if (!any)
                error("P-5.4.1.5", i, tr("%1 covers none of the client's shifts (%2)")
                                          .arg(name(i), p.clientShifts.join(tr(", "))));
            for (const QString &s : p.clientShifts)
                if (!a(i).shifts.contains(s) && a(i).shiftReasons.value(s).trimmed().isEmpty())
                    error("P-5.4.1.5", i, tr("%1 does not cover the shift “%2” and gives no reason").arg(name(i), s));
        }
    }

    // P-5.3.1
    void contract()
    {
        if (!p.contractSignedOn.isValid())
            return;
        for (int i = 0; i < p.audits.size(); ++i)
            if (a(i).counts() && a(i).start().isValid() && a(i).start() < p.contractSignedOn)
                error("P-5.3.1", i, tr("%1 starts on %2, before the contract was signed on %3")
                                        .arg(name(i), iso(a(i).start()), iso(p.contractSignedOn)));
    }

    // P-dates
    void dates()
    {
        if (!D.isValid())
            error("P-dates", -1, tr("the programme has no certification decision date, planned or recorded"));
        for (int i = 0; i < p.audits.size(); ++i) {
            const ProgrammeAudit &x = a(i);
            if (!x.counts())
                continue;
            if (!x.start().isValid() || !x.end().isValid()) {
                error("P-dates", i, tr("%1 has no start or end date").arg(name(i)));
                continue;
            }
            if (x.start() > x.end())
                error("P-dates", i, tr("%1 starts on %2, after it ends on %3").arg(name(i), iso(x.start()), iso(x.end())));
            if (x.kind == Kind::Surveillance && D.isValid() && E.isValid() && (x.start() < D || x.end() > E))
                error("P-dates", i, tr("%1 (%2 to %3) lies outside the cycle, %4 to %5")
                                        .arg(name(i), iso(x.start()), iso(x.end()), iso(D), iso(E)));
            if (x.kind == Kind::Recertification && D.isValid() && x.start() <= D)
                error("P-dates", i, tr("%1 starts on %2, not after the certification decision on %3")
                                        .arg(name(i), iso(x.start()), iso(D)));
        }
    }

    // P-days
    void days()
    {
        for (int i = 0; i < p.audits.size(); ++i) {
            const ProgrammeAudit &x = a(i);
            const std::optional<double> needed = p.reviewDays.forKind(x.kind);
            if (!x.counts() || !x.days || !needed)
                continue;
            if (*x.days + 1e-9 < *needed)
                warning("P-days", i, tr("%1 is planned for %2 day(s); the review calculated %3 for it")
                                         .arg(name(i), QString::number(*x.days), QString::number(*needed)));
        }
    }

    // P-sites
    void sites()
    {
        const int n = int(p.clientSites.size());
        if (n < 2)
            return;
        QSet<QString> visitedAll;
        for (int i = 0; i < p.audits.size(); ++i) {
            const ProgrammeAudit &x = a(i);
            if (!x.counts())
                continue;
            QSet<QString> visited;
            for (const QString &s : x.sites)
                if (p.clientSites.contains(s))
                    visited.insert(s);
            visitedAll.unite(visited);
            const int required = ProgrammeRules::sitesRequired(x.kind, n, params);
            if (int(visited.size()) < required)
                warning("P-sites", i, tr("%1 visits %2 of the client's %3 sites; at least %4 (IAF MD 1)")
                                          .arg(name(i)).arg(visited.size()).arg(n).arg(required));
        }
        QStringList never;
        for (const QString &s : p.clientSites)
            if (!visitedAll.contains(s))
                never << s;
        if (!never.isEmpty())
            warning("P-sites", -1, tr("no audit of the cycle visits the site(s) %1", nullptr, int(never.size()))
                                       .arg(listed(never)));
    }
};

} // namespace

std::optional<double> ReviewDays::forKind(ProgrammeAudit::Kind kind) const
{
    switch (kind) {
    case Kind::Stage1: return stage1;
    case Kind::Stage2: return stage2;
    case Kind::Surveillance: return surveillance;
    case Kind::Recertification: return recertification;
    case Kind::Special: return std::nullopt;
    }
    return std::nullopt;
}

QDate Programme::expiryDate(int cycleYears) const
{
    if (expiry.isValid())
        return expiry;
    const QDate d = decisionDate();
    return d.isValid() ? d.addYears(cycleYears).addDays(-1) : QDate();
}

namespace ProgrammeRules {

QString auditName(const Programme &programme, int index)
{
    if (index < 0 || index >= programme.audits.size())
        return tr("the programme");
    const ProgrammeAudit &audit = programme.audits.at(index);
    if (!audit.counts())
        return tr("the cancelled %1 audit of %2")
            .arg(kindLabel(audit.kind).toLower(), audit.end().isValid() ? iso(audit.end()) : tr("no date"));
    const QList<int> same = ofKind(programme, audit.kind);
    const int n = int(same.indexOf(index)) + 1;
    const bool numbered = same.size() > 1 || audit.kind == Kind::Surveillance || audit.kind == Kind::Special;
    switch (audit.kind) {
    case Kind::Stage1:
        return numbered ? tr("the %1 stage 1 audit").arg(ordinal(n)) : tr("the stage 1 audit");
    case Kind::Stage2:
        return numbered ? tr("the %1 stage 2 audit").arg(ordinal(n)) : tr("the stage 2 audit");
    case Kind::Surveillance:
        return tr("the %1 surveillance audit").arg(ordinal(n));
    case Kind::Recertification:
        return numbered ? tr("the %1 recertification audit").arg(ordinal(n)) : tr("the recertification audit");
    case Kind::Special:
        return tr("the %1 special audit").arg(ordinal(n));
    }
    return {};
}

Window window(const Programme &p, int index, const RuleParameters &parameters)
{
    Window w;
    if (index < 0 || index >= p.audits.size())
        return w;
    const QDate D = p.decisionDate();
    const QDate E = p.expiryDate(parameters.cycleYears());
    const ProgrammeAudit &audit = p.audits.at(index);
    switch (audit.kind) {
    case Kind::Stage1:
    case Kind::Stage2:
        w.from = p.contractSignedOn;
        w.to = D;
        break;
    case Kind::Surveillance: {
        const QList<int> s = ofKind(p, Kind::Surveillance);
        const int k = int(s.indexOf(index));
        if (k <= 0) {
            w.from = D.isValid() ? D.addDays(1) : QDate();
            w.to = D.isValid() ? D.addMonths(parameters.firstSurveillanceMonths()) : QDate();
        } else {
            const QDate prev = p.audits.at(s.at(k - 1)).end();
            w.from = prev.isValid() ? prev.addDays(1) : QDate();
            w.to = prev.isValid() ? prev.addMonths(parameters.surveillanceIntervalMonths()) : QDate();
            const QDate first = p.audits.at(s.first()).end();
            // The year rule: when the one before leaves a calendar year without a surveillance.
            if (prev.isValid() && first.isValid()) {
                const QList<int> r = ofKind(p, Kind::Recertification);
                const int last = !r.isEmpty() && p.audits.at(r.last()).end().isValid()
                                     ? p.audits.at(r.last()).end().year()
                                     : (E.isValid() ? E.year() : 0);
                const int needed = prev.year() + 1;
                if (needed > first.year() && needed < last && w.to.isValid())
                    w.to = std::min(w.to, QDate(needed, 12, 31));
            }
        }
        if (E.isValid() && w.to.isValid())
            w.to = std::min(w.to, E);
        break;
    }
    case Kind::Recertification:
        w.from = D.isValid() ? D.addDays(1) : QDate();
        w.to = E;
        if (E.isValid())
            w.warnFrom = E.addDays(-parameters.recertificationWarningDays() + 1);
        break;
    case Kind::Special:
        w.from = p.contractSignedOn;
        w.to = E;
        break;
    }
    return w;
}

QList<ProgrammeViolation> check(const Programme &programme, const QStringList &catalogue,
                                const RuleParameters &parameters)
{
    return Checker(programme, catalogue, parameters).run();
}

bool hasErrors(const QList<ProgrammeViolation> &violations)
{
    return std::any_of(violations.cbegin(), violations.cend(),
                       [](const ProgrammeViolation &v) { return v.finding.severity == RuleFinding::Error; });
}

QStringList uncovered(const Programme &programme, const QList<int> &audits, const QStringList &catalogue)
{
    QSet<QString> covered;
    for (int i : audits) {
        const ProgrammeAudit &a = programme.audits.at(i);
        if (a.allControls)
            return {};
        for (const QString &c : a.controls)
            covered.insert(c);
    }
    QStringList missing;
    for (const QString &c : catalogue)
        if (!covered.contains(c))
            missing << c;
    return missing;
}

int sitesRequired(Kind kind, int siteCount, const RuleParameters &parameters)
{
    if (siteCount < 2)
        return 0;
    double factor = 0;
    switch (kind) {
    case Kind::Stage2: factor = parameters.sitesStage2Factor(); break;
    case Kind::Surveillance: factor = parameters.sitesSurveillanceFactor(); break;
    case Kind::Recertification: factor = parameters.sitesRecertificationFactor(); break;
    case Kind::Stage1:
    case Kind::Special: return 0;
    }
    // ⌈factor · √n⌉, with a tolerance so that 0.6 · √25 = 3 stays 3.
    return std::min(siteCount, int(std::ceil(factor * std::sqrt(double(siteCount)) - 1e-9)));
}

} // namespace ProgrammeRules
