// Rule parameters: every parameter of RULES.md defined with its default, unit, limits and
// meaning; validation (no negative months, fractions in 0..1, percents in 0..100);
// parsing and formatting; the RuleParameters value type. Rows are named by rule ID.

#include "domain/ruleparameters.h"
#include "i18n/language.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cmath>
#include <limits>

class TestRuleParameters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void defaults_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("expected");
        QTest::newRow("P-5.4.1.2 cycle_years") << QStringLiteral("cycle_years") << 3.0;
        QTest::newRow("P-5.4.1.4-first first_surveillance_months") << QStringLiteral("first_surveillance_months") << 12.0;
        QTest::newRow("P-5.4.1.4-interval surveillance_interval_months") << QStringLiteral("surveillance_interval_months") << 15.0;
        QTest::newRow("P-recert recertification_warning_days") << QStringLiteral("recertification_warning_days") << 30.0;
        QTest::newRow("E3 operating_months") << QStringLiteral("operating_months") << 3.0;
        QTest::newRow("E4 former_suspension_months") << QStringLiteral("former_suspension_months") << 12.0;
        QTest::newRow("E5 former_body_withdrawn_months") << QStringLiteral("former_body_withdrawn_months") << 3.0;
        QTest::newRow("E8 incident_months") << QStringLiteral("incident_months") << 12.0;
        QTest::newRow("E9 spot_check_months") << QStringLiteral("spot_check_months") << 12.0;
        QTest::newRow("D7 penalty_disclosure_years") << QStringLiteral("penalty_disclosure_years") << 3.0;
        QTest::newRow("D7 spot_check_disclosure_months") << QStringLiteral("spot_check_disclosure_months") << 12.0;
        QTest::newRow("5.2 max_total_reduction_percent") << QStringLiteral("max_total_reduction_percent") << 30.0;
        QTest::newRow("5.2 min_onsite_percent") << QStringLiteral("min_onsite_percent") << 80.0;
        QTest::newRow("5.2 surveillance_fraction") << QStringLiteral("surveillance_fraction") << 1.0 / 3.0;
        QTest::newRow("5.2 recertification_fraction") << QStringLiteral("recertification_fraction") << 2.0 / 3.0;
        QTest::newRow("5.2 stage1_share") << QStringLiteral("stage1_share") << 0.3;
        QTest::newRow("5.2 audit_hours_per_day") << QStringLiteral("audit_hours_per_day") << 8.0;
        QTest::newRow("C-suspend-max suspension_max_months") << QStringLiteral("suspension_max_months") << 6.0;
        QTest::newRow("A-4.3 conflict_lookback_months") << QStringLiteral("conflict_lookback_months") << 24.0;
        QTest::newRow("A-4.4 education_min_hours") << QStringLiteral("education_min_hours") << 20.0;
        QTest::newRow("A-4.2 registration_warning_days") << QStringLiteral("registration_warning_days") << 60.0;
        QTest::newRow("Records record_retention_years") << QStringLiteral("record_retention_years") << 2.0;
    }

    void defaults()
    {
        QFETCH(QString, key);
        QFETCH(double, expected);
        const ParameterDefinition *definition = ParameterDefinitions::find(key);
        QVERIFY2(definition, qPrintable(key));
        QCOMPARE(definition->defaultValue, expected);
        QCOMPARE(RuleParameters().value(key), expected);
        QVERIFY(RuleParameters().isDefault(key));
        // The default passes its own validation and names the rules that read it.
        QVERIFY2(definition->validate(expected).isEmpty(), qPrintable(definition->validate(expected)));
        QVERIFY(!definition->rules.isEmpty());
        const QString tag = QString::fromUtf8(QTest::currentDataTag());
        QVERIFY2(definition->rules.contains(tag.section(u' ', 0, 0)), qPrintable(definition->rules.join(u',')));
    }

    void everyDefinitionIsComplete()
    {
        QSet<QString> keys;
        for (const ParameterDefinition &d : ParameterDefinitions::all()) {
            QVERIFY2(!keys.contains(d.key), qPrintable(d.key));
            keys.insert(d.key);
            QVERIFY(!d.meaning().isEmpty());
            QVERIFY(!d.unitText().isEmpty());
            QVERIFY(!d.sectionText().isEmpty());
            QVERIFY(d.minimum <= d.defaultValue && d.defaultValue <= d.maximum);
            QVERIFY2(d.validate(d.defaultValue).isEmpty(), qPrintable(d.key));
        }
        QCOMPARE(keys.size(), 30);
        QVERIFY(RuleParameters().problems().isEmpty());
    }

    // Limits of the program itself are parameters too (a setting, not a constant), but no
    // rule of RULES.md reads them.
    void programLimits()
    {
        const ParameterDefinition *d = ParameterDefinitions::find(QStringLiteral("import_file_max_mib"));
        QVERIFY(d);
        QCOMPARE(d->defaultValue, 64.0);
        QCOMPARE(d->section, ParameterDefinition::Files);
        QVERIFY(d->rules.isEmpty());
        QCOMPARE(RuleParameters().importFileMaxMiB(), 64);
        QVERIFY(!d->validate(0).isEmpty());
        QVERIFY(d->validate(2048).isEmpty());
    }

    void typedGetters()
    {
        RuleParameters p;
        QCOMPARE(p.cycleYears(), 3);
        QCOMPARE(p.firstSurveillanceMonths(), 12);
        QCOMPARE(p.surveillanceIntervalMonths(), 15);
        QCOMPARE(p.operatingMonths(), 3);
        QCOMPARE(p.formerSuspensionMonths(), 12);
        QCOMPARE(p.formerBodyWithdrawnMonths(), 3);
        QCOMPARE(p.incidentMonths(), 12);
        QCOMPARE(p.spotCheckMonths(), 12);
        QCOMPARE(p.suspensionMaxMonths(), 6);
        QCOMPARE(p.maxTotalReductionPercent(), 30.0);
        QCOMPARE(p.minOnsitePercent(), 80.0);
        QCOMPARE(p.surveillanceFraction(), 1.0 / 3.0);
        QCOMPARE(p.recertificationFraction(), 2.0 / 3.0);
        QCOMPARE(p.recertificationWarningDays(), 30);
        QCOMPARE(p.conflictLookbackMonths(), 24);
        QCOMPARE(p.educationMinHours(), 20.0);
        QCOMPARE(p.recordRetentionYears(), 2);
        QCOMPARE(p.auditHoursPerDay(), 8);

        p.setValue(QStringLiteral("conflict_lookback_months"), 36);
        QCOMPARE(p.conflictLookbackMonths(), 36);
        QVERIFY(!p.isDefault(QStringLiteral("conflict_lookback_months")));
        QVERIFY(p != RuleParameters::defaults());
        p.setValue(QStringLiteral("no_such_key"), 1);   // ignored
        QVERIFY(!p.values().contains(QStringLiteral("no_such_key")));
        p.setValue(QStringLiteral("surveillance_fraction"), 1.5);
        QCOMPARE(p.problems().size(), 1);
        QVERIFY(p.problems().first().startsWith(QStringLiteral("surveillance_fraction: ")));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("problem");   // empty: valid; else a word of the message
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("A-4.3 negative months") << QStringLiteral("conflict_lookback_months") << -1.0 << QStringLiteral("negative");
        QTest::newRow("A-4.3 zero months allowed") << QStringLiteral("conflict_lookback_months") << 0.0 << QString();
        QTest::newRow("A-4.3 months not whole") << QStringLiteral("conflict_lookback_months") << 2.5 << QStringLiteral("whole");
        QTest::newRow("E3 negative months") << QStringLiteral("operating_months") << -3.0 << QStringLiteral("negative");
        QTest::newRow("P-5.4.1.4-first above maximum") << QStringLiteral("first_surveillance_months") << 37.0 << QStringLiteral("from 1 to 36");
        QTest::newRow("P-5.4.1.4-first zero below minimum") << QStringLiteral("first_surveillance_months") << 0.0 << QStringLiteral("from 1 to 36");
        QTest::newRow("P-5.4.1.4-interval 18 months") << QStringLiteral("surveillance_interval_months") << 18.0 << QString();
        QTest::newRow("P-5.4.1.2 zero years") << QStringLiteral("cycle_years") << 0.0 << QStringLiteral("from 1 to 10");
        QTest::newRow("P-recert negative days") << QStringLiteral("recertification_warning_days") << -30.0 << QStringLiteral("negative");
        QTest::newRow("5.2 fraction above 1") << QStringLiteral("surveillance_fraction") << 1.5 << QStringLiteral("between 0 and 1");
        QTest::newRow("5.2 fraction below 0") << QStringLiteral("recertification_fraction") << -0.1 << QStringLiteral("between 0 and 1");
        QTest::newRow("5.2 fraction one half") << QStringLiteral("surveillance_fraction") << 0.5 << QString();
        QTest::newRow("5.2 fraction 1 allowed") << QStringLiteral("recertification_fraction") << 1.0 << QString();
        QTest::newRow("5.2 percent above 100") << QStringLiteral("max_total_reduction_percent") << 101.0 << QStringLiteral("between 0 and 100");
        QTest::newRow("5.2 percent negative") << QStringLiteral("min_onsite_percent") << -5.0 << QStringLiteral("between 0 and 100");
        QTest::newRow("5.2 percent with decimals") << QStringLiteral("min_onsite_percent") << 82.5 << QString();
        QTest::newRow("A-4.4 hours with decimals") << QStringLiteral("education_min_hours") << 12.5 << QString();
        QTest::newRow("A-4.4 negative hours") << QStringLiteral("education_min_hours") << -1.0 << QStringLiteral("negative");
        QTest::newRow("C-suspend-max not a number") << QStringLiteral("suspension_max_months") << nan << QStringLiteral("number");
        QTest::newRow("unknown key") << QStringLiteral("no_such_parameter") << 1.0 << QStringLiteral("no_such_parameter");
    }

    void validation()
    {
        QFETCH(QString, key);
        QFETCH(double, value);
        QFETCH(QString, problem);
        const QString message = ParameterDefinitions::validate(key, value);
        if (problem.isEmpty())
            QVERIFY2(message.isEmpty(), qPrintable(message));
        else
            QVERIFY2(message.contains(problem), qPrintable(message));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("expected");
        QTest::newRow("integer") << QStringLiteral("15") << true << 15.0;
        QTest::newRow("decimal") << QStringLiteral(" 0.25 ") << true << 0.25;
        QTest::newRow("fraction") << QStringLiteral("1/3") << true << 1.0 / 3.0;
        QTest::newRow("percent sign") << QStringLiteral("30 %") << true << 30.0;
        QTest::newRow("full-width percent") << QStringLiteral("80％") << true << 80.0;
        QTest::newRow("negative") << QStringLiteral("-2") << true << -2.0;
        QTest::newRow("division by zero") << QStringLiteral("1/0") << false << 0.0;
        QTest::newRow("text") << QStringLiteral("twelve") << false << 0.0;
        QTest::newRow("empty") << QString() << false << 0.0;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(double, expected);
        const std::optional<double> value = ParameterDefinition::parse(text);
        QCOMPARE(value.has_value(), ok);
        if (ok)
            QCOMPARE(*value, expected);
    }

    void format()
    {
        QCOMPARE(ParameterDefinitions::find(QStringLiteral("surveillance_fraction"))->format(1.0 / 3.0), QStringLiteral("0.3333"));
        QCOMPARE(ParameterDefinitions::find(QStringLiteral("recertification_fraction"))->format(0.5), QStringLiteral("0.5"));
        QCOMPARE(ParameterDefinitions::find(QStringLiteral("cycle_years"))->format(3), QStringLiteral("3"));
        QCOMPARE(ParameterDefinitions::find(QStringLiteral("min_onsite_percent"))->format(80), QStringLiteral("80"));
        QCOMPARE(ParameterDefinitions::find(QStringLiteral("education_min_hours"))->format(12.5), QStringLiteral("12.5"));
    }

    // Both languages: every meaning and unit has a Chinese translation.
    void chineseTranslations()
    {
        LanguageManager language;
        QVERIFY(language.setLanguage(QStringLiteral("zh_CN")));
        for (const ParameterDefinition &d : ParameterDefinitions::all()) {
            QVERIFY2(d.meaning() != QLatin1String(d.meaningSource), qPrintable(d.key));
            if (d.unit != ParameterDefinition::Percent)
                QVERIFY2(!d.unitText().contains(QRegularExpression(QStringLiteral("[a-z]"))), qPrintable(d.unitText()));
        }
        QVERIFY(ParameterDefinitions::validate(QStringLiteral("operating_months"), -1).contains(QStringLiteral("月")));
        QVERIFY(language.setLanguage(QStringLiteral("en")));
        QCOMPARE(ParameterDefinitions::find(QStringLiteral("cycle_years"))->unitText(), QStringLiteral("years"));
    }
};

QTEST_GUILESS_MAIN(TestRuleParameters)
#include "tst_ruleparameters.moc"
