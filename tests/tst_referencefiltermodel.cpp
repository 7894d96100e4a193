// ReferenceFilterModel, the filter over a reference table in Settings: every word must be
// in the row; under QAbstractItemModelTester while the filter, the rows and the source change.

#include "testsupport.h"

#include "itemmodels/controltablemodel.h"
#include "itemmodels/referencefiltermodel.h"
#include "repositories/referencerepository.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QTest>

class TestReferenceFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void filtersUnderTheTester()
    {
        TestSupport::TempDatabase db;
        QVERIFY(ReferenceRepository::seedIfEmpty(*db));
        ControlTableModel source;
        source.setDatabase(db.db.get());
        ReferenceFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        QCOMPARE(proxy.rowCount(), source.rowCount());

        proxy.setFilterWords(QStringLiteral("cloud"));
        const int cloud = proxy.rowCount();
        QVERIFY(cloud > 0 && cloud < source.rowCount());
        for (int row = 0; row < proxy.rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < proxy.columnCount(); ++column)
                cells << proxy.index(row, column).data().toString();
            QVERIFY2(cells.join(u' ').contains(QStringLiteral("cloud"), Qt::CaseInsensitive), qPrintable(cells.join(u' ')));
        }
        // Every word must match, in any column and any case.
        proxy.setFilterWords(QStringLiteral("CLOUD   virtual"));
        QVERIFY(proxy.rowCount() < cloud);
        proxy.setFilterWords(QStringLiteral("CLD.9.5.1"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterWords(QStringLiteral("no such words here"));
        QCOMPARE(proxy.rowCount(), 0);
        // The source reset (a write, an undo) under a filter.
        proxy.setFilterWords(QStringLiteral("cloud"));
        source.refresh();
        QCOMPARE(proxy.rowCount(), cloud);
        proxy.sort(ControlTableModel::TitleEn, Qt::DescendingOrder);
        proxy.setFilterWords(QString());
        QCOMPARE(proxy.rowCount(), source.rowCount());
    }
};

QTEST_GUILESS_MAIN(TestReferenceFilterModel)
#include "tst_referencefiltermodel.moc"
