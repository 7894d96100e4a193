// Restoring a database from an archive bundle: exported, restored into an empty database
// and exported again, every data/*.json is byte for byte the same and the change log
// verifies; a bundle is never restored over records; and every kind of bad bundle — cut
// short, damaged, a file whose hash does not match, a path that escapes (../, absolute, a
// link), an entry far larger than declared, a file twice, a file the manifest does not
// list, an unknown format, a newer schema — is refused with a message and writes nothing,
// in the database or beside it. `csisms import` runs as the real program.

#include "childprocess.h"
#include "testsupport.h"

#include "archive/archiveexport.h"
#include "archive/archiveimport.h"
#include "archive/zipreader.h"
#include "checks/databasecheck.h"
#include "db/changelog.h"
#include "demo/demodata.h"
#include "repositories/clientrepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

// The entries of a zip with their bytes, as ZipReader reads them.
QMap<QString, QByteArray> entriesOf(const QString &path, QString *error = nullptr)
{
    QMap<QString, QByteArray> entries;
    ZipReader zip(path);
    const bool ok = zip.forEach([&](const ZipReader::Entry &e, const ZipReader::ReadPiece &piece) {
        QByteArray bytes;
        for (QByteArray data = piece(); !data.isEmpty(); data = piece())
            bytes += data;
        entries.insert(e.path, bytes);
        return true;
    });
    if (error)
        *error = ok ? QString() : zip.errorString();
    return entries;
}

// Makes bad bundles from a good one with Python's zipfile (an independent zip writer that
// also writes what ours never would: links, duplicates, escaping paths).
constexpr char kCraft[] = R"PY(
import json, struct, sys, zipfile, warnings
warnings.simplefilter("ignore")
good, out = sys.argv[1], sys.argv[2]
src = zipfile.ZipFile(good)
entries = [(n, src.read(n)) for n in src.namelist()]
manifest = json.loads(dict(entries)["manifest.json"])
def write(name, items, patch=None):
    path = out + "/" + name + ".zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in items:
            if isinstance(n, zipfile.ZipInfo):
                z.writestr(n, data)
            else:
                z.writestr(n, data)
    if patch:
        patch(path)
def with_manifest(m):
    return [(n, d) for n, d in entries if n != "manifest.json"] + [("manifest.json", json.dumps(m).encode())]
# a data file changed, the manifest not
changed = [(n, (d[:-3] + b" ]}" if n == "data/clients.json" else d)) for n, d in entries]
write("hash", changed)
write("escape", entries + [("../evil.txt", b"x")])
write("absolute", entries + [("/tmp/evil.txt", b"x")])
link = zipfile.ZipInfo("data/link")
link.external_attr = (0o120777 << 16)
link.create_system = 3
write("symlink", entries + [(link, b"/etc/passwd")])
write("duplicate", entries + [("data/clients.json", dict(entries)["data/clients.json"])])
write("unlisted", entries + [("reports/extra.pdf", b"%PDF-1.4")])
m = dict(manifest); m["format"] = "other-archive/1"; write("format", with_manifest(m))
m = dict(manifest); m["schema_version"] = manifest["schema_version"] + 1; write("newer", with_manifest(m))
m = dict(manifest); m["schema_version"] = 0; write("ancient", with_manifest(m))
write("nomanifest", [(n, d) for n, d in entries if n != "manifest.json"])
# an entry of 20 MB of zeros whose headers say 100 bytes
def shrink(path):
    data = bytearray(open(path, "rb").read())
    name = b"data/zeros.bin"
    for sig, off in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        i = 0
        while True:
            i = data.find(sig, i)
            if i < 0:
                break
            name_len = struct.unpack_from("<H", data, i + (26 if sig == b"PK\x03\x04" else 28))[0]
            start = i + (30 if sig == b"PK\x03\x04" else 46)
            if bytes(data[start:start + name_len]) == name:
                struct.pack_into("<I", data, i + off, 100)
            i += 4
    open(path, "wb").write(bytes(data))
