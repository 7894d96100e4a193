// ScopeClassTableModel (and the ReferenceTableModel it shares with the other reference
// tables): rows with both names, risk and use count; entries as field maps; writes through
// ReferenceRepository (a class in use is retired, never deleted); restore shipped values;
// lazy header translation; under QAbstractItemModelTester throughout.

#include "testsupport.h"

#include "db/changelog.h"
#include "itemmodels/scopeclasstablemodel.h"
#include "repositories/auditorrepository.h"
#include "repositories/referencerepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

class TestScopeClassTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_db = std::make_unique<TestSupport::TempDatabase>();
        QVERIFY(ReferenceRepository::seedIfEmpty(**m_db));
        // An auditor with a competence for CS-01 puts that class in use.
        Auditor auditor;
        auditor.nameZh = QStringLiteral("王晓明");
        auditor.competences << AuditorCompetence{0, QStringLiteral("CS-01"), QDate(2025, 2, 1), QString()};
        QVERIFY(AuditorRepository(**m_db).save(auditor));
    }
    void cleanup() { m_db.reset(); }

    void rowsAndRoles()
    {
        ScopeClassTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setDatabase(m_db->db.get());
        const QList<ScopeClass> shipped = ReferenceRepository::shippedScopeClasses();
        QCOMPARE(model.rowCount(), int(shipped.size()));
        QCOMPARE(model.columnCount(), int(ScopeClassTableModel::ColumnCount));
        QCOMPARE(model.index(0, ScopeClassTableModel::Code).data().toString(), QStringLiteral("CS-01"));
        QCOMPARE(model.index(0, ScopeClassTableModel::NameZh).data().toString(), shipped.first().nameZh);
        QCOMPARE(model.index(0, ScopeClassTableModel::NameEn).data().toString(), shipped.first().nameEn);
        QCOMPARE(model.index(0, ScopeClassTableModel::Risk).data().toString(), QStringLiteral("high"));
        QCOMPARE(model.index(0, ScopeClassTableModel::Risk).data(ScopeClassTableModel::RiskKeyRole).toString(), QStringLiteral("high"));
        QCOMPARE(model.index(0, ScopeClassTableModel::Uses).data(ScopeClassTableModel::UseCountRole).toInt(), 1);
        QCOMPARE(model.index(1, ScopeClassTableModel::Uses).data().toString(), QStringLiteral("0"));
        QCOMPARE(model.index(0, ScopeClassTableModel::Status).data().toString(), QStringLiteral("in use"));
        QVERIFY(model.index(0, 0).data(ReferenceTableModel::ActiveRole).toBool());
        const qint64 id = model.index(2, 0).data(ReferenceTableModel::IdRole).toLongLong();
        QCOMPARE(model.idAt(2), id);
        QCOMPARE(model.rowOf(id), 2);
        QCOMPARE(model.idAt(999), 0);
        QCOMPARE(model.rowOf(-5), -1);
        QVERIFY(model.canRetire());
        QVERIFY(model.canRemove());
        QCOMPARE(model.title(), QStringLiteral("Business-scope classes"));
    }

    void editAddRetireRemoveRestore()
    {
        ScopeClassTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_db->db.get());
        const int shippedCount = model.rowCount();

        // Edit the Chinese name of CS-03.
        QVariantMap entry = model.entry(2);
        QCOMPARE(entry.value(QStringLiteral("code")).toString(), QStringLiteral("CS-03"));
        entry.insert(QStringLiteral("name_zh"), QStringLiteral("软件即服务（SaaS，含办公套件）"));
        QVERIFY(model.validate(entry).isEmpty());
        const WriteResult saved = model.save(entry);
        QVERIFY2(saved, qPrintable(saved.message));
        QCOMPARE(model.index(model.rowOf(saved.id), ScopeClassTableModel::NameZh).data().toString(),
                 QStringLiteral("软件即服务（SaaS，含办公套件）"));
        QCOMPARE(ChangeLog::history(**m_db, QStringLiteral("scope_classes"), saved.id).first().user, QStringLiteral("tester"));

        // A new entry: defaults, validation, then saved at the end.
        QVariantMap added = model.entry(-1);
        QCOMPARE(added.value(QStringLiteral("id")).toLongLong(), 0);
        QVERIFY(!model.validate(added).isEmpty());
        added.insert(QStringLiteral("code"), QStringLiteral("CS-01"));   // taken
        added.insert(QStringLiteral("name_zh"), QStringLiteral("边缘计算服务"));
        added.insert(QStringLiteral("name_en"), QStringLiteral("Edge computing services"));
        QCOMPARE(model.validate(added).first().field, QStringLiteral("code"));
        QVERIFY(!model.save(added));
        QCOMPARE(model.rowCount(), shippedCount);
        added.insert(QStringLiteral("code"), QStringLiteral("CS-99"));
        const WriteResult inserted = model.save(added);
        QVERIFY2(inserted, qPrintable(inserted.message));
        QCOMPARE(model.rowCount(), shippedCount + 1);
        QCOMPARE(model.rowOf(inserted.id), shippedCount);

        // A class in use cannot be deleted, only retired.
        const qint64 used = model.idAt(0);
        const WriteResult refused = model.remove(used);
        QVERIFY(!refused);
        QVERIFY2(refused.message.contains(QStringLiteral("Retire")), qPrintable(refused.message));
        QVERIFY(model.setActive(used, false));
        QCOMPARE(model.index(0, ScopeClassTableModel::Status).data().toString(), QStringLiteral("retired"));
        QVERIFY(model.index(0, 0).data(Qt::ForegroundRole).isValid());
        QVERIFY(model.setActive(used, true));

        // Restore the shipped values: the edited name comes back, the added class goes.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(model.restoreShipped());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), shippedCount);
        QCOMPARE(model.index(2, ScopeClassTableModel::NameZh).data().toString(),
                 ReferenceRepository::shippedScopeClasses().at(2).nameZh);

        // An unused class can be deleted.
        QVERIFY(model.remove(model.idAt(shippedCount - 1)));
        QCOMPARE(model.rowCount(), shippedCount - 1);
    }

    void noDatabase()
    {
        ScopeClassTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.save(model.entry(-1)));
        QVERIFY(!model.restoreShipped());
        QVERIFY(!model.validate(model.entry(-1)).isEmpty());   // the pure rules still apply
        model.refresh();
        QCOMPARE(model.rowCount(), 0);
    }

    void headersAndRetranslate()
    {
        ScopeClassTableModel model;
        model.setDatabase(m_db->db.get());
        QCOMPARE(model.headerData(ScopeClassTableModel::NameZh, Qt::Horizontal).toString(), QStringLiteral("Name (Chinese)"));
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
        model.retranslate();
        QCOMPARE(headers.size(), 1);
        QCOMPARE(data.size(), 1);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/csisms_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(model.headerData(ScopeClassTableModel::NameZh, Qt::Horizontal).toString(), QStringLiteral("中文名称"));
        QCOMPARE(model.index(0, ScopeClassTableModel::Risk).data().toString(), QStringLiteral("高"));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(model.headerData(ScopeClassTableModel::NameZh, Qt::Horizontal).toString(), QStringLiteral("Name (Chinese)"));
    }

private:
    std::unique_ptr<TestSupport::TempDatabase> m_db;
};

QTEST_GUILESS_MAIN(TestScopeClassTableModel)
#include "tst_scopeclasstablemodel.moc"
