// The application file (DESIGN.md `csisms-application/1`) and `csisms application check`:
// DESIGN.md's example read and checked (states, findings, figures), every kind of bad
// input refused naming its field (exit 2), a blocked applicant not acceptable (exit 1),
// R-5.2.4, and the JSON printed exactly as DESIGN.md gives it.

#include "checks/applicationcheck.h"
#include "clisupport.h"
#include "io/applicationfile.h"
#include "repositories/referencerepository.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QJsonObject example()
{
    return QJsonDocument::fromJson(TestSupport::readFile(QStringLiteral(CSISMS_FUZZ_DIR "/corpus/application/design-example.json")))
        .object();
}

QByteArray bytes(const QJsonObject &o) { return QJsonDocument(o).toJson(); }

// Sets a value at a dotted path ("personnel.identical_groups[0].count"); an undefined
// value removes the key.
QJsonValue put(QJsonValue node, QStringList path, const QJsonValue &value)
{
    const QString head = path.takeFirst();
    const QRegularExpressionMatch indexed = QRegularExpression(QStringLiteral(R"(^(\w+)\[(\d+)\]$)")).match(head);
    QJsonObject object = node.toObject();
    if (indexed.hasMatch()) {
        QJsonArray array = object.value(indexed.captured(1)).toArray();
        const int i = indexed.captured(2).toInt();
        array[i] = path.isEmpty() ? value : put(array.at(i), path, value);
        object[indexed.captured(1)] = array;
    } else if (path.isEmpty()) {
        if (value.isUndefined())
            object.remove(head);
        else
            object[head] = value;
    } else {
        object[head] = put(object.value(head), path, value);
    }
    return object;
}

} // namespace

class TestApplicationFile : public QObject
{
    Q_OBJECT

    TestSupport::IsolatedSettings m_settings;
    QTemporaryDir m_dir;

    QString write(const QByteArray &content)
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("application-%1.json").arg(++n));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

