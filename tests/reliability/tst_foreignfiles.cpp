// Foreign, damaged and changed files (issue 6, items 3 and 4): every command refuses them
// with a message and exit status 2, never aborts, and leaves the file and its -wal, -shm
// and -journal siblings byte for byte as they were; read-only commands leave a healthy
// database as they found it too.

#include "badfiles.h"
#include "cli/commandline.h"
#include "clisupport.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

using CliSupport::Run;
using CliSupport::csisms;

// Every command that only reads, with the database as its --db.
QList<QStringList> readOnlyCommands(const QString &scratch)
{
    return {{QStringLiteral("check")},
            {QStringLiteral("check"), QStringLiteral("--json")},
            {QStringLiteral("clients"), QStringLiteral("list")},
            {QStringLiteral("clients"), QStringLiteral("list"), QStringLiteral("--json")},
            {QStringLiteral("backup"), QStringLiteral("--out"), scratch + QStringLiteral("/copy.sqlite")},
            {QStringLiteral("report"), QStringLiteral("cnca"), QStringLiteral("--month"), QStringLiteral("2026-03"),
             QStringLiteral("--out"), scratch + QStringLiteral("/cnca.xlsx")},
            {QStringLiteral("report"), QStringLiteral("certsearch"), QStringLiteral("--out"), scratch + QStringLiteral("/cb_certs.xlsx")},
            {QStringLiteral("report"), QStringLiteral("info-sheet"), QStringLiteral("--out"), scratch + QStringLiteral("/info.pdf")},
            {QStringLiteral("export"), QStringLiteral("--out"), scratch + QStringLiteral("/bundle.zip")}};
}

// Read-only commands that look a record up: on a healthy database 0, or 1 when there is
// no such record; they never change it either.
QList<QStringList> lookupCommands(const QString &scratch)
{
    return {{QStringLiteral("applications"), QStringLiteral("list")},
            {QStringLiteral("application"), QStringLiteral("export"), QStringLiteral("--id"), QStringLiteral("1")},
            {QStringLiteral("programme"), QStringLiteral("export"), QStringLiteral("--client"), QStringLiteral("1")},
            {QStringLiteral("export"), QStringLiteral("--client"), QStringLiteral("1"), QStringLiteral("--out"),
             scratch + QStringLiteral("/dossier.zip")}};
}

} // namespace

class TestForeignFiles : public QObject
{
    Q_OBJECT

    TestSupport::IsolatedSettings m_settings;

private slots:
    void initTestCase() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void corpus_data()
    {
        QTest::addColumn<int>("index");
        const QList<BadFiles::Case> cases = BadFiles::corpus();
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(qPrintable(cases.at(i).name)) << i;
    }

    void corpus()
    {
        QFETCH(int, index);
        const BadFiles::Case bad = BadFiles::corpus().at(index);
        QTemporaryDir dir;
        QTemporaryDir scratch;
        const QString path = dir.filePath(QStringLiteral("dossier.sqlite"));
        bad.make(path);
        if (QTest::currentTestFailed())
            return;
        const BadFiles::Fingerprint before = BadFiles::fingerprint(path);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);

        // Opening says what it is.
        {
            Database db;
            const DatabaseError error = db.open(path, Database::Mode::Read);
            QCOMPARE(int(error.kind), int(bad.expected));
            QVERIFY(!db.isOpen());
        }
        QCOMPARE(BadFiles::fingerprint(path), before);

