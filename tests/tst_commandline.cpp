// The command line: each command's output and exit status (DESIGN.md), run in-process.

#include "cli/commandline.h"
#include "db/database.h"
#include "demo/clientdemo.h"
#include "repositories/clientrepository.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTest>

namespace {
struct Run
{
    int status = -1;
    QString out;
    QString err;
};

Run csisms(const QStringList &arguments)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.status = CommandLine::run(QStringList{QStringLiteral("csisms")} + arguments, out, err);
    out.flush();
    err.flush();
    return run;
}

void writeText(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void recognisesCommands_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("command");
        QTest::newRow("gui") << QStringList{QStringLiteral("csisms")} << false;
        QTest::newRow("gui with db") << QStringList{QStringLiteral("csisms"), QStringLiteral("--db"), QStringLiteral("x.sqlite")} << false;
        QTest::newRow("gui with lang=") << QStringList{QStringLiteral("csisms"), QStringLiteral("--lang=zh_CN")} << false;
        QTest::newRow("init") << QStringList{QStringLiteral("csisms"), QStringLiteral("--db"), QStringLiteral("x"), QStringLiteral("init")} << true;
        QTest::newRow("help") << QStringList{QStringLiteral("csisms"), QStringLiteral("--help")} << true;
    }
    void recognisesCommands()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, command);
        QCOMPARE(CommandLine::isCommand(arguments), command);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("clients without sub") << QStringList{QStringLiteral("clients")};
        QTest::newRow("import without file") << QStringList{QStringLiteral("clients"), QStringLiteral("import")};
        QTest::newRow("option of another command") << QStringList{QStringLiteral("init"), QStringLiteral("--json")};
        QTest::newRow("bad count") << QStringList{QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("many")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("check"), QStringLiteral("--fast")};
        QTest::newRow("unknown language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("check")};
        QTest::newRow("backup without out") << QStringList{QStringLiteral("backup")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run run = csisms(QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), path(QStringLiteral("u.sqlite"))} + arguments);
        QCOMPARE(run.status, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void databaseThatCannotBeOpened()
    {
        writeText(path(QStringLiteral("notes.txt")), "not a database");
        Run run = csisms({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), path(QStringLiteral("notes.txt")), QStringLiteral("check")});
        QCOMPARE(run.status, 2);
        QVERIFY(run.err.contains(QStringLiteral("not a SQLite database")));
        run = csisms({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), path(QStringLiteral("missing.sqlite")), QStringLiteral("clients"), QStringLiteral("list")});
        QCOMPARE(run.status, 2);
        QVERIFY(!QFile::exists(path(QStringLiteral("missing.sqlite"))));  // only init creates
    }

    void initDemoListCheckBackup()
    {
        const QString db = path(QStringLiteral("demo.sqlite"));
        const QStringList base{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db};
        QCOMPARE(csisms(base + QStringList{QStringLiteral("init")}).status, 0);
        Run run = csisms(base + QStringList{QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("30"), QStringLiteral("--seed"), QStringLiteral("7")});
        QCOMPARE(run.status, 0);
        // Demo data goes only into an empty register.
        QCOMPARE(csisms(base + QStringList{QStringLiteral("demo")}).status, 1);

        run = csisms(base + QStringList{QStringLiteral("clients"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.status, 0);
        const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(list.size(), 30);
        const QJsonObject first = list.first().toObject();
        QStringList keys = first.keys();
        keys.sort();
        QStringList expected{QStringLiteral("id"), QStringLiteral("name_zh"), QStringLiteral("name_en"), QStringLiteral("credit_code"),
                             QStringLiteral("address"), QStringLiteral("legal_representative"), QStringLiteral("contact"),
                             QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("headcount")};
        expected.sort();
        QCOMPARE(keys, expected);
        QVERIFY(first.value(QStringLiteral("headcount")).isDouble());

        run = csisms(base + QStringList{QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(run.status, 0);
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(report.value(QStringLiteral("change_log")).toObject().value(QStringLiteral("intact")).toBool());
        QVERIFY(report.value(QStringLiteral("change_log")).toObject().value(QStringLiteral("entries")).toInt() > 30);

        const QString copy = path(QStringLiteral("copy.sqlite"));
        QCOMPARE(csisms(base + QStringList{QStringLiteral("backup"), QStringLiteral("--out"), copy}).status, 0);
        run = csisms({QStringLiteral("--db"), copy, QStringLiteral("clients"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 30);
        QCOMPARE(csisms(base + QStringList{QStringLiteral("backup"), QStringLiteral("--out"), path(QStringLiteral("no/such/dir/x.sqlite"))}).status, 1);

        // A row changed behind the application's back is found: exit 1.
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery(raw).exec(QStringLiteral("UPDATE clients SET headcount = 1 WHERE id = 3"));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        run = csisms(base + QStringList{QStringLiteral("check")});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.out.contains(QStringLiteral("Client #3 was changed outside the application (fields: Headcount (headcount))")),
                 qPrintable(run.out));
    }

    void importAllOrNone()
    {
        const QString db = path(QStringLiteral("import.sqlite"));
        const QStringList base{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db};
        QCOMPARE(csisms(base + QStringList{QStringLiteral("init")}).status, 0);
        const QString bad = path(QStringLiteral("bad.csv"));
        writeText(bad, QStringLiteral("名称,统一社会信用代码\n甲,91350100M000100Y43\n乙,91350100M000100Y44\n").toUtf8());
        Run run = csisms(base + QStringList{QStringLiteral("clients"), QStringLiteral("import"), bad});
        QCOMPARE(run.status, 1);
        QVERIFY(run.err.contains(QStringLiteral("line 3: 统一社会信用代码:")));
        run = csisms(base + QStringList{QStringLiteral("clients"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 0);

        const QString good = path(QStringLiteral("good.csv"));
        QStringEncoder gb("GB18030");
        writeText(good, gb.encode(QStringLiteral("名称,统一社会信用代码,人数\r\n甲,91350100M000100Y43,12\r\n")));
        QCOMPARE(csisms(base + QStringList{QStringLiteral("clients"), QStringLiteral("import"), good}).status, 0);
        run = csisms(base + QStringList{QStringLiteral("clients"), QStringLiteral("list")});
        QCOMPARE(run.status, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("id,name_zh,name_en,credit_code")));
        QVERIFY(run.out.contains(QStringLiteral("甲,,91350100M000100Y43")));
        QCOMPARE(csisms(base + QStringList{QStringLiteral("clients"), QStringLiteral("import"), path(QStringLiteral("nope.csv"))}).status, 1);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
