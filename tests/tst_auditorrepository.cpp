// Auditors in the database: the aggregate (auditor, competences, education, conflict
// declarations) saved and loaded with change-log entries, register checks, list and
// "expires within N days" queries, deletion rules, user profiles, `csisms check`
// findings, eligibility over the database and the demo people.

#include "db/changelog.h"
#include "demo/demopeople.h"
#include "repositories/auditorrepository.h"
#include "repositories/clientrepository.h"
#include "repositories/parameterrepository.h"
#include "repositories/peoplecheck.h"
#include "repositories/referencerepository.h"
#include "repositories/userrepository.h"
#include "testsupport.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

namespace {

QDate d(const char *iso) { return QDate::fromString(QLatin1String(iso), Qt::ISODate); }

int logCount(Database &db) { return db.scalar(QStringLiteral("SELECT count(*) FROM change_log")).toInt(); }

void verifyLog(Database &db)
{
    const QList<LogFinding> records = ChangeLog::verifyRecords(db);
    QVERIFY2(records.isEmpty(), records.isEmpty() ? "" : qPrintable(records.first().message));
    const QList<LogFinding> chain = ChangeLog::verifyChain(db);
    QVERIFY2(chain.isEmpty(), chain.isEmpty() ? "" : qPrintable(chain.first().message));
}

qint64 addClient(Database &db, const QString &name)
{
    Client c;
    c.nameZh = name;
    const WriteResult saved = ClientRepository(db).save(c);
    if (!saved)
        qFatal("cannot add client: %s", qPrintable(saved.message));
    return saved.id;
}

Auditor makeAuditor(const QString &nameZh, const QString &nameEn, const QString &number, const QDate &validTo)
{
    Auditor a;
    a.nameZh = nameZh;
    a.nameEn = nameEn;
    a.registrationNumber = number;
    a.level = AuditorLevel::Senior;
    a.registrationValidFrom = validTo.addYears(-3).addDays(1);
    a.registrationValidTo = validTo;
    a.qualificationConfirmedOn = a.registrationValidFrom.addDays(10);
    a.qualificationConfirmedBy = QStringLiteral("周海燕");
    a.impartialitySignedOn = d("2026-01-05");
    a.notes = QStringLiteral("  多行\n备注  ");
    a.competences << AuditorCompetence{0, QStringLiteral("CS-01"), d("2025-02-01"), QStringLiteral("评价记录 2025-017")}
                  << AuditorCompetence{0, QStringLiteral("CS-03"), QDate(), QString()};
    a.education << EducationEntry{0, d("2025-04-10"), 8, QStringLiteral("ISO/IEC 27017 解读")}
                << EducationEntry{0, d("2025-10-11"), 6.5, QStringLiteral("数据安全法")};
    return a;
}

// The aggregate as stored, without ids, for comparison with what was saved.
Auditor withoutIds(Auditor a)
{
    a.id = 0;
    for (AuditorCompetence &c : a.competences) c.id = 0;
    for (EducationEntry &e : a.education) e.id = 0;
    for (ConflictDeclaration &c : a.conflicts) c.id = 0;
    return a;
}

} // namespace

class TestAuditorRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempDatabase> m_db;
    qint64 m_client = 0;

