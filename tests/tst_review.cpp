// Application reviews (RULES.md 5.2): the checks by rule ID — R-5.2.2 (refuse whatever else
// stands), R-5.2.3 (1) conditions, (2) competence of the body's auditors over the planned
// period, (3) the parties' agreement, R-5.2.4, AT-* — accept refused while one fails,
// reasons required for refuse and supplement; in the database: starting a review
// puts the application under review, finalising keeps the figures and sets the status, a
// finalised review is never changed, and a correction supersedes it (both kept).

#include "db/changelog.h"
#include "domain/review.h"
#include "repositories/applicationrepository.h"
#include "repositories/auditorrepository.h"
#include "repositories/clientrepository.h"
#include "repositories/referencerepository.h"
#include "repositories/reviewrepository.h"
#include "testsupport.h"

#include <QTest>

using ApplicantEligibility::DateFact;
using ApplicantEligibility::State;
using ApplicationRules::Status;
using Decision = ApplicationReview::Decision;

namespace {

QDate d(const char *iso) { return QDate::fromString(QLatin1String(iso), Qt::ISODate); }

Application eligibleApplication(qint64 clientId)
{
    Application a;
    a.clientId = clientId;
    a.receivedOn = d("2026-03-01");
    a.scopeZh = QStringLiteral("云主机服务");
    a.scopeClasses << QStringLiteral("CS-01");
    a.personnelTotal = 120;
    a.groups << PersonnelGroup{0, QStringLiteral("客服坐席"), 49};
    ApplicantEligibility::Facts &f = a.eligibility;
    f.legalPerson = {State::Met, QStringLiteral("营业执照")};
    f.permits = {State::NotApplicable, QString()};
    f.operatingSince = DateFact::on(d("2025-11-20"));
    f.formerSuspension = DateFact::none();
    f.formerBodyWithdrawn = DateFact::none();
    f.orderedToSuspend = false;
    f.onDishonestyList = false;
    f.majorIncident = DateFact::none();
    f.failedSpotCheck = DateFact::none();
    f.other = {State::Met, QString()};
    return a;
}

Auditor qualifiedAuditor(const QString &name, const QString &scopeClass)
{
    Auditor a;
    a.nameZh = name;
    a.registrationNumber = QStringLiteral("2024-N1CSISMS-") + name;
    a.level = AuditorLevel::Senior;
    a.registrationValidFrom = d("2024-01-01");
    a.registrationValidTo = d("2028-12-31");
    a.qualificationConfirmedOn = d("2024-02-01");
    a.qualificationConfirmedBy = QStringLiteral("周海燕");
    a.impartialitySignedOn = d("2026-01-05");
    a.competences << AuditorCompetence{0, scopeClass, d("2024-03-01"), QString()};
    return a;
}

ApplicationReview agreedReview()
{
    ApplicationReview r;
    r.reviewer = QStringLiteral("李静");
    r.reviewedOn = d("2026-03-05");
    r.plannedFrom = d("2026-04-01");
    r.plannedTo = d("2026-05-31");
    r.partiesAgreed = true;
    r.agreedOn = d("2026-03-05");
    r.onsitePercent = 85;
    r.adjustments << ReviewAdjustment{0, -10, QStringLiteral("体系成熟度高")};
    return r;
}

QStringList rulesOf(const QList<RuleFinding> &findings)
{
    QStringList rules;
    for (const RuleFinding &f : findings)
        rules << f.rule;
    return rules;
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void checksByRule_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("rule");       // the blocking finding expected ("" : none)
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("all met") << "" << "" << true;
        QTest::newRow("R-5.2.2 ordered to suspend") << "E6" << "R-5.2.2" << false;
        QTest::newRow("R-5.2.2 on a dishonesty list") << "E7" << "R-5.2.2" << false;
        QTest::newRow("R-5.2.3 (1) E3 two months") << "E3" << "R-5.2.3" << false;
        QTest::newRow("R-5.2.3 (1) E1 not stated") << "E1" << "R-5.2.3" << false;
        QTest::newRow("R-5.2.3 (2) nobody covers CS-05") << "class" << "R-5.2.3" << false;
        QTest::newRow("R-5.2.3 (2) registration ends before the audit") << "period" << "R-5.2.3" << false;
        QTest::newRow("R-5.2.3 (3) not agreed") << "agreed" << "R-5.2.3" << false;
        QTest::newRow("R-5.2.4 new client, recertification") << "type" << "R-5.2.4" << false;
        QTest::newRow("AT-reduction 35 %") << "reduction" << "AT-reduction" << false;
        QTest::newRow("AT-onsite 70 %") << "onsite" << "AT-onsite" << false;
    }
    void checksByRule()
    {
        QFETCH(QString, change);
        QFETCH(QString, rule);
        QFETCH(bool, acceptable);
        Application a = eligibleApplication(7);
        ApplicationReview r = agreedReview();
        QList<Auditor> auditors{qualifiedAuditor(QStringLiteral("王晓明"), QStringLiteral("CS-01"))};
        if (change == QLatin1String("E6"))
            a.eligibility.orderedToSuspend = true;
        else if (change == QLatin1String("E7"))
            a.eligibility.onDishonestyList = true;
        else if (change == QLatin1String("E3"))
            a.eligibility.operatingSince = DateFact::on(d("2025-12-19"));   // 2 months 10 days
        else if (change == QLatin1String("E1"))
            a.eligibility.legalPerson = {};
        else if (change == QLatin1String("class"))
            a.scopeClasses << QStringLiteral("CS-05");
        else if (change == QLatin1String("period"))
            r.plannedTo = d("2029-01-15");
        else if (change == QLatin1String("agreed"))
            r.partiesAgreed = false;
        else if (change == QLatin1String("type"))
            a.type = QStringLiteral("recertification");
        else if (change == QLatin1String("reduction"))
            r.adjustments << ReviewAdjustment{0, -25, QStringLiteral("远程审核")};
        else if (change == QLatin1String("onsite"))
            r.onsitePercent = 70;
        const ReviewRules::Checks checks =
            ReviewRules::check(r, a, auditors, ReferenceRepository::shippedAuditTimeRows(), RuleParameters());
        const QStringList blocking = rulesOf(checks.blocking());
        if (rule.isEmpty())
            QVERIFY2(blocking.isEmpty(), qPrintable(blocking.join(u' ')));
        else
            QVERIFY2(blocking.contains(rule), qPrintable(blocking.join(u' ')));
        r.decision = Decision::Accept;
        const QList<FieldProblem> problems = ReviewRules::validate(r, checks);
        QCOMPARE(problems.isEmpty(), acceptable);
        if (!acceptable)
            QCOMPARE(problems.first().field, QStringLiteral("decision"));
        // Refusing is always possible, with the reasons.
        r.decision = Decision::Refuse;
        QCOMPARE(ReviewRules::validate(r, checks).first().rule, QStringLiteral("R-5.2.5"));
        r.reasons = QStringLiteral("不满足条件");
        QVERIFY(ReviewRules::validate(r, checks).isEmpty());
        // not even a supplement; the decision is refuse.
        r.decision = Decision::Supplement;
        QCOMPARE(ReviewRules::validate(r, checks).isEmpty(), change != QLatin1String("E6") && change != QLatin1String("E7"));
    }

