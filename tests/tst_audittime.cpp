// The audit-time arithmetic of an application review (RULES.md 5.2, AT-table, AT-reduction,
// AT-onsite), over the shipped ISO/IEC 27006 table and the default parameters: effective
// personnel with groups of identical activities, the table's edges (10/11 persons, the last
// row and beyond), adjustments and their limits, the on-site share, stage 1 by share or by
// hand, and rounding up to the half day in the order RULES.md gives.

#include "domain/audittime.h"
#include "repositories/referencerepository.h"

#include <QRegularExpression>
#include <QTest>

using namespace AuditTime;

namespace {

Input people(int total, QList<Group> groups = {})
{
    Input input;
    input.totalPersonnel = total;
    input.groups = std::move(groups);
    input.onsitePercent = 100;
    return input;
}

QStringList rulesOf(const Result &r)
{
    QStringList rules;
    for (const RuleFinding &f : r.findings)
        rules << f.rule + u'/' + RuleFinding::severityKey(f.severity);
    return rules;
}

} // namespace

class TestAuditTime : public QObject
{
    Q_OBJECT

    QList<AuditTimeRow> m_table;

private slots:
    void initTestCase()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        m_table = ReferenceRepository::shippedAuditTimeRows();
        QVERIFY(m_table.size() > 10);
    }

    void effectivePersonnel_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<QList<int>>("groups");
        QTest::addColumn<int>("effective");
        QTest::newRow("5.2 no groups") << 120 << QList<int>{} << 120;
        QTest::newRow("5.2 group of 49 counts 7") << 120 << QList<int>{49} << 78;
        QTest::newRow("5.2 group of 50 counts 8") << 120 << QList<int>{50} << 78;
        QTest::newRow("5.2 group of 1 counts 1") << 10 << QList<int>{1} << 10;
        QTest::newRow("5.2 two groups") << 300 << QList<int>{100, 16} << 300 - 116 + 10 + 4;
        QTest::newRow("5.2 everyone in one group") << 64 << QList<int>{64} << 8;
    }
    void effectivePersonnel()
    {
        QFETCH(int, total);
        QFETCH(QList<int>, groups);
        QFETCH(int, effective);
        QList<Group> list;
        for (int n : groups)
            list << Group{QStringLiteral("客服坐席"), n};
        QCOMPARE(AuditTime::effectivePersonnel(total, list), effective);
    }

    void rounding_data()
    {
        QTest::addColumn<double>("days");
        QTest::addColumn<double>("rounded");
        QTest::newRow("5.2 12 × 0.7 = 8.4 → 8.5") << 12 * 0.7 << 8.5;
        QTest::newRow("5.2 11 × 0.85 = 9.35 → 9.5") << 11 * 0.85 << 9.5;
        QTest::newRow("5.2 whole stays") << 8.0 << 8.0;
        QTest::newRow("5.2 half stays") << 8.5 << 8.5;
        QTest::newRow("5.2 just above a half") << 8.51 << 9.0;
        QTest::newRow("5.2 just above a whole") << 8.01 << 8.5;
        QTest::newRow("5.2 binary noise below a whole") << 0.1 * 3 * 10 << 3.0;
        QTest::newRow("5.2 zero") << 0.0 << 0.0;
    }
    void rounding()
    {
        QFETCH(double, days);
        QFETCH(double, rounded);
        QCOMPARE(roundUpToHalfDay(days), rounded);
    }

    void calculate_data()
    {
        QTest::addColumn<Input>("input");
        QTest::addColumn<double>("table");
        QTest::addColumn<double>("adjusted");
        QTest::addColumn<double>("stage1");
        QTest::addColumn<double>("stage2");
        QTest::addColumn<double>("onsite");
        QTest::addColumn<double>("surveillance");
        QTest::addColumn<double>("recertification");
        QTest::addColumn<QStringList>("findings");

        QTest::newRow("AT-table 10 persons: first row") << people(10) << 5.0 << 5.0 << 1.5 << 3.5 << 5.0 << 2.0 << 3.5
                                                      << QStringList{};
        QTest::newRow("AT-table 11 persons: second row") << people(11) << 6.0 << 6.0 << 2.0 << 4.0 << 6.0 << 2.0 << 4.0
                                                       << QStringList{};
        QTest::newRow("AT-table 1 person") << people(1) << 5.0 << 5.0 << 1.5 << 3.5 << 5.0 << 2.0 << 3.5 << QStringList{};
        {
            // DESIGN.md's example: 120 people, 49 of them in one group → 78 effective
            // (66–85: 11 days); −10 % → 9.9 → 10; on site 85 % → 8.5.
            Input input = people(120, {Group{QStringLiteral("客服坐席"), 49}});
            input.adjustments = {Adjustment{-10, QStringLiteral("体系成熟度高")}};
            input.onsitePercent = 85;
            QTest::newRow("5.2 the DESIGN.md example") << input << 11.0 << 10.0 << 3.0 << 7.0 << 8.5 << 3.5 << 7.0
                                                      << QStringList{};
        }
        {
            // RULES.md: 12 × 0.7 = 8.4 → 8.5; the others from 8.5.
            Input input = people(100);   // 86–125: 12 days
            input.adjustments = {Adjustment{-20, QStringLiteral("低风险")}, Adjustment{-10, QStringLiteral("成熟")}};
            QTest::newRow("AT-reduction 30 % is allowed") << input << 12.0 << 8.5 << 3.0 << 5.5 << 8.5 << 3.0 << 6.0
                                                         << QStringList{};
            input.adjustments << Adjustment{-1, QStringLiteral("再少一点")};
            QTest::newRow("AT-reduction 31 % is not") << input << 12.0 << 8.5 << 3.0 << 5.5 << 8.5 << 3.0 << 6.0
                                                     << QStringList{QStringLiteral("AT-reduction/error")};
            input.adjustments << Adjustment{+5, QStringLiteral("多场所")};
            QTest::newRow("AT-reduction net of increases") << input << 12.0 << 9.0 << 3.0 << 6.0 << 9.0 << 3.0 << 6.0
                                                          << QStringList{};
        }
        {
            Input input = people(80);   // 66–85: 11 days
            input.onsitePercent = 80;
            QTest::newRow("AT-onsite 80 % is allowed") << input << 11.0 << 11.0 << 3.5 << 7.5 << 9.0 << 4.0 << 7.5
                                                      << QStringList{};
            input.onsitePercent = 79.5;
            QTest::newRow("AT-onsite 79.5 % is not") << input << 11.0 << 11.0 << 3.5 << 7.5 << 9.0 << 4.0 << 7.5
                                                    << QStringList{QStringLiteral("AT-onsite/error")};
            input.onsitePercent = 85;   // 11 × 0.85 = 9.35 → 9.5
            input.stage1Days = 2;
            QTest::newRow("5.2 stage 1 set by hand") << input << 11.0 << 11.0 << 2.0 << 9.0 << 9.5 << 4.0 << 7.5
                                                    << QStringList{};
            input.stage1Days = 20;
            QTest::newRow("5.2 stage 1 at most all") << input << 11.0 << 11.0 << 11.0 << 0.0 << 9.5 << 4.0 << 7.5
                                                    << QStringList{};
        }
        {
            Input input = people(10700);   // the last row: 8501–10700, 28 days
            QTest::newRow("AT-table last row") << input << 28.0 << 28.0 << 8.5 << 19.5 << 28.0 << 9.5 << 19.0
                                              << QStringList{};
            input.totalPersonnel = 10701;
            QTest::newRow("AT-table beyond the last row: warning") << input << 28.0 << 28.0 << 8.5 << 19.5 << 28.0 << 9.5
                                                                  << 19.0 << QStringList{QStringLiteral("AT-table/warning")};
            input.manualTableDays = 30;
            QTest::newRow("AT-table beyond, set by hand") << input << 30.0 << 30.0 << 9.0 << 21.0 << 30.0 << 10.0 << 20.0
                                                         << QStringList{};
        }
    }
    void calculate()
    {
        QFETCH(Input, input);
        QVERIFY2(validate(input).isEmpty(), qPrintable(validate(input).value(0).message));
        const Result r = AuditTime::calculate(input, m_table, RuleParameters());
        QTEST(r.tableDays, "table");
        QTEST(r.adjustedDays, "adjusted");
        QTEST(r.stage1Days, "stage1");
        QTEST(r.stage2Days, "stage2");
        QTEST(r.onsiteDays, "onsite");
        QTEST(r.surveillanceDays, "surveillance");
        QTEST(r.recertificationDays, "recertification");
        QTEST(rulesOf(r), "findings");
        for (const RuleFinding &f : r.findings)
            QVERIFY2(f.message.contains(u'(' + f.rule + u')'), qPrintable(f.message));   // the ID in words
    }

    // The limits and the stage-1 share are the body's parameters, not constants.
    void parametersDecide()
    {
        Input input = people(100);   // 12 days
        input.adjustments = {Adjustment{-35, QStringLiteral("低风险")}};
        input.onsitePercent = 70;
        RuleParameters parameters;
        QCOMPARE(rulesOf(AuditTime::calculate(input, m_table, parameters)),
                 (QStringList{QStringLiteral("AT-reduction/error"), QStringLiteral("AT-onsite/error")}));
        parameters.setValue(QLatin1String(ParameterKey::MaxTotalReductionPercent), 40);
        parameters.setValue(QLatin1String(ParameterKey::MinOnsitePercent), 70);
        parameters.setValue(QLatin1String(ParameterKey::Stage1Share), 0.5);
        const Result r = AuditTime::calculate(input, m_table, parameters);
        QCOMPARE(rulesOf(r), QStringList{});
        QCOMPARE(r.adjustedDays, 8.0);   // 12 × 0.65 = 7.8 → 8
        QCOMPARE(r.stage1Days, 4.0);
    }

    void badInput_data()
    {
        QTest::addColumn<Input>("input");
        QTest::addColumn<QString>("field");
        QTest::newRow("no people") << people(0) << QStringLiteral("personnel.total");
        QTest::newRow("negative headcount") << people(-5) << QStringLiteral("personnel.total");
        QTest::newRow("group larger than the total")
            << people(40, {Group{QStringLiteral("客服"), 30}, Group{QStringLiteral("运维"), 20}})
            << QStringLiteral("personnel.groups");
        QTest::newRow("empty group") << people(40, {Group{QStringLiteral("客服"), 0}})
                                     << QStringLiteral("personnel.groups[0].count");
        QTest::newRow("group without activity") << people(40, {Group{QString(), 5}})
                                                << QStringLiteral("personnel.groups[0].activity");
        Input adjusted = people(40);
        adjusted.adjustments = {Adjustment{-10, QStringLiteral(" ")}};
        QTest::newRow("adjustment without reason") << adjusted << QStringLiteral("audit_time.adjustments[0].reason");
        adjusted.adjustments = {Adjustment{-100, QStringLiteral("全免")}};
        QTest::newRow("adjustment of −100 %") << adjusted << QStringLiteral("audit_time.adjustments[0].percent");
        Input onsite = people(40);
        onsite.onsitePercent = 120;
        QTest::newRow("on site above 100 %") << onsite << QStringLiteral("audit_time.onsite_percent");
        Input stage1 = people(40);
        stage1.stage1Days = -1;
        QTest::newRow("negative stage 1") << stage1 << QStringLiteral("audit_time.stage1_days");
    }
    void badInput()
    {
        QFETCH(Input, input);
        QFETCH(QString, field);
        const QList<FieldProblem> problems = validate(input);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, field);
        QVERIFY(!problems.first().message.isEmpty());
    }

    void daysInWords()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        QCOMPARE(daysText(8.5), QStringLiteral("8.5 days"));
        QCOMPARE(daysText(1), QStringLiteral("1 day"));
    }
};

QTEST_GUILESS_MAIN(TestAuditTime)
#include "tst_audittime.moc"
