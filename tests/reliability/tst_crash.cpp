// Crash test (issue 6): the bulk writes — init, demo, clients import, restore of an archive
// bundle (import FILE.zip), merge of a client's dossier (import DOSSIER.zip) — run as child
// processes and are killed with SIGKILL at random moments. After every kill the database
// must pass SQLite's integrity check, its change-log chain must be intact, no record may
// differ from its last logged state, and the write must be all or nothing. A later issue
// that adds a bulk write (restore, merge, regeneration) adds a scenario here.
//
// CSISMS_CRASH_KILLS (default 100) sets how many kills of a running writer to reach;
// CSISMS_CRASH_SEED the random seed (printed, so a failure can be repeated).

#include "childprocess.h"
#include "checks/databasecheck.h"
#include "db/database.h"
#include "demo/clientdemo.h"
#include "io/csvwriter.h"
#include "repositories/clientrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

namespace {

struct Counts
{
    int clients = -1;
    int auditors = -1;
    int users = -1;
    int merges = -1;
};

// Opens the file as a command that only reads would, checks it and counts its records.
Counts verify(const QString &path, QString *failure)
{
    Counts counts;
    Database db;
    const DatabaseError error = db.open(path, Database::Mode::Read);
    if (error) {
        // Killed during init: no file yet, an empty one, or one whose migrations have not all
        // run; the next init completes it (the Init scenario checks that).
        if (!QFileInfo::exists(path) || QFileInfo(path).size() == 0 || error.kind == DatabaseError::OlderSchema) {
            counts.clients = 0;
            return counts;
        }
        *failure = QStringLiteral("cannot be opened after the kill: ") + error.message;
        return counts;
    }
    const CheckReport report = DatabaseCheck::run(db);
    // The P-rule violations the demo's programmes show on purpose are content, not damage.
    for (const CheckFinding &f : report.findings)
        if (f.severity == QLatin1String("error") && !(f.kind == QLatin1String("rule") && TestSupport::isDemoContent(f.rule)))
            *failure += f.kind + QStringLiteral(": ") + f.message + u'\n';
    if (!report.chainIntact)
        *failure += QStringLiteral("change-log chain broken\n");
    counts.clients = db.scalar(QStringLiteral("SELECT count(*) FROM clients")).toInt();
    counts.auditors = db.scalar(QStringLiteral("SELECT count(*) FROM auditors")).toInt();
    counts.users = db.scalar(QStringLiteral("SELECT count(*) FROM users")).toInt();
    counts.merges = db.scalar(QStringLiteral("SELECT count(*) FROM dossier_merges")).toInt();
    return counts;
}

void copyFile(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(to + suffix);
    QVERIFY(QFile::copy(from, to));
    QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

    TestSupport::IsolatedSettings m_settings;
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void killsDuringBulkWrites()
    {
        const int wantedKills = qEnvironmentVariableIntValue("CSISMS_CRASH_KILLS") > 0
                                    ? qEnvironmentVariableIntValue("CSISMS_CRASH_KILLS") : 100;
        const quint32 seed = qEnvironmentVariableIsSet("CSISMS_CRASH_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("CSISMS_CRASH_SEED")) : 20261201u;
        qInfo("crash test: seed %u, %d kills wanted", seed, wantedKills);
        QRandomGenerator random(seed);
        const QString home = path(QStringLiteral("home"));
        QDir().mkpath(home);

        const int demoClients = 300;
        const int importRows = 500;
        // The import file: clients that are not in the demo register.
        {
            QFile csv(path(QStringLiteral("import.csv")));
            QVERIFY(csv.open(QIODevice::WriteOnly));
            csv.write("name_zh,name_en,credit_code,contact,headcount\n");
            const QList<Client> clients = ClientDemo::makeClients(importRows, seed ^ 0x5A5A5A5Au);
            for (const Client &c : clients)
                csv.write(CsvWriter::row({c.nameZh + QStringLiteral("（导入）"), c.nameEn, c.creditCode, c.contact,
                                          QString::number(*c.headcount)}).toUtf8() + '\n');
        }
        // The base for the imports, and how long each write takes when not killed.
        const QString base = path(QStringLiteral("base.sqlite"));
        const ChildProcess::Result made = ChildProcess::run(
            home, {QStringLiteral("--db"), base, QStringLiteral("demo"), QStringLiteral("--clients"), QString::number(demoClients)});
        QVERIFY2(made.status == 0, qPrintable(made.err));
        const QString probe = path(QStringLiteral("probe.sqlite"));
        copyFile(base, probe);
        const ChildProcess::Result imported = ChildProcess::run(
            home, {QStringLiteral("--db"), probe, QStringLiteral("clients"), QStringLiteral("import"), path(QStringLiteral("import.csv"))});
        QVERIFY2(imported.status == 0, qPrintable(imported.err));
        const ChildProcess::Result initialised = ChildProcess::run(
            home, {QStringLiteral("--db"), path(QStringLiteral("probe-init.sqlite")), QStringLiteral("init")});
        QVERIFY2(initialised.status == 0, qPrintable(initialised.err));
        const QString bundle = path(QStringLiteral("base.zip"));
        const ChildProcess::Result exported =
            ChildProcess::run(home, {QStringLiteral("--db"), base, QStringLiteral("export"), QStringLiteral("--out"), bundle});
        QVERIFY2(exported.status == 0, qPrintable(exported.err));
        const ChildProcess::Result restoredOnce = ChildProcess::run(
            home, {QStringLiteral("--db"), path(QStringLiteral("probe-restore.sqlite")), QStringLiteral("import"), bundle});
        QVERIFY2(restoredOnce.status == 0, qPrintable(restoredOnce.err));
        // A client's dossier from a laptop (a copy of the base) where a client was registered:
        // merged into the base, it adds the client and the laptop's change-log entries.
        const QString laptop = path(QStringLiteral("laptop.sqlite"));
        const QString dossier = path(QStringLiteral("dossier.zip"));
        copyFile(base, laptop);
        {
            QFile csv(path(QStringLiteral("one.csv")));
            QVERIFY(csv.open(QIODevice::WriteOnly));
            csv.write("name_zh,name_en,credit_code,contact,headcount\n");
            const Client c = ClientDemo::makeClients(1, seed ^ 0x33u).constFirst();
            csv.write(CsvWriter::row({c.nameZh + QStringLiteral("（笔记本）"), c.nameEn, c.creditCode, c.contact,
                                      QString::number(*c.headcount)}).toUtf8() + '\n');
        }
        const ChildProcess::Result registered = ChildProcess::run(
            home, {QStringLiteral("--db"), laptop, QStringLiteral("clients"), QStringLiteral("import"), path(QStringLiteral("one.csv"))});
        QVERIFY2(registered.status == 0, qPrintable(registered.err));
        const ChildProcess::Result dossierOut = ChildProcess::run(
            home, {QStringLiteral("--db"), laptop, QStringLiteral("export"), QStringLiteral("--client"),
                   QString::number(demoClients + 1), QStringLiteral("--out"), dossier});
        QVERIFY2(dossierOut.status == 0, qPrintable(dossierOut.err));
        const QString mergeProbe = path(QStringLiteral("probe-merge.sqlite"));
        copyFile(base, mergeProbe);
        const QStringList mergeArguments{QStringLiteral("import"), dossier, QStringLiteral("--take"), QStringLiteral("bundle")};
        const ChildProcess::Result mergedOnce = ChildProcess::run(home, QStringList{QStringLiteral("--db"), mergeProbe} + mergeArguments);
        QVERIFY2(mergedOnce.status == 0, qPrintable(mergedOnce.err + mergedOnce.out));
        {
            QString failure;
            const Counts merged = verify(mergeProbe, &failure);
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
            QCOMPARE(merged.clients, demoClients + 1);
            QCOMPARE(merged.merges, 1);
        }
        qInfo("uninterrupted: demo %lld ms, import %lld ms, init %lld ms, restore %lld ms, dossier merge %lld ms", made.ms,
              imported.ms, initialised.ms, restoredOnce.ms, mergedOnce.ms);

        enum Scenario { Demo, Import, Init, Restore, Merge, ScenarioCount };
        const char *const names[] = {"demo", "import", "init", "restore", "merge"};
        int kills[ScenarioCount] = {0, 0, 0, 0, 0};
        int outcomes[ScenarioCount][2] = {{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}};   // nothing written / all written, after a kill
        int finishedFirst = 0;
        int rounds = 0;
        // How long each write runs. Measured once above, but the machine's load changes while
        // the test runs (other tests run beside it): a run that finishes before its kill
        // shortens the window, a kill lengthens it a little, so most rounds kill a writer.
        qint64 window[ScenarioCount] = {made.ms, imported.ms, initialised.ms, restoredOnce.ms, mergedOnce.ms};
        QElapsedTimer clock;
        clock.start();
        const QString target = path(QStringLiteral("target.sqlite"));
        const auto completesWhenRunAgain = [&](const QStringList &arguments) {
            const ChildProcess::Result again = ChildProcess::run(home, arguments);
            QVERIFY2(again.status == 0, qPrintable(again.err));
            QString afterFailure;
            QCOMPARE(verify(target, &afterFailure).clients, demoClients);
            QVERIFY2(afterFailure.isEmpty(), qPrintable(afterFailure));
        };
        while (kills[0] + kills[1] + kills[2] + kills[3] + kills[4] < wantedKills && rounds < wantedKills * 6) {
            ++rounds;
            const Scenario scenario = Scenario(rounds % ScenarioCount);
            QStringList arguments{QStringLiteral("--db"), target};
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(target + suffix);
            switch (scenario) {
            case Demo:
                arguments << QStringLiteral("demo") << QStringLiteral("--clients") << QString::number(demoClients);
                break;
            case Import:
                copyFile(base, target);
                arguments << QStringLiteral("clients") << QStringLiteral("import") << path(QStringLiteral("import.csv"));
                break;
            case Init:
                arguments << QStringLiteral("init");
                break;
            case Restore:
                arguments << QStringLiteral("import") << bundle;
                break;
            case Merge:
                copyFile(base, target);
                arguments << mergeArguments;
                break;
            case ScenarioCount:
                break;
            }
            QElapsedTimer running;
            running.start();
            auto process = ChildProcess::start(home, arguments);
            QVERIFY(process->waitForStarted());
            // Mostly while it writes: from about the end of start-up (half of what init takes) to
            // the end of a run.
            const qint64 from = scenario == Init || scenario == Restore || scenario == Merge ? 0 : std::min(window[Init], window[scenario]) / 2;
            const int delay = int(from + random.bounded(quint32(std::max<qint64>(1, window[scenario] - from))));
            if (process->waitForFinished(delay)) {
                ++finishedFirst;
                window[scenario] = std::max<qint64>(from + 2, std::min(window[scenario], running.elapsed()) * 9 / 10);
            } else {
                window[scenario] = window[scenario] * 21 / 20 + 1;
                process->kill();   // SIGKILL
                process->waitForFinished();
                ++kills[scenario];
            }
            QString failure;
            const Counts counts = verify(target, &failure);
            QVERIFY2(failure.isEmpty(), qPrintable(QStringLiteral("%1, round %2, killed after %3 ms: %4")
                                                       .arg(QLatin1String(names[scenario])).arg(rounds).arg(delay).arg(failure)));
            switch (scenario) {
            case Demo:
                // All or nothing: clients, auditors and users together.
                QVERIFY2(counts.clients == 0 || counts.clients == demoClients, qPrintable(QString::number(counts.clients)));
                QVERIFY2((counts.clients == 0) == (counts.auditors <= 0) && (counts.clients == 0) == (counts.users <= 0),
                         qPrintable(QStringLiteral("%1 clients, %2 auditors, %3 users")
                                        .arg(counts.clients).arg(counts.auditors).arg(counts.users)));
                ++outcomes[Demo][counts.clients == demoClients];
                if (counts.clients == 0)   // an interrupted demo can be run again and completes
                    completesWhenRunAgain(arguments);
                break;
            case Import:
                QVERIFY2(counts.clients == demoClients || counts.clients == demoClients + importRows,
                         qPrintable(QString::number(counts.clients)));
                ++outcomes[Import][counts.clients == demoClients + importRows];
                break;
            case Restore: {
                // All or nothing: an empty database (or none), or every record of the bundle.
                QVERIFY2(counts.clients <= 0 || counts.clients == demoClients, qPrintable(QString::number(counts.clients)));
                QVERIFY2((counts.clients <= 0) == (counts.auditors <= 0) && (counts.clients <= 0) == (counts.users <= 0),
                         qPrintable(QStringLiteral("%1 clients, %2 auditors, %3 users")
                                        .arg(counts.clients).arg(counts.auditors).arg(counts.users)));
                ++outcomes[Restore][counts.clients == demoClients];
                if (counts.clients <= 0)   // an interrupted restore runs again into what it left, and completes
                    completesWhenRunAgain(arguments);
                break;
            }
            case Merge:
                // All or nothing: the base as it was, or the client added and the merge recorded.
                QVERIFY2((counts.clients == demoClients && counts.merges == 0)
                             || (counts.clients == demoClients + 1 && counts.merges == 1),
                         qPrintable(QStringLiteral("%1 clients, %2 merges").arg(counts.clients).arg(counts.merges)));
                ++outcomes[Merge][counts.merges == 1];
                break;
            case ScenarioCount:
                break;
            case Init: {
                ++outcomes[Init][counts.clients == 0 && counts.auditors >= 0];
                const ChildProcess::Result again = ChildProcess::run(home, {QStringLiteral("--db"), target, QStringLiteral("init")});
                QVERIFY2(again.status == 0, qPrintable(again.err));
                QString afterFailure;
                verify(target, &afterFailure);
                QVERIFY2(afterFailure.isEmpty(), qPrintable(afterFailure));
                break;
            }
            }
        }
        const int total = kills[0] + kills[1] + kills[2] + kills[3] + kills[4];
        qInfo("crash test: %d rounds in %.1f s, %d kills (demo %d: %d none / %d all; import %d: %d none / %d all; "
              "init %d; restore %d: %d none / %d all; merge %d: %d none / %d all), %d finished before the kill; windows "
              "at the end demo %lld, import %lld, init %lld, restore %lld, merge %lld ms",
              rounds, clock.elapsed() / 1000.0, total, kills[Demo], outcomes[Demo][0], outcomes[Demo][1], kills[Import],
              outcomes[Import][0], outcomes[Import][1], kills[Init], kills[Restore], outcomes[Restore][0],
              outcomes[Restore][1], kills[Merge], outcomes[Merge][0], outcomes[Merge][1], finishedFirst, window[Demo],
              window[Import], window[Init], window[Restore], window[Merge]);
        QVERIFY2(total >= wantedKills, qPrintable(QStringLiteral("only %1 kills").arg(total)));
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