    void competenceNamesTheQualified()
    {
        QList<Auditor> auditors{qualifiedAuditor(QStringLiteral("王晓明"), QStringLiteral("CS-01")),
                                qualifiedAuditor(QStringLiteral("李娜"), QStringLiteral("CS-01")),
                                qualifiedAuditor(QStringLiteral("赵强"), QStringLiteral("CS-03"))};
        auditors[1].conflicts << ConflictDeclaration{0, 7, ConflictRelation::Consultancy, d("2025-01-01"), QDate(), QString()};
        const QList<ReviewRules::Competence> c = ReviewRules::competence(
            auditors, 7, {QStringLiteral("CS-01"), QStringLiteral("CS-03"), QStringLiteral("CS-05")}, d("2026-04-01"),
            d("2026-05-31"), RuleParameters());
        QCOMPARE(c.size(), 3);
        QCOMPARE(c.at(0).qualified, QStringList{QStringLiteral("王晓明")});   // 李娜 consults the client
        QCOMPARE(c.at(1).qualified.size(), 1);
        QVERIFY(c.at(2).qualified.isEmpty());
    }

    void figuresFollowTheRules()
    {
        // 120 people, 49 doing identical work: 120 − 49 + 7 = 78 → the 66–85 row.
        const Application a = eligibleApplication(7);
        const ApplicationReview r = agreedReview();
        const ReviewRules::Checks checks = ReviewRules::check(r, a, {}, ReferenceRepository::shippedAuditTimeRows(), RuleParameters());
        QVERIFY(checks.auditTime);
        QCOMPARE(checks.auditTime->effectivePersonnel, 78);
        QCOMPARE(checks.auditTime->adjustedDays, AuditTime::roundUpToHalfDay(checks.auditTime->tableDays * 0.9));
    }

