// Rule parameters in the database: defaults for missing rows, validated and logged
// changes, reset to defaults, values changed behind the application's back ignored.

#include "db/changelog.h"
#include "repositories/parameterrepository.h"
#include "repositories/referencerepository.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTest>

namespace {

int logCount(Database &db) { return db.scalar(QStringLiteral("SELECT count(*) FROM change_log")).toInt(); }

void verifyLog(Database &db)
{
    const QList<LogFinding> records = ChangeLog::verifyRecords(db);
    QVERIFY2(records.isEmpty(), records.isEmpty() ? "" : qPrintable(records.first().message));
    const QList<LogFinding> chain = ChangeLog::verifyChain(db);
    QVERIFY2(chain.isEmpty(), chain.isEmpty() ? "" : qPrintable(chain.first().message));
}

} // namespace

class TestParameterRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void defaultsWhenNothingStored()
    {
        TestSupport::TempDatabase db;   // migrated, not seeded
        ParameterRepository repo(*db);
        QCOMPARE(repo.load(), RuleParameters::defaults());
        QVERIFY(!repo.isStored(QStringLiteral("cycle_years")));

        // A value set on an unseeded database gets its own row; the others stay defaults.
        QVERIFY(repo.setValue(QStringLiteral("conflict_lookback_months"), 36));
        QVERIFY(repo.isStored(QStringLiteral("conflict_lookback_months")));
        RuleParameters expected;
        expected.setValue(QStringLiteral("conflict_lookback_months"), 36);
        QCOMPARE(repo.load(), expected);
        QCOMPARE(logCount(*db), 1);
        verifyLog(*db);

        // Seeding adds the missing keys only.
        QVERIFY(ReferenceRepository::seedIfEmpty(*db));
        QCOMPARE(repo.load(), expected);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM rule_parameters")).toInt(), int(ParameterDefinitions::all().size()));
        verifyLog(*db);
    }

    void setValueIsLoggedAndKept()
    {
        TestSupport::TempDatabase db;
        QVERIFY(ReferenceRepository::seedIfEmpty(*db));
        ParameterRepository repo(*db);
        db->changeLog().setUserName(QStringLiteral("陈静"));
        const WriteResult saved = repo.setValue(QStringLiteral("surveillance_interval_months"), 14);
        QVERIFY2(saved, qPrintable(saved.message));
        QCOMPARE(repo.load().surveillanceIntervalMonths(), 14);

        const QList<ChangeEntry> history = ChangeLog::history(*db, QStringLiteral("rule_parameters"), saved.id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.first().action, QStringLiteral("update"));
        QCOMPARE(history.first().user, QStringLiteral("陈静"));
        QCOMPARE(history.first().before.value(QLatin1String("param_value")).toDouble(), 15.0);
        QCOMPARE(history.first().after.value(QLatin1String("param_value")).toDouble(), 14.0);

        // The same value again writes nothing.
        const int entries = logCount(*db);
        QVERIFY(repo.setValue(QStringLiteral("surveillance_interval_months"), 14));
        QCOMPARE(logCount(*db), entries);

        // Fractions keep their precision.
        QVERIFY(repo.setValue(QStringLiteral("surveillance_fraction"), 1.0 / 4.0));
        QCOMPARE(repo.load().surveillanceFraction(), 0.25);
        verifyLog(*db);

        // Kept across reopening.
        const QString path = db->path();
        db->close();
        Database reopened;
        QVERIFY(!reopened.open(path));
        QCOMPARE(ParameterRepository(reopened).load().surveillanceIntervalMonths(), 14);
    }

    void refusesInvalidValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("value");
        QTest::newRow("A-4.3 negative months") << QStringLiteral("conflict_lookback_months") << -6.0;
        QTest::newRow("P-5.4.1.4-interval not whole") << QStringLiteral("surveillance_interval_months") << 14.5;
        QTest::newRow("5.2 fraction above 1") << QStringLiteral("recertification_fraction") << 1.2;
        QTest::newRow("5.2 percent above 100") << QStringLiteral("min_onsite_percent") << 120.0;
        QTest::newRow("P-5.4.1.2 zero cycle") << QStringLiteral("cycle_years") << 0.0;
        QTest::newRow("unknown key") << QStringLiteral("no_such_parameter") << 1.0;
    }

    void refusesInvalidValues()
    {
        QFETCH(QString, key);
        QFETCH(double, value);
        TestSupport::TempDatabase db;
        QVERIFY(ReferenceRepository::seedIfEmpty(*db));
        ParameterRepository repo(*db);
        const int entries = logCount(*db);
        const WriteResult result = repo.setValue(key, value);
        QVERIFY(!result);
        QVERIFY(!result.message.isEmpty());
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().field, key);
        QCOMPARE(logCount(*db), entries);
        QCOMPARE(repo.load(), RuleParameters::defaults());
    }

    void resetsToDefaults()
    {
        TestSupport::TempDatabase db;
        QVERIFY(ReferenceRepository::seedIfEmpty(*db));
        ParameterRepository repo(*db);
        QVERIFY(repo.setValue(QStringLiteral("cycle_years"), 4));
        QVERIFY(repo.setValue(QStringLiteral("education_min_hours"), 40));
        QVERIFY(repo.resetToDefault(QStringLiteral("cycle_years")));
        QCOMPARE(repo.load().cycleYears(), 3);
        QCOMPARE(repo.load().educationMinHours(), 40.0);
        QVERIFY(repo.resetAll());
        QCOMPARE(repo.load(), RuleParameters::defaults());
        QVERIFY(!repo.resetToDefault(QStringLiteral("no_such_parameter")));
        verifyLog(*db);
    }

    void ignoresValuesChangedOutsideTheApplication()
    {
        TestSupport::TempDatabase db;
        QVERIFY(ReferenceRepository::seedIfEmpty(*db));
        db->exec(QStringLiteral("UPDATE rule_parameters SET param_value = -5 WHERE param_key = 'first_surveillance_months'"));
        QCOMPARE(ParameterRepository(*db).load().firstSurveillanceMonths(), 12);
        QCOMPARE(ChangeLog::verifyRecords(*db).size(), 1);   // and `check` sees the change
    }
};

QTEST_GUILESS_MAIN(TestParameterRepository)
#include "tst_parameterrepository.moc"
