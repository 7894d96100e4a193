// The archive bundle (csisms-archive/1) of a whole database, read back with another zip
// and CSV implementation (Python's zipfile and csv): the manifest names every file with its
// size and SHA-256, and they match; every table is there with its rows, lossless (integers,
// texts, reals, nulls as stored); the CSVs are UTF-8 with BOM, read back by a CSV parser
// to the same values, with cells a spreadsheet would take as formulas made safe; the
// database is only read; a failed or cancelled export leaves no file; `csisms export` runs
// as the real program with its exit statuses.

#include "childprocess.h"
#include "testsupport.h"

#include "archive/archiveexport.h"
#include "db/changelog.h"
#include "demo/demodata.h"
#include "io/csvwriter.h"
#include "repositories/clientrepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace {

// Prints the bundle argv[1] as JSON: its entry names, the manifest, the files whose size or
// SHA-256 differ from the manifest's, each data/*.json parsed, each csv/*.csv parsed by
// Python's csv module (after its BOM is checked and removed).
constexpr char kDump[] = R"PY(
import csv, hashlib, io, json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = z.namelist()
manifest = json.loads(z.read("manifest.json"))
bad = [f["path"] for f in manifest["files"]
       if len(z.read(f["path"])) != f["size"] or hashlib.sha256(z.read(f["path"])).hexdigest() != f["sha256"]]
data, csvs, bom = {}, {}, []
for n in names:
    if n.startswith("data/"):
        data[n[5:-5]] = json.loads(z.read(n))
    elif n.startswith("csv/"):
        raw = z.read(n)
        if not raw.startswith(b"\xef\xbb\xbf"):
            bom.append(n)
        csvs[n[4:-4]] = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
print(json.dumps({"names": names, "manifest": manifest, "bad": bad, "data": data, "csv": csvs, "nobom": bom}, ensure_ascii=True))
)PY";

QJsonObject readBack(const QString &path)
{
    QProcess process;
    process.start(QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3") : QStringLiteral("python3"),
                  {QStringLiteral("-c"), QString::fromLatin1(kDump), path});
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        qWarning("python could not read the bundle: %s", process.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

// A stored value as the bundle's JSON holds it.
QJsonValue expected(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return QJsonObject{{QStringLiteral("real"), QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest)}};
    case QMetaType::QByteArray:   // attachments
        return QJsonObject{{QStringLiteral("blob"), QString::fromLatin1(v.toByteArray().toBase64())}};
    default:
        return v.toString();
    }
}

} // namespace

class TestArchiveExport : public QObject
{
    Q_OBJECT

