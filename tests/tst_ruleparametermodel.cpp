// RuleParameterModel: every parameter definition as a row with meaning, value, unit,
// default and rules; writes through ParameterRepository (validated, logged); lazy header
// translation; under QAbstractItemModelTester throughout.

#include "testsupport.h"

#include "db/changelog.h"
#include "itemmodels/ruleparametermodel.h"
#include "repositories/parameterrepository.h"
#include "repositories/referencerepository.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

class TestRuleParameterModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_db = std::make_unique<TestSupport::TempDatabase>();
        QVERIFY(ReferenceRepository::seedIfEmpty(**m_db));
    }
    void cleanup() { m_db.reset(); }

    void rowsAndColumns()
    {
        RuleParameterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), int(ParameterDefinitions::all().size()));   // defaults without a database
        model.setDatabase(m_db->db.get());
        QCOMPARE(model.rowCount(), int(ParameterDefinitions::all().size()));
        QCOMPARE(model.columnCount(), int(RuleParameterModel::ColumnCount));
        const int row = model.rowOf(QLatin1String(ParameterKey::FirstSurveillanceMonths));
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, RuleParameterModel::Value).data().toString(), QStringLiteral("12"));
        QCOMPARE(model.index(row, RuleParameterModel::Unit).data().toString(), QStringLiteral("months"));
        QCOMPARE(model.index(row, RuleParameterModel::Default).data().toString(), QStringLiteral("12"));
        QCOMPARE(model.index(row, RuleParameterModel::Rules).data().toString(), QStringLiteral("P-5.4.1.4-first"));
        QVERIFY(model.index(row, RuleParameterModel::Meaning).data().toString().contains(QStringLiteral("first surveillance")));
        QCOMPARE(model.index(row, 0).data(RuleParameterModel::KeyRole).toString(),
                 QLatin1String(ParameterKey::FirstSurveillanceMonths));
        QVERIFY(model.index(row, 0).data(RuleParameterModel::IsDefaultRole).toBool());
        const int fraction = model.rowOf(QLatin1String(ParameterKey::SurveillanceFraction));
        QCOMPARE(model.index(fraction, RuleParameterModel::Value).data().toString(), QStringLiteral("0.3333"));
        QCOMPARE(model.index(fraction, RuleParameterModel::Value).data(Qt::EditRole).toDouble(), 1.0 / 3.0);
        QCOMPARE(model.rowOf(QStringLiteral("no_such_key")), -1);
    }

    void setValueGoesThroughTheRepository()
    {
        RuleParameterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_db->db.get());
        const QString key = QLatin1String(ParameterKey::EducationMinHours);
        const int row = model.rowOf(key);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        const WriteResult refused = model.setValue(key, -4);
        QVERIFY(!refused);
        QVERIFY(refused.message.contains(QStringLiteral("negative")));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(ParameterRepository(**m_db).load().educationMinHours(), 20.0);

        const WriteResult saved = model.setValue(key, 24);
        QVERIFY2(saved, qPrintable(saved.message));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
        QCOMPARE(model.index(row, RuleParameterModel::Value).data().toString(), QStringLiteral("24"));
        QVERIFY(!model.index(row, 0).data(RuleParameterModel::IsDefaultRole).toBool());
        QVERIFY(model.index(row, RuleParameterModel::Value).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(ParameterRepository(**m_db).load().educationMinHours(), 24.0);
        QCOMPARE(model.parameters().educationMinHours(), 24.0);
        const QList<ChangeEntry> log = ChangeLog::history(**m_db, QStringLiteral("rule_parameters"), saved.id);
        QCOMPARE(log.first().user, QStringLiteral("tester"));

        QVERIFY(model.resetToDefault(key));
        QCOMPARE(model.index(row, RuleParameterModel::Value).data().toString(), QStringLiteral("20"));
        QVERIFY(model.index(row, 0).data(RuleParameterModel::IsDefaultRole).toBool());

        QVERIFY(model.setValue(QLatin1String(ParameterKey::CycleYears), 4));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(model.resetAll());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.parameters(), RuleParameters::defaults());
    }

    void noDatabase()
    {
        RuleParameterModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.setValue(QLatin1String(ParameterKey::CycleYears), 4));
        QVERIFY(!model.resetAll());
        model.refresh();
        QCOMPARE(model.parameters(), RuleParameters::defaults());
    }

    void headersAndRetranslate()
    {
        RuleParameterModel model;
        QCOMPARE(model.headerData(RuleParameterModel::Meaning, Qt::Horizontal).toString(), QStringLiteral("Parameter"));
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
        model.retranslate();
        QCOMPARE(headers.size(), 1);
        QCOMPARE(headers.first().at(2).toInt(), RuleParameterModel::ColumnCount - 1);
        QCOMPARE(data.size(), 1);

        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/csisms_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(model.headerData(RuleParameterModel::Meaning, Qt::Horizontal).toString(), QStringLiteral("参数"));
        QCOMPARE(model.index(model.rowOf(QLatin1String(ParameterKey::CycleYears)), RuleParameterModel::Unit).data().toString(),
                 QStringLiteral("年"));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(model.headerData(RuleParameterModel::Meaning, Qt::Horizontal).toString(), QStringLiteral("Parameter"));
    }

private:
    std::unique_ptr<TestSupport::TempDatabase> m_db;
};

QTEST_GUILESS_MAIN(TestRuleParameterModel)
#include "tst_ruleparametermodel.moc"
