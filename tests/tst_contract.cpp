// Certification contracts (RULES.md 5.3): amounts in CNY read exactly (fen), what signing
// needs (the date after the acceptance, fee items, every duty of 5.3.2 and 5.3.3
// acknowledged), the duties as reference data in both languages; in the database: made
// from the current accepting review only, the figures carried, a signed contract read only,
// terminated with a reason, amended by a new version naming it.

#include "db/changelog.h"
#include "domain/contract.h"
#include "repositories/applicationrepository.h"
#include "repositories/clientrepository.h"
#include "repositories/contractrepository.h"
#include "repositories/intakecheck.h"
#include "repositories/referencerepository.h"
#include "repositories/reviewrepository.h"
#include "testsupport.h"

#include <QTest>

using ApplicationRules::Status;

namespace {
QDate d(const char *iso) { return QDate::fromString(QLatin1String(iso), Qt::ISODate); }
} // namespace

class TestContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void amounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("fen");   // -1: refused
        QTest::newRow("whole") << "36000" << qint64(3600000);
        QTest::newRow("groups and cents") << "36,000.50" << qint64(3600050);
        QTest::newRow("one decimal") << "12.5" << qint64(1250);
        QTest::newRow("yuan sign") << "¥8,000" << qint64(800000);
        QTest::newRow("full-width yuan sign") << "￥100.01" << qint64(10001);
        QTest::newRow("元") << "500元" << qint64(50000);
        QTest::newRow("zero") << "0" << qint64(0);
        QTest::newRow("three decimals") << "1.234" << qint64(-1);
        QTest::newRow("negative") << "-5" << qint64(-1);
        QTest::newRow("letters") << "12o" << qint64(-1);
        QTest::newRow("empty") << "" << qint64(-1);
        QTest::newRow("too large") << "99999999999999" << qint64(-1);
    }
    void amounts()
    {
        QFETCH(QString, text);
        QFETCH(qint64, fen);
        QCOMPARE(ContractRules::parseAmount(text).value_or(-1), fen);
        if (fen >= 0)
            QCOMPARE(ContractRules::parseAmount(ContractRules::amountText(fen)).value_or(-1), fen);
    }

    void dutiesAreReferenceDataInBothLanguages()
    {
        const QList<ContractDuty> &duties = ContractDuties::shipped();
        QCOMPARE(duties.size(), 9);   // 5.3.2 (1)–(3), 5.3.3 (1)–(6)
        QCOMPARE(duties.first().code, QStringLiteral("5.3.2(1)"));
        QCOMPARE(duties.last().code, QStringLiteral("5.3.3(6)"));
        for (const ContractDuty &d : duties) {
            QVERIFY(!d.textZh.isEmpty());
            QVERIFY(!d.textEn.isEmpty());
            QVERIFY(d.party == QLatin1String("body") || d.party == QLatin1String("client"));
        }
    }

    void signingNeeds_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("field");   // "" : may be signed
        QTest::newRow("complete") << "" << "";
        QTest::newRow("no fee item") << "fees" << "fees";
        QTest::newRow("a duty not acknowledged") << "duty" << "duties";
        QTest::newRow("signed before the acceptance (5.3.1)") << "early" << "signed_on";
        QTest::newRow("no signing date") << "nodate" << "signed_on";
        QTest::newRow("no body party") << "party" << "body_party";
        QTest::newRow("a fee item without its name") << "item" << "fees[0].item";
    }
    void signingNeeds()
    {
        QFETCH(QString, change);
        QFETCH(QString, field);
        Contract c;
        c.applicationId = 1;
        c.reviewId = 1;
        c.clientParty = QStringLiteral("示例云科技有限公司");
        c.bodyParty = QStringLiteral("示例认证中心");
        c.fees << FeeItem{0, QStringLiteral("审核费"), 3600000};
        c.acknowledged = ContractDuties::codes();
        QDate on = d("2026-03-10");
        if (change == QLatin1String("fees"))
            c.fees.clear();
        else if (change == QLatin1String("duty"))
            c.acknowledged.removeAll(QStringLiteral("5.3.3(4)"));
        else if (change == QLatin1String("early"))
            on = d("2026-03-01");
        else if (change == QLatin1String("nodate"))
            on = QDate();
        else if (change == QLatin1String("party"))
            c.bodyParty.clear();
        else if (change == QLatin1String("item"))
            c.fees.first().item = QStringLiteral("  ");
        const QList<FieldProblem> problems = ContractRules::signingProblems(c, on, d("2026-03-05"));
        if (field.isEmpty()) {
            QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.first().message));
        } else {
            QVERIFY(!problems.isEmpty());
            QCOMPARE(problems.first().field, field);
        }
        if (change == QLatin1String("duty"))
            QVERIFY(problems.first().message.contains(QStringLiteral("5.3.3(4)")));
    }

    void databaseFlow()
    {
        TestSupport::TempDatabase db;
        QVERIFY(ReferenceRepository::seedIfEmpty(*db).ok);
        Client client;
        client.nameZh = QStringLiteral("示例云科技有限公司");
        const qint64 clientId = ClientRepository(*db).save(client).id;
        Application a;
        a.clientId = clientId;
        a.receivedOn = QDate::currentDate().addDays(-20);
        a.scopeClasses << QStringLiteral("CS-01");
        a.scopeZh = QStringLiteral("云主机服务");
        a.personnelTotal = 40;
        ApplicationRepository applications(*db);
        const qint64 appId = applications.save(a).id;
        QVERIFY(applications.changeStatus(appId, Status::Submitted, QString(), a.receivedOn).ok);
        ReviewRepository reviews(*db);
        // A review accepting (written as the demo writes one: the checks are the review's tests).
        ApplicationReview r;
        r.applicationId = appId;
        r.reviewer = QStringLiteral("李静");
        r.reviewedOn = a.receivedOn.addDays(2);
        r.decision = ApplicationReview::Decision::Accept;
        r.finalisedOn = a.receivedOn.addDays(3);
        r.finalisedBy = r.reviewer;
        AuditTime::Result figures;
        figures.effectivePersonnel = 40;
        figures.adjustedDays = 6;
        r.figures = figures;
        qint64 reviewId = 0;
        {
            Transaction t(*db);
            reviewId = reviews.insertUnchecked(r, clientId);
            t.commit();
        }
        ContractRepository contracts(*db);
        const WriteResult made = contracts.createFromReview(reviewId);
        QVERIFY2(made.ok, qPrintable(made.message));
        Contract c = *contracts.load(made.id);
        QCOMPARE(c.number, QStringLiteral("CSISMS-C-%1-0001").arg(QDate::currentDate().year()));
        QCOMPARE(c.clientParty, QStringLiteral("示例云科技有限公司"));
        QCOMPARE(c.figures->adjustedDays, 6.0);
        QVERIFY(!contracts.createFromReview(reviewId).ok);   // one contract; amend it instead
        c.bodyParty = QStringLiteral("示例认证中心");
        c.fees << FeeItem{0, QStringLiteral("审核费"), 1800000} << FeeItem{0, QStringLiteral("证书费"), 100000};
        c.acknowledged = ContractDuties::codes();
        QVERIFY(contracts.save(c).ok);
        QCOMPARE(contracts.list().first().totalFen, qint64(1900000));
        // Signed before the acceptance: refused (5.3.1); on the day after: signed, read only.
        QVERIFY(!contracts.sign(made.id, a.receivedOn).ok);
        QVERIFY(contracts.sign(made.id, QDate::currentDate()).ok);
        c = *contracts.load(made.id);
        QCOMPARE(c.status, Contract::Status::Signed);
        c.notes = QStringLiteral("改");
        QVERIFY(!contracts.save(c).ok);
        QVERIFY(!contracts.remove(made.id).ok);
        // An amendment: version 2 naming version 1, acknowledged anew, signed.
        const WriteResult amendment = contracts.amend(made.id);
        QVERIFY2(amendment.ok, qPrintable(amendment.message));
        Contract v2 = *contracts.load(amendment.id);
        QCOMPARE(v2.version, 2);
        QCOMPARE(v2.amendsId, made.id);
        QCOMPARE(v2.number, c.number);
        QCOMPARE(v2.status, Contract::Status::Draft);
        QVERIFY(v2.acknowledged.isEmpty());
        QVERIFY(!contracts.amend(made.id).ok);   // amend the latest version
        v2.acknowledged = ContractDuties::codes();
        v2.fees[0].amountFen += 300000;
        QVERIFY(contracts.save(v2).ok);
        QVERIFY(contracts.sign(v2.id, QDate::currentDate()).ok);
        QCOMPARE(contracts.list().last().amendedBy, v2.id);
        // Terminated with a reason only.
        QVERIFY(!contracts.terminate(v2.id, QDate::currentDate(), QString()).ok);
        QVERIFY(contracts.terminate(v2.id, QDate::currentDate(), QStringLiteral("认证委托人解约")).ok);
        QCOMPARE(contracts.load(v2.id)->status, Contract::Status::Terminated);
        QVERIFY(ChangeLog::verifyChain(*db).isEmpty());
        QVERIFY(ChangeLog::verifyRecords(*db).isEmpty());
        QVERIFY(contracts.history(made.id).size() >= 5);
        QVERIFY(IntakeCheck::findings(*db).isEmpty());
        // Written outside the program: a duty taken back from a signed contract is found (5.3).
        db->exec(QStringLiteral("UPDATE contracts SET acknowledged_duties = '5.3.2(1)' WHERE id = ?"), {made.id});
        const QList<RuleFinding> found = IntakeCheck::findings(*db);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().rule, QStringLiteral("5.3"));
        QVERIFY(found.first().message.contains(QStringLiteral("5.3.3(6)")));
    }
};

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
