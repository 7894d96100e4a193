// ControlTableModel: the ISO/IEC 27017 catalogue as rows (ID, clause, both titles, flags,
// status); entries as field maps; edit, add, retire and restore through
// ReferenceRepository; lazy header translation; under QAbstractItemModelTester.

#include "testsupport.h"

#include "itemmodels/controltablemodel.h"
#include "repositories/referencerepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

class TestControlTableModel : public QObject
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

    void catalogueRows()
    {
        ControlTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_db->db.get());
        const QList<Control> shipped = ReferenceRepository::shippedControls();
        QCOMPARE(model.rowCount(), int(shipped.size()));
        QCOMPARE(model.index(0, ControlTableModel::Code).data().toString(), shipped.first().code);
        QCOMPARE(model.index(0, ControlTableModel::TitleZh).data().toString(), shipped.first().titleZh);
        QCOMPARE(model.index(0, ControlTableModel::TitleEn).data().toString(), shipped.first().titleEn);
        int extended = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row, ControlTableModel::Extended).data(Qt::EditRole).toBool()) {
                QCOMPARE(model.index(row, ControlTableModel::Extended).data().toString(), QStringLiteral("yes"));
                QVERIFY(model.index(row, ControlTableModel::Code).data().toString().startsWith(QStringLiteral("CLD.")));
                ++extended;
            }
        QVERIFY(extended > 0);
        QVERIFY(model.canRetire());
        QVERIFY(!model.canRemove());
        QVERIFY(!model.remove(model.idAt(0)));   // controls are retired, not deleted
    }

    void editRetireRestore()
    {
        ControlTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_db->db.get());
        const int count = model.rowCount();
        QVariantMap entry = model.entry(0);
        entry.insert(QStringLiteral("title_en"), QString());
        QCOMPARE(model.validate(entry).first().field, QStringLiteral("title_en"));
        entry.insert(QStringLiteral("title_en"), QStringLiteral("Policies for information security (body's wording)"));
        QVERIFY(model.save(entry));
        QCOMPARE(model.index(0, ControlTableModel::TitleEn).data().toString(),
                 QStringLiteral("Policies for information security (body's wording)"));

        QVariantMap added = model.entry(-1);
        added.insert(QStringLiteral("code"), QStringLiteral("CLD.99.1"));
        added.insert(QStringLiteral("clause"), QStringLiteral("CLD.99"));
        added.insert(QStringLiteral("title_zh"), QStringLiteral("本机构补充控制"));
        added.insert(QStringLiteral("title_en"), QStringLiteral("Body's additional control"));
        added.insert(QStringLiteral("extended"), true);
        const WriteResult inserted = model.save(added);
        QVERIFY2(inserted, qPrintable(inserted.message));
        QCOMPARE(model.rowCount(), count + 1);
        QCOMPARE(model.rowOf(inserted.id), count);   // at the end of the catalogue

        QVERIFY(model.setActive(model.idAt(1), false));
        QCOMPARE(model.index(1, ControlTableModel::Status).data().toString(), QStringLiteral("retired"));
        QVERIFY(!model.index(1, 0).data(ReferenceTableModel::ActiveRole).toBool());

        QVERIFY(model.restoreShipped());
        QCOMPARE(model.rowCount(), count + 1);   // the added control stays, retired
        QVERIFY(!model.index(count, 0).data(ReferenceTableModel::ActiveRole).toBool());
        QVERIFY(model.index(1, 0).data(ReferenceTableModel::ActiveRole).toBool());
        QCOMPARE(model.index(0, ControlTableModel::TitleEn).data().toString(),
                 ReferenceRepository::shippedControls().first().titleEn);
    }

    void headersAndRetranslate()
    {
        ControlTableModel model;
        QCOMPARE(model.headerData(ControlTableModel::TitleZh, Qt::Horizontal).toString(), QStringLiteral("Title (Chinese)"));
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        model.retranslate();
        QCOMPARE(headers.size(), 1);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/csisms_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(model.headerData(ControlTableModel::TitleZh, Qt::Horizontal).toString(), QStringLiteral("中文标题"));
        QCoreApplication::removeTranslator(&translator);
    }

private:
    std::unique_ptr<TestSupport::TempDatabase> m_db;
};

QTEST_GUILESS_MAIN(TestControlTableModel)
#include "tst_controltablemodel.moc"
