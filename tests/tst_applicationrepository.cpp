// Applications in the database: the aggregate saved and loaded with change-log entries
// filed under the client, numbers from the body's pattern, the status flow with its dated
// history, R-5.2.4 and the register's checks, attachments with their size limit, deletion
// of drafts only, the list queries of the work queue, and the application as a file.

#include "db/changelog.h"
#include "checks/applicationcheck.h"
#include "itemmodels/applicationlistmodel.h"
#include "repositories/applicationrepository.h"
#include "repositories/bodysettingsrepository.h"
#include "repositories/clientrepository.h"
#include "repositories/intakecheck.h"
#include "repositories/parameterrepository.h"
#include "repositories/referencerepository.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QTest>

using ApplicationRules::Status;
using ApplicantEligibility::DateFact;
using ApplicantEligibility::State;

namespace {

QDate d(const char *iso) { return QDate::fromString(QLatin1String(iso), Qt::ISODate); }

void verifyLog(Database &db)
{
    const QList<LogFinding> records = ChangeLog::verifyRecords(db);
    QVERIFY2(records.isEmpty(), records.isEmpty() ? "" : qPrintable(records.first().message));
    const QList<LogFinding> chain = ChangeLog::verifyChain(db);
    QVERIFY2(chain.isEmpty(), chain.isEmpty() ? "" : qPrintable(chain.first().message));
}

Client clientWithSites(const QString &name)
{
    Client c;
    c.nameZh = name;
    c.sites << ClientSite{0, QStringLiteral("总部"), QStringLiteral("福州"), 80}
            << ClientSite{0, QStringLiteral("数据中心"), QStringLiteral("厦门"), 40};
    c.legalEntities << LegalEntity{0, name, QString()} << LegalEntity{0, name + QStringLiteral("分公司"), QString()};
    return c;
}

Application makeApplication(const Client &client)
{
    Application a;
    a.clientId = client.id;
    a.receivedOn = d("2026-03-01");
    a.scopeZh = QStringLiteral("云主机服务的信息安全管理");
    a.scopeEn = QStringLiteral("Information security management of cloud hosting");
    a.scopeClasses << QStringLiteral("CS-01") << QStringLiteral("CS-03");
    a.siteIds << client.sites.at(0).id;
    a.personnelTotal = 120;
    a.groups << PersonnelGroup{0, QStringLiteral("客服坐席"), 49};
    a.outsourced << OutsourcedProcess{0, QStringLiteral("机房运维"), QStringLiteral("某数据中心公司"), QStringLiteral("合同与季度审核")};
    ApplicantEligibility::Facts &f = a.eligibility;
    f.legalPerson = {State::Met, QStringLiteral("营业执照")};
    f.permits = {State::NotApplicable, QString()};
    f.operatingSince = DateFact::on(d("2025-11-20"));
    f.formerSuspension = DateFact::none();
    f.formerBodyWithdrawn = DateFact::none();
    f.orderedToSuspend = false;
    f.onDishonestyList = false;
    f.majorIncident = DateFact::none();
    f.failedSpotCheck = DateFact::on(d("2025-08-01"));
    f.spotCheckRectified = true;
    f.other = {State::Met, QString()};
    a.documents << ApplicationDocument{0, QStringLiteral("D1"), 0, d("2026-03-01"), QStringLiteral("申请书 2026-01")}
                << ApplicationDocument{0, QStringLiteral("D2"), client.legalEntities.at(0).id, d("2026-03-01"), QStringLiteral("营业执照")};
    return a;
}

} // namespace

class TestApplicationRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempDatabase> m_db;
    Client m_client;

    Database &db() { return **m_db; }