private slots:
    void initTestCase() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void init()
    {
        m_db = std::make_unique<TestSupport::TempDatabase>();
        QVERIFY(ReferenceRepository::seedIfEmpty(**m_db));
        m_client = addClient(**m_db, QStringLiteral("福州示例云科技有限公司"));
    }
    void cleanup() { m_db.reset(); }

    void savesAndLoadsTheAggregate()
    {
        Database &db = **m_db;
        AuditorRepository repo(db);
        Auditor a = makeAuditor(QStringLiteral("王晓明"), QStringLiteral("Wang Xiaoming"), QStringLiteral(" 2024-N2CSISMS-1234567 "), d("2027-01-31"));
        a.conflicts << ConflictDeclaration{0, m_client, ConflictRelation::Consultancy, d("2023-01-01"), d("2024-06-30"), QStringLiteral("体系咨询")};
        const int before = logCount(db);
        const WriteResult saved = repo.save(a);
        QVERIFY2(saved, qPrintable(saved.message));
        QCOMPARE(logCount(db) - before, 1 + 2 + 2 + 1);

        const std::optional<Auditor> loaded = repo.load(saved.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->registrationNumber, QStringLiteral("2024-N2CSISMS-1234567"));   // trimmed
        QCOMPARE(loaded->notes, a.notes);                                               // kept as typed
        a.registrationNumber = a.registrationNumber.trimmed();
        QCOMPARE(withoutIds(*loaded), a);
        QVERIFY(loaded->competences.first().id > 0);

        // Update: change a competence, drop an education entry, add a declaration.
        Auditor changed = *loaded;
        changed.competences[1].confirmedOn = d("2026-02-01");
        changed.education.removeFirst();
        changed.conflicts << ConflictDeclaration{0, m_client, ConflictRelation::Family, d("2025-05-01"), QDate(), QString()};
        changed.level = AuditorLevel::Auditor;
        const int beforeUpdate = logCount(db);
        QVERIFY(repo.save(changed));
        QCOMPARE(logCount(db) - beforeUpdate, 4);   // auditor, competence, education delete, conflict insert
        QCOMPARE(withoutIds(*repo.load(saved.id)), withoutIds(changed));

        const QList<ChangeEntry> history = ChangeLog::history(db, QStringLiteral("auditors"), saved.id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.first().changedFields(), QStringList{QStringLiteral("level")});
        QCOMPARE(history.first().user, QStringLiteral("tester"));
        verifyLog(db);
    }

    void historyIncludesSubRecords()
    {
        Database &db = **m_db;
        AuditorRepository repo(db);
        const WriteResult a = repo.save(makeAuditor(QStringLiteral("王晓明"), QString(), QStringLiteral("N-1"), d("2027-01-31")));
        const WriteResult b = repo.save(makeAuditor(QStringLiteral("李娜"), QString(), QStringLiteral("N-2"), d("2027-01-31")));
        QVERIFY(a && b);
        Auditor changed = *repo.load(a.id);
        changed.education.removeFirst();                     // a deleted sub-record stays in the history
        changed.conflicts << ConflictDeclaration{0, m_client, ConflictRelation::Employment, d("2020-01-01"), d("2021-01-01"), QString()};
        QVERIFY(repo.save(changed));

        const QList<ChangeEntry> history = repo.history(a.id);
        QCOMPARE(history.size(), 1 + 2 + 2 + 1 + 1);           // auditor, competences, education, delete, conflict
        QStringList tables;
        for (int i = 0; i < history.size(); ++i) {
            if (i > 0)
                QVERIFY(history.at(i - 1).id > history.at(i).id);   // newest first
            const QJsonObject &image = history.at(i).after.isEmpty() ? history.at(i).before : history.at(i).after;
            if (history.at(i).table == QLatin1String("auditors"))
                QCOMPARE(history.at(i).rowId, a.id);
            else
                QCOMPARE(image.value(QLatin1String("auditor_id")).toInteger(), a.id);
            tables << history.at(i).table;
        }
        QCOMPARE(tables.count(QStringLiteral("auditor_education")), 3);
        QCOMPARE(tables.count(QStringLiteral("auditor_conflicts")), 1);
        QCOMPARE(repo.history(b.id).size(), 1 + 2 + 2);
        QVERIFY(repo.history(999).isEmpty());
    }

    void validatesAgainstTheRegister_data()
    {
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("field");
        QTest::newRow("missing Chinese name") << 0 << QStringLiteral("name_zh");
        QTest::newRow("A-4.2 registration number already recorded") << 1 << QStringLiteral("registration_number");
        QTest::newRow("A-4.2 registration ends before it starts") << 2 << QStringLiteral("registration_valid_to");
        QTest::newRow("A-4.2 unknown scope class") << 3 << QStringLiteral("competences[0].scope_class");
        QTest::newRow("A-4.2 competence listed twice") << 4 << QStringLiteral("competences[1].scope_class");
        QTest::newRow("A-4.4 education without hours") << 5 << QStringLiteral("education[0].hours");
        QTest::newRow("A-4.3 declaration for a missing client") << 6 << QStringLiteral("conflicts[0].client");
        QTest::newRow("A-4.3 declaration ends before it begins") << 7 << QStringLiteral("conflicts[0].to");
        QTest::newRow("A-4.2 qualification without who confirmed") << 8 << QStringLiteral("qualification_confirmed_by");
    }

    void validatesAgainstTheRegister()
    {
        QFETCH(int, problem);
        QFETCH(QString, field);
        Database &db = **m_db;
        AuditorRepository repo(db);
        QVERIFY(repo.save(makeAuditor(QStringLiteral("李娜"), QStringLiteral("Li Na"), QStringLiteral("2023-N1CSISMS-7654321"), d("2026-05-31"))));

        Auditor a = makeAuditor(QStringLiteral("张敏"), QStringLiteral("Zhang Min"), QStringLiteral("2024-N1CSISMS-1111111"), d("2027-05-31"));
        switch (problem) {
        case 0: a.nameZh = QStringLiteral("  "); break;
        case 1: a.registrationNumber = QStringLiteral("2023-N1CSISMS-7654321"); break;
        case 2: a.registrationValidTo = a.registrationValidFrom.addDays(-1); break;
        case 3: a.competences[0].scopeClass = QStringLiteral("CS-99"); break;
        case 4: a.competences[1].scopeClass = QStringLiteral("CS-01"); break;
        case 5: a.education[0].hours = 0; break;
        case 6: a.conflicts << ConflictDeclaration{0, 9999, ConflictRelation::Other, d("2025-01-01"), QDate(), QString()}; break;
        case 7: a.conflicts << ConflictDeclaration{0, m_client, ConflictRelation::Other, d("2025-01-01"), d("2024-01-01"), QString()}; break;
        case 8: a.qualificationConfirmedBy.clear(); break;
        }
        const int entries = logCount(db);
        const WriteResult result = repo.save(a);
        QVERIFY(!result);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().field, field);
        QVERIFY(!result.message.isEmpty());
        QCOMPARE(logCount(db), entries);
        QCOMPARE(repo.count(), 1);
    }

    void listsAndFilters()
    {
        Database &db = **m_db;
        AuditorRepository repo(db);
        const QDate today = d("2026-03-01");
        const qint64 wang = repo.save(makeAuditor(QStringLiteral("王晓明"), QStringLiteral("Wang Xiaoming"), QStringLiteral("2024-N2CSISMS-1000001"), d("2026-03-20"))).id;
        const qint64 li = repo.save(makeAuditor(QStringLiteral("李娜"), QStringLiteral("Li Na"), QStringLiteral("2023-N1CSISMS-1000002"), d("2026-02-20"))).id;
        Auditor zhang = makeAuditor(QStringLiteral("张敏"), QStringLiteral("Zhang Min"), QStringLiteral("2025-N1CSISMS-1000003"), d("2028-01-31"));
        zhang.level = AuditorLevel::Intern;
        zhang.competences = {AuditorCompetence{0, QStringLiteral("CS-02"), d("2025-06-01"), QString()}};
        const qint64 zhangId = repo.save(zhang).id;
        Auditor expert = makeAuditor(QStringLiteral("赵强"), QStringLiteral("Zhao Qiang"), QString(), d("2026-03-10"));
        expert.level = AuditorLevel::TechnicalExpert;
        const qint64 expertId = repo.save(expert).id;
        QVERIFY(wang > 0 && li > 0 && zhangId > 0 && expertId > 0);

        auto ids = [](const QList<AuditorListRow> &rows) {
            QList<qint64> list;
            for (const AuditorListRow &row : rows)
                list << row.id;
            return list;
        };
        AuditorListQuery query;
        query.today = today;
        QCOMPARE(repo.list(query).size(), 4);
        query.filter = QStringLiteral("wang");
        QCOMPARE(ids(repo.list(query)), QList<qint64>{wang});
        query.filter = QStringLiteral("1000002");
        QCOMPARE(ids(repo.list(query)), QList<qint64>{li});
        query.filter = QStringLiteral("100%");   // LIKE wildcards are literal
        QVERIFY(repo.list(query).isEmpty());
        query.filter.clear();
        query.level = AuditorLevel::Intern;
        QCOMPARE(ids(repo.list(query)), QList<qint64>{zhangId});
        query.level.reset();
        query.scopeClass = QStringLiteral("CS-02");
        QCOMPARE(ids(repo.list(query)), QList<qint64>{zhangId});
        query.scopeClass.clear();

        const QList<AuditorListRow> all = repo.list(query);
        const AuditorListRow &wangRow = *std::find_if(all.cbegin(), all.cend(), [&](const AuditorListRow &r) { return r.id == wang; });
        QCOMPARE(wangRow.scopeClasses, (QStringList{QStringLiteral("CS-01"), QStringLiteral("CS-03")}));
        QCOMPARE(wangRow.educationHours, 0.0);     // 2026: none yet
        query.year = 2025;
        const QList<AuditorListRow> in2025 = repo.list(query);
        QCOMPARE(std::find_if(in2025.cbegin(), in2025.cend(), [&](const AuditorListRow &r) { return r.id == wang; })->educationHours, 14.5);

        // Registration expires within N days: soonest first, experts left out.
        QCOMPARE(ids(repo.expiringWithin(30, today)), QList<qint64>{wang});
        QCOMPARE(ids(repo.expiringWithin(30, today, true)), (QList<qint64>{li, wang}));
        QCOMPARE(ids(repo.expiringWithin(18, today)), QList<qint64>{});
        QCOMPARE(ids(repo.expiringWithin(19, today)), QList<qint64>{wang});

        QVERIFY(repo.setActive(li, false));
        QCOMPARE(repo.count(false), 3);
        QCOMPARE(repo.list(query).size(), 3);
        query.includeInactive = true;
        QCOMPARE(repo.list(query).size(), 4);

        const QList<Auditor> loaded = repo.loadAll();
        QCOMPARE(loaded.size(), 4);
        for (const Auditor &a : loaded)
            QCOMPARE(a, *repo.load(a.id));
        QCOMPARE(repo.loadAll(false).size(), 3);
        verifyLog(db);
    }

    void deletesOnlyUnreferencedAuditors()
    {
        Database &db = **m_db;
        AuditorRepository repo(db);
        Auditor a = makeAuditor(QStringLiteral("王晓明"), QStringLiteral("Wang Xiaoming"), QStringLiteral("N-1"), d("2027-01-31"));
        a.conflicts << ConflictDeclaration{0, m_client, ConflictRelation::Employment, d("2020-01-01"), d("2021-01-01"), QString()};
        const qint64 id = repo.save(a).id;

        UserRepository users(db);
        const WriteResult user = users.save(User{0, QStringLiteral("王晓明"), UserRole::Reviewer, true, id});
        QVERIFY2(user, qPrintable(user.message));
        const WriteResult refused = repo.remove(id);
        QVERIFY(!refused);
        QVERIFY2(refused.message.contains(QStringLiteral("user profile")), qPrintable(refused.message));
        QVERIFY(repo.load(id));

        QVERIFY(users.save(User{user.id, QStringLiteral("王晓明"), UserRole::Reviewer, true, 0}));
        const WriteResult removed = repo.remove(id);
        QVERIFY2(removed, qPrintable(removed.message));
        QVERIFY(!repo.load(id));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM auditor_competences")).toInt(), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM auditor_conflicts")).toInt(), 0);
        // The client with a conflict declaration was one with records; now it is free again.
        QVERIFY(ClientRepository(db).dependentRecords(m_client).isEmpty());
        verifyLog(db);
    }

    void userProfiles()
    {
        Database &db = **m_db;
        UserRepository users(db);
        QCOMPARE(users.count(), 0);
        const WriteResult li = users.save(User{0, QStringLiteral(" 李娜 "), UserRole::Reviewer, true, 0});
        QVERIFY2(li, qPrintable(li.message));
        QCOMPARE(users.findByName(QStringLiteral("李娜"))->id, li.id);
        const WriteResult duplicate = users.save(User{0, QStringLiteral("李娜"), UserRole::Manager, true, 0});
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.problems.first().field, QStringLiteral("name"));
        QVERIFY(!users.save(User{0, QString(), UserRole::Manager, true, 0}));
        QVERIFY(!users.save(User{0, QStringLiteral("赵强"), UserRole::Manager, true, 4242}));   // no such auditor
        QVERIFY(users.save(User{0, QStringLiteral("陈静"), UserRole::Administrator, true, 0}));
        QVERIFY(users.setActive(li.id, false));
        QCOMPARE(users.list().size(), 2);
        QCOMPARE(users.list(false).size(), 1);
        QCOMPARE(users.load(li.id)->role, UserRole::Reviewer);

        // The chosen profile's name is what the change log records.
        db.changeLog().setUserName(users.list(false).first().name);
        QVERIFY(users.save(User{0, QStringLiteral("张敏"), UserRole::DecisionMaker, true, 0}));
        QCOMPARE(ChangeLog::history(db, QStringLiteral("users"), users.findByName(QStringLiteral("张敏"))->id).first().user,
                 QStringLiteral("陈静"));
        QVERIFY(UserRules::mayEditReferenceData(UserRole::Administrator));
        QVERIFY(!UserRules::mayEditReferenceData(UserRole::Manager));
        QVERIFY(UserRules::mayDecide(UserRole::DecisionMaker));
        QVERIFY(!UserRules::mayDecide(UserRole::Reviewer));
        QCOMPARE(UserRules::roleFromKey(QStringLiteral("decision_maker")), UserRole::DecisionMaker);
        verifyLog(db);
    }

    void lastAdministratorStays()
    {
        UserRepository users(**m_db);
        const WriteResult chen = users.save(User{0, QStringLiteral("陈静"), UserRole::Administrator, true, 0});
        QVERIFY(chen);
        // The only active administrator can be neither demoted nor made inactive ...
        const WriteResult demoted = users.save(User{chen.id, QStringLiteral("陈静"), UserRole::Manager, true, 0});
        QVERIFY(!demoted);
        QCOMPARE(demoted.problems.first().field, QStringLiteral("role"));
        QVERIFY2(demoted.message.contains(QStringLiteral("陈静")), qPrintable(demoted.message));
        const WriteResult inactive = users.setActive(chen.id, false);
        QVERIFY(!inactive);
        QCOMPARE(inactive.problems.first().field, QStringLiteral("active"));
        // ... until there is another one; renaming is always fine.
        QVERIFY(users.save(User{chen.id, QStringLiteral("陈静（管理员）"), UserRole::Administrator, true, 0}));
        const WriteResult wang = users.save(User{0, QStringLiteral("王建国"), UserRole::Administrator, true, 0});
        QVERIFY(wang);
        QVERIFY(users.save(User{chen.id, QStringLiteral("陈静"), UserRole::Manager, true, 0}));
        QVERIFY(!users.setActive(wang.id, false));
    }

    void checkFindingsAndEligibility()
    {
        Database &db = **m_db;
        AuditorRepository repo(db);
        const QDate today = d("2026-03-01");
        Auditor fine = makeAuditor(QStringLiteral("王晓明"), QStringLiteral("Wang Xiaoming"), QStringLiteral("N-1"), d("2027-01-31"));
        fine.education << EducationEntry{0, d("2025-12-01"), 8, QStringLiteral("CCAA")};
        Auditor expired = makeAuditor(QStringLiteral("李娜"), QStringLiteral("Li Na"), QStringLiteral("N-2"), d("2026-02-27"));
        expired.conflicts << ConflictDeclaration{0, m_client, ConflictRelation::Consultancy, d("2024-01-01"), d("2025-01-01"), QString()};
        const qint64 fineId = repo.save(fine).id;
        const qint64 expiredId = repo.save(expired).id;

        const QList<RuleFinding> findings = PeopleCheck::findings(db, today);
        // Li Na: registration expired and 14.5 h of education in 2025.
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings.at(0).rule, QStringLiteral("A-4.2"));
        QCOMPARE(findings.at(0).rowId, expiredId);
        QCOMPARE(findings.at(1).rule, QStringLiteral("A-4.4"));
        QCOMPARE(RuleFinding::severityKey(findings.at(1).severity), QStringLiteral("warning"));

        // Parameters come from the database.
        QVERIFY(ParameterRepository(db).setValue(QStringLiteral("education_min_hours"), 10));
        QCOMPARE(PeopleCheck::findings(db, today).size(), 1);

        const QList<AuditorEligibility> results = PeopleCheck::eligibility(
            db, EligibilityRequest{m_client, {QStringLiteral("CS-01")}, d("2026-03-09"), d("2026-03-12"), {}});
        QCOMPARE(results.size(), 2);
        const auto byId = [&](qint64 id) {
            return *std::find_if(results.cbegin(), results.cend(), [id](const AuditorEligibility &e) { return e.auditorId == id; });
        };
        QVERIFY(byId(fineId).eligible);
        QVERIFY(byId(fineId).mayLead);
        const AuditorEligibility li = byId(expiredId);
        QVERIFY(!li.eligible);
        QCOMPARE(li.reasons.size(), 2);
        QCOMPARE(li.reasons.at(0).kind, EligibilityReason::RegistrationNotValid);
        QCOMPARE(li.reasons.at(1).kind, EligibilityReason::ConflictOfInterest);

        // Scope-class names come from the reference data.
        const QList<AuditorEligibility> paas = PeopleCheck::eligibility(
            db, EligibilityRequest{m_client, {QStringLiteral("CS-02")}, d("2026-03-09"), d("2026-03-12"), {}});
        QVERIFY2(paas.first().reasons.last().message.contains(QStringLiteral("Platform as a Service")),
                 qPrintable(paas.first().reasons.last().message));
    }

    void demoPeople()
    {
        Database &db = **m_db;
        QList<qint64> clients{m_client};
        for (int i = 0; i < 4; ++i)
            clients << addClient(db, QStringLiteral("示例云 %1").arg(i));
        QRandomGenerator random(20260301);
        const QDate today = d("2026-03-01");
        DemoPeople::generate(db, random, 40, clients, today);

        AuditorRepository repo(db);
        const QList<Auditor> auditors = repo.loadAll();
        QCOMPARE(auditors.size(), 40);
        QCOMPARE(UserRepository(db).count(), 4);
        QSet<AuditorLevel> levels;
        int conflicts = 0, competences = 0, education = 0;
        for (const Auditor &a : auditors) {
            levels.insert(a.level);
            conflicts += int(a.conflicts.size());
            competences += int(a.competences.size());
            education += int(a.education.size());
            QVERIFY(!a.nameZh.isEmpty());
            QVERIFY(a.nameEn.contains(u' '));
            QVERIFY2(AuditorRules::validate(a).isEmpty(), qPrintable(a.displayName()));
            for (const ConflictDeclaration &c : a.conflicts)
                QVERIFY(clients.contains(c.clientId));
        }
        QCOMPARE(levels.size(), 4);
        QVERIFY(conflicts > 0);
        QVERIFY(competences >= 40);
        QVERIFY(education > 40);
        QVERIFY(!repo.expiringWithin(365, today, true).isEmpty());
        QVERIFY(!PeopleCheck::findings(db, today).isEmpty());
        verifyLog(db);

        // Same generator state and day: the same people.
        TestSupport::TempDatabase other;
        QVERIFY(ReferenceRepository::seedIfEmpty(*other));
        QList<qint64> otherClients{addClient(*other, QStringLiteral("福州示例云科技有限公司"))};
        for (int i = 0; i < 4; ++i)
            otherClients << addClient(*other, QStringLiteral("示例云 %1").arg(i));
        QRandomGenerator again(20260301);
        DemoPeople::generate(*other, again, 40, otherClients, today);
        QCOMPARE(AuditorRepository(*other).loadAll(), auditors);

        // A second run adds auditors and keeps the users.
        DemoPeople::generate(db, random, 5, clients, today);
        QCOMPARE(repo.count(), 45);
        QCOMPARE(UserRepository(db).count(), 4);
        verifyLog(db);
    }
};

QTEST_GUILESS_MAIN(TestAuditorRepository)
#include "tst_auditorrepository.moc"
