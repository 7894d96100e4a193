// Dossier exchange between an office database and a reviewer's laptop: one client's
// dossier exported (only that client's records, the auditors and users they refer to,
// its change-log entries), imported into a laptop that does not have the client (all
// added), worked on on both sides, and brought back: record by record what differs, the
// user's choice applied both ways (take the bundle's, keep this database's), new records
// added, nothing else changed, the other side's log entries kept and verifiable, and the
// next exchange finding the same records again. Bad dossiers write nothing.

#include "childprocess.h"
#include "testsupport.h"

#include "archive/archiveexport.h"
#include "archive/archiveimport.h"
#include "archive/dossiermerge.h"
#include "archive/dossierschema.h"
#include "archive/zipreader.h"
#include "checks/databasecheck.h"
#include "db/changelog.h"
#include "demo/demodata.h"
#include "repositories/rowwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

namespace {

QMap<QString, QByteArray> entriesOf(const QString &path)
{
    QMap<QString, QByteArray> entries;
    ZipReader zip(path);
    zip.forEach([&](const ZipReader::Entry &e, const ZipReader::ReadPiece &piece) {
        QByteArray bytes;
        for (QByteArray data = piece(); !data.isEmpty(); data = piece())
            bytes += data;
        entries.insert(e.path, bytes);
        return true;
    });
    return entries;
}

QJsonArray rowsOf(const QMap<QString, QByteArray> &entries, const QString &table)
{
    return QJsonDocument::fromJson(entries.value(QStringLiteral("data/%1.json").arg(table))).object().value(QStringLiteral("rows")).toArray();
}

// A logged change of one field, as an editor would write it.
void setField(Database &db, const QString &table, qint64 id, const QString &column, const QVariant &value, qint64 clientId)
{
    Transaction t(db);
    QVERIFY(RowWriter::update(db, table, id, {column}, {value}, clientId));
    t.commit();
}

// The rows of the client's dossier per table (counts), as the schema defines the dossier.
QMap<QString, qint64> dossierCounts(const Database &db, qint64 clientId)
{
    QMap<QString, qint64> counts;
    const DossierSchema schema = DossierSchema::of(db);
    for (const QString &table : schema.tables())
        if (table != QLatin1String("record_links") && table != QLatin1String("dossier_merges")
            && table != QLatin1String("peer_log_entries"))
            counts.insert(table, db.scalar(QStringLiteral("SELECT count(*) FROM \"%1\" WHERE id IN (%2)")
                                               .arg(table, schema.ownedIds(table, clientId)))
                                     .toLongLong());
    return counts;
}

int errorsOf(const Database &db)
{
    int errors = 0;
    for (const CheckFinding &f : DatabaseCheck::run(db, {}).findings)
        if (f.severity == QLatin1String("error") && !(f.kind == QLatin1String("rule") && TestSupport::isDemoContent(f.rule))) {
            qWarning("%s", qPrintable(f.message));
            ++errors;
        }
    return errors;
}

int indexOf(const DossierMerge::Plan &plan, const QString &table, qint64 localId)
{
    for (int i = 0; i < plan.records.size(); ++i)
        if (plan.records.at(i).table == table && plan.records.at(i).localId == localId)
            return i;
    return -1;
}

} // namespace

class TestDossierMerge : public QObject
{
    Q_OBJECT

    TestSupport::IsolatedSettings m_settings;
    QTemporaryDir m_dir;
    qint64 m_client = 0;   // a demo client with audits

    // An office database with the demo's dossiers.
    std::unique_ptr<TestSupport::TempDatabase> office()
    {
        auto db = std::make_unique<TestSupport::TempDatabase>();
        if (!DemoData::generate(**db, 12, 3))
            qFatal("no demo");
        return db;
    }

