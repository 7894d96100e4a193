// The command line: each command's output and exit status (DESIGN.md), run in-process.

#include "i18n/language.h"
#include "repositories/auditorrepository.h"
#include "repositories/programmerepository.h"
#include "cli/commandline.h"
#include "clisupport.h"
#include "db/database.h"
#include "demo/clientdemo.h"
#include "repositories/clientrepository.h"
#include "repositories/parameterrepository.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {
using CliSupport::Run;
using CliSupport::csisms;

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

    TestSupport::IsolatedSettings m_settings;   // the change log's anchors go here, not into the user's settings
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        QStandardPaths::setTestModeEnabled(true);
    }

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

        // The demo's programmes show violations on purpose (P-rules): check says so with 1.
        run = csisms(base + QStringList{QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(run.status, 1);
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(), false);
        for (const QJsonValue &f : report.value(QStringLiteral("findings")).toArray())
            if (f.toObject().value(QStringLiteral("severity")).toString() == QLatin1String("error"))
                QVERIFY2(TestSupport::isDemoContent(f.toObject().value(QStringLiteral("rule")).toString()),
                         qPrintable(f.toObject().value(QStringLiteral("message")).toString()));
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
        // The finding names the record, not a row number.
        QVERIFY2(run.out.contains(QStringLiteral("was changed outside the application (fields: Headcount (headcount))")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Client “")), qPrintable(run.out));
        QVERIFY2(!run.out.contains(QStringLiteral("Client #3")), qPrintable(run.out));
    }

    void applicationsListExportCheck()
    {
        const QString db = path(QStringLiteral("apps.sqlite"));
        const QStringList base{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db};
        QCOMPARE(csisms(base + QStringList{QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("60")}).status, 0);
        Run run = csisms(base + QStringList{QStringLiteral("applications"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.status, 0);
        const QJsonArray all = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY(all.size() > 40);
        QSet<QString> statuses;
        for (const QJsonValue &v : all)
            statuses.insert(v.toObject().value(QStringLiteral("status")).toString());
        QCOMPARE(statuses.size(), 8);   // the demo shows every status
        run = csisms(base + QStringList{QStringLiteral("applications"), QStringLiteral("list"), QStringLiteral("--status"),
                                        QStringLiteral("accepted")});
        QCOMPARE(run.status, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("id,number,client_id,client,type,received_on,status")));
        QVERIFY(!run.out.contains(QStringLiteral(",draft,")));
        // A status that does not exist: a usage error naming the ones that do.
        run = csisms(base + QStringList{QStringLiteral("applications"), QStringLiteral("list"), QStringLiteral("--status"),
                                        QStringLiteral("approved")});
        QCOMPARE(run.status, 2);
        QVERIFY(run.err.contains(QStringLiteral("under_review")));

        // Export an accepted application with its review, and check the file: the same
        // states and figures as the review kept in the database.
        Database database;
        QVERIFY(!database.open(db, Database::Mode::Read));
        const qint64 id = database.scalar(QStringLiteral("SELECT application_id FROM application_reviews WHERE decision = 'accept' "
                                                         "AND supersedes_id IS NULL ORDER BY id LIMIT 1")).toLongLong();
        const QVariant adjusted = database.scalar(QStringLiteral("SELECT adjusted_days FROM application_reviews WHERE application_id = ? "
                                                                 "AND decision = 'accept' ORDER BY id DESC LIMIT 1"), {id});
        database.close();
        run = csisms(base + QStringList{QStringLiteral("application"), QStringLiteral("export"), QStringLiteral("--id"), QString::number(id)});
        QCOMPARE(run.status, 0);
        const QString file = path(QStringLiteral("exported.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(run.out.toUtf8());
        out.close();
        run = csisms({QStringLiteral("application"), QStringLiteral("check"), file, QStringLiteral("--json")});
        QCOMPARE(run.status, 0);
        const QJsonObject check = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(check.value(QStringLiteral("acceptable")).toBool(), true);
        QCOMPARE(check.value(QStringLiteral("audit_time")).toObject().value(QStringLiteral("adjusted_days")).toDouble(), adjusted.toDouble());
        // No such application: 1; no --id: 2.
        QCOMPARE(csisms(base + QStringList{QStringLiteral("application"), QStringLiteral("export"), QStringLiteral("--id"),
                                           QStringLiteral("99999")}).status, 1);
        QCOMPARE(csisms(base + QStringList{QStringLiteral("application"), QStringLiteral("export")}).status, 2);
        // `check` over the database: the intake rules run, nothing is wrong in the demo's
        // intake (its programmes show P-rule violations on purpose).
        run = csisms(base + QStringList{QStringLiteral("check"), QStringLiteral("--json")});
        for (const QJsonValue &f : QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("findings")).toArray())
            if (f.toObject().value(QStringLiteral("severity")).toString() == QLatin1String("error"))
                QVERIFY2(TestSupport::isDemoContent(f.toObject().value(QStringLiteral("rule")).toString()),
                         qPrintable(f.toObject().value(QStringLiteral("message")).toString()));
    }

    // programme check / propose (no database) and export: DESIGN.md's format and exit
    // statuses (0 valid, 1 not, 2 a file that is not a programme file, naming the field).
    void programmeCommands()
    {
        const QString partial = path(QStringLiteral("partial.json"));
        {
            QFile f(partial);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"format": "csisms-programme/1",
                "client": {"name": "示例云科技有限公司", "shifts": ["day", "night"],
                           "services": [{"name": "弹性计算 ECS", "typical": true}], "sites": ["HQ", "DC1", "DC2"]},
                "cycle": "initial", "contract_signed_on": "2025-11-20", "decision_date": "2026-03-15",
                "review_days": {"stage1": 3, "stage2": 8, "surveillance": 4, "recertification": 8},
                "audits": [{"kind": "stage1", "start": "2026-01-12", "end": "2026-01-13", "shifts": ["day"],
                            "shift_reasons": {"night": "night shift runs monitoring only"}, "controls": ["5.1.1", "CLD.6.3.1"]}]})");
        }
        const QStringList en{QStringLiteral("--lang"), QStringLiteral("en")};
        Run run = csisms(en + QStringList{QStringLiteral("programme"), QStringLiteral("check"), partial, QStringLiteral("--json")});
        QCOMPARE(run.status, 1);
        QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("valid")).toBool(), false);
        const QJsonObject first = report.value(QStringLiteral("violations")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("rule")).toString(), QStringLiteral("P-5.4.1.2"));
        QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QVERIFY(first.value(QStringLiteral("audit")).isNull());
        QVERIFY(first.contains(QStringLiteral("message")));
        // Propose fills it in; the proposal checks valid, without a warning.
        const QString proposed = path(QStringLiteral("proposed.json"));
        run = csisms(en + QStringList{QStringLiteral("programme"), QStringLiteral("propose"), partial, QStringLiteral("--out"), proposed});
        QCOMPARE(run.status, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        run = csisms(en + QStringList{QStringLiteral("programme"), QStringLiteral("check"), proposed, QStringLiteral("--json")});
        QCOMPARE(run.status, 0);
        report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("violations")).toArray().size(), 0);
        const QJsonArray audits = QJsonDocument::fromJson(TestSupport::readFile(proposed)).object().value(QStringLiteral("audits")).toArray();
        QCOMPARE(audits.size(), 5);
        QCOMPARE(audits.first().toObject().value(QStringLiteral("controls")).toArray().size(), 2);   // kept as given
        // Without --out the programme goes to standard output.
        run = csisms(en + QStringList{QStringLiteral("programme"), QStringLiteral("propose"), partial});
        QCOMPARE(run.status, 0);
        QVERIFY(run.out.contains(QStringLiteral("csisms-programme/1")));
        // Files that are not programme files: 2, naming the field.
        const QList<QPair<QByteArray, QString>> bad{
            {R"({"format": "csisms-programme/2", "decision_date": "2026-03-15"})", QStringLiteral("format:")},
            {R"({"format": "csisms-programme/1", "decision_date": "2026-03-15", "audits": [{"kind": "stage3", "start": "2026-01-12", "end": "2026-01-13"}]})",
             QStringLiteral("audits[0].kind:")},
            {R"({"format": "csisms-programme/1", "decision_date": "2026-13-01"})", QStringLiteral("decision_date:")},
            {R"({"format": "csisms-programme/1", "decision_date": "2026-03-15", "audits": [{"kind": "stage1", "start": "2026-01-12", "end": "2026-01-13", "controls": ["5.1.1", "A.5.1.1"]}]})",
             QStringLiteral("audits[0].controls[1]:")},
            {R"(not json)", QStringLiteral("not JSON")},
        };
        for (const auto &[bytes, field] : bad) {
            const QString file = path(QStringLiteral("bad.json"));
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
            f.close();
            run = csisms(en + QStringList{QStringLiteral("programme"), QStringLiteral("check"), file});
            QCOMPARE(run.status, 2);
            QVERIFY2(run.err.contains(field), qPrintable(run.err));
            QCOMPARE(csisms(en + QStringList{QStringLiteral("programme"), QStringLiteral("propose"), file}).status, 2);
        }
        QCOMPARE(csisms(en + QStringList{QStringLiteral("programme"), QStringLiteral("check"), path(QStringLiteral("none.json"))}).status, 2);

        // Export from the database: the demo's programmes, checked as the database checks them.
        const QString db = path(QStringLiteral("programmes.sqlite"));
        const QStringList base = en + QStringList{QStringLiteral("--db"), db};
        QCOMPARE(csisms(base + QStringList{QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("40")}).status, 0);
        QCOMPARE(csisms(base + QStringList{QStringLiteral("programme"), QStringLiteral("export")}).status, 2);
        QCOMPARE(csisms(base + QStringList{QStringLiteral("programme"), QStringLiteral("export"), QStringLiteral("--client"),
                                           QStringLiteral("99999")}).status, 1);
        Database database;
        QVERIFY(!database.open(db, Database::Mode::Read));
        const QList<Programme> all = ProgrammeRepository(database).loadAll();
        QVERIFY(all.size() > 10);
        const ProgrammeCheckContext context = ProgrammeCheckContext::load(database);
        LanguageManager english;   // the findings computed here in the words the command uses
        QVERIFY(english.setLanguage(QStringLiteral("en")));
        int compared = 0;
        for (const Programme &p : all) {
            if (ProgrammeRepository(database).currentOf(p.clientId) != p.id)
                continue;
            run = csisms(base + QStringList{QStringLiteral("programme"), QStringLiteral("export"), QStringLiteral("--client"),
                                            QString::number(p.clientId)});
            QCOMPARE(run.status, 0);
            const QString file = path(QStringLiteral("exported.json"));
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(run.out.toUtf8());
            f.close();
            run = csisms(en + QStringList{QStringLiteral("programme"), QStringLiteral("check"), file, QStringLiteral("--json")});
            QList<ProgrammeViolation> expected;
            for (const ProgrammeViolation &v : ProgrammeRepository::check(p, context))
                if (!v.finding.rule.startsWith(QLatin1String("A-")))   // teams are the database's to check
                    expected << v;
            const QJsonArray got = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("violations")).toArray();
            QCOMPARE(got.size(), expected.size());
            for (int i = 0; i < got.size(); ++i)
                QCOMPARE(got.at(i).toObject().value(QStringLiteral("message")).toString(), expected.at(i).finding.message);
            QCOMPARE(run.status, ProgrammeRules::hasErrors(expected) ? 1 : 0);
            ++compared;
        }
        QVERIFY(compared > 10);
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

    // Issue 6 (8): the CSV list neutralises cells a spreadsheet would run as formulas, and
    // reads back into another database exactly as stored.
    void listIsSafeForSpreadsheets()
    {
        const QString db = path(QStringLiteral("formula.sqlite"));
        const QStringList base{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db};
        QCOMPARE(csisms(base + QStringList{QStringLiteral("init")}).status, 0);
        {
            Database open;
            QVERIFY(!open.open(db));
            ClientRepository repo(open);
            for (const QString &name : {QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("+1+cmd"), QStringLiteral("@SUM(1)"),
                                        QStringLiteral("'=already quoted")}) {
                Client c;
                c.nameZh = name;
                c.contact = QStringLiteral("-2+3");
                QVERIFY(repo.save(c));
            }
        }
        const Run list = csisms(base + QStringList{QStringLiteral("clients"), QStringLiteral("list")});
        QCOMPARE(list.status, 0);
        QVERIFY2(list.out.contains(QStringLiteral(",'=cmd|' /C calc'!A0,")), qPrintable(list.out));
        QVERIFY(list.out.contains(QStringLiteral(",'+1+cmd,")));
        QVERIFY(list.out.contains(QStringLiteral(",'@SUM(1),")));
        QVERIFY(list.out.contains(QStringLiteral(",''=already quoted,")));
        QVERIFY(!list.out.contains(QStringLiteral(",=")) && !list.out.contains(QStringLiteral(",+")));
        // Stored values are exact, and the list imports into another database as they were.
        const QString csv = path(QStringLiteral("formula.csv"));
        QString withoutIds;
        for (const QString &line : list.out.split(u'\n', Qt::SkipEmptyParts))
            withoutIds += line.section(u',', 1) + u'\n';
        writeText(csv, withoutIds.toUtf8());
        const QString other = path(QStringLiteral("formula-copy.sqlite"));
        const QStringList copy{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), other};
        QCOMPARE(csisms(copy + QStringList{QStringLiteral("init")}).status, 0);
        const Run imported = csisms(copy + QStringList{QStringLiteral("clients"), QStringLiteral("import"), csv});
        QVERIFY2(imported.status == 0, qPrintable(imported.err));
        const Run before = csisms(base + QStringList{QStringLiteral("clients"), QStringLiteral("list"), QStringLiteral("--json")});
        const Run after = csisms(copy + QStringList{QStringLiteral("clients"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(after.out, before.out);
        QVERIFY(before.out.contains(QStringLiteral("\"=cmd|' /C calc'!A0\"")));
    }

    // Issue 6 (2), (6): what import says when the database is busy, when the file has very
    // many problems, and when it is larger than the limit.
    void importMessages()
    {
        const QString db = path(QStringLiteral("messages.sqlite"));
        const QStringList base{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db};
        QCOMPARE(csisms(base + QStringList{QStringLiteral("init")}).status, 0);

        const QString many = path(QStringLiteral("many.csv"));
        QByteArray text("name_zh,headcount\n");
        for (int i = 0; i < 1000; ++i)
            text += "\xE7\x94\xB2,x\n";
        writeText(many, text);
        Run run = csisms(base + QStringList{QStringLiteral("clients"), QStringLiteral("import"), many});
        QCOMPARE(run.status, 1);
        const QStringList lines = run.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 102);   // 100 problems, how many more, nothing imported
        QVERIFY2(lines.at(100).contains(QStringLiteral("900 more")), qPrintable(lines.at(100)));

        {
            Database open;
            QVERIFY(!open.open(db));
            QVERIFY(ParameterRepository(open).setValue(QStringLiteral("import_file_max_mib"), 1));
        }
        const QString big = path(QStringLiteral("big.csv"));
        writeText(big, "name_zh\n" + QByteArray(2 << 20, 'a') + '\n');
        run = csisms(base + QStringList{QStringLiteral("clients"), QStringLiteral("import"), big});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QStringLiteral("larger than the import limit of 1 MiB")), qPrintable(run.err));