m = dict(manifest); m["files"] = manifest["files"] + [{"path": "data/zeros.bin", "size": 100, "sha256": "0" * 64}]
write("bomb", [(n, d) for n, d in entries if n != "manifest.json"] + [("data/zeros.bin", b"\0" * (20 << 20)), ("manifest.json", json.dumps(m).encode())], shrink)
raw = open(good, "rb").read()
open(out + "/truncated.zip", "wb").write(raw[: len(raw) // 2])
damaged = bytearray(raw)
for i in range(len(raw) // 3, len(raw) // 3 + 64):
    damaged[i] ^= 0x5A
open(out + "/damaged.zip", "wb").write(bytes(damaged))
open(out + "/text.zip", "wb").write(b"not a zip at all\n")
)PY";

QByteArray digest(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

} // namespace

class TestArchiveImport : public QObject
{
    Q_OBJECT

    TestSupport::IsolatedSettings m_settings;
    TestSupport::TempDatabase m_db;
    QTemporaryDir m_dir;
    QString m_good;

private slots:
    void initTestCase()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        QVERIFY(DemoData::generate(*m_db, 20, 4));
        m_good = m_dir.filePath(QStringLiteral("good.zip"));
        const ArchiveExport::Result exported = ArchiveExport::write(*m_db, m_good);
        QVERIFY2(exported.error.isEmpty(), qPrintable(exported.error));
        QProcess python;
        python.start(QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3") : QStringLiteral("python3"),
                     {QStringLiteral("-c"), QString::fromLatin1(kCraft), m_good, m_dir.path()});
        QVERIFY(python.waitForFinished(120000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    }

    void roundTripIsByteIdentical()
    {
        QCOMPARE(ArchiveImport::verify(m_good), QString());
        const QString path = m_dir.filePath(QStringLiteral("restored.sqlite"));
        QString error;
        {
            Database restored;
            QVERIFY(!restored.open(path));
            QVERIFY(ArchiveImport::isEmpty(restored));
            int calls = 0;
            const ArchiveImport::Result result = ArchiveImport::restore(restored, m_good, [&](int, int) { return ++calls > 0; });
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
            QVERIFY(calls > 0);
            qint64 stored = 0;
            for (const QString &table : ArchiveExport::tables(*m_db))
                stored += m_db->scalar(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)).toLongLong();
            QCOMPARE(result.rows, stored);
            QCOMPARE(ChangeLog::headHash(restored), ChangeLog::headHash(*m_db));
            QVERIFY(ChangeLog::verifyChain(restored).isEmpty());
            QVERIFY(ChangeLog::verifyRecords(restored).isEmpty());
            const CheckReport check = DatabaseCheck::run(restored, {});
            const CheckReport original = DatabaseCheck::run(*m_db, {});
            QCOMPARE(check.findings.size(), original.findings.size());   // the same rule findings, nothing more
            // A second restore into it is refused: it holds records now.
            QVERIFY(ArchiveImport::restore(restored, m_good).error.contains(QStringLiteral("already holds records")));
            const QString again = m_dir.filePath(QStringLiteral("again.zip"));
            QVERIFY(ArchiveExport::write(restored, again).error.isEmpty());
            const QMap<QString, QByteArray> first = entriesOf(m_good), second = entriesOf(again, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            int compared = 0;
            for (auto it = first.constBegin(); it != first.constEnd(); ++it) {
                if (!it.key().startsWith(QLatin1String("data/")) && !it.key().startsWith(QLatin1String("csv/")))
                    continue;
                QVERIFY2(second.value(it.key()) == it.value(), qPrintable(it.key()));
                ++compared;
            }
            QCOMPARE(compared, int(ArchiveExport::tables(*m_db).size()) * 2);
        }
    }

    // A bundle from an older version of the program restores: staged at its own schema,
    // upgraded by the migrations, its change log intact. First one the program made at
    // schema version 8 (kept in the fuzz corpus), then one made here at each older schema
    // that has the client register and the change log as they are now.
    void olderSchemaIsUpgraded()
    {
        const QString fromEight = QStringLiteral(CSISMS_FUZZ_DIR "/corpus/bundle/valid-reference-data.zip");
        ArchiveImport::Manifest manifest;
        QCOMPARE(ArchiveImport::verify(fromEight, &manifest), QString());
        QCOMPARE(manifest.schemaVersion, 8);
        {
            TestSupport::TempDatabase target;
            const ArchiveImport::Result result = ArchiveImport::restore(*target, fromEight);
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
            QCOMPARE(target->schemaVersion(), Database::latestSchemaVersion());
            QCOMPARE(ChangeLog::headHash(*target), manifest.headHash);
            QCOMPARE(target->scalar(QStringLiteral("SELECT count(*) FROM change_log")).toLongLong(), manifest.logEntries);
            QVERIFY(ChangeLog::verifyChain(*target).isEmpty());
            QVERIFY(target->scalar(QStringLiteral("SELECT count(*) FROM controls")).toInt() > 0);
            QVERIFY(!target->scalar(QStringLiteral("SELECT 1 FROM pragma_foreign_key_check")).isValid());
            // Nothing of the staging is left beside the database.
            QCOMPARE(QDir(target.dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).filter(
                         QStringLiteral("restore")), QStringList());
            QVERIFY(ArchiveExport::write(*target, m_dir.filePath(QStringLiteral("upgraded.zip"))).error.isEmpty());
            ArchiveImport::Manifest again;
            QCOMPARE(ArchiveImport::verify(m_dir.filePath(QStringLiteral("upgraded.zip")), &again), QString());
            QCOMPARE(again.schemaVersion, Database::latestSchemaVersion());
            QCOMPARE(again.headHash, manifest.headHash);
        }
        for (int version = 3; version < Database::latestSchemaVersion(); ++version) {
            QTemporaryDir dir;
            const QString bundle = dir.filePath(QStringLiteral("old.zip"));
            {
                Database old(QStringLiteral("old-schema"));
                QString error;
                QVERIFY2(old.openUnmigrated(dir.filePath(QStringLiteral("old.sqlite")), &error), qPrintable(error));
                QVERIFY2(old.migrateTo(version, &error), qPrintable(error));
                QCOMPARE(old.schemaVersion(), version);
                old.changeLog().setUserName(QStringLiteral("tester"));
                ClientRepository repository(old);
                Client c;
                c.nameZh = QStringLiteral("旧版本客户%1").arg(version);
                c.creditCode = QStringLiteral("91350100M000100Y43");
                c.sites << ClientSite{0, QStringLiteral("总部"), QStringLiteral("福州市"), 40};
                QVERIFY(repository.save(c).ok);
                QVERIFY(ArchiveExport::write(old, bundle).error.isEmpty());
            }
            ArchiveImport::Manifest m;
            QCOMPARE(ArchiveImport::verify(bundle, &m), QString());
            QCOMPARE(m.schemaVersion, version);
            TestSupport::TempDatabase target;
            const ArchiveImport::Result result = ArchiveImport::restore(*target, bundle);
            QVERIFY2(result.error.isEmpty(), qPrintable(QStringLiteral("schema %1: %2").arg(version).arg(result.error)));
            QCOMPARE(target->scalar(QStringLiteral("SELECT name_zh FROM clients")).toString(), QStringLiteral("旧版本客户%1").arg(version));
            QCOMPARE(target->scalar(QStringLiteral("SELECT count(*) FROM client_sites")).toInt(), 1);
            QCOMPARE(ChangeLog::headHash(*target), m.headHash);
            QVERIFY(ChangeLog::verifyChain(*target).isEmpty());
            QVERIFY(ChangeLog::verifyRecords(*target).isEmpty());
        }
    }

    void badBundlesWriteNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");
        QTest::newRow("cut short") << "truncated" << "not a zip file";
        QTest::newRow("damaged") << "damaged" << "damaged";
        QTest::newRow("not a zip") << "text" << "not a zip";
        QTest::newRow("hash differs") << "hash" << "SHA-256";
        QTest::newRow("../ path") << "escape" << "leaves its folder";
        QTest::newRow("absolute path") << "absolute" << "absolute path";
        QTest::newRow("symlink") << "symlink" << "not a plain file";
        QTest::newRow("zip bomb") << "bomb" << "zip bomb";
        QTest::newRow("duplicate entry") << "duplicate" << "twice";
        QTest::newRow("unlisted file") << "unlisted" << "does not list";
        QTest::newRow("unknown format") << "format" << "other-archive/1";
        QTest::newRow("newer schema") << "newer" << "newer version";
        QTest::newRow("schema never made") << "ancient" << "has ever had";
        QTest::newRow("no manifest") << "nomanifest" << "no manifest";
    }
    void badBundlesWriteNothing()
    {
        QFETCH(QString, name);
        QFETCH(QString, reason);
        const QString bundle = m_dir.filePath(name + QStringLiteral(".zip"));
        QVERIFY(QFile::exists(bundle));
        const QString problem = ArchiveImport::verify(bundle);
        QVERIFY2(!problem.isEmpty(), "accepted");
        QVERIFY2(problem.contains(reason), qPrintable(problem));
        // restore() refuses it too, and the database stays empty.
        TestSupport::TempDatabase target;
        const ArchiveImport::Result result = ArchiveImport::restore(*target, bundle);
        QCOMPARE(result.error, problem);
        QVERIFY(ArchiveImport::isEmpty(*target));
        // Nothing beside it: no file was extracted anywhere.
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("../evil.txt"))));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/evil.txt")));
        // The command line: exit status 1, and the database it would have made is not there.
        QTemporaryDir home;
        const QString db = home.filePath(QStringLiteral("new.sqlite"));
        const ChildProcess::Result r = ChildProcess::run(home.path(), {QStringLiteral("--db"), db, QStringLiteral("import"), bundle});
        QCOMPARE(r.status, 1);
        QVERIFY(!r.err.trimmed().isEmpty());
        QVERIFY(!QFile::exists(db));
    }

    void commandLine()
    {
        QTemporaryDir home;
        const QString db = home.filePath(QStringLiteral("restored.sqlite"));
        ChildProcess::Result r = ChildProcess::run(home.path(), {QStringLiteral("--db"), db, QStringLiteral("import"), m_good});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("the change log verifies")));
        r = ChildProcess::run(home.path(), {QStringLiteral("--db"), db, QStringLiteral("check")});
        QVERIFY2(r.out.contains(QStringLiteral("the chain is intact")) || r.err.contains(QStringLiteral("the chain is intact")),
                 qPrintable(r.out + r.err));
        // Over records: refused (2), the database unchanged.
        const QByteArray before = digest(db);
        r = ChildProcess::run(home.path(), {QStringLiteral("--db"), db, QStringLiteral("import"), m_good});
        QCOMPARE(r.status, 2);
        QCOMPARE(digest(db), before);
        r = ChildProcess::run(home.path(), {QStringLiteral("--db"), db, QStringLiteral("import")});
        QCOMPARE(r.status, 2);
    }
};

QTEST_GUILESS_MAIN(TestArchiveImport)
#include "tst_archiveimport.moc"
