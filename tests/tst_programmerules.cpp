// The P-rules of an audit programme (RULES.md 5.4), table-driven by rule ID: a programme
// that passes every rule, and for each row one change and how many findings of the rule it
// names follow (with the severity). Edge dates: month-end clamps (D + 12 months from 31
// March, from 29 February), leap days, calendar-year boundaries, the 15-month interval to
// the day, the 30-day recertification warning to the day.

#include "domain/programme.h"
#include "i18n/language.h"
#include "repositories/referencerepository.h"

#include <QRegularExpression>
#include <QTest>

#include <functional>

using Mutation = std::function<void(Programme &)>;
Q_DECLARE_METATYPE(Mutation)
using Kind = ProgrammeAudit::Kind;

namespace {

QStringList catalogue()
{
    QStringList ids;
    for (const Control &c : ReferenceRepository::shippedControls())
        ids << c.code;
    return ids;
}

ProgrammeAudit audit(Kind kind, QDate start, QDate end)
{
    ProgrammeAudit a;
    a.kind = kind;
    a.plannedStart = start;
    a.plannedEnd = end;
    a.shifts = {QStringLiteral("day"), QStringLiteral("night")};
    a.allControls = true;
    a.services = {QStringLiteral("ECS")};
    return a;
}

// D = 2026-03-15, E = 2029-03-14; two shifts, four sites, a typical and another service.
Programme valid()
{
    Programme p;
    p.clientName = QStringLiteral("示例云科技有限公司");
    p.clientShifts = {QStringLiteral("day"), QStringLiteral("night")};
    p.services = {{QStringLiteral("ECS"), true}, {QStringLiteral("OSS"), false}};
    p.clientSites = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")};
    p.contractSignedOn = QDate(2025, 11, 20);
    p.plannedDecision = QDate(2026, 3, 15);
    p.reviewDays = {3.0, 8.0, 4.0, 8.0};
    const QStringList all = catalogue();
    ProgrammeAudit s1 = audit(Kind::Stage1, QDate(2026, 1, 12), QDate(2026, 1, 13));
    s1.shifts = {QStringLiteral("day")};
    s1.shiftReasons.insert(QStringLiteral("night"), QStringLiteral("night shift runs monitoring only"));
    s1.allControls = false;
    s1.controls = all.mid(0, 10);
    s1.sites = {QStringLiteral("A")};
    s1.days = 3;
    ProgrammeAudit s2 = audit(Kind::Stage2, QDate(2026, 2, 9), QDate(2026, 2, 12));
    s2.sites = {QStringLiteral("A"), QStringLiteral("B")};
    s2.days = 8;
    ProgrammeAudit v1 = audit(Kind::Surveillance, QDate(2027, 2, 8), QDate(2027, 2, 9));
    v1.allControls = false;
    v1.controls = all.mid(0, 60);
    v1.sites = {QStringLiteral("C"), QStringLiteral("D")};
    ProgrammeAudit v2 = audit(Kind::Surveillance, QDate(2028, 2, 7), QDate(2028, 2, 8));
    v2.allControls = false;
    v2.controls = all.mid(60);
    v2.sites = {QStringLiteral("A"), QStringLiteral("B")};
    ProgrammeAudit r = audit(Kind::Recertification, QDate(2029, 1, 8), QDate(2029, 1, 10));
    r.sites = {QStringLiteral("C"), QStringLiteral("D")};
    p.audits = {s1, s2, v1, v2, r};
    return p;
}

enum { Stage1 = 0, Stage2 = 1, First = 2, Second = 3, Recert = 4 };

void end(Programme &p, int i, QDate d)
{
    p.audits[i].plannedEnd = d;
    p.audits[i].plannedStart = std::min(p.audits[i].plannedStart, d);
}

} // namespace

class TestProgrammeRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        QVERIFY(m_language.setLanguage(QStringLiteral("en")));
    }

    void validProgrammeHasNoFinding()
    {
        const QList<ProgrammeViolation> v = ProgrammeRules::check(valid(), catalogue(), RuleParameters());
        QStringList messages;
        for (const ProgrammeViolation &x : v)
            messages << x.finding.message;
        QVERIFY2(v.isEmpty(), qPrintable(messages.join(u'\n')));
    }

    void rules_data()
    {
        QTest::addColumn<Mutation>("change");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("severity");
        QTest::addColumn<int>("auditIndex");   // of the first finding; -1 the programme, -2 not checked
        const int E = RuleFinding::Error, W = RuleFinding::Warning;
        auto row = [](const char *tag, Mutation m, const char *rule, int count, int severity, int index = -2) {
            QTest::newRow(tag) << m << QString::fromLatin1(rule) << count << severity << index;
        };
        // P-5.4.1.2
        row("P-5.4.1.2 no stage 1", [](Programme &p) { p.audits.removeAt(Stage1); }, "P-5.4.1.2", 1, E, -1);
        row("P-5.4.1.2 stage 1 cancelled", [](Programme &p) { p.audits[Stage1].status = ProgrammeAudit::Status::Cancelled; },
            "P-5.4.1.2", 1, E, -1);
        row("P-5.4.1.2 no stage 2", [](Programme &p) { p.audits.removeAt(Stage2); }, "P-5.4.1.2", 1, E, -1);
        row("P-5.4.1.2 no surveillance", [](Programme &p) { p.audits.remove(First, 2); }, "P-5.4.1.2", 1, E, -1);
        row("P-5.4.1.2 no recertification", [](Programme &p) { p.audits.removeAt(Recert); }, "P-5.4.1.2", 1, E, -1);
        row("P-5.4.1.2 stage 1 ends after stage 2 starts", [](Programme &p) { end(p, Stage1, QDate(2026, 2, 10)); },
            "P-5.4.1.2", 1, E, Stage2);
        row("P-5.4.1.2 stage 1 ends the day stage 2 starts", [](Programme &p) { end(p, Stage1, QDate(2026, 2, 9)); },
            "P-5.4.1.2", 0, E);
        row("P-5.4.1.2 stage 2 ends on D", [](Programme &p) { end(p, Stage2, QDate(2026, 3, 15)); }, "P-5.4.1.2", 0, E);
        row("P-5.4.1.2 stage 2 ends the day after D", [](Programme &p) { end(p, Stage2, QDate(2026, 3, 16)); },
            "P-5.4.1.2", 1, E, Stage2);
        row("P-5.4.1.2 recorded decision before stage 2", [](Programme &p) { p.actualDecision = QDate(2026, 2, 11); },
            "P-5.4.1.2", 1, E, Stage2);
        row("P-5.4.1.2 recertification cycle has no stages", [](Programme &p) {
            p.cycle = Programme::Cycle::Recertification;
            p.audits.remove(Stage1, 2);
        }, "P-5.4.1.2", 0, E);
        // P-5.4.1.3
        row("P-5.4.1.3 stage 1 and 2 miss a control", [](Programme &p) {
            p.audits[Stage2].allControls = false;
            p.audits[Stage2].controls = catalogue().mid(11);
        }, "P-5.4.1.3", 1, E, Stage2);
        row("P-5.4.1.3 stage 1 covers what stage 2 leaves", [](Programme &p) {
            p.audits[Stage2].allControls = false;
            p.audits[Stage2].controls = catalogue().mid(10);
        }, "P-5.4.1.3", 0, E);
        row("P-5.4.1.3 recertification misses a control", [](Programme &p) {
            p.audits[Recert].allControls = false;
            p.audits[Recert].controls = catalogue().mid(1);
        }, "P-5.4.1.3", 1, E, Recert);
        row("P-5.4.1.3 surveillances miss the last control", [](Programme &p) { p.audits[Second].controls.removeLast(); },
            "P-5.4.1.3", 1, E, Second);
        row("P-5.4.1.3 a cancelled surveillance covers nothing", [](Programme &p) {
            ProgrammeAudit extra = p.audits[Second];
            extra.status = ProgrammeAudit::Status::Cancelled;
            extra.allControls = true;
            p.audits[Second].controls.removeLast();
            p.audits << extra;
        }, "P-5.4.1.3", 1, E);
        // P-5.4.1.3-services
        row("P-5.4.1.3-services initial audit samples no typical service", [](Programme &p) {
            p.audits[Stage1].services.clear();
            p.audits[Stage2].services = {QStringLiteral("OSS")};
        }, "P-5.4.1.3-services", 1, E, Stage2);
        row("P-5.4.1.3-services recertification misses it", [](Programme &p) { p.audits[Recert].services.clear(); },
            "P-5.4.1.3-services", 1, E, Recert);
        row("P-5.4.1.3-services a non-typical service is not required", [](Programme &p) {
            p.services[0].typical = false;
            p.audits[Recert].services.clear();
        }, "P-5.4.1.3-services", 0, E);
        row("P-5.4.1.3-services no services recorded", [](Programme &p) {
            p.services.clear();
            for (ProgrammeAudit &a : p.audits)
                a.services.clear();
        }, "P-5.4.1.3-services", 0, E);
        // P-5.4.1.4-first
        row("P-5.4.1.4-first ends on D + 12 months", [](Programme &p) { end(p, First, QDate(2027, 3, 15)); },
            "P-5.4.1.4-first", 0, E);
        row("P-5.4.1.4-first ends a day later", [](Programme &p) { end(p, First, QDate(2027, 3, 16)); },
            "P-5.4.1.4-first", 1, E, First);
        row("P-5.4.1.4-first starts on D", [](Programme &p) { p.audits[First].plannedStart = QDate(2026, 3, 15); },
            "P-5.4.1.4-first", 1, E, First);
        row("P-5.4.1.4-first starts the day after D", [](Programme &p) { p.audits[First].plannedStart = QDate(2026, 3, 16); },
            "P-5.4.1.4-first", 0, E);
        row("P-5.4.1.4-first month end: D 31 March, by 31 March", [](Programme &p) {
            p.plannedDecision = QDate(2026, 3, 31);
            end(p, First, QDate(2027, 3, 31));
        }, "P-5.4.1.4-first", 0, E);
        row("P-5.4.1.4-first leap day: D 29 Feb, by 28 Feb", [](Programme &p) {
            p.audits.removeAt(Second);
            p.plannedDecision = QDate(2028, 2, 29);
            p.audits[First].plannedStart = QDate(2029, 2, 27);
            end(p, First, QDate(2029, 2, 28));
        }, "P-5.4.1.4-first", 0, E);
        row("P-5.4.1.4-first leap day: D 29 Feb, 1 March is late", [](Programme &p) {
            p.audits.removeAt(Second);
            p.plannedDecision = QDate(2028, 2, 29);
            p.audits[First].plannedStart = QDate(2029, 2, 27);
            end(p, First, QDate(2029, 3, 1));
        }, "P-5.4.1.4-first", 1, E, First);
        row("P-5.4.1.4-first the recorded start counts", [](Programme &p) {
            p.audits[First].actualStart = QDate(2027, 3, 16);
            p.audits[First].actualEnd = QDate(2027, 3, 17);
        }, "P-5.4.1.4-first", 1, E, First);
        // P-5.4.1.4-year
        row("P-5.4.1.4-year a year without surveillance", [](Programme &p) { end(p, Second, QDate(2029, 1, 4)); },
            "P-5.4.1.4-year", 1, E, -1);
        row("P-5.4.1.4-year 31 December is in the year", [](Programme &p) { end(p, Second, QDate(2028, 12, 31)); },
            "P-5.4.1.4-year", 0, E);
        row("P-5.4.1.4-year 1 January is the next", [](Programme &p) {
            end(p, First, QDate(2027, 12, 30));
            end(p, Second, QDate(2029, 1, 1));
        }, "P-5.4.1.4-year", 1, E, -1);
        row("P-5.4.1.4-year recertification in the next year needs none", [](Programme &p) {
            p.audits.removeAt(Second);
            p.audits[First].controls = catalogue();
            end(p, First, QDate(2027, 12, 20));
            p.audits.last().plannedStart = QDate(2028, 12, 10);
            end(p, Second /* now the recertification */, QDate(2028, 12, 12));
        }, "P-5.4.1.4-year", 0, E);
        row("P-5.4.1.4-year without recertification E's year counts", [](Programme &p) {
            p.audits.removeAt(Recert);
            end(p, Second, QDate(2029, 1, 5));
        }, "P-5.4.1.4-year", 1, E, -1);
        // P-5.4.1.4-interval
        row("P-5.4.1.4-interval 15 months to the day", [](Programme &p) { end(p, Second, QDate(2028, 5, 9)); },
            "P-5.4.1.4-interval", 0, E);
        row("P-5.4.1.4-interval a day more", [](Programme &p) { end(p, Second, QDate(2028, 5, 10)); },
            "P-5.4.1.4-interval", 1, E, Second);
        row("P-5.4.1.4-interval month end clamp 30 Nov + 15 = 28 Feb", [](Programme &p) {
            p.plannedDecision = QDate(2026, 12, 1);
            end(p, First, QDate(2027, 11, 30));
            p.audits[Second].plannedStart = QDate(2029, 2, 27);
            end(p, Second, QDate(2029, 2, 28));
        }, "P-5.4.1.4-interval", 0, E);
        row("P-5.4.1.4-interval month end clamp, 1 March is late", [](Programme &p) {
            p.plannedDecision = QDate(2026, 12, 1);
            end(p, First, QDate(2027, 11, 30));
            p.audits[Second].plannedStart = QDate(2029, 2, 27);
            end(p, Second, QDate(2029, 3, 1));
        }, "P-5.4.1.4-interval", 1, E, Second);
        row("P-5.4.1.4-interval counts by end date, not by order", [](Programme &p) { p.audits.swapItemsAt(First, Second); },
            "P-5.4.1.4-interval", 0, E);
        // P-recert
        row("P-recert ends on E", [](Programme &p) { end(p, Recert, QDate(2029, 3, 14)); }, "P-recert", 1, W, Recert);
        row("P-recert ends after E", [](Programme &p) { end(p, Recert, QDate(2029, 3, 15)); }, "P-recert", 1, E, Recert);
        row("P-recert 30 days before E", [](Programme &p) { end(p, Recert, QDate(2029, 2, 12)); }, "P-recert", 0, W);
        row("P-recert 29 days before E", [](Programme &p) { end(p, Recert, QDate(2029, 2, 13)); }, "P-recert", 1, W, Recert);
        row("P-recert a given expiry date counts", [](Programme &p) { p.expiry = QDate(2029, 1, 9); }, "P-recert", 1, E, Recert);
        row("P-recert leap D: E is 27 Feb (addYears clamps to 28 Feb, less a day)", [](Programme &p) {
            p.plannedDecision = QDate(2024, 2, 29);
            end(p, Recert, QDate(2027, 2, 28));
        }, "P-recert", 1, E, Recert);
        row("P-recert leap D: ending on 27 Feb is E itself", [](Programme &p) {
            p.plannedDecision = QDate(2024, 2, 29);
            end(p, Recert, QDate(2027, 2, 27));
        }, "P-recert", 1, W, Recert);
        // P-5.4.1.5
        row("P-5.4.1.5 covers no shift", [](Programme &p) { p.audits[First].shifts.clear(); }, "P-5.4.1.5", 3, E, First);
        row("P-5.4.1.5 a shift not covered, no reason", [](Programme &p) { p.audits[Second].shifts = {QStringLiteral("day")}; },
            "P-5.4.1.5", 1, E, Second);
        row("P-5.4.1.5 a blank reason is no reason", [](Programme &p) {
            p.audits[Stage1].shiftReasons[QStringLiteral("night")] = QStringLiteral("  ");
        }, "P-5.4.1.5", 1, E, Stage1);
        row("P-5.4.1.5 no shifts, no finding", [](Programme &p) {
            p.clientShifts.clear();
            for (ProgrammeAudit &a : p.audits)
                a.shifts.clear();
        }, "P-5.4.1.5", 0, E);
        // P-5.3.1
        row("P-5.3.1 starts before the contract", [](Programme &p) { p.audits[Stage1].plannedStart = QDate(2025, 11, 19); },
            "P-5.3.1", 1, E, Stage1);
        row("P-5.3.1 starts on the day of signing", [](Programme &p) { p.audits[Stage1].plannedStart = QDate(2025, 11, 20); },
            "P-5.3.1", 0, E);
        row("P-5.3.1 no contract date, no finding", [](Programme &p) {
            p.contractSignedOn = QDate();
            p.audits[Stage1].plannedStart = QDate(2025, 1, 1);
        }, "P-5.3.1", 0, E);
        // P-dates
        row("P-dates starts after it ends", [](Programme &p) { p.audits[Second].plannedStart = QDate(2028, 2, 9); },
            "P-dates", 1, E, Second);
        row("P-dates surveillance before D", [](Programme &p) {
            p.audits[First].plannedStart = QDate(2026, 3, 1);
        }, "P-dates", 1, E, First);
        row("P-dates surveillance after E", [](Programme &p) {
            p.audits[Second].plannedStart = QDate(2029, 3, 14);
            end(p, Second, QDate(2029, 3, 15));
        }, "P-dates", 1, E, Second);
        row("P-dates no decision date", [](Programme &p) { p.plannedDecision = QDate(); }, "P-dates", 1, E, -1);
        row("P-dates no dates", [](Programme &p) { p.audits[Second].plannedEnd = QDate(); }, "P-dates", 1, E, Second);
        // P-days
        row("P-days stage 2 short of the review", [](Programme &p) { p.audits[Stage2].days = 7.5; }, "P-days", 1, W, Stage2);
        row("P-days equal is fine", [](Programme &p) { p.audits[Stage2].days = 8; }, "P-days", 0, W);
        row("P-days no review days, no finding", [](Programme &p) {
            p.reviewDays = {};
            p.audits[Stage2].days = 1;
        }, "P-days", 0, W);
        // P-sites
        row("P-sites stage 2 visits one of four", [](Programme &p) { p.audits[Stage2].sites = {QStringLiteral("A")}; },
            "P-sites", 1, W, Stage2);
        row("P-sites a site never visited", [](Programme &p) {
            p.audits[Recert].sites = {QStringLiteral("C"), QStringLiteral("A")};
            p.audits[First].sites = {QStringLiteral("C"), QStringLiteral("A")};
        }, "P-sites", 1, W, -1);
        row("P-sites stage 1 is exempt", [](Programme &p) { p.audits[Stage1].sites.clear(); }, "P-sites", 0, W);
        row("P-sites one site, no finding", [](Programme &p) {
            p.clientSites = {QStringLiteral("A")};
            for (ProgrammeAudit &a : p.audits)
                a.sites = {QStringLiteral("A")};
        }, "P-sites", 0, W);
    }

    void rules()
    {
        QFETCH(Mutation, change);
        QFETCH(QString, rule);
        QFETCH(int, count);
        QFETCH(int, severity);
        QFETCH(int, auditIndex);
        Programme p = valid();
        change(p);
        QList<ProgrammeViolation> found;
        QStringList all;
        for (const ProgrammeViolation &v : ProgrammeRules::check(p, catalogue(), RuleParameters())) {
            all << v.finding.message;
            if (v.finding.rule == rule)
                found << v;
        }
        QVERIFY2(found.size() == count, qPrintable(all.join(u'\n')));
        if (count == 0)
            return;
        QCOMPARE(int(found.first().finding.severity), severity);
        QVERIFY2(found.first().finding.message.endsWith(QStringLiteral("(%1)").arg(rule)), qPrintable(found.first().finding.message));
        if (auditIndex != -2)
            QCOMPARE(found.first().audit, auditIndex);
    }

    void sitesRequired_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("sites");
        QTest::addColumn<int>("required");
        QTest::newRow("P-sites stage 2, 4 sites: 2") << int(Kind::Stage2) << 4 << 2;
        QTest::newRow("P-sites stage 2, 5 sites: 3") << int(Kind::Stage2) << 5 << 3;
        QTest::newRow("P-sites surveillance, 9 sites: 0.6 x 3 = 1.8 -> 2") << int(Kind::Surveillance) << 9 << 2;
        QTest::newRow("P-sites surveillance, 25 sites: 0.6 x 5 = 3") << int(Kind::Surveillance) << 25 << 3;
        QTest::newRow("P-sites recertification, 25 sites: 0.8 x 5 = 4") << int(Kind::Recertification) << 25 << 4;
        QTest::newRow("P-sites recertification, 2 sites: 0.8 x 1.41 -> 2") << int(Kind::Recertification) << 2 << 2;
        QTest::newRow("P-sites stage 1 exempt") << int(Kind::Stage1) << 25 << 0;
        QTest::newRow("P-sites special exempt") << int(Kind::Special) << 25 << 0;
        QTest::newRow("P-sites one site") << int(Kind::Stage2) << 1 << 0;
    }
    void sitesRequired()
    {
        QFETCH(int, kind);
        QFETCH(int, sites);
        QFETCH(int, required);
        QCOMPARE(ProgrammeRules::sitesRequired(Kind(kind), sites, RuleParameters()), required);
    }

    void parametersAreUsed()
    {
        // P-5.4.1.4-first with 11 months instead of 12.
        Programme p = valid();
        end(p, First, QDate(2027, 3, 1));
        RuleParameters parameters;
        QVERIFY(ProgrammeRules::check(p, catalogue(), parameters).isEmpty());
        parameters.setValue(QString::fromLatin1(ParameterKey::FirstSurveillanceMonths), 11);
        const QList<ProgrammeViolation> v = ProgrammeRules::check(p, catalogue(), parameters);
        QCOMPARE(v.size(), 1);
        QCOMPARE(v.first().finding.rule, QStringLiteral("P-5.4.1.4-first"));
    }

    void namesAuditsByTheirPlace()
    {
        const Programme p = valid();
        QCOMPARE(ProgrammeRules::auditName(p, First), QStringLiteral("the first surveillance audit"));
        QCOMPARE(ProgrammeRules::auditName(p, Second), QStringLiteral("the second surveillance audit"));
        QCOMPARE(ProgrammeRules::auditName(p, Recert), QStringLiteral("the recertification audit"));
        Programme late = p;
        end(late, Second, QDate(2028, 5, 25));
        const QList<ProgrammeViolation> v = ProgrammeRules::check(late, catalogue(), RuleParameters());
        QCOMPARE(v.size(), 1);
        QCOMPARE(v.first().finding.message,
                 QStringLiteral("The second surveillance audit ends 15 months 16 days after the first surveillance audit; "
                                "at most 15 months (by 2028-05-09) (P-5.4.1.4-interval)"));
    }

    void speaksChinese()
    {
        QVERIFY(m_language.setLanguage(QStringLiteral("zh_CN")));
        Programme late = valid();
        end(late, Second, QDate(2028, 5, 25));
        const QList<ProgrammeViolation> v = ProgrammeRules::check(late, catalogue(), RuleParameters());
        QVERIFY(m_language.setLanguage(QStringLiteral("en")));
        QCOMPARE(v.size(), 1);
        QCOMPARE(v.first().finding.message,
                 QStringLiteral("第二次监督审核在第一次监督审核之后 15 个月 16 天结束；最多 15 个月（2028-05-09 前） (P-5.4.1.4-interval)"));
    }

    void windows()
    {
        const Programme p = valid();
        const RuleParameters params;
        ProgrammeRules::Window w = ProgrammeRules::window(p, First, params);
        QCOMPARE(w.from, QDate(2026, 3, 16));
        QCOMPARE(w.to, QDate(2027, 3, 15));
        w = ProgrammeRules::window(p, Second, params);
        QCOMPARE(w.from, QDate(2027, 2, 10));
        QCOMPARE(w.to, QDate(2028, 5, 9));
        w = ProgrammeRules::window(p, Recert, params);
        QCOMPARE(w.to, QDate(2029, 3, 14));
        QCOMPARE(w.warnFrom, QDate(2029, 2, 13));
        w = ProgrammeRules::window(p, Stage2, params);
        QCOMPARE(w.from, QDate(2025, 11, 20));
        QCOMPARE(w.to, QDate(2026, 3, 15));
    }

private:
    LanguageManager m_language;
};

QTEST_GUILESS_MAIN(TestProgrammeRules)
#include "tst_programmerules.moc"