#ifdef Q_OS_UNIX
        // A device that never ends is refused at the limit, not read until memory runs out.
        run = csisms(base + QStringList{QStringLiteral("clients"), QStringLiteral("import"), QStringLiteral("/dev/zero")});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QStringLiteral("larger than the import limit")), qPrintable(run.err));
#endif

        // Another program holds the write lock for longer than the import waits.
        const QString good = path(QStringLiteral("one.csv"));
        writeText(good, QStringLiteral("name_zh\n乙公司\n").toUtf8());
        Database holder;
        QVERIFY(!holder.open(db, Database::Mode::Write));
        Transaction lock(holder);
        holder.exec(QStringLiteral("INSERT INTO clients (name_zh) VALUES ('占用')"));
        qputenv("CSISMS_BUSY_TIMEOUT_MS", "200");
        run = csisms(base + QStringList{QStringLiteral("clients"), QStringLiteral("import"), good});
        qunsetenv("CSISMS_BUSY_TIMEOUT_MS");
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains(QStringLiteral("Another program is writing to the database")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("correct the file")));
    }

    // Issue 6 (9): a change log that lost its last entry since this computer wrote it is
    // reported when a command opens it, and by check.
    void truncatedLogIsReported()
    {
        const QString db = path(QStringLiteral("anchor.sqlite"));
        const QStringList base{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db};
        QCOMPARE(csisms(base + QStringList{QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("5")}).status, 0);
        QCOMPARE(csisms(base + QStringList{QStringLiteral("check")}).status, 0);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-anchor"));
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec(QStringLiteral("DELETE FROM change_log WHERE id = (SELECT max(id) FROM change_log)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-anchor"));
        Run run = csisms(base + QStringList{QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(run.status, 1);
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("change_log")).toObject().value(QStringLiteral("intact")).toBool(), false);
        QVERIFY2(run.out.contains(QStringLiteral("shorter than when this computer last wrote")), qPrintable(run.out));
        run = csisms(base + QStringList{QStringLiteral("clients"), QStringLiteral("list")});
        QCOMPARE(run.status, 0);
        QVERIFY2(run.err.startsWith(QStringLiteral("Warning: The change log is shorter")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