        const bool empty = bad.name == QLatin1String("empty file");
        QList<QStringList> commands = readOnlyCommands(scratch.path()) + lookupCommands(scratch.path());
        // Commands that write refuse the file as well, except that init and demo may make an
        // empty file into a database.
        commands << QStringList{QStringLiteral("clients"), QStringLiteral("import"), scratch.filePath(QStringLiteral("in.csv"))};
        if (!empty)
            commands << QStringList{QStringLiteral("init")}
                     << QStringList{QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("3")};
        BadFiles::writeBytes(scratch.filePath(QStringLiteral("in.csv")), "name_zh\n甲\n");
        for (const QStringList &command : std::as_const(commands)) {
            const Run run = csisms(QStringList{QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en")}
                                   + command);
            const QString shown = command.join(u' ');
            QVERIFY2(run.status == CommandLine::UsageError, qPrintable(shown + QStringLiteral(": ") + run.err));
            QVERIFY2(run.err.contains(QStringLiteral("dossier.sqlite")), qPrintable(shown + QStringLiteral(": ") + run.err));
            QVERIFY2(!run.err.contains(QStringLiteral("Unable to fetch row")), qPrintable(run.err));
            QVERIFY2(run.out.isEmpty(), qPrintable(shown + QStringLiteral(": ") + run.out));
            QCOMPARE(BadFiles::fingerprint(path), before);
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), filesBefore);
        }
        QVERIFY(!QFileInfo::exists(scratch.filePath(QStringLiteral("copy.sqlite"))));
        QVERIFY(!QFileInfo::exists(scratch.filePath(QStringLiteral("cnca.xlsx"))));
        QVERIFY(!QFileInfo::exists(scratch.filePath(QStringLiteral("cb_certs.xlsx"))));
    }

    // A healthy database: the read-only commands succeed and leave it byte for byte as it
    // was, with no sibling left behind.
    void readOnlyCommandsLeaveAHealthyDatabase()
    {
        QTemporaryDir dir;
        QTemporaryDir scratch;
        const QString path = dir.filePath(QStringLiteral("dossier.sqlite"));
        BadFiles::makeCsisms(path);
        const BadFiles::Fingerprint before = BadFiles::fingerprint(path);
        for (const QStringList &command : readOnlyCommands(scratch.path())) {
            const Run run = csisms(QStringList{QStringLiteral("--db"), path} + command);
            QVERIFY2(run.status == CommandLine::Success, qPrintable(command.join(u' ') + QStringLiteral(": ") + run.err));
            QCOMPARE(BadFiles::fingerprint(path), before);
        }
        QVERIFY(QFileInfo::exists(scratch.filePath(QStringLiteral("copy.sqlite"))));
        QVERIFY(QFileInfo::exists(scratch.filePath(QStringLiteral("cnca.xlsx"))));
        QVERIFY(QFileInfo::exists(scratch.filePath(QStringLiteral("cb_certs.xlsx"))));
        for (const QStringList &command : lookupCommands(scratch.path())) {
            const Run run = csisms(QStringList{QStringLiteral("--db"), path} + command);
            QVERIFY2(run.status == CommandLine::Success || run.status == CommandLine::Problems,
                     qPrintable(command.join(u' ') + QStringLiteral(": ") + run.err));
            QCOMPARE(BadFiles::fingerprint(path), before);
        }
    }

    // A file nobody may write (an archive copy) can still be checked and listed.
    void readOnlyFileCanBeRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("archive.sqlite"));
        BadFiles::makeCsisms(path);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        const BadFiles::Fingerprint before = BadFiles::fingerprint(path);
        const Run check = csisms({QStringLiteral("--db"), path, QStringLiteral("check")});
        QVERIFY2(check.status == CommandLine::Success, qPrintable(check.err));
        const Run list = csisms({QStringLiteral("--db"), path, QStringLiteral("clients"), QStringLiteral("list")});
        QCOMPARE(list.status, int(CommandLine::Success));
        QCOMPARE(list.out.count(u'\n'), 41);
        QCOMPARE(BadFiles::fingerprint(path), before);
        const Run import = csisms({QStringLiteral("--db"), path, QStringLiteral("init")});
        QCOMPARE(import.status, int(CommandLine::UsageError));
        QVERIFY(import.err.contains(QStringLiteral("read-only")));
        QCOMPARE(BadFiles::fingerprint(path), before);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    // init takes only a new or empty file, and upgrades only CSISMS Desk databases.
    void initTakesAnEmptyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        BadFiles::writeBytes(path, {});
        const Run run = csisms({QStringLiteral("--db"), path, QStringLiteral("init")});
        QVERIFY2(run.status == CommandLine::Success, qPrintable(run.err));
        // Marked from the first write on: the header on disk carries the mark even while
        // the rest of the file is still in the WAL.
        QCOMPARE(DatabaseFile::readHeader(path).applicationId, DatabaseFile::kApplicationId);
        const Run check = csisms({QStringLiteral("--db"), path, QStringLiteral("check")});
        QVERIFY2(check.status == CommandLine::Success, qPrintable(check.err));
    }

    // A database written before the mark existed (schema 2, application_id 0) is still ours:
    // read-only commands read it as it is, and the first write marks it.
    void unmarkedDatabaseOfAnEarlierVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        BadFiles::makeCsisms(path);
        BadFiles::rawSql(path, {QStringLiteral("PRAGMA application_id = 0")});
        QCOMPARE(DatabaseFile::readHeader(path).applicationId, 0u);
        const BadFiles::Fingerprint before = BadFiles::fingerprint(path);
        const Run check = csisms({QStringLiteral("--db"), path, QStringLiteral("check")});
        QVERIFY2(check.status == CommandLine::Success, qPrintable(check.err));
        QCOMPARE(BadFiles::fingerprint(path), before);
        const Run init = csisms({QStringLiteral("--db"), path, QStringLiteral("init")});
        QVERIFY2(init.status == CommandLine::Success, qPrintable(init.err));
        QCOMPARE(DatabaseFile::readHeader(path).applicationId, DatabaseFile::kApplicationId);
    }

#ifdef Q_OS_UNIX
    // A device is never taken for an empty file: init must not replace /dev/null.
    void devicesAreNotDatabases()
    {
        for (const QString &command : {QStringLiteral("init"), QStringLiteral("check")}) {
            const Run run = csisms({QStringLiteral("--db"), QStringLiteral("/dev/null"), QStringLiteral("--lang"),
                                    QStringLiteral("en"), command});
            QCOMPARE(run.status, int(CommandLine::UsageError));
            QVERIFY2(run.err.contains(QStringLiteral("not a regular file")), qPrintable(run.err));
        }
        QVERIFY(!QFileInfo(QStringLiteral("/dev/null")).isFile());
        QVERIFY(QFileInfo::exists(QStringLiteral("/dev/null")));
    }
#endif

    void messagesInChinese()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        BadFiles::rawSql(path, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY)")});
        const Run run = csisms({QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                                QStringLiteral("check")});
        QCOMPARE(run.status, int(CommandLine::UsageError));
        QVERIFY2(run.err.contains(QStringLiteral("其他程序")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("未做任何更改")), qPrintable(run.err));
    }
};

// With a GUI application object (offscreen): the report commands lay out pages.
QTEST_MAIN(TestForeignFiles)
#include "tst_foreignfiles.moc"