    TestSupport::IsolatedSettings m_settings;
    TestSupport::TempDatabase m_db;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        QVERIFY(DemoData::generate(*m_db, 25, 3));
        // Values a spreadsheet would take as formulas, and text that needs escaping in JSON.
        Client c;
        c.nameZh = QStringLiteral("=HYPERLINK(\"http://x\")有限公司");
        c.nameEn = QStringLiteral("+Plus \"quoted\" \\ back slash");
        c.address = QStringLiteral("@北京市");
        c.notes = QStringLiteral("第一行\r\n\t第二行 \u00e9 \U0001F600");
        c.legalRepresentative = QStringLiteral("-王");
        c.headcount = 12;
        const WriteResult saved = ClientRepository(*m_db).save(c);
        QVERIFY2(saved, qPrintable(saved.message));
    }

    void bundleHoldsEveryTableLosslessly()
    {
        const QString path = m_dir.filePath(QStringLiteral("all.zip"));
        const QByteArray before = digest(m_db->path());
        int calls = 0;
        const ArchiveExport::Result result = ArchiveExport::write(*m_db, path, [&](qint64 done, qint64 total) {
            ++calls;
            return done <= total;
        });
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(calls >= 1);
        QCOMPARE(digest(m_db->path()), before);   // only read
        const QJsonObject bundle = readBack(path);
        QVERIFY(!bundle.isEmpty());
        QCOMPARE(bundle.value(QStringLiteral("bad")).toArray(), QJsonArray());
        QCOMPARE(bundle.value(QStringLiteral("nobom")).toArray(), QJsonArray());
        const QJsonObject manifest = bundle.value(QStringLiteral("manifest")).toObject();
        QCOMPARE(manifest.value(QStringLiteral("format")).toString(), QStringLiteral("csisms-archive/1"));
        QCOMPARE(manifest.value(QStringLiteral("schema_version")).toInt(), m_db->schemaVersion());
        const QJsonObject log = manifest.value(QStringLiteral("change_log")).toObject();
        QCOMPARE(log.value(QStringLiteral("head_hash")).toString(), ChangeLog::headHash(*m_db));
        QCOMPARE(log.value(QStringLiteral("entries")).toInteger(),
                 m_db->scalar(QStringLiteral("SELECT count(*) FROM change_log")).toLongLong());
        // Every entry but the manifest is in the manifest.
        const QJsonArray names = bundle.value(QStringLiteral("names")).toArray();
        QCOMPARE(manifest.value(QStringLiteral("files")).toArray().size() + 1, names.size());
        QCOMPARE(names.last().toString(), QStringLiteral("manifest.json"));

        const QStringList tables = ArchiveExport::tables(*m_db);
        QVERIFY(tables.contains(QStringLiteral("change_log")) && tables.contains(QStringLiteral("information_items")));
        QCOMPARE(result.tables, int(tables.size()));
        const QJsonObject data = bundle.value(QStringLiteral("data")).toObject();
        const QJsonObject csv = bundle.value(QStringLiteral("csv")).toObject();
        QCOMPARE(data.size(), tables.size());
        qint64 rows = 0;
        for (const QString &table : tables) {
            const QJsonObject t = data.value(table).toObject();
            const QJsonArray stored = t.value(QStringLiteral("rows")).toArray();
            const QJsonArray sheet = csv.value(table).toArray();
            QSqlQuery q = m_db->exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
            const QSqlRecord record = q.record();
            QCOMPARE(t.value(QStringLiteral("columns")).toArray().size(), record.count());
            QCOMPARE(sheet.first().toArray().first().toString(), record.fieldName(0));
            int r = 0;
            while (q.next()) {
                const QJsonArray row = stored.at(r).toArray();
                const QJsonArray line = sheet.at(r + 1).toArray();
                for (int i = 0; i < record.count(); ++i) {
                    QCOMPARE(row.at(i), expected(q.value(i)));
                    if (q.value(i).typeId() == QMetaType::QString)
                        QCOMPARE(CsvWriter::restore(line.at(i).toString()), q.value(i).toString());
                }
                ++r;
            }
            QCOMPARE(stored.size(), r);
            QCOMPARE(sheet.size(), r + 1);
            rows += r;
        }
        QCOMPARE(result.rows, rows);
        // In the spreadsheet the formula-like names are text.
        const QJsonArray clients = csv.value(QStringLiteral("clients")).toArray();
        bool safe = false;
        for (const QJsonValue &line : clients)
            safe = safe || line.toArray().at(1).toString() == QStringLiteral("'=HYPERLINK(\"http://x\")有限公司");
        QVERIFY(safe);
    }

    void failedOrCancelledExportLeavesNoFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancelled.zip"));
        ArchiveExport::Result result = ArchiveExport::write(*m_db, path, [](qint64, qint64) { return false; });
        QVERIFY(result.cancelled);
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files | QDir::Hidden).isEmpty());
        // A cancelled export over an earlier bundle keeps it as it was.
        const QString earlier = m_dir.filePath(QStringLiteral("earlier.zip"));
        QVERIFY(ArchiveExport::write(*m_db, earlier).error.isEmpty());
        const QByteArray kept = digest(earlier);
        QVERIFY(ArchiveExport::write(*m_db, earlier, [](qint64, qint64) { return false; }).cancelled);
        QCOMPARE(digest(earlier), kept);
        result = ArchiveExport::write(*m_db, m_dir.filePath(QStringLiteral("no/such/folder/x.zip")));
        QVERIFY(!result.error.isEmpty());
    }

    void commandLine()
    {
        QTemporaryDir home;
        const QString copy = m_dir.filePath(QStringLiteral("cli.sqlite"));
        QVERIFY(m_db->backupTo(copy, nullptr));
        const QByteArray before = digest(copy);
        const QString out = m_dir.filePath(QStringLiteral("cli.zip"));
        ChildProcess::Result r = ChildProcess::run(home.path(), {QStringLiteral("--db"), copy, QStringLiteral("export"),
                                                                 QStringLiteral("--out"), out});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("Archive bundle written to")));
        QCOMPARE(readBack(out).value(QStringLiteral("bad")).toArray(), QJsonArray());
        r = ChildProcess::run(home.path(), {QStringLiteral("--db"), copy, QStringLiteral("export")});
        QCOMPARE(r.status, 2);
        r = ChildProcess::run(home.path(), {QStringLiteral("--db"), copy, QStringLiteral("export"), QStringLiteral("--out"),
                                            m_dir.filePath(QStringLiteral("no/such/x.zip"))});
        QCOMPARE(r.status, 1);
        QCOMPARE(digest(copy), before);
    }
};

QTEST_GUILESS_MAIN(TestArchiveExport)
#include "tst_archiveexport.moc"