private slots:
    void initTestCase() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void designExampleChecks()
    {
        QString error;
        const std::optional<ApplicationFile> file = ApplicationFileFormat::parse(bytes(example()), &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->receivedOn, QDate(2026, 3, 1));
        QCOMPARE(file->scopeClasses, (QStringList{QStringLiteral("CS-01"), QStringLiteral("CS-03")}));
        const ApplicationCheck check = ApplicationCheck::run(*file, ReferenceRepository::shippedAuditTimeRows(), RuleParameters());
        QStringList states;
        for (const auto &c : check.conditions)
            states << ApplicantEligibility::stateKey(c.state);
        QCOMPARE(states, (QStringList{QStringLiteral("met"), QStringLiteral("not_applicable"), QStringLiteral("met"),
                                      QStringLiteral("not_applicable"), QStringLiteral("not_applicable"),
                                      QStringLiteral("met"), QStringLiteral("met"), QStringLiteral("met"),
                                      QStringLiteral("met"), QStringLiteral("met")}));
        QVERIFY(check.findings.isEmpty());
        QVERIFY(check.acceptable);
        const QJsonObject json = check.toJson();
        QCOMPARE(json.value(QStringLiteral("acceptable")).toBool(), true);
        const QJsonObject time = json.value(QStringLiteral("audit_time")).toObject();
        QCOMPARE(time.value(QStringLiteral("effective_personnel")).toInt(), 78);
        QCOMPARE(time.value(QStringLiteral("table_days")).toDouble(), 11.0);
        QCOMPARE(time.value(QStringLiteral("adjusted_days")).toDouble(), 10.0);
        QCOMPARE(time.value(QStringLiteral("stage1_days")).toDouble(), 3.0);
        QCOMPARE(time.value(QStringLiteral("stage2_days")).toDouble(), 7.0);
        QCOMPARE(time.value(QStringLiteral("onsite_days")).toDouble(), 8.5);
        QCOMPARE(time.value(QStringLiteral("surveillance_days")).toDouble(), 3.5);
        QCOMPARE(time.value(QStringLiteral("recertification_days")).toDouble(), 7.0);
        QCOMPARE(json.value(QStringLiteral("conditions")).toArray().size(), 10);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("wrong format tag") << "format" << QJsonValue(QStringLiteral("csisms-programme/1")) << "format";
        QTest::newRow("no format") << "format" << QJsonValue(QJsonValue::Undefined) << "format";
        QTest::newRow("missing received_on") << "received_on" << QJsonValue(QJsonValue::Undefined) << "received_on";
        QTest::newRow("30 February") << "received_on" << QJsonValue(QStringLiteral("2026-02-30")) << "received_on";
        QTest::newRow("date with a time") << "received_on" << QJsonValue(QStringLiteral("2026-03-01T10:00")) << "received_on";
        QTest::newRow("unknown type") << "type" << QJsonValue(QStringLiteral("renewal")) << "type";
        QTest::newRow("negative headcount") << "personnel.total" << QJsonValue(-5) << "personnel.total";
        QTest::newRow("headcount not whole") << "personnel.total" << QJsonValue(12.5) << "personnel.total";
        QTest::newRow("headcount as text") << "personnel.total" << QJsonValue(QStringLiteral("120")) << "personnel.total";
        QTest::newRow("group larger than the total") << "personnel.identical_groups[0].count" << QJsonValue(121)
                                                     << "personnel.groups";
        QTest::newRow("unknown state") << "eligibility.E1.state" << QJsonValue(QStringLiteral("yes")) << "eligibility.E1.state";
        QTest::newRow("E3 not a date") << "eligibility.E3.operating_since" << QJsonValue(QStringLiteral("去年"))
                                       << "eligibility.E3.operating_since";
        QTest::newRow("E6 not a boolean") << "eligibility.E6.ordered_to_suspend" << QJsonValue(QStringLiteral("no"))
                                          << "eligibility.E6.ordered_to_suspend";
        QTest::newRow("adjustment without reason") << "audit_time.adjustments[0].reason" << QJsonValue(QString())
                                                   << "audit_time.adjustments[0].reason";
        QTest::newRow("on site above 100") << "audit_time.onsite_percent" << QJsonValue(120) << "audit_time.onsite_percent";
    }
    void badInput()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        const QJsonObject changed = put(example(), path.split(u'.'), value).toObject();
        QString error;
        QVERIFY(!ApplicationFileFormat::parse(bytes(changed), &error));
        QVERIFY2(error.startsWith(field + QStringLiteral(": ")), qPrintable(error));

        // The command says the same, with the file's name, and exits 2.
        const QString file = write(bytes(changed));
        const CliSupport::Run run = CliSupport::csisms({QStringLiteral("--lang"), QStringLiteral("en"),
                                                        QStringLiteral("application"), QStringLiteral("check"), file});
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains(field + QStringLiteral(": ")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void notJson()
    {
        for (const QByteArray &content : {QByteArray(), QByteArray("not json"), QByteArray("[1,2]"), QByteArray("\xff\xfe")}) {
            QString error;
            QVERIFY(!ApplicationFileFormat::parse(content, &error));
            QVERIFY(!error.isEmpty());
        }
        const CliSupport::Run missing = CliSupport::csisms({QStringLiteral("application"), QStringLiteral("check"),
                                                            m_dir.filePath(QStringLiteral("none.json"))});
        QCOMPARE(missing.status, 2);
        QVERIFY(!missing.err.isEmpty());
    }

    void commandPrintsTheCheck()
    {
        const QString file = write(bytes(example()));
        const CliSupport::Run json = CliSupport::csisms({QStringLiteral("application"), QStringLiteral("check"), file,
                                                         QStringLiteral("--json")});
        QCOMPARE(json.status, 0);
        const QJsonObject printed = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(printed.keys(), (QStringList{QStringLiteral("acceptable"), QStringLiteral("audit_time"),
                                              QStringLiteral("conditions"), QStringLiteral("findings")}));
        QCOMPARE(printed.value(QStringLiteral("audit_time")).toObject().value(QStringLiteral("adjusted_days")).toDouble(), 10.0);

        const CliSupport::Run text = CliSupport::csisms({QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                                                         QStringLiteral("application"), QStringLiteral("check"), file});
        QCOMPARE(text.status, 0);
        QVERIFY2(text.out.contains(QStringLiteral("运行 3 个月 11 天；需满 3 个月（E3）。")), qPrintable(text.out));
    }

    void blockedApplicantIsNotAcceptable()
    {
        QJsonObject blocked = put(example(), {QStringLiteral("eligibility"), QStringLiteral("E7"), QStringLiteral("on_list")},
                                  true).toObject();
        blocked = put(blocked, {QStringLiteral("type")}, QStringLiteral("recertification")).toObject();
        const QString file = write(bytes(blocked));
        const CliSupport::Run run = CliSupport::csisms({QStringLiteral("application"), QStringLiteral("check"), file,
                                                        QStringLiteral("--json")});
        QCOMPARE(run.status, 1);
        const QJsonObject printed = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(printed.value(QStringLiteral("acceptable")).toBool(), false);
        QStringList rules;
        for (const QJsonValue &f : printed.value(QStringLiteral("findings")).toArray()) {
            rules << f.toObject().value(QStringLiteral("rule")).toString();
            QCOMPARE(f.toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        }
        // E7 refuses (R-5.2.2) and blocks acceptance (R-5.2.3); new to the body, so initial (R-5.2.4).
        QCOMPARE(rules, (QStringList{QStringLiteral("R-5.2.2"), QStringLiteral("R-5.2.3"), QStringLiteral("R-5.2.4")}));
    }

    // A read-only command: the file is not touched.
    void fileStaysAsItWas()
    {
        const QByteArray content = bytes(example());
        const QString file = write(content);
        const QDateTime modified = QFileInfo(file).lastModified();
        CliSupport::csisms({QStringLiteral("application"), QStringLiteral("check"), file});
        QCOMPARE(TestSupport::readFile(file), content);
        QCOMPARE(QFileInfo(file).lastModified(), modified);
    }
};

QTEST_GUILESS_MAIN(TestApplicationFile)
#include "tst_applicationfile.moc"