    QString exportDossier(Database &db, qint64 client, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const ArchiveExport::Result r = ArchiveExport::write(db, path, {}, client);
        if (!r.error.isEmpty())
            qFatal("%s", qPrintable(r.error));
        return path;
    }

private slots:
    void initTestCase()
    {
        auto db = office();
        m_client = (*db)->scalar(QStringLiteral("SELECT p.client_id FROM programmes p JOIN audits a ON a.programme_id = p.id "
                                                "JOIN audit_team t ON t.audit_id = a.id GROUP BY p.client_id "
                                                "ORDER BY count(*) DESC, p.client_id LIMIT 1"))
                       .toLongLong();
        QVERIFY(m_client > 0);
    }

    void dossierHoldsOnlyTheClient()
    {
        auto db = office();
        const QString bundle = exportDossier(**db, m_client, QStringLiteral("only.zip"));
        ArchiveImport::Manifest manifest;
        QCOMPARE(ArchiveImport::verify(bundle, &manifest), QString());
        QCOMPARE(manifest.scope, QStringLiteral("client"));
        QCOMPARE(manifest.databaseId, ChangeLog::databaseId(**db));
        QVERIFY(!manifest.databaseId.isEmpty());
        const auto entries = entriesOf(bundle);
        const QJsonArray clients = rowsOf(entries, QStringLiteral("clients"));
        QCOMPARE(clients.size(), 1);
        QCOMPARE(clients.at(0).toArray().at(0).toInteger(), m_client);
        for (const QJsonValue &row : rowsOf(entries, QStringLiteral("applications")))
            QCOMPARE(row.toArray().at(1).toInteger(), m_client);
        const QJsonArray log = rowsOf(entries, QStringLiteral("change_log"));
        QCOMPARE(qint64(log.size()),
                 (*db)->scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE client_id = ?"), {m_client}).toLongLong());
        for (const QJsonValue &row : log)
            QCOMPARE(row.toArray().at(5).toInteger(), m_client);
        // The auditors of its audits, and no others; no reference tables, no other client.
        const qint64 auditors = (*db)->scalar(QStringLiteral("SELECT count(DISTINCT t.auditor_id) FROM audit_team t JOIN audits a ON "
                                                             "a.id = t.audit_id JOIN programmes p ON p.id = a.programme_id "
                                                             "WHERE p.client_id = ?"),
                                              {m_client})
                                    .toLongLong();
        QVERIFY(auditors > 0);
        QVERIFY(rowsOf(entries, QStringLiteral("auditors")).size() >= auditors);
        QVERIFY(rowsOf(entries, QStringLiteral("auditors")).size()
                < (*db)->scalar(QStringLiteral("SELECT count(*) FROM auditors")).toLongLong());
        QVERIFY(!entries.contains(QStringLiteral("data/rule_parameters.json")));
        QVERIFY(!entries.contains(QStringLiteral("data/body_settings.json")));
        QVERIFY(entries.contains(QStringLiteral("csv/audits.csv")));
        // A dossier is not a whole database, and the other way round.
        TestSupport::TempDatabase empty;
        QVERIFY(ArchiveImport::restore(*empty, bundle).error.contains(QStringLiteral("one client's dossier")));
        const QString whole = m_dir.filePath(QStringLiteral("whole.zip"));
        QVERIFY(ArchiveExport::write(**db, whole).error.isEmpty());
        QVERIFY(DossierMerge::plan(*empty, whole).error.contains(QStringLiteral("whole database")));
    }

    // The office sends the dossier to a laptop, both sides work on it, and the laptop's
    // work comes back; the differing records are taken from the bundle (take) or kept.
    void roundTrip_data()
    {
        QTest::addColumn<bool>("take");
        QTest::newRow("take the laptop's") << true;
        QTest::newRow("keep the office's") << false;
    }

    void roundTrip()
    {
        QFETCH(bool, take);
        auto officeDb = office();
        Database &o = **officeDb;
        const QMap<QString, qint64> before = dossierCounts(o, m_client);

        // Onto a laptop that has never seen the client (its own database, other ids).
        TestSupport::TempDatabase laptopDb;
        Database &l = *laptopDb;
        QVERIFY(DemoData::generate(l, 3, 9));
        const QString out = exportDossier(o, m_client, QStringLiteral("out.zip"));
        DossierMerge::Plan plan = DossierMerge::plan(l, out);
        QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
        QCOMPARE(plan.localClientId, 0);
        QCOMPARE(plan.differing(), 0);
        QVERIFY(plan.peerEntries > 0);
        DossierMerge::Result result = DossierMerge::apply(l, plan, {});
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        const qint64 onLaptop = result.clientId;
        QVERIFY(onLaptop > 0);
        QCOMPARE(dossierCounts(l, onLaptop), before);
        QCOMPARE(errorsOf(l), 0);
        QCOMPARE(l.scalar(QStringLiteral("SELECT count(*) FROM peer_log_entries")).toInt(), plan.peerEntries);

        // The laptop's work: the client's phone, an audit's notes, a new site.
        const qint64 auditHere = l.scalar(QStringLiteral("SELECT min(a.id) FROM audits a JOIN programmes p ON p.id = a.programme_id "
                                                         "WHERE p.client_id = ?"),
                                          {onLaptop})
                                     .toLongLong();
        setField(l, QStringLiteral("clients"), onLaptop, QStringLiteral("phone"), QStringLiteral("0591-1111111"), onLaptop);
        setField(l, QStringLiteral("audits"), auditHere, QStringLiteral("notes"), QStringLiteral("笔记本上的审核记录"), onLaptop);
        {
            Transaction t(l);
            RowWriter::insert(l, QStringLiteral("client_sites"), {QStringLiteral("client_id"), QStringLiteral("name")},
                              {onLaptop, QStringLiteral("新增场所")}, onLaptop);
            t.commit();
        }
        // Meanwhile at the office: the same phone otherwise, and an application's notes.
        setField(o, QStringLiteral("clients"), m_client, QStringLiteral("phone"), QStringLiteral("0591-2222222"), m_client);
        const qint64 application = o.scalar(QStringLiteral("SELECT min(id) FROM applications WHERE client_id = ?"), {m_client}).toLongLong();
        setField(o, QStringLiteral("applications"), application, QStringLiteral("notes"), QStringLiteral("办公室补充"), m_client);
        const qint64 auditOffice = o.scalar(QStringLiteral("SELECT min(a.id) FROM audits a JOIN programmes p ON p.id = a.programme_id "
                                                           "WHERE p.client_id = ?"),
                                            {m_client})
                                       .toLongLong();
        const QString auditNotes = o.scalar(QStringLiteral("SELECT notes FROM audits WHERE id = ?"), {auditOffice}).toString();
        const qint64 otherClients = o.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE client_id <> ?"), {m_client}).toLongLong();

        // Back to the office: record by record.
        const QString back = exportDossier(l, onLaptop, QStringLiteral("back.zip"));
        plan = DossierMerge::plan(o, back);
        QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
        QCOMPARE(plan.localClientId, m_client);
        QCOMPARE(plan.added(), 1);   // the site
        const auto addedRecord = std::find_if(plan.records.begin(), plan.records.end(), [](const DossierMerge::Record &r) {
            return r.kind == DossierMerge::Record::Added;
        });
        QCOMPARE(addedRecord->table, QStringLiteral("client_sites"));
        const int client = indexOf(plan, QStringLiteral("clients"), m_client);
        const int audit = indexOf(plan, QStringLiteral("audits"), auditOffice);
        const int app = indexOf(plan, QStringLiteral("applications"), application);
        QVERIFY(client >= 0 && audit >= 0 && app >= 0);
        QCOMPARE(plan.differing(), 3);
        QCOMPARE(plan.records.at(client).differences.size(), 1);
        QCOMPARE(plan.records.at(client).differences.at(0).column, QStringLiteral("phone"));
        QCOMPARE(plan.records.at(client).differences.at(0).here.toString(), QStringLiteral("0591-2222222"));
        QCOMPARE(plan.records.at(client).differences.at(0).bundle.toString(), QStringLiteral("0591-1111111"));
        QVERIFY(!plan.records.at(client).hereChanged.isEmpty());
        QVERIFY(!plan.records.at(client).bundleChanged.isEmpty());
        QCOMPARE(plan.records.at(app).differences.at(0).here.toString(), QStringLiteral("办公室补充"));
        QVERIFY(plan.same > 10);
        const QString head = ChangeLog::headHash(o);
        // Nothing has been written by looking.
        QCOMPARE(ChangeLog::headHash(o), head);

        const QSet<int> chosen = take ? QSet<int>{client, audit} : QSet<int>{};
        result = DossierMerge::apply(o, plan, chosen);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.clientId, m_client);
        QCOMPARE(result.added, 1);
        QCOMPARE(result.taken, take ? 2 : 0);
        QCOMPARE(result.kept, take ? 1 : 3);
        QCOMPARE(o.scalar(QStringLiteral("SELECT phone FROM clients WHERE id = ?"), {m_client}).toString(),
                 take ? QStringLiteral("0591-1111111") : QStringLiteral("0591-2222222"));
        QCOMPARE(o.scalar(QStringLiteral("SELECT notes FROM audits WHERE id = ?"), {auditOffice}).toString(),
                 take ? QStringLiteral("笔记本上的审核记录") : auditNotes);
        QCOMPARE(o.scalar(QStringLiteral("SELECT notes FROM applications WHERE id = ?"), {application}).toString(),
                 QStringLiteral("办公室补充"));   // only here changed after the exchange: never overwritten unasked
        QMap<QString, qint64> expected = before;
        expected[QStringLiteral("client_sites")] += 1;
        QCOMPARE(dossierCounts(o, m_client), expected);
        // No other client was touched; the writes are logged as a merge; both logs verify.
        QCOMPARE(o.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE client_id <> ?"), {m_client}).toLongLong(), otherClients);
        QVERIFY(o.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE origin = 'merge'")).toInt() >= 1 + (take ? 2 : 0));
        QCOMPARE(o.scalar(QStringLiteral("SELECT count(*) FROM dossier_merges WHERE client_id = ?"), {m_client}).toInt(), 1);
        QCOMPARE(o.scalar(QStringLiteral("SELECT count(*) FROM peer_log_entries")).toInt(), result.peerEntries);
        QVERIFY(result.peerEntries >= 3);   // at least the laptop's three changes
        QCOMPARE(errorsOf(o), 0);

        // The next exchange finds the same records: nothing new either way.
        const QString again = exportDossier(o, m_client, QStringLiteral("again.zip"));
        plan = DossierMerge::plan(l, again);
        QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
        QCOMPARE(plan.localClientId, onLaptop);
        QCOMPARE(plan.added(), 0);
        QCOMPARE(plan.differing(), take ? 1 : 3);   // the application (and the kept office values)
        result = DossierMerge::apply(l, plan, {0, 1, 2});
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.added, 0);
        QCOMPARE(dossierCounts(l, onLaptop), expected);
        QCOMPARE(errorsOf(l), 0);
        const QString last = exportDossier(l, onLaptop, QStringLiteral("last.zip"));
        plan = DossierMerge::plan(o, last);
        QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
        QCOMPARE(plan.added(), 0);
        QCOMPARE(plan.differing(), 0);
    }

    // Tampering with a peer entry kept by a merge is found by `check`.
    // Two databases that registered the same client on their own (no exchange between them
    // yet): the client is found by its credit code, the application by its number, and the
    // records with no natural key (its sites, documents, scope classes …) by equal values,
    // so nothing is added twice.
    void independentCopiesMatchByValues()
    {
        TestSupport::TempDatabase a, b;
        QVERIFY(DemoData::generate(*a, 3, 7));
        QVERIFY(DemoData::generate(*b, 3, 7));
        QVERIFY(ChangeLog::databaseId(*a) != ChangeLog::databaseId(*b));
        QTemporaryDir dir;
        const QString bundle = dir.filePath(QStringLiteral("a.zip"));
        QVERIFY(ArchiveExport::write(*a, bundle, {}, 1).error.isEmpty());
        const DossierMerge::Plan plan = DossierMerge::plan(*b, bundle);
        QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
        QCOMPARE(plan.localClientId, qint64(1));
        QCOMPARE(plan.added(), 0);
        QCOMPARE(plan.differing(), 0);
        QCOMPARE(plan.localOnly, 0);
        QVERIFY(plan.same > 5);
    }

    void keptEntriesVerify()
    {
        auto officeDb = office();
        TestSupport::TempDatabase laptop;
        const DossierMerge::Plan plan = DossierMerge::plan(*laptop, exportDossier(**officeDb, m_client, QStringLiteral("t.zip")));
        QVERIFY(DossierMerge::apply(*laptop, plan, {}).error.isEmpty());
        QVERIFY(ChangeLog::verifyPeerEntries(*laptop).isEmpty());
        laptop->exec(QStringLiteral("UPDATE peer_log_entries SET user_name = 'someone else' WHERE id = 2"));
        QCOMPARE(ChangeLog::verifyPeerEntries(*laptop).size(), 1);   // the entry no longer matches its hash
        laptop->exec(QStringLiteral("DELETE FROM peer_log_entries WHERE id = 2"));
        QCOMPARE(ChangeLog::verifyPeerEntries(*laptop).size(), 1);   // its merge's count and digest
        QCOMPARE(ChangeLog::verifyPeerEntries(*laptop).at(0).table, QStringLiteral("dossier_merges"));
    }

    void badDossiersWriteNothing()
    {
        auto officeDb = office();
        Database &o = **officeDb;
        // A laptop adds an application with a number another client of the office uses.
        TestSupport::TempDatabase laptop;
        DossierMerge::Plan plan = DossierMerge::plan(*laptop, exportDossier(o, m_client, QStringLiteral("b.zip")));
        const DossierMerge::Result r = DossierMerge::apply(*laptop, plan, {});
        QVERIFY(r.error.isEmpty());
        const QString taken = o.scalar(QStringLiteral("SELECT number FROM applications WHERE client_id <> ? ORDER BY id LIMIT 1"),
                                       {m_client})
                                  .toString();
        // The laptop does not have that client, so the number is free there.
        {
            Transaction t(*laptop);
            RowWriter::insert(*laptop, QStringLiteral("applications"),
                              {QStringLiteral("client_id"), QStringLiteral("number"), QStringLiteral("application_type"),
                               QStringLiteral("received_on")},
                              {r.clientId, taken, QStringLiteral("recertification"), QStringLiteral("2026-11-30")}, r.clientId);
            t.commit();
        }
        const QString back = exportDossier(*laptop, r.clientId, QStringLiteral("clash.zip"));
        const QString head = ChangeLog::headHash(o);
        plan = DossierMerge::plan(o, back);
        QVERIFY2(plan.error.contains(QStringLiteral("another client")), qPrintable(plan.error));
        QVERIFY(DossierMerge::apply(o, plan, {}).error.size() > 0);
        QCOMPARE(ChangeLog::headHash(o), head);

        // A log entry changed inside the bundle (its hashes in the manifest made to fit).
        const QString tampered = m_dir.filePath(QStringLiteral("tampered.zip"));
        QProcess python;
        python.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"), QStringLiteral(R"PY(
import hashlib, json, sys, zipfile
src = zipfile.ZipFile(sys.argv[1]); items = {n: src.read(n) for n in src.namelist()}
log = json.loads(items["data/change_log.json"]); log["rows"][0][2] = "mallory"
items["data/change_log.json"] = json.dumps(log).encode()
m = json.loads(items["manifest.json"])
for f in m["files"]:
    if f["path"] == "data/change_log.json":
        f["size"] = len(items[f["path"]]); f["sha256"] = hashlib.sha256(items[f["path"]]).hexdigest()
items["manifest.json"] = json.dumps(m).encode()
with zipfile.ZipFile(sys.argv[2], "w") as z:
    for n, d in items.items(): z.writestr(n, d)
)PY"),
                      back, tampered});
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        QCOMPARE(ArchiveImport::verify(tampered), QString());   // a well-made bundle …
        plan = DossierMerge::plan(o, tampered);
        QVERIFY2(plan.error.contains(QStringLiteral("does not match its hash")), qPrintable(plan.error));   // … whose log lies
        QCOMPARE(ChangeLog::headHash(o), head);

