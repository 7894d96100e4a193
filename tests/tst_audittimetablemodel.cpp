// AuditTimeTableModel: the ISO/IEC 27006 audit-time table as rows (personnel from, to,
// auditor days), a new row continuing the table, overlapping ranges refused, delete and
// restore through ReferenceRepository; under QAbstractItemModelTester.

#include "testsupport.h"

#include "itemmodels/audittimetablemodel.h"
#include "repositories/referencerepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

class TestAuditTimeTableModel : public QObject
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

    void rowsAddOverlapDeleteRestore()
    {
        AuditTimeTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_db->db.get());
        const QList<AuditTimeRow> shipped = ReferenceRepository::shippedAuditTimeRows();
        QCOMPARE(model.rowCount(), int(shipped.size()));
        QCOMPARE(model.index(0, AuditTimeTableModel::MinPersonnel).data(Qt::EditRole).toInt(), shipped.first().minPersonnel);
        QCOMPARE(model.index(0, AuditTimeTableModel::Days).data(Qt::EditRole).toDouble(), shipped.first().days);
        QCOMPARE(model.index(0, AuditTimeTableModel::Days).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
                 Qt::AlignRight | Qt::AlignVCenter);
        QVERIFY(!model.canRetire());
        QVERIFY(model.canRemove());

        // A new row starts after the last one.
        QVariantMap added = model.entry(-1);
        QCOMPARE(added.value(QStringLiteral("min_personnel")).toInt(), shipped.last().maxPersonnel + 1);
        QVERIFY(model.validate(added).isEmpty());
        added.insert(QStringLiteral("min_personnel"), shipped.last().maxPersonnel);   // overlaps the last row
        QCOMPARE(model.validate(added).first().field, QStringLiteral("min_personnel"));
        QVERIFY(!model.save(added));
        added.insert(QStringLiteral("min_personnel"), shipped.last().maxPersonnel + 1);
        added.insert(QStringLiteral("max_personnel"), shipped.last().maxPersonnel + 500);
        added.insert(QStringLiteral("days"), 40.5);
        const WriteResult inserted = model.save(added);
        QVERIFY2(inserted, qPrintable(inserted.message));
        QCOMPARE(model.rowCount(), int(shipped.size()) + 1);
        QCOMPARE(model.index(model.rowOf(inserted.id), AuditTimeTableModel::Days).data().toString(), QStringLiteral("40.5"));

        QVERIFY(model.remove(inserted.id));
        QCOMPARE(model.rowCount(), int(shipped.size()));
        QVERIFY(model.remove(model.idAt(0)));
        QCOMPARE(model.rowCount(), int(shipped.size()) - 1);
        QVERIFY(model.restoreShipped());
        QCOMPARE(model.rowCount(), int(shipped.size()));
        QCOMPARE(model.index(0, AuditTimeTableModel::MinPersonnel).data(Qt::EditRole).toInt(), shipped.first().minPersonnel);
    }

    void headersAndRetranslate()
    {
        AuditTimeTableModel model;
        QCOMPARE(model.headerData(AuditTimeTableModel::Days, Qt::Horizontal).toString(), QStringLiteral("Auditor days"));
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        model.retranslate();
        QCOMPARE(headers.size(), 1);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/csisms_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(model.headerData(AuditTimeTableModel::Days, Qt::Horizontal).toString(), QStringLiteral("审核人日"));
        QCoreApplication::removeTranslator(&translator);
    }

private:
    std::unique_ptr<TestSupport::TempDatabase> m_db;
};

QTEST_GUILESS_MAIN(TestAuditTimeTableModel)
#include "tst_audittimetablemodel.moc"