private slots:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        m_db = std::make_unique<TestSupport::TempDatabase>();
        QVERIFY(ReferenceRepository::seedIfEmpty(db()).ok);
        const WriteResult saved = ClientRepository(db()).save(clientWithSites(QStringLiteral("示例云科技有限公司")));
        QVERIFY2(saved.ok, qPrintable(saved.message));
        m_client = *ClientRepository(db()).load(saved.id);
    }

    void saveAndLoadWholeAggregate()
    {
        ApplicationRepository repository(db());
        const Application a = makeApplication(m_client);
        const WriteResult saved = repository.save(a);
        QVERIFY2(saved.ok, qPrintable(saved.message));
        const std::optional<Application> loaded = repository.load(saved.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->number, QStringLiteral("CSISMS-A-2026-0001"));
        QCOMPARE(loaded->status, Status::Draft);
        QCOMPARE(loaded->statusChanges.size(), 1);
        QCOMPARE(loaded->statusChanges.first().changedBy, QStringLiteral("tester"));
        QCOMPARE(loaded->eligibility, a.eligibility);
        QCOMPARE(loaded->scopeClasses, a.scopeClasses);
        QCOMPARE(loaded->siteIds, a.siteIds);
        QCOMPARE(loaded->groups.size(), 1);
        QCOMPARE(loaded->groups.first().count, 49);
        QCOMPARE(loaded->outsourced.first().provider, QStringLiteral("某数据中心公司"));
        QCOMPARE(loaded->documents.size(), 2);
        QCOMPARE(loaded->documents.at(1).legalEntityId, m_client.legalEntities.at(0).id);
        QCOMPARE(loaded->personnelTotal, std::optional<int>(120));
        verifyLog(db());
        // Every entry is filed under the client: the client's History shows the application.
        QCOMPARE(db().scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name LIKE 'application%' "
                                            "AND client_id <> ?"), {m_client.id}).toInt(), 0);
        QVERIFY(repository.history(saved.id).size() >= 7);

        // Saving again unchanged writes nothing; an edit changes exactly what changed.
        const int entries = db().scalar(QStringLiteral("SELECT count(*) FROM change_log")).toInt();
        const WriteResult again = repository.save(*loaded);
        QVERIFY2(again.ok, qPrintable(again.message));
        QCOMPARE(db().scalar(QStringLiteral("SELECT count(*) FROM change_log")).toInt(), entries);
        Application edited = *loaded;
        edited.scopeClasses = {QStringLiteral("CS-03")};
        edited.groups.first().count = 30;
        QVERIFY(repository.save(edited).ok);
        QCOMPARE(repository.load(saved.id)->scopeClasses, QStringList{QStringLiteral("CS-03")});
        QCOMPARE(repository.load(saved.id)->groups.first().count, 30);
        verifyLog(db());
    }

    void saveNeverChangesStatusNumberOrClient()
    {
        ApplicationRepository repository(db());
        const WriteResult saved = repository.save(makeApplication(m_client));
        Application a = *repository.load(saved.id);
        a.status = Status::Accepted;
        a.number = QStringLiteral("HAND-1");
        a.statusChanges.clear();
        QVERIFY(repository.save(a).ok);
        const Application stored = *repository.load(saved.id);
        QCOMPARE(stored.status, Status::Draft);
        QCOMPARE(stored.number, QStringLiteral("CSISMS-A-2026-0001"));
        QCOMPARE(stored.statusChanges.size(), 1);
    }

    void numbersFollowThePatternAndTheYear()
    {
        ApplicationRepository repository(db());
        QVERIFY(BodySettingsRepository(db()).setValue(QLatin1String(BodySettingKey::ApplicationNumberPattern),
                                                      QStringLiteral("SQ-{yy}{mm}-{seq:3}")).ok);
        Application a = makeApplication(m_client);
        QCOMPARE(repository.nextNumber(d("2026-03-01")), QStringLiteral("SQ-2603-001"));
        QCOMPARE(repository.load(repository.save(a).id)->number, QStringLiteral("SQ-2603-001"));
        QCOMPARE(repository.load(repository.save(a).id)->number, QStringLiteral("SQ-2603-002"));
        a.receivedOn = d("2027-01-04");
        QCOMPARE(repository.load(repository.save(a).id)->number, QStringLiteral("SQ-2701-001"));
        // A refused pattern is not stored and the one in force stays.
        const WriteResult refused = BodySettingsRepository(db()).setValue(
            QLatin1String(BodySettingKey::ApplicationNumberPattern), QStringLiteral("NO-SEQ-{yyyy}"));
        QVERIFY(!refused.ok);
        QVERIFY(refused.message.contains(QStringLiteral("{seq}")));
        QCOMPARE(BodySettingsRepository(db()).load().applicationNumberPattern, QStringLiteral("SQ-{yy}{mm}-{seq:3}"));
        verifyLog(db());
    }

    void statusFlowIsDatedAndLogged()
    {
        ApplicationRepository repository(db());
        const qint64 id = repository.save(makeApplication(m_client)).id;
        db().changeLog().setUserName(QStringLiteral("李评审"));
        // draft → accepted is refused with the reason, nothing written.
        const WriteResult skipped = repository.changeStatus(id, Status::Accepted, QString(), d("2026-03-02"));
        QVERIFY(!skipped.ok);
        QVERIFY(skipped.message.contains(QStringLiteral("submitted")));
        QVERIFY(repository.changeStatus(id, Status::Submitted, QStringLiteral("齐全"), d("2026-03-02")).ok);
        QVERIFY(repository.changeStatus(id, Status::UnderReview, QString(), d("2026-03-03")).ok);
        QVERIFY(repository.changeStatus(id, Status::SupplementRequested, QStringLiteral("缺 D6"), d("2026-03-05")).ok);
        QVERIFY(repository.changeStatus(id, Status::Resubmitted, QString(), d("2026-03-09")).ok);
        const Application a = *repository.load(id);
        QCOMPARE(a.status, Status::Resubmitted);
        QCOMPARE(a.statusChanges.size(), 5);
        QCOMPARE(a.statusChanges.at(3).note, QStringLiteral("缺 D6"));
        QCOMPARE(a.statusChanges.at(3).changedOn, d("2026-03-05"));
        QCOMPARE(a.statusChanges.at(3).changedBy, QStringLiteral("李评审"));
        // A change dated before the application was received is refused.
        QVERIFY(!repository.changeStatus(id, Status::UnderReview, QString(), d("2026-02-01")).ok);
        verifyLog(db());
        QVERIFY(!repository.removalRefusal(id).isEmpty());
        QVERIFY(!repository.remove(id).ok);
        QVERIFY(repository.load(id));
    }

    void submissionNeedsScopeClassesAndPersonnel()
    {
        ApplicationRepository repository(db());
        Application a = makeApplication(m_client);
        a.scopeClasses.clear();
        a.personnelTotal.reset();
        a.groups.clear();
        const qint64 id = repository.save(a).id;
        const WriteResult refused = repository.changeStatus(id, Status::Submitted, QString(), d("2026-03-02"));
        QVERIFY(!refused.ok);
        QCOMPARE(refused.problems.size(), 2);
        QCOMPARE(repository.load(id)->status, Status::Draft);
    }

    void registerChecks_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("rule");
        QTest::newRow("R-5.2.4 new client applies for recertification") << "recertification" << "application_type" << "R-5.2.4";
        QTest::newRow("unknown scope class") << "class" << "scope_classes" << "";
        QTest::newRow("site of another client") << "site" << "sites" << "";
        QTest::newRow("D2 without legal entity") << "d2" << "documents[1].legal_entity" << "";
        QTest::newRow("group larger than the total") << "group" << "personnel_total" << "";
        QTest::newRow("negative headcount") << "negative" << "personnel_total" << "";
        QTest::newRow("no received date") << "received" << "received_on" << "";
        QTest::newRow("operating after received") << "operating" << "operating_since" << "";
        QTest::newRow("control character in scope") << "control" << "scope_zh" << "";
    }

    void registerChecks()
    {
        QFETCH(QString, change);
        QFETCH(QString, field);
        QFETCH(QString, rule);
        ApplicationRepository repository(db());
        Application a = makeApplication(m_client);
        if (change == QLatin1String("recertification"))
            a.type = QStringLiteral("recertification");
        else if (change == QLatin1String("class"))
            a.scopeClasses << QStringLiteral("CS-99");
        else if (change == QLatin1String("site"))
            a.siteIds << 9999;
        else if (change == QLatin1String("d2"))
            a.documents[1].legalEntityId = 0;
        else if (change == QLatin1String("group"))
            a.groups << PersonnelGroup{0, QStringLiteral("运维"), 100};
        else if (change == QLatin1String("negative"))
            a.personnelTotal = -1;
        else if (change == QLatin1String("received"))
            a.receivedOn = QDate();
        else if (change == QLatin1String("operating"))
            a.eligibility.operatingSince = DateFact::on(d("2026-04-01"));
        else if (change == QLatin1String("control"))
            a.scopeZh += QChar(7);
        const int before = db().scalar(QStringLiteral("SELECT count(*) FROM change_log")).toInt();
        const WriteResult result = repository.save(a);
        QVERIFY(!result.ok);
        bool found = false;
        for (const FieldProblem &p : result.problems)
            if (p.field == field && (rule.isEmpty() || p.rule == rule))
                found = true;
        QVERIFY2(found, qPrintable(result.message));
        QCOMPARE(db().scalar(QStringLiteral("SELECT count(*) FROM change_log")).toInt(), before);
        QCOMPARE(repository.count(), 0);
    }

    void recertificationOfAKnownClientIsAllowed()
    {
        Application a = makeApplication(m_client);
        a.type = QStringLiteral("recertification");
        a.newToBody = false;
        QVERIFY(ApplicationRepository(db()).save(a).ok);
    }

    void attachmentsAreContentAddressedAndLimited()
    {
        ApplicationRepository repository(db());
        QString error;
        const QByteArray content("%PDF-1.4 营业执照扫描件");
        const std::optional<StoredAttachment> stored = repository.storeAttachment(content, &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->sha256, QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(stored->size, content.size());
        QCOMPARE(repository.storeAttachment(content, &error)->id, stored->id);
        QCOMPARE(db().scalar(QStringLiteral("SELECT count(*) FROM attachments")).toInt(), 1);
        QCOMPARE(*repository.attachmentContent(stored->id), content);
        // Not yet with a document: `check` says so (a warning); it is kept.
        const QList<RuleFinding> orphan = IntakeCheck::findings(db());
        QCOMPARE(orphan.size(), 1);
        QCOMPARE(orphan.first().rule, QStringLiteral("records"));
        QCOMPARE(orphan.first().severity, RuleFinding::Warning);
        // The logged image holds the hash and size, not the content.
        const QString after = db().scalar(QStringLiteral("SELECT after_json FROM change_log WHERE table_name = 'attachments'")).toString();
        QVERIFY(after.contains(stored->sha256));
        QVERIFY(!after.contains(QStringLiteral("PDF")));

        QVERIFY(ParameterRepository(db()).setValue(QLatin1String(ParameterKey::AttachmentMaxMiB), 1).ok);
        const QByteArray large(1024 * 1024 + 1, 'x');
        QVERIFY(!repository.storeAttachment(large, &error));
        QVERIFY(error.contains(QStringLiteral("1 MiB")));
        QCOMPARE(db().scalar(QStringLiteral("SELECT count(*) FROM attachments")).toInt(), 1);

        Application a = makeApplication(m_client);
        a.documents[0].attachmentId = stored->id;
        a.documents[0].sha256 = stored->sha256;
        a.documents[0].size = stored->size;
        a.documents[0].fileName = QStringLiteral("申请书.pdf");
        const qint64 id = repository.save(a).id;
        QCOMPARE(repository.load(id)->documents.first().fileName, QStringLiteral("申请书.pdf"));
        QVERIFY(IntakeCheck::findings(db()).isEmpty());   // the file has its document now
        // A document naming a file that is not there is refused.
        a.documents[0].attachmentId = 999;
        QVERIFY(!repository.save(a).ok);
        verifyLog(db());
    }

    void draftsAreDeletedOthersKept()
    {
        ApplicationRepository repository(db());
        const qint64 id = repository.save(makeApplication(m_client)).id;
        QVERIFY(repository.removalRefusal(id).isEmpty());
        const WriteResult removed = repository.remove(id);
        QVERIFY2(removed.ok, qPrintable(removed.message));
        QVERIFY(!repository.load(id));
        QCOMPARE(db().scalar(QStringLiteral("SELECT count(*) FROM application_status_changes")).toInt(), 0);
        verifyLog(db());
        // The client keeps its application records: it cannot be deleted while they stand.
        repository.save(makeApplication(m_client));
        QVERIFY(!ClientRepository(db()).remove(m_client.id).ok);
    }

    void listFiltersByStatusDateAndWords()
    {
        ApplicationRepository repository(db());
        const Client other = *ClientRepository(db()).load(ClientRepository(db()).save(clientWithSites(QStringLiteral("另一家数据公司"))).id);
        Application a = makeApplication(m_client);
        const qint64 first = repository.save(a).id;
        a.receivedOn = d("2026-05-10");
        const qint64 second = repository.save(a).id;
        Application b = makeApplication(other);
        b.receivedOn = d("2026-06-01");
        const qint64 third = repository.save(b).id;
        QVERIFY(repository.changeStatus(second, Status::Submitted, QString(), d("2026-05-11")).ok);

        QCOMPARE(repository.list().size(), 3);
        QCOMPARE(repository.list().first().id, third);   // newest first
        ApplicationListQuery q;
        q.statuses = {Status::Submitted};
        QCOMPARE(repository.list(q).size(), 1);
        QCOMPARE(repository.list(q).first().id, second);
        QCOMPARE(repository.list(q).first().statusChangedOn, d("2026-05-11"));
        q = {};
        q.receivedFrom = d("2026-05-01");
        q.receivedTo = d("2026-05-31");
        QCOMPARE(repository.list(q).size(), 1);
        q = {};
        q.filter = QStringLiteral("另一家");
        QCOMPARE(repository.list(q).size(), 1);
        QCOMPARE(repository.list(q).first().clientName, QStringLiteral("另一家数据公司"));
        q.filter = QStringLiteral("2026-0001");
        QCOMPARE(repository.list(q).first().id, first);
        q = {};
        q.clientId = m_client.id;
        QCOMPARE(repository.list(q).size(), 2);
        QCOMPARE(repository.list(q).first().scopeClasses, QStringLiteral("CS-01, CS-03"));
        QCOMPARE(repository.countByStatus().value(QStringLiteral("draft")), 2);
    }

    void pagedListModel()
    {
        // More applications than a page: the list reads the count and its first page, and
        // a row deeper down when asked; every sort agrees with the repository's order.
        ApplicationRepository repository(db());
        const Client other = *ClientRepository(db()).load(ClientRepository(db()).save(clientWithSites(QStringLiteral("另一家数据公司"))).id);
        {
            Transaction t(db());
            for (int i = 0; i < 450; ++i) {
                Application a = makeApplication(i % 3 ? m_client : other);
                a.number = QStringLiteral("T-%1").arg(i, 4, 10, QChar(u'0'));
                a.receivedOn = d("2025-01-01").addDays(i % 97);
                a.personnelTotal = 10 + (i * 37) % 200;
                a.groups.clear();
                a.status = i % 5 ? Status::Submitted : Status::Draft;
                a.statusChanges << StatusChange{0, a.status, a.receivedOn, QStringLiteral("tester"), QString()};
                repository.insertUnchecked(a);
            }
            t.commit();
        }
        ApplicationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setStatuses({});
        model.setDatabase(&db());
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE(model.cachedRowCount(), ApplicationListModel::PageSize);
        for (int column = 0; column < ApplicationListModel::ColumnCount; ++column)
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                model.sort(column, order);
                ApplicationListQuery q = model.query();
                const QList<ApplicationListRow> all = repository.list(q);
                QCOMPARE(all.size(), 450);
                for (int row : {0, 199, 200, 333, 449}) {
                    QCOMPARE(model.idAt(row), all.at(row).id);
                    QCOMPARE(model.rowOf(all.at(row).id), row);
                }
            }
        QVERIFY(model.cachedRowCount() < 450 || model.rowCount() == 450);
        model.sort(ApplicationListModel::Number, Qt::AscendingOrder);
        QCOMPARE(model.index(0, ApplicationListModel::Number).data().toString(), QStringLiteral("T-0000"));
        QCOMPARE(model.index(449, ApplicationListModel::Number).data().toString(), QStringLiteral("T-0449"));
        model.setStatuses({Status::Draft});
        QCOMPARE(model.rowCount(), 90);
        model.setFilter(QStringLiteral("另一家"));
        QCOMPARE(model.rowCount(), 30);
        QCOMPARE(model.rowOf(repository.list({}).first().id) >= -1, true);
    }

    void sitesInScopeStayWithTheClient()
    {
        // A site an application covers, or a legal entity with a D2 proof, is not removed
        // from the client behind the application's back: the save says why, nothing written.
        ApplicationRepository(db()).save(makeApplication(m_client));
        Client edited = *ClientRepository(db()).load(m_client.id);
        edited.sites.removeFirst();
        edited.legalEntities.removeFirst();
        const WriteResult refused = ClientRepository(db()).save(edited);
        QVERIFY(!refused.ok);
        QCOMPARE(refused.problems.size(), 2);
        QVERIFY2(refused.problems.first().message.contains(QStringLiteral("总部")), qPrintable(refused.problems.first().message));
        QCOMPARE(ClientRepository(db()).load(m_client.id)->sites.size(), 2);
        // The other site, not in scope, can go.
        edited = *ClientRepository(db()).load(m_client.id);
        edited.sites.removeLast();
        QVERIFY(ClientRepository(db()).save(edited).ok);
    }

    void fileRoundTripGivesTheSameCheck()
    {
        ApplicationRepository repository(db());
        const Application a = *repository.load(repository.save(makeApplication(m_client)).id);
        const ApplicationFile file = repository.toFile(a);
        QCOMPARE(file.clientName, QStringLiteral("示例云科技有限公司"));
        QString error;
        const std::optional<ApplicationFile> back = ApplicationFileFormat::parse(ApplicationFileFormat::write(file), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->eligibility, file.eligibility);
        QCOMPARE(back->auditTime, file.auditTime);
        QCOMPARE(back->scopeClasses, file.scopeClasses);
        QCOMPARE(back->receivedOn, file.receivedOn);
        QCOMPARE(back->type, file.type);
        QCOMPARE(back->newToBody, file.newToBody);
        // Unstated conditions stay unknown through the file.
        Application unknown = a;
        unknown.eligibility = {};
        const std::optional<ApplicationFile> empty = ApplicationFileFormat::parse(ApplicationFileFormat::write(repository.toFile(unknown)), &error);
        QVERIFY2(empty, qPrintable(error));
        QCOMPARE(empty->eligibility, ApplicantEligibility::Facts{});
    }
};

QTEST_GUILESS_MAIN(TestApplicationRepository)
#include "tst_applicationrepository.moc"
