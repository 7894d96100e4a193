// Concurrency test (issue 6): several `csisms` processes on one database file at once —
// readers (check, clients list) in loops while writers import single clients, two writers
// race for the same credit codes and a bulk writer imports thousands. Every reader must
// succeed (no false "damaged" or "busy" refusal), every import must either succeed or —
// for the losing side of a race — be refused naming the line and the code, no write may be
// lost, and the change-log chain must be intact at the end.

#include "childprocess.h"
#include "checks/databasecheck.h"
#include "db/database.h"
#include "demo/clientdemo.h"
#include "io/csvwriter.h"
#include "repositories/clientrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <atomic>
#include <thread>

namespace {

struct Outcome
{
    QStringList command;
    ChildProcess::Result result;
};

void writeCsv(const QString &path, const QList<Client> &clients)
{
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("name_zh,credit_code,contact\n");
    for (const Client &c : clients)
        csv.write(CsvWriter::row({c.nameZh, c.creditCode, c.contact}).toUtf8() + '\n');
}

} // namespace

namespace {
// A `check --json` report whose errors are all P-rule findings (the demo's programmes).
bool onlyProgrammeRules(const QString &json)
{
    const QJsonObject report = QJsonDocument::fromJson(json.toUtf8()).object();
    if (report.isEmpty())
        return false;
    for (const QJsonValue &v : report.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(QStringLiteral("severity")).toString() == QLatin1String("error")
            && !TestSupport::isDemoContent(f.value(QStringLiteral("rule")).toString()))
            return false;
    }
    return true;
}
} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

    TestSupport::IsolatedSettings m_settings;
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void readersAndWritersOnOneFile()
    {
        const QString home = m_dir.filePath(QStringLiteral("home"));
        QDir().mkpath(home);
        const QString db = m_dir.filePath(QStringLiteral("shared.sqlite"));
        const int baseClients = 200;
        const ChildProcess::Result made = ChildProcess::run(
            home, {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--clients"), QString::number(baseClients)});
        QVERIFY2(made.status == 0, qPrintable(made.err));

        // Clients the demo register does not have: single imports, raced codes, bulk files.
        const int writers = 2, singlesPerWriter = 30, raced = 10, bulkFiles = 3, bulkRows = 1000;
        const QList<Client> fresh = ClientDemo::makeClients(writers * singlesPerWriter + raced + bulkFiles * bulkRows, 777);
        int next = 0;
        QList<QStringList> writerFiles(writers);
        for (int w = 0; w < writers; ++w) {
            for (int i = 0; i < singlesPerWriter; ++i) {
                const QString file = m_dir.filePath(QStringLiteral("single-%1-%2.csv").arg(w).arg(i));
                writeCsv(file, {fresh.at(next++)});
                writerFiles[w] << file;
            }
        }
        QStringList racedFiles;
        for (int i = 0; i < raced; ++i) {
            const QString file = m_dir.filePath(QStringLiteral("raced-%1.csv").arg(i));
            writeCsv(file, {fresh.at(next++)});
            racedFiles << file;
        }
        // Both writers import every raced file, interleaved with their own.
        for (int w = 0; w < writers; ++w)
            for (int i = 0; i < raced; ++i)
                writerFiles[w].insert(i * 3 % writerFiles[w].size(), racedFiles.at(i));
        QStringList bulk;
        for (int b = 0; b < bulkFiles; ++b) {
            const QString file = m_dir.filePath(QStringLiteral("bulk-%1.csv").arg(b));
            writeCsv(file, fresh.mid(next, bulkRows));
            next += bulkRows;
            bulk << file;
        }

        QMutex mutex;
        QList<Outcome> outcomes;
        auto record = [&](const QStringList &command, const ChildProcess::Result &result) {
            const QMutexLocker lock(&mutex);
            outcomes << Outcome{command, result};
        };
        std::vector<std::thread> threads;
        const int readers = 4, readsPerReader = 60;
        std::atomic<bool> writing{true};
        for (int r = 0; r < readers; ++r) {
            threads.emplace_back([&, r] {
                const QList<QStringList> reads{{QStringLiteral("check"), QStringLiteral("--json")},
                                               {QStringLiteral("clients"), QStringLiteral("list")},
                                               {QStringLiteral("clients"), QStringLiteral("list"), QStringLiteral("--json")}};
                for (int i = 0; i < readsPerReader; ++i) {
                    const QStringList command = QStringList{QStringLiteral("--db"), db} + reads.at((i + r) % reads.size());
                    record(command, ChildProcess::run(home, command));
                }
            });
        }
        for (int w = 0; w < writers; ++w) {
            threads.emplace_back([&, w] {
                for (const QString &file : std::as_const(writerFiles[w])) {
                    const QStringList command{QStringLiteral("--db"), db, QStringLiteral("clients"), QStringLiteral("import"), file};
                    record(command, ChildProcess::run(home, command));
                }
            });
        }
        threads.emplace_back([&] {
            for (const QString &file : std::as_const(bulk)) {
                const QStringList command{QStringLiteral("--db"), db, QStringLiteral("clients"), QStringLiteral("import"), file};
                record(command, ChildProcess::run(home, command));
            }
        });
        for (std::thread &t : threads)
            t.join();
        writing = false;

        int readOk = 0, falseRefusals = 0, imported = 0, racedRefused = 0;
        QHash<QString, int> racedWins;
        QStringList problems;
        for (const Outcome &o : std::as_const(outcomes)) {
            const bool isImport = o.command.contains(QStringLiteral("import"));
            const QString file = isImport ? o.command.last() : QString();
            const bool isRaced = file.contains(QStringLiteral("raced-"));
            if (o.result.crashed) {
                problems << QStringLiteral("crashed: ") + o.command.join(u' ');
                continue;
            }
            if (!isImport) {
                // check exits 1 for the rule violations the demo's programmes show on purpose
                // (P-rules); that is a reading, not a refusal.
                if (o.result.status == 0 || (o.result.status == 1 && onlyProgrammeRules(o.result.out)))
                    ++readOk;
                else
                    ++falseRefusals, problems << o.command.mid(2).join(u' ') + QStringLiteral(": ") + o.result.err
                                                     + o.result.out.left(600);
                continue;
            }
            if (o.result.status == 0) {
                imported += file.contains(QStringLiteral("bulk-")) ? bulkRows : 1;
                if (isRaced)
                    racedWins[file]++;
                continue;
            }
            if (isRaced && o.result.status == 1 && o.result.err.contains(QStringLiteral("line 2: credit_code:"))
                && o.result.err.contains(QStringLiteral("already registered"))) {
                ++racedRefused;
                continue;
            }
            ++falseRefusals;
            problems << o.command.mid(2).join(u' ') + QStringLiteral(": ") + o.result.err;
        }
        qInfo("concurrency test: %lld opens (%d reads ok), %d clients imported, %d raced imports refused as "
              "duplicates, %d false refusals",
              qint64(outcomes.size()), readOk, imported, racedRefused, falseRefusals);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(u'\n')));
        QCOMPARE(falseRefusals, 0);
        QVERIFY(outcomes.size() >= 300);
        for (const QString &file : std::as_const(racedFiles))
            QVERIFY2(racedWins.value(file) == 1, qPrintable(file));   // exactly one writer got each raced code
        QCOMPARE(racedRefused, raced);

        // No write lost, nothing unlogged, the chain intact.
        Database check;
        QVERIFY(!check.open(db, Database::Mode::Read));
        QCOMPARE(ClientRepository(check).totalCount(), baseClients + imported);
        QCOMPARE(imported, writers * singlesPerWriter + raced + bulkFiles * bulkRows);
        const CheckReport report = DatabaseCheck::run(check);
        QVERIFY(report.chainIntact);
        for (const CheckFinding &f : report.findings)
            if (f.severity == QLatin1String("error"))
                QVERIFY2(f.kind == QLatin1String("rule") && TestSupport::isDemoContent(f.rule), qPrintable(f.message));
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
