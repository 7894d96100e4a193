// The programme generator (`programme propose`, the page's Propose): every proposal passes
// every P-rule with no error and no warning. The sweep takes every decision date of four
// years (2026-01-01 to 2029-12-31: month ends, 29 February 2028, calendar-year boundaries)
// through client shapes with and without shifts, sites and typical services, initial and
// recertification cycles; then the generator keeps the audits given and fills around them.

#include "domain/programme.h"
#include "repositories/referencerepository.h"

#include <QRegularExpression>
#include <QTest>

using Kind = ProgrammeAudit::Kind;

namespace {

ProgrammePlanner::Catalogue catalogue()
{
    ProgrammePlanner::Catalogue c;
    for (const Control &control : ReferenceRepository::shippedControls()) {
        c.ids << control.code;
        c.clauses << control.clause;
    }
    return c;
}

struct Shape
{
    const char *name;
    QStringList shifts;
    QStringList sites;
    QList<CloudService> services;
    Programme::Cycle cycle;
    ReviewDays days;
};

QList<Shape> shapes()
{
    const QList<CloudService> services{{QStringLiteral("弹性计算 ECS"), true}, {QStringLiteral("对象存储 OSS"), true},
                                       {QStringLiteral("CDN"), false}};
    QStringList sites;
    for (int i = 1; i <= 7; ++i)
        sites << QStringLiteral("site %1").arg(i);
    const ReviewDays days{3.0, 8.5, 4.0, 7.5};
    using C = Programme::Cycle;
    return {
        {"bare", {}, {}, {}, C::Initial, {}},
        {"shifts, sites, services", {QStringLiteral("day"), QStringLiteral("night")}, sites, services, C::Initial, days},
        {"three shifts, two sites", {QStringLiteral("早班"), QStringLiteral("中班"), QStringLiteral("夜班")},
         {QStringLiteral("总部"), QStringLiteral("数据中心")}, services.mid(0, 1), C::Initial, days},
        {"25 sites", {QStringLiteral("day")}, [] { QStringList s; for (int i = 0; i < 25; ++i) s << QString::number(i); return s; }(),
         {}, C::Initial, days},
        {"recertification, bare", {}, {}, {}, C::Recertification, {}},
        {"recertification, everything", {QStringLiteral("day"), QStringLiteral("night")}, sites, services,
         C::Recertification, days},
    };
}

Programme programme(const Shape &shape, const QDate &decision)
{
    Programme p;
    p.clientName = QStringLiteral("示例云科技有限公司");
    p.clientShifts = shape.shifts;
    p.clientSites = shape.sites;
    p.services = shape.services;
    p.cycle = shape.cycle;
    p.reviewDays = shape.days;
    p.contractSignedOn = decision.addDays(-90);
    p.plannedDecision = decision;
    return p;
}

QString describe(const Programme &p, const QList<ProgrammeViolation> &v)
{
    QStringList lines{QStringLiteral("D = %1").arg(p.decisionDate().toString(Qt::ISODate))};
    for (const ProgrammeAudit &a : p.audits)
        lines << QStringLiteral("%1 %2..%3").arg(ProgrammeRules::kindKey(a.kind), a.start().toString(Qt::ISODate),
                                                 a.end().toString(Qt::ISODate));
    for (const ProgrammeViolation &x : v)
        lines << x.finding.message;
    return lines.join(u'\n');
}

} // namespace

class TestProgrammePlanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void sweep_data()
    {
        QTest::addColumn<int>("shape");
        for (int i = 0; i < shapes().size(); ++i)
            QTest::newRow(shapes().at(i).name) << i;
    }
    void sweep()
    {
        QFETCH(int, shape);
        const Shape s = shapes().at(shape);
        const ProgrammePlanner::Catalogue cat = catalogue();
        const RuleParameters parameters;
        int proposals = 0;
        for (QDate d(2026, 1, 1); d <= QDate(2029, 12, 31); d = d.addDays(1)) {
            const Programme proposed = ProgrammePlanner::propose(programme(s, d), cat, parameters);
            const QList<ProgrammeViolation> v = ProgrammeRules::check(proposed, cat.ids, parameters);
            if (!v.isEmpty())
                QFAIL(qPrintable(describe(proposed, v)));
            const int expected = s.cycle == Programme::Cycle::Initial ? 5 : 3;
            if (proposed.audits.size() < expected)
                QFAIL(qPrintable(describe(proposed, v)));
            // Every audit gets what the rules read, and weekdays where the window allows.
            for (const ProgrammeAudit &a : proposed.audits) {
                QVERIFY(a.start().isValid() && a.end().isValid());
                if (s.days.stage2)
                    QCOMPARE(a.days, s.days.forKind(a.kind));
            }
            ++proposals;
        }
        QCOMPARE(proposals, 1461);
    }

    void aTightContractStillFits()
    {
        // Contract signed three days before the decision: both stages fit, one day each.
        Programme p = programme(shapes().at(1), QDate(2026, 6, 30));
        p.contractSignedOn = QDate(2026, 6, 27);
        const Programme proposed = ProgrammePlanner::propose(p, catalogue(), RuleParameters());
        const QList<ProgrammeViolation> v = ProgrammeRules::check(proposed, catalogue().ids, RuleParameters());
        QVERIFY2(!ProgrammeRules::hasErrors(v), qPrintable(describe(proposed, v)));
    }

    void keepsTheAuditsGivenAndFillsAround()
    {
        // A first surveillance given late in its window: the second follows it within 15
        // months and in the next calendar year.
        Programme p = programme(shapes().at(1), QDate(2026, 3, 15));
        ProgrammeAudit given;
        given.kind = Kind::Surveillance;
        given.plannedStart = QDate(2027, 3, 10);
        given.plannedEnd = QDate(2027, 3, 12);
        given.days = 4;
        given.shifts = p.clientShifts;
        given.allControls = false;
        given.controls = catalogue().ids.mid(0, 20);
        given.sites = p.clientSites.mid(0, 2);
        given.notes = QStringLiteral("agreed with the client");
        p.audits << given;
        const Programme proposed = ProgrammePlanner::propose(p, catalogue(), RuleParameters());
        QVERIFY(proposed.audits.contains(given));
        const QList<ProgrammeViolation> v = ProgrammeRules::check(proposed, catalogue().ids, RuleParameters());
        QVERIFY2(v.isEmpty(), qPrintable(describe(proposed, v)));
        int surveillances = 0;
        for (const ProgrammeAudit &a : proposed.audits)
            surveillances += a.kind == Kind::Surveillance;
        QCOMPARE(surveillances, 2);
    }

    void aGivenProgrammeIsLeftAsItIs()
    {
        Programme p = ProgrammePlanner::propose(programme(shapes().at(1), QDate(2027, 7, 1)), catalogue(), RuleParameters());
        QCOMPARE(ProgrammePlanner::propose(p, catalogue(), RuleParameters()).audits.size(), p.audits.size());
    }

    void givenAuditsThatBreakTheRulesStayAndAreReported()
    {
        // A recertification given after the expiry: kept; the check names it.
        Programme p = programme(shapes().at(0), QDate(2026, 3, 15));
        ProgrammeAudit late;
        late.kind = Kind::Recertification;
        late.plannedStart = QDate(2029, 3, 20);
        late.plannedEnd = QDate(2029, 3, 21);
        late.allControls = true;
        p.audits << late;
        const Programme proposed = ProgrammePlanner::propose(p, catalogue(), RuleParameters());
        QVERIFY(proposed.audits.contains(late));
        bool found = false;
        for (const ProgrammeViolation &v : ProgrammeRules::check(proposed, catalogue().ids, RuleParameters()))
            found = found || v.finding.rule == QLatin1String("P-recert");
        QVERIFY(found);
    }

    void withoutADecisionNothingIsPlanned()
    {
        Programme p = programme(shapes().at(0), QDate(2026, 3, 15));
        p.plannedDecision = QDate();
        QCOMPARE(ProgrammePlanner::propose(p, catalogue(), RuleParameters()), p);
    }

    void otherParameters()
    {
        // A body with an 11-month first surveillance and a 13-month interval.
        RuleParameters parameters;
        parameters.setValue(QString::fromLatin1(ParameterKey::FirstSurveillanceMonths), 11);
        parameters.setValue(QString::fromLatin1(ParameterKey::SurveillanceIntervalMonths), 13);
        for (QDate d(2026, 1, 1); d <= QDate(2026, 12, 31); d = d.addDays(7)) {
            const Programme proposed = ProgrammePlanner::propose(programme(shapes().at(1), d), catalogue(), parameters);
            const QList<ProgrammeViolation> v = ProgrammeRules::check(proposed, catalogue().ids, parameters);
            if (!v.isEmpty())
                QFAIL(qPrintable(describe(proposed, v)));
        }
    }
};

QTEST_GUILESS_MAIN(TestProgrammePlanner)
#include "tst_programmeplanner.moc"