        // The database changed between looking and applying.
        plan = DossierMerge::plan(o, exportDossier(o, m_client, QStringLiteral("late.zip")));
        QVERIFY(plan.error.isEmpty());
        setField(o, QStringLiteral("clients"), m_client, QStringLiteral("notes"), QStringLiteral("meanwhile"), m_client);
        QVERIFY(DossierMerge::apply(o, plan, {}).error.contains(QStringLiteral("changed after")));
    }

    void commandLine()
    {
        auto officeDb = office();
        Database &o = **officeDb;
        QTemporaryDir home;
        const QString laptop = m_dir.filePath(QStringLiteral("cli-laptop.sqlite"));
        const QString bundle = m_dir.filePath(QStringLiteral("cli.zip"));
        ChildProcess::Result r = ChildProcess::run(home.path(), {QStringLiteral("--db"), o.path(), QStringLiteral("export"),
                                                                 QStringLiteral("--out"), bundle, QStringLiteral("--client"),
                                                                 QString::number(m_client)});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        r = ChildProcess::run(home.path(), {QStringLiteral("--db"), o.path(), QStringLiteral("export"), QStringLiteral("--out"),
                                            m_dir.filePath(QStringLiteral("none.zip")), QStringLiteral("--client"), QStringLiteral("99999")});
        QCOMPARE(r.status, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.zip"))));
        r = ChildProcess::run(home.path(), {QStringLiteral("--db"), laptop, QStringLiteral("import"), bundle});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("a client new here"));
        // Change the laptop's copy, then bring the office's back: a difference, no choice given.
        QString head;
        {
            Database l;
            QVERIFY(!l.open(laptop));
            const qint64 id = l.scalar(QStringLiteral("SELECT max(id) FROM clients")).toLongLong();
            setField(l, QStringLiteral("clients"), id, QStringLiteral("contact"), QStringLiteral("笔记本联系人"), id);
            head = ChangeLog::headHash(l);
        }
        r = ChildProcess::run(home.path(), {QStringLiteral("--db"), laptop, QStringLiteral("import"), bundle});
        QCOMPARE(r.status, 1);
        {
            Database l;
            QVERIFY(!l.open(laptop));
            QCOMPARE(ChangeLog::headHash(l), head);   // nothing written
        }
        QVERIFY2(r.out.contains("笔记本联系人"), qPrintable(r.out));
        QVERIFY(r.err.contains("--take"));
        r = ChildProcess::run(home.path(), {QStringLiteral("--db"), laptop, QStringLiteral("import"), bundle, QStringLiteral("--take"),
                                            QStringLiteral("mine")});
        QCOMPARE(r.status, 2);
        r = ChildProcess::run(home.path(), {QStringLiteral("--db"), laptop, QStringLiteral("import"), bundle, QStringLiteral("--take"),
                                            QStringLiteral("bundle")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        {
            Database l;
            QVERIFY(!l.open(laptop));
            QCOMPARE(l.scalar(QStringLiteral("SELECT contact FROM clients WHERE id = (SELECT max(id) FROM clients)")).toString(),
                     o.scalar(QStringLiteral("SELECT contact FROM clients WHERE id = ?"), {m_client}).toString());
        }
        r = ChildProcess::run(home.path(), {QStringLiteral("--db"), laptop, QStringLiteral("check")});
        QVERIFY2(!r.out.contains("change_log") && !r.err.contains("change_log"), qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TestDossierMerge)
#include "tst_dossiermerge.moc"