    void databaseFlow()
    {
        TestSupport::TempDatabase db;
        QVERIFY(ReferenceRepository::seedIfEmpty(*db).ok);
        Client client;
        client.nameZh = QStringLiteral("示例云科技有限公司");
        const qint64 clientId = ClientRepository(*db).save(client).id;
        QVERIFY(AuditorRepository(*db).save(qualifiedAuditor(QStringLiteral("王晓明"), QStringLiteral("CS-01"))).ok);
        ApplicationRepository applications(*db);
        const qint64 appId = applications.save(eligibleApplication(clientId)).id;
        ReviewRepository reviews(*db);
        // Not on a draft: it must be submitted first.
        QVERIFY(!reviews.start(appId, QStringLiteral("李静"), d("2026-03-05")).ok);
        QVERIFY(applications.changeStatus(appId, Status::Submitted, QString(), d("2026-03-02")).ok);
        const WriteResult started = reviews.start(appId, QStringLiteral("李静"), d("2026-03-05"));
        QVERIFY2(started.ok, qPrintable(started.message));
        QCOMPARE(applications.load(appId)->status, Status::UnderReview);
        QVERIFY(!reviews.start(appId, QStringLiteral("李静"), d("2026-03-05")).ok);   // one open review at a time

        ApplicationReview r = *reviews.load(started.id);
        QCOMPARE(r.reviewer, QStringLiteral("李静"));
        r.plannedFrom = d("2026-04-01");
        r.plannedTo = d("2026-05-31");
        r.onsitePercent = 85;
        r.adjustments << ReviewAdjustment{0, -10, QStringLiteral("体系成熟度高")};
        r.decision = Decision::Accept;
        // Not agreed yet: saved as a draft, but not finalised (R-5.2.3 (3)).
        QVERIFY(reviews.save(r).ok);
        const WriteResult refused = reviews.finalise(r.id, QStringLiteral("李静"), d("2026-03-06"));
        QVERIFY(!refused.ok);
        QVERIFY2(refused.message.contains(QStringLiteral("R-5.2.3")), qPrintable(refused.message));
        QVERIFY(!reviews.load(r.id)->isFinal());
        r = *reviews.load(r.id);
        r.partiesAgreed = true;
        r.agreedOn = d("2026-03-06");
        QVERIFY(reviews.save(r).ok);
        const WriteResult finalised = reviews.finalise(r.id, QStringLiteral("李静"), d("2026-03-06"));
        QVERIFY2(finalised.ok, qPrintable(finalised.message));
        const ApplicationReview kept = *reviews.load(r.id);
        QVERIFY(kept.isFinal());
        QVERIFY(kept.figures);
        QCOMPARE(kept.figures->effectivePersonnel, 78);
        QCOMPARE(applications.load(appId)->status, Status::Accepted);
        QCOMPARE(applications.load(appId)->statusChanges.last().changedOn, d("2026-03-06"));
        // A finalised review is never changed.
        ApplicationReview edited = kept;
        edited.notes = QStringLiteral("改");
        QVERIFY(!reviews.save(edited).ok);
        QVERIFY(!reviews.remove(r.id).ok);
        // A correction supersedes it; both are kept, and its decision sets the status.
        const WriteResult correction = reviews.startCorrection(r.id, QStringLiteral("王磊"), d("2026-03-10"));
        QVERIFY2(correction.ok, qPrintable(correction.message));
        ApplicationReview c = *reviews.load(correction.id);
        QCOMPARE(c.supersedesId, r.id);
        QVERIFY(!c.isFinal());
        c.decision = Decision::Refuse;
        c.reasons = QStringLiteral("复核发现运行证据不足");
        QVERIFY(reviews.save(c).ok);
        QVERIFY(reviews.finalise(c.id, QStringLiteral("王磊"), d("2026-03-10")).ok);
        QCOMPARE(applications.load(appId)->status, Status::Refused);
        QCOMPARE(reviews.currentOf(appId)->id, c.id);
        QCOMPARE(reviews.list({}).size(), 2);
        QCOMPARE(reviews.list({}).last().supersededBy, c.id);
        QVERIFY(!reviews.startCorrection(r.id, QStringLiteral("王磊")).ok);   // correct the latest instead
        const QList<LogFinding> chain = ChangeLog::verifyChain(*db);
        QVERIFY(chain.isEmpty());
        QVERIFY(ChangeLog::verifyRecords(*db).isEmpty());
        QVERIFY(reviews.history(r.id).size() >= 3);
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
