// AuditorListModel: the auditor list with filter, inactive ones, the "registration expires
// within N days" view, registration and education markers (text and colour), in-memory
// sorting with persistent indexes, refresh; under QAbstractItemModelTester throughout.

#include "testsupport.h"

#include "itemmodels/auditorlistmodel.h"
#include "repositories/auditorrepository.h"
#include "repositories/parameterrepository.h"
#include "repositories/referencerepository.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

namespace {

const QDate kToday(2026, 3, 1);

Auditor makeAuditor(const QString &zh, const QString &en, const QString &number, const QDate &validTo, double hours)
{
    Auditor a;
    a.nameZh = zh;
    a.nameEn = en;
    a.registrationNumber = number;
    a.level = AuditorLevel::Auditor;
    if (validTo.isValid()) {
        a.registrationValidFrom = validTo.addYears(-3);
        a.registrationValidTo = validTo;
    }
    if (hours > 0)
        a.education << EducationEntry{0, QDate(2026, 2, 1), hours, QStringLiteral("培训")};
    return a;
}

} // namespace

class TestAuditorListModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_db = std::make_unique<TestSupport::TempDatabase>();
        QVERIFY(ReferenceRepository::seedIfEmpty(**m_db));
        AuditorRepository repository(**m_db);
        Auditor wang = makeAuditor(QStringLiteral("王晓明"), QStringLiteral("Wang Xiaoming"), QStringLiteral("2024-N1-001"),
                                   kToday.addDays(20), 24);
        wang.competences << AuditorCompetence{0, QStringLiteral("CS-01"), kToday, QString()};
        m_wang = repository.save(wang).id;
        m_li = repository.save(makeAuditor(QStringLiteral("李娜"), QStringLiteral("Li Na"), QStringLiteral("2023-N1-002"),
                                           kToday.addDays(200), 8)).id;
        m_zhao = repository.save(makeAuditor(QStringLiteral("赵强"), QStringLiteral("Zhao Qiang"), QStringLiteral("2022-N1-003"),
                                             kToday.addDays(-5), 30)).id;
        Auditor gone = makeAuditor(QStringLiteral("陈静"), QStringLiteral("Chen Jing"), QStringLiteral("2021-N1-004"),
                                   kToday.addDays(10), 0);
        gone.active = false;
        m_chen = repository.save(gone).id;
        QVERIFY(m_wang > 0 && m_li > 0 && m_zhao > 0 && m_chen > 0);
    }
    void cleanup() { m_db.reset(); }

    void listFilterAndExpiring()
    {
        AuditorListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(kToday);
        model.setDatabase(m_db->db.get());
        QCOMPARE(model.rowCount(), 3);   // active ones
        model.setShowInactive(true);
        QCOMPARE(model.rowCount(), 4);
        const int chen = model.rowOf(m_chen);
        QCOMPARE(model.index(chen, AuditorListModel::NameZh).data().toString(), QStringLiteral("[inactive] 陈静"));
        QCOMPARE(model.index(chen, AuditorListModel::NameZh).data(Qt::EditRole).toString(), QStringLiteral("陈静"));
        model.setShowInactive(false);

        model.setFilter(QStringLiteral("xiao"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), m_wang);
        model.setFilter(QStringLiteral("N1-002"));
        QCOMPARE(model.idAt(0), m_li);
        model.setFilter(QString());

        // Expiring within 30 days: Wang (20 days); Zhao's ended already, Chen is inactive.
        model.setExpiresWithinDays(30);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), m_wang);
        QCOMPARE(model.index(0, 0).data(AuditorListModel::DaysLeftRole).toInt(), 20);
        model.setExpiresWithinDays(365);
        QCOMPARE(model.rowCount(), 2);
        model.setExpiresWithinDays(-1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.expiresWithinDays(), -1);
    }

    void markers()
    {
        AuditorListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(kToday);
        model.setDatabase(m_db->db.get());
        const int wang = model.rowOf(m_wang);
        const int zhao = model.rowOf(m_zhao);
        const int li = model.rowOf(m_li);
        QVERIFY(model.index(wang, AuditorListModel::ValidTo).data().toString().contains(QStringLiteral("expires in 20 day")));
        QVERIFY(model.index(wang, AuditorListModel::ValidTo).data(Qt::ForegroundRole).isValid());
        QVERIFY(model.index(zhao, AuditorListModel::ValidTo).data().toString().contains(QStringLiteral("expired")));
        QVERIFY(!model.index(li, AuditorListModel::ValidTo).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(wang, AuditorListModel::ValidTo).data(Qt::EditRole).toDate(), kToday.addDays(20));
        QCOMPARE(model.index(wang, AuditorListModel::ScopeClasses).data().toString(), QStringLiteral("CS-01"));
        QCOMPARE(model.index(wang, AuditorListModel::Level).data().toString(), QStringLiteral("Auditor"));

        // Education this year (2026) against the minimum of 20 hours.
        QCOMPARE(model.index(wang, AuditorListModel::EducationHours).data().toString(), QStringLiteral("24"));
        QVERIFY(!model.index(wang, 0).data(AuditorListModel::BelowMinimumRole).toBool());
        QCOMPARE(model.index(li, AuditorListModel::EducationHours).data().toString(), QStringLiteral("8 (below 20)"));
        QVERIFY(model.index(li, 0).data(AuditorListModel::BelowMinimumRole).toBool());
        QVERIFY(model.headerData(AuditorListModel::EducationHours, Qt::Horizontal).toString().contains(QStringLiteral("2026")));

        // The minimum is the body's parameter.
        QVERIFY(ParameterRepository(**m_db).setValue(QLatin1String(ParameterKey::EducationMinHours), 6));
        model.refresh();
        QVERIFY(!model.index(model.rowOf(m_li), 0).data(AuditorListModel::BelowMinimumRole).toBool());
    }

    void sorting()
    {
        AuditorListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(kToday);
        model.setDatabase(m_db->db.get());
        const QPersistentModelIndex li = model.index(model.rowOf(m_li), AuditorListModel::NameEn);
        model.sort(AuditorListModel::ValidTo, Qt::AscendingOrder);
        QCOMPARE(model.idAt(0), m_zhao);
        QCOMPARE(model.idAt(2), m_li);
        QCOMPARE(li.row(), 2);   // persistent indexes follow their rows
        model.sort(AuditorListModel::ValidTo, Qt::DescendingOrder);
        QCOMPARE(model.idAt(0), m_li);
        model.sort(AuditorListModel::NameEn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, AuditorListModel::NameEn).data().toString(), QStringLiteral("Li Na"));
        model.sort(AuditorListModel::EducationHours, Qt::DescendingOrder);
        QCOMPARE(model.idAt(0), m_zhao);
        model.refresh();   // the order survives a refresh
        QCOMPARE(model.idAt(0), m_zhao);
    }

    void noDatabaseAndHeaders()
    {
        AuditorListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(QStringLiteral("x"));
        model.setExpiresWithinDays(10);
        model.sort(AuditorListModel::Level);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.headerData(AuditorListModel::ValidTo, Qt::Horizontal).toString(), QStringLiteral("Registered until"));
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        model.retranslate();
        QCOMPARE(headers.size(), 1);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/csisms_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(model.headerData(AuditorListModel::ValidTo, Qt::Horizontal).toString(), QStringLiteral("注册有效期至"));
        QCoreApplication::removeTranslator(&translator);
    }

private:
    std::unique_ptr<TestSupport::TempDatabase> m_db;
    qint64 m_wang = 0, m_li = 0, m_zhao = 0, m_chen = 0;
};

QTEST_GUILESS_MAIN(TestAuditorListModel)
#include "tst_auditorlistmodel.moc"
