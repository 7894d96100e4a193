// Demo dossiers: deterministic for a seed, valid, and written with a clean change log.

#include "checks/databasecheck.h"
#include "demo/clientdemo.h"
#include "domain/creditcode.h"
#include "repositories/clientrepository.h"
#include "testsupport.h"

#include <QSet>
#include <QRegularExpression>
#include <QTest>

class TestClientDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void deterministicAndValid()
    {
        const QList<Client> a = ClientDemo::makeClients(300, 42);
        const QList<Client> b = ClientDemo::makeClients(300, 42);
        const QList<Client> c = ClientDemo::makeClients(300, 43);
        QCOMPARE(a, b);
        QVERIFY(a != c);
        QSet<QString> codes;
        int withShifts = 0, withSites = 0, withTwoEntities = 0;
        for (const Client &client : a) {
            QVERIFY2(ClientRules::validate(client).isEmpty(), qPrintable(client.nameZh));
            QVERIFY(!codes.contains(client.creditCode));
            codes.insert(client.creditCode);
            QVERIFY(!client.nameEn.isEmpty());
            QVERIFY(client.nameZh.endsWith(QStringLiteral("有限公司")));
            withShifts += client.shifts.isEmpty() ? 0 : 1;
            withSites += client.sites.size() > 1 ? 1 : 0;
            withTwoEntities += client.legalEntities.size() > 1 ? 1 : 0;
            for (const LegalEntity &e : client.legalEntities)
                QVERIFY(CreditCode::isValid(e.creditCode));
        }
        QVERIFY(withShifts > 100 && withSites > 100 && withTwoEntities > 30);
    }

    void writesIntoAnEmptyRegisterOnly()
    {
        TestSupport::TempDatabase db;
        QString error;
        QCOMPARE(ClientDemo::generate(*db, 50, 1, {}, &error), 50);
        QCOMPARE(ClientRepository(*db).totalCount(), 50);
        QCOMPARE(DatabaseCheck::run(*db).errorCount(), 0);
        QCOMPARE(ClientDemo::generate(*db, 5, 2, {}, &error), -1);
        QVERIFY(error.contains(QStringLiteral("50")));
        QCOMPARE(ClientRepository(*db).totalCount(), 50);
    }

    void cancelWritesNothing()
    {
        TestSupport::TempDatabase db;
        QString error;
        QCOMPARE(ClientDemo::generate(*db, 2000, 1, [](int done, int) { return done < 1000; }, &error), -1);
        QCOMPARE(ClientRepository(*db).totalCount(), 0);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM change_log")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestClientDemo)
#include "tst_clientdemo.moc"
