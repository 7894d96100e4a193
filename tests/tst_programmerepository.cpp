// Audit programmes in the database: made from a signed contract (one per contract), loaded
// with what the rules read from the client, contract and review; the audits with teams,
// shifts and reasons, services, sites and controls saved and read back as they were, each
// write logged under the client (History); a person who may not work on an audit refused
// with the reasons, the team as a whole checked; the client keeps a shift an audit
// names; a programme with a done audit stays; `check` and the export give the same findings.

#include "programmefixture.h"
#include "testsupport.h"

#include "checks/databasecheck.h"
#include "db/chainanchor.h"
#include "io/programmefile.h"
#include "demo/demodata.h"
#include "repositories/parameterrepository.h"
#include "repositories/programmerepository.h"

#include <QRegularExpression>
#include <QTest>

class TestProgrammeRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void madeFromASignedContract()
    {
        TestSupport::TempDatabase db;
        const ProgrammeFixture::Made made = ProgrammeFixture::signedContract(*db);
        ProgrammeRepository programmes(*db);
        QCOMPARE(programmes.sources().size(), 1);
        QVERIFY(!programmes.create(made.contractId, made.signedOn.addDays(-1)).ok);   // before the signing
        const WriteResult created = programmes.create(made.contractId, made.signedOn.addDays(60));
        QVERIFY2(created.ok, qPrintable(created.message));
        QVERIFY(programmes.sources().isEmpty());
        QVERIFY(!programmes.create(made.contractId, made.signedOn.addDays(60)).ok);   // one per contract
        const Programme p = *programmes.load(created.id);
        QCOMPARE(p.clientId, made.clientId);
        QCOMPARE(p.contractSignedOn, made.signedOn);
        QCOMPARE(p.clientShifts, (QStringList{QStringLiteral("白班"), QStringLiteral("夜班")}));
        QCOMPARE(p.clientSites.size(), 2);
        QCOMPARE(p.services.size(), 2);
        QVERIFY(p.services.first().typical);
        QCOMPARE(p.scopeClasses, QStringList{QStringLiteral("CS-01")});
        QCOMPARE(p.reviewDays.stage2, std::optional<double>(6));
        QCOMPARE(programmes.currentOf(made.clientId), created.id);
    }

    void auditsRoundTripAndAreLogged()
    {
        TestSupport::TempDatabase db;
        const ProgrammeFixture::Made made = ProgrammeFixture::signedContract(*db);
        const qint64 lead = ProgrammeFixture::auditor(*db, QStringLiteral("王晓明"), QStringLiteral("2024-N1CSISMS-1001"));
        ProgrammeRepository programmes(*db);
        const qint64 id = programmes.create(made.contractId, made.signedOn.addDays(60)).id;
        Programme p = *programmes.load(id);
        p = ProgrammePlanner::propose(p, programmes.catalogue(), ParameterRepository(*db).load());
        QVERIFY(p.audits.size() >= 5);
        p.audits[0].team << TeamMember{lead, QStringLiteral("王晓明"), TeamMember::Role::Leader};
        p.audits[1].notes = QStringLiteral("现场审核两天");
        const WriteResult saved = programmes.save(p);
        QVERIFY2(saved.ok, qPrintable(saved.message));
        Programme back = *programmes.load(id);
        QCOMPARE(back.audits.size(), p.audits.size());
        for (int i = 0; i < p.audits.size(); ++i) {
            ProgrammeAudit expected = p.audits.at(i);
            expected.id = back.audits.at(i).id;
            QCOMPARE(back.audits.at(i), expected);
        }
        QVERIFY(programmes.check(back).isEmpty());
        // Saving again unchanged writes nothing; one change logs one entry.
        const int entries = db->scalar(QStringLiteral("SELECT count(*) FROM change_log")).toInt();
        QVERIFY(programmes.save(back).ok);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM change_log")).toInt(), entries);
        back.audits[2].plannedEnd = back.audits[2].plannedEnd.addDays(1);
        QVERIFY(programmes.save(back).ok);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM change_log")).toInt(), entries + 1);
        // The history holds the programme's, its audits' and their sub-records' entries.
        const QList<ChangeEntry> history = programmes.history(id);
        QSet<QString> tables;
        for (const ChangeEntry &e : history)
            tables.insert(e.table);
        QVERIFY(tables.contains(QStringLiteral("programmes")));
        QVERIFY(tables.contains(QStringLiteral("audits")));
        QVERIFY(tables.contains(QStringLiteral("audit_team")));
        QVERIFY(tables.contains(QStringLiteral("audit_shifts")));
        // An audit taken out goes with its sub-records.
        back.audits.removeAt(0);
        QVERIFY(programmes.save(back).ok);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM audit_team")).toInt(), 0);
        // The chain is intact and nothing is unlogged.
        const ChainAnchor anchor = ChainAnchor::headOf(*db);
        const CheckReport report = DatabaseCheck::run(*db, anchor);
        QVERIFY(report.chainIntact);
        for (const CheckFinding &f : report.findings)
            QVERIFY2(f.kind == QLatin1String("rule"), qPrintable(f.message));
    }

    void schedulesAreTheProgrammesWithAuditsToCome()
    {
        // The Due page's light read gives, for every programme with an audit planned or
        // confirmed, the same dates and audits (in the same order) as the full load.
        TestSupport::TempDatabase db;
        DemoData::generate(*db, 40, 7);
        ProgrammeRepository programmes(*db);
        const QList<Programme> all = programmes.loadAll();
        const QList<Programme> schedules = programmes.loadSchedules();
        QHash<qint64, Programme> byId;
        for (const Programme &p : schedules)
            byId.insert(p.id, p);
        QCOMPARE(byId.size(), schedules.size());
        int withOpen = 0;
        for (const Programme &full : all) {
            const bool open = std::any_of(full.audits.cbegin(), full.audits.cend(), [](const ProgrammeAudit &a) {
                return a.status == ProgrammeAudit::Status::Planned || a.status == ProgrammeAudit::Status::Confirmed;
            });
            QCOMPARE(byId.contains(full.id), open);
            if (!open)
                continue;
            ++withOpen;
            const Programme &light = byId.value(full.id);
            QCOMPARE(light.clientId, full.clientId);
            QCOMPARE(light.contractId, full.contractId);
            QCOMPARE(light.clientName, full.clientName);
            QCOMPARE(light.cycle, full.cycle);
            QCOMPARE(light.plannedDecision, full.plannedDecision);
            QCOMPARE(light.actualDecision, full.actualDecision);
            QCOMPARE(light.expiry, full.expiry);
            QCOMPARE(light.contractSignedOn, full.contractSignedOn);
            QCOMPARE(light.audits.size(), full.audits.size());
            for (int i = 0; i < full.audits.size(); ++i) {
                const ProgrammeAudit &a = light.audits.at(i), &b = full.audits.at(i);
                QCOMPARE(a.id, b.id);
                QCOMPARE(a.kind, b.kind);
                QCOMPARE(a.status, b.status);
                QCOMPARE(a.plannedStart, b.plannedStart);
                QCOMPARE(a.plannedEnd, b.plannedEnd);
                QCOMPARE(a.actualStart, b.actualStart);
                QCOMPARE(a.actualEnd, b.actualEnd);
            }
        }
        QVERIFY(withOpen > 10);
        QVERIFY(withOpen < all.size());   // the demo has finished cycles too
    }

    void ineligiblePeopleAreRefused()
    {
        TestSupport::TempDatabase db;
        const ProgrammeFixture::Made made = ProgrammeFixture::signedContract(*db);
        const qint64 lead = ProgrammeFixture::auditor(*db, QStringLiteral("王晓明"), QStringLiteral("2024-N1CSISMS-1001"));
        ProgrammeRepository programmes(*db);
        const qint64 id = programmes.create(made.contractId, made.signedOn.addDays(60)).id;
        Programme p = ProgrammePlanner::propose(*programmes.load(id), programmes.catalogue(), RuleParameters());
        // Registered until four years from now: the recertification is after that.
        Auditor a = *AuditorRepository(*db).load(lead);
        a.registrationValidTo = QDate::currentDate().addYears(1);
        QVERIFY(AuditorRepository(*db).save(a).ok);
        int recert = -1;
        for (int i = 0; i < p.audits.size(); ++i)
            if (p.audits.at(i).kind == ProgrammeAudit::Kind::Recertification)
                recert = i;
        p.audits[recert].team << TeamMember{lead, a.nameZh, TeamMember::Role::Leader};
        const WriteResult refused = programmes.save(p);
        QVERIFY(!refused.ok);
        QCOMPARE(refused.problems.first().rule, QStringLiteral("A-4.2"));
        QCOMPARE(refused.problems.first().field, QStringLiteral("audits[%1].team").arg(recert));
        QVERIFY2(refused.message.contains(QStringLiteral("王晓明")), qPrintable(refused.message));
        // On stage 1 he may work; a team without the scope class would be a finding.
        p.audits[recert].team.clear();
        p.audits[0].team << TeamMember{lead, a.nameZh, TeamMember::Role::Leader};
        QVERIFY(programmes.save(p).ok);
        a.competences.clear();
        QVERIFY(AuditorRepository(*db).save(a).ok);
        bool teamFinding = false;
        for (const ProgrammeViolation &v : programmes.check(*programmes.load(id)))
            teamFinding = teamFinding || (v.finding.rule == QLatin1String("A-4.2") && v.audit == 0);
        QVERIFY(teamFinding);
    }

    void theClientKeepsWhatAnAuditNames()
    {
        TestSupport::TempDatabase db;
        const ProgrammeFixture::Made made = ProgrammeFixture::signedContract(*db);
        ProgrammeRepository programmes(*db);
        const qint64 id = programmes.create(made.contractId, made.signedOn.addDays(60)).id;
        QVERIFY(programmes.save(ProgrammePlanner::propose(*programmes.load(id), programmes.catalogue(), RuleParameters())).ok);
        Client c = *ClientRepository(*db).load(made.clientId);
        c.shifts.removeLast();
        const WriteResult refused = ClientRepository(*db).save(c);
        QVERIFY(!refused.ok);
        QCOMPARE(refused.problems.first().field, QStringLiteral("shifts"));
        QVERIFY(refused.message.contains(QStringLiteral("夜班")));
    }

    void aDoneAuditKeepsTheProgramme()
    {
        TestSupport::TempDatabase db;
        const ProgrammeFixture::Made made = ProgrammeFixture::signedContract(*db);
        ProgrammeRepository programmes(*db);
        const qint64 id = programmes.create(made.contractId, made.signedOn.addDays(60)).id;
        Programme p = ProgrammePlanner::propose(*programmes.load(id), programmes.catalogue(), RuleParameters());
        QVERIFY(programmes.save(p).ok);
        p = *programmes.load(id);
        p.audits[0].status = ProgrammeAudit::Status::Done;
        QVERIFY(!programmes.save(p).ok);   // a done audit has its actual dates
        p.audits[0].actualStart = p.audits[0].plannedStart;
        p.audits[0].actualEnd = p.audits[0].plannedEnd;
        QVERIFY(programmes.save(p).ok);
        QVERIFY(!programmes.remove(id).ok);
        p.audits[0].status = ProgrammeAudit::Status::Planned;
        QVERIFY(programmes.save(p).ok);
        QVERIFY(programmes.remove(id).ok);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM audits")).toInt(), 0);
        QCOMPARE(programmes.sources().size(), 1);
    }

    void exportChecksTheSame()
    {
        TestSupport::TempDatabase db;
        const ProgrammeFixture::Made made = ProgrammeFixture::signedContract(*db);
        ProgrammeRepository programmes(*db);
        const qint64 id = programmes.create(made.contractId, made.signedOn.addDays(60)).id;
        Programme p = ProgrammePlanner::propose(*programmes.load(id), programmes.catalogue(), RuleParameters());
        // A realistic mistake: the second surveillance late, a stage 1 without a shift's reason.
        for (ProgrammeAudit &a : p.audits)
            if (a.kind == ProgrammeAudit::Kind::Stage1)
                a.shiftReasons.clear();
        ProgrammeAudit *last = nullptr;
        for (ProgrammeAudit &a : p.audits)
            if (a.kind == ProgrammeAudit::Kind::Surveillance)
                last = &a;
        last->plannedStart = last->plannedStart.addMonths(5);
        last->plannedEnd = last->plannedEnd.addMonths(5);
        p.audits.append(p.audits.first());
        p.audits.last().status = ProgrammeAudit::Status::Cancelled;
        p.audits.last().id = 0;
        QVERIFY(programmes.save(p).ok);
        const Programme stored = *programmes.load(id);
        const QList<ProgrammeViolation> inDatabase = programmes.check(stored);
        QVERIFY(!inDatabase.isEmpty());
        QString error;
        const std::optional<Programme> file = ProgrammeFileFormat::parse(
            ProgrammeFileFormat::write(stored, RuleParameters().cycleYears()), programmes.catalogue().ids, &error);
        QVERIFY2(file, qPrintable(error));
        const QList<ProgrammeViolation> fromFile = ProgrammeRules::check(*file, programmes.catalogue().ids, RuleParameters());
        QCOMPARE(fromFile.size(), inDatabase.size());
        for (int i = 0; i < fromFile.size(); ++i) {
            QCOMPARE(fromFile.at(i).finding.rule, inDatabase.at(i).finding.rule);
            QCOMPARE(fromFile.at(i).finding.message, inDatabase.at(i).finding.message);
            QCOMPARE(fromFile.at(i).audit, inDatabase.at(i).audit);
        }
    }
};

QTEST_GUILESS_MAIN(TestProgrammeRepository)
#include "tst_programmerepository.moc"
