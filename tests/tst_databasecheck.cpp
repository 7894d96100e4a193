// DatabaseCheck (`csisms check`, File → Check database…) on its own: a clean database —
// a hand-made dossier and the demo — reports no error and an intact chain; every kind of
// finding it can report is found after tampering with the file through raw SQL, as the
// sqlite3 tool would: SQLite integrity, foreign keys, the change-log chain (an entry
// altered, removed, inserted, its prev_hash rewritten) and the head this computer saw
// last (the log shortened, or rewritten with fresh hashes), records added, changed or
// deleted behind the log's back, and the rules it includes (GB-32100 credit codes, the
// people rules A-4.2 to A-4.4), each with its severity and the record it names. The
// check opens the file as `csisms check` does (Mode::Read) and never writes it.

#include "checks/databasecheck.h"
#include "db/chainanchor.h"
#include "db/changelog.h"
#include "demo/demodata.h"
#include "domain/displayformat.h"
#include "repositories/auditorrepository.h"
#include "repositories/clientrepository.h"
#include "repositories/referencerepository.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSet>
#include <QTest>

#include <algorithm>

namespace {

using Ids = QHash<QString, qint64>;

// A dossier that satisfies every rule the check includes: a client with a valid credit
// code, a site and a shift, changed once after it was added; an auditor registered,
// confirmed, with a signed impartiality statement and last year's education above the
// minimum (A-4.2 to A-4.4). Returns the ids the tampering refers to.
Ids populate(Database &db)
{
    Ids ids;
    const WriteResult seeded = ReferenceRepository::seedIfEmpty(db);
    if (!seeded)
        qFatal("cannot seed reference data: %s", qPrintable(seeded.message));

    ClientRepository clients(db);
    Client c;
    c.nameZh = QStringLiteral("福州示例云科技有限公司");
    c.nameEn = QStringLiteral("Fuzhou Example Cloud Technology Co., Ltd.");
    c.creditCode = QStringLiteral("91350100M000100Y43");
    c.contact = QStringLiteral("李娜");
    c.sites << ClientSite{0, QStringLiteral("总部"), QStringLiteral("福州市鼓楼区"), 80};
    c.shifts << ClientShift{0, QStringLiteral("白班"), QStringLiteral("08:00–20:00"), 60};
    const WriteResult client = clients.save(c);
    if (!client)
        qFatal("cannot add the client: %s", qPrintable(client.message));
    Client changed = *clients.load(client.id);
    changed.contact = QStringLiteral("林娜");
    if (!clients.save(changed))
        qFatal("cannot change the client");

    const QDate today = QDate::currentDate();
    Auditor a;
    a.nameZh = QStringLiteral("王晓明");
    a.nameEn = QStringLiteral("Wang Xiaoming");
    a.registrationNumber = QStringLiteral("2024-N2CSISMS-1234567");
    a.level = AuditorLevel::Senior;
    a.registrationValidFrom = today.addYears(-2);
    a.registrationValidTo = today.addYears(1);
    a.qualificationConfirmedOn = a.registrationValidFrom.addDays(10);
    a.qualificationConfirmedBy = QStringLiteral("周海燕");
    a.impartialitySignedOn = today.addDays(-30);
    a.competences << AuditorCompetence{0, QStringLiteral("CS-01"), a.qualificationConfirmedOn, QStringLiteral("评价记录")};
    a.education << EducationEntry{0, QDate(today.year() - 1, 3, 10), 12, QStringLiteral("ISO/IEC 27017 解读")}
                << EducationEntry{0, QDate(today.year() - 1, 9, 20), 12, QStringLiteral("数据安全法")};
    const WriteResult auditor = AuditorRepository(db).save(a);
    if (!auditor)
        qFatal("cannot add the auditor: %s", qPrintable(auditor.message));

    ids.insert(QStringLiteral("client"), client.id);
    ids.insert(QStringLiteral("site"), db.scalar(QStringLiteral("SELECT id FROM client_sites")).toLongLong());
    ids.insert(QStringLiteral("shift"), db.scalar(QStringLiteral("SELECT id FROM client_shifts")).toLongLong());
    ids.insert(QStringLiteral("auditor"), auditor.id);
    // The client's first entry (its insert; its update comes later), the ones around it,
    // the head and the id after it.
    const qint64 entry = db.scalar(QStringLiteral("SELECT min(id) FROM change_log WHERE table_name = 'clients'")).toLongLong();
    ids.insert(QStringLiteral("entry"), entry);
    ids.insert(QStringLiteral("prev"), entry - 1);
    ids.insert(QStringLiteral("next"), entry + 1);
    const qint64 head = db.scalar(QStringLiteral("SELECT max(id) FROM change_log")).toLongLong();
    ids.insert(QStringLiteral("head"), head);
    ids.insert(QStringLiteral("new"), head + 1);
    return ids;
}

// "{client}", "{entry}" … replaced by the fixture's ids; "{#head}" by an id as messages
// show it (QLocale).
QString filled(QString text, const Ids &ids)
{
    for (auto it = ids.constBegin(); it != ids.constEnd(); ++it) {
        text.replace(u'{' + it.key() + u'}', QString::number(it.value()));
        text.replace(QStringLiteral("{#") + it.key() + u'}', QLocale().toString(it.value()));
    }
    return text;
}

// A second connection writing directly, as the sqlite3 tool would (foreign keys off, as
// is SQLite's default).
bool behindTheBack(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        raw.setDatabaseName(path);
        ok = raw.open();
        QSqlQuery q(raw);
        for (const QString &sql : statements) {
            if (ok && !q.exec(sql)) {
                qInfo("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    return ok;
}

// Rewrites every entry's user and recomputes the whole chain, as a careful forger would:
// the log verifies as a chain, only the head kept outside the database tells.
bool rewriteChain(const QString &path)
{
    QList<QStringList> entries;   // id, logged_at, table, row, client, action, before, after, origin
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("forger"));
        raw.setDatabaseName(path);
        if (!raw.open())
            return false;
        QSqlQuery q(raw);
        if (!q.exec(QStringLiteral("SELECT id, logged_at, table_name, row_id, client_id, action, before_json, after_json, "
                                   "origin FROM change_log ORDER BY id")))
            return false;
        while (q.next()) {
            QStringList e;
            for (int i = 0; i < 9; ++i)
                e << q.value(i).toString();
            entries << e;
        }
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("forger"));
    QStringList updates;
    QString prev = ChangeLog::genesisHash();
    for (const QStringList &e : std::as_const(entries)) {
        const QString hash = ChangeLog::computeHash(prev, e[1], QStringLiteral("mallory"), e[2], e[3].toLongLong(),
                                                    e[4].toLongLong(), e[5], e[6], e[7], e[8]);
        updates << QStringLiteral("UPDATE change_log SET user_name = 'mallory', prev_hash = '%1', hash = '%2' WHERE id = %3")
                       .arg(prev, hash, e[0]);
        prev = hash;
    }
    return behindTheBack(path, updates);
}

// The database file and its siblings (-wal, -shm, -journal): names, sizes, times, contents.
QStringList filesOf(const QString &dir)
{
    QStringList state;
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden, QDir::Name))
        state << QStringLiteral("%1 %2 %3 %4")
                     .arg(info.fileName())
                     .arg(info.size())
                     .arg(info.lastModified().toMSecsSinceEpoch())
                     .arg(QString::fromLatin1(
                         QCryptographicHash::hash(TestSupport::readFile(info.filePath()), QCryptographicHash::Sha256).toHex()));
    return state;
}

QString shown(const QList<CheckFinding> &findings)
{
    QStringList lines;
    for (const CheckFinding &f : findings)
        lines << QStringLiteral("%1/%2 %3 %4#%5: %6").arg(f.kind, f.rule, f.severity, f.table).arg(f.row).arg(f.message);
    return lines.join(u'\n');
}

// Runs the check as `csisms check` does: its own connection, opened only to read, and
// verifies that the file and its siblings are as they were before.
CheckReport checkReadOnly(const QString &path, const ChainAnchor &anchor = ChainAnchor())
{
    const QString dir = QFileInfo(path).absolutePath();
    const QStringList before = filesOf(dir);
    CheckReport report;
    {
        Database reader(QStringLiteral("check-reader"));
        const DatabaseError error = reader.open(path, Database::Mode::Read);
        if (error) {
            qInfo("cannot open for the check: %s", qPrintable(error.message));
            report.findings << CheckFinding{QStringLiteral("not opened"), {}, QStringLiteral("error"), {}, 0, error.message};
            return report;
        }
        report = DatabaseCheck::run(reader, anchor);
        // While the reader is open SQLite may keep a -shm beside a WAL file; the file
        // itself must not change.
        const QString file = QFileInfo(path).fileName() + u' ';
        auto mainFile = [&](const QStringList &state) {
            const auto it = std::find_if(state.begin(), state.end(), [&](const QString &s) { return s.startsWith(file); });
            return it == state.end() ? QString() : *it;
        };
        if (mainFile(filesOf(dir)) != mainFile(before))
            report.findings << CheckFinding{QStringLiteral("wrote"), {}, QStringLiteral("error"), {}, 0,
                                            QStringLiteral("the file changed while the check ran")};
    }
    const QStringList after = filesOf(dir);
    if (after != before)
        report.findings << CheckFinding{QStringLiteral("wrote"), {}, QStringLiteral("error"), {}, 0,
                                        QStringLiteral("files before: %1; after: %2").arg(before.join(u','), after.join(u','))};
    return report;
}

const QStringList kKinds{QStringLiteral("integrity"), QStringLiteral("foreign_key"), QStringLiteral("change_log"),
                         QStringLiteral("unlogged_change"), QStringLiteral("rule")};

} // namespace

class TestDatabaseCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void cleanDossierChecksClean()
    {
        TestSupport::IsolatedSettings settings;
        TestSupport::TempDatabase db;
        populate(*db);
        const ChainAnchor anchor = ChainAnchor::headOf(*db);
        const qint64 entries = db->scalar(QStringLiteral("SELECT count(*) FROM change_log")).toLongLong();
        const QString head = ChangeLog::headHash(*db);
        db->close();
        const CheckReport report = checkReadOnly(db.path(), anchor);
        QVERIFY2(report.findings.isEmpty(), qPrintable(shown(report.findings)));   // not even a warning
        QCOMPARE(report.errorCount(), 0);
        QCOMPARE(report.warningCount(), 0);
        QVERIFY(report.chainIntact);
        QCOMPARE(report.changeLogEntries, entries);
        QCOMPARE(report.headHash, head);
        QCOMPARE(report.schemaVersion, Database::latestSchemaVersion());
    }

    void demoChecksClean()
    {
        TestSupport::IsolatedSettings settings;
        TestSupport::TempDatabase db;
        const DemoData::Result demo = DemoData::generate(*db, 60, 7);
        QVERIFY2(demo, qPrintable(demo.error));
        const ChainAnchor anchor = ChainAnchor::headOf(*db);
        db->close();
        const CheckReport report = checkReadOnly(db.path(), anchor);
        QVERIFY(report.chainIntact);
        // The demo's people may warn (A-4.x); the errors are the programme violations the
        // demo shows on purpose (a late surveillance, a stage 1 without a shift's reason).
        const QStringList onPurpose{QStringLiteral("P-5.4.1.4-interval"), QStringLiteral("P-5.4.1.4-year"),
                                QStringLiteral("P-5.4.1.5"), QStringLiteral("F-correction"),
                                QStringLiteral("C-suspend-max"), QStringLiteral("C-surveillance-overdue")};
        QSet<QString> errors;
        for (const CheckFinding &f : report.findings) {
            QCOMPARE(f.kind, QStringLiteral("rule"));
            if (f.severity == QLatin1String("error")) {
                QVERIFY2(onPurpose.contains(f.rule), qPrintable(f.message));
                QCOMPARE(f.table, f.rule.startsWith(QLatin1String("P-")) ? QStringLiteral("programmes")
                                  : f.rule.startsWith(QLatin1String("F-")) ? QStringLiteral("audit_findings")
                                                                           : QStringLiteral("certificates"));
                errors.insert(f.rule);
            }
        }
        QVERIFY2(errors.contains(QStringLiteral("P-5.4.1.4-interval")), qPrintable(shown(report.findings)));
    }

    // An archive copy nobody may write can still be checked.
    void checksAReadOnlyFile()
    {
        TestSupport::IsolatedSettings settings;
        TestSupport::TempDatabase db;
        populate(*db);
        db->close();
        QFile file(db.path());
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(QFile::setPermissions(db.dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const CheckReport report = checkReadOnly(db.path());
        QVERIFY(QFile::setPermissions(db.dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        QVERIFY2(report.findings.isEmpty(), qPrintable(shown(report.findings)));
    }

    void findsTampering_data()
    {
        QTest::addColumn<QStringList>("sql");        // run behind the application's back; {ids} filled in
        QTest::addColumn<bool>("rewrite");           // then rewrite the chain with fresh hashes
        QTest::addColumn<bool>("anchored");          // check against the head this computer saw
        QTest::addColumn<QStringList>("kinds");      // every kind of finding expected, sorted
        QTest::addColumn<QString>("kind");           // the finding looked at
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("row");            // {ids} filled in
        QTest::addColumn<QStringList>("names");      // what its message must name
        QTest::addColumn<bool>("intact");

        const QString error = QStringLiteral("error");
        const QString warning = QStringLiteral("warning");
        const QString log = QStringLiteral("change_log");
        const QString unlogged = QStringLiteral("unlogged_change");
        const QString rule = QStringLiteral("rule");
        const QString client = QStringLiteral("Client “福州示例云科技有限公司”");
        const QString auditor = QStringLiteral("王晓明 (Wang Xiaoming)");

        // integrity: an index that no longer matches its table (PRAGMA integrity_check finds
        // it; the quick_check of opening does not).
        QTest::newRow("integrity: index does not match its table")
            << QStringList{QStringLiteral("PRAGMA writable_schema = ON"),
                           QStringLiteral("UPDATE sqlite_master SET sql = 'CREATE INDEX clients_contact ON clients (name_en)' "
                                          "WHERE name = 'clients_contact'"),
                           QStringLiteral("PRAGMA writable_schema = OFF")}
            << false << false << QStringList{QStringLiteral("integrity")} << QStringLiteral("integrity") << QString() << error
            << QString() << QStringLiteral("0") << QStringList{QStringLiteral("damaged"), QStringLiteral("clients_contact")}
            << true;

        // foreign keys: a site of a client that does not exist (also unlogged).
        QTest::newRow("foreign key: site of a missing client")
            << QStringList{QStringLiteral("INSERT INTO client_sites (id, client_id, name) VALUES (77, 999, '无主站点')")}
            << false << false << QStringList{QStringLiteral("foreign_key"), unlogged} << QStringLiteral("foreign_key")
            << QString() << error << QStringLiteral("client_sites") << QStringLiteral("77")
            << QStringList{QStringLiteral("无主站点")} << true;

        // The change-log chain.
        QTest::newRow("change log: entry altered")
            << QStringList{QStringLiteral("UPDATE change_log SET user_name = 'mallory' WHERE id = {entry}")} << false << false
            << QStringList{log} << log << QString() << error << log << QStringLiteral("{entry}")
            << QStringList{QStringLiteral("entry {entry} was altered")} << false;
        QTest::newRow("change log: entry removed")
            << QStringList{QStringLiteral("DELETE FROM change_log WHERE id = {entry}")} << false << false << QStringList{log}
            << log << QString() << error << log << QStringLiteral("{next}")
            << QStringList{QStringLiteral("entry {next} does not follow"), QStringLiteral("removed or inserted")} << false;
        QTest::newRow("change log: prev_hash rewritten")
            << QStringList{QStringLiteral("UPDATE change_log SET prev_hash = '%1' WHERE id = {next}").arg(QString(64, u'a'))}
            << false << false << QStringList{log} << log << QString() << error << log << QStringLiteral("{next}")
            << QStringList{QStringLiteral("entry {next} does not follow")} << false;
        QTest::newRow("change log: entry removed, prev_hash rewritten to hide it")
            << QStringList{QStringLiteral("DELETE FROM change_log WHERE id = {entry}"),
                           QStringLiteral("UPDATE change_log SET prev_hash = (SELECT hash FROM change_log WHERE id = {prev}) "
                                          "WHERE id = {next}")}
            << false << false << QStringList{log} << log << QString() << error << log << QStringLiteral("{next}")
            << QStringList{QStringLiteral("entry {next} was altered")} << false;
        QTest::newRow("change log: entry inserted with a made-up hash")
            << QStringList{QStringLiteral(
                   "INSERT INTO change_log (id, logged_at, user_name, table_name, row_id, client_id, action, before_json, "
                   "after_json, prev_hash, hash) SELECT {new}, '2026-01-01T00:00:00.000Z', 'mallory', table_name, row_id, "
                   "client_id, 'update', after_json, after_json, hash, '%1' FROM change_log WHERE id = {head}")
                               .arg(QString(64, u'f'))}
            << false << false << QStringList{log} << log << QString() << error << log << QStringLiteral("{new}")
            << QStringList{QStringLiteral("entry {new} was altered")} << false;
        // The head this computer saw last (ChainAnchor): a log that verifies as a chain.
        QTest::newRow("change log: shortened at its end")
            << QStringList{QStringLiteral("DELETE FROM change_log WHERE id = {head}")} << false << true
            << QStringList{log, unlogged} << log << QString() << error << log << QStringLiteral("{head}")
            << QStringList{QStringLiteral("shorter")} << false;
        QTest::newRow("change log: rewritten with fresh hashes")
            << QStringList{} << true << true << QStringList{log} << log << QString() << error << log
            << QStringLiteral("{head}")
            << QStringList{QStringLiteral("no longer holds the entry"), QStringLiteral("(entry {#head},")}
            << false;

        // Records changed behind the log's back (the log itself intact).
        QTest::newRow("unlogged: record changed")
            << QStringList{QStringLiteral("UPDATE clients SET headcount = 5 WHERE id = {client}")} << false << false
            << QStringList{unlogged} << unlogged << QString() << error << QStringLiteral("clients") << QStringLiteral("{client}")
            << QStringList{client, QStringLiteral("changed outside"), QStringLiteral("(headcount)")} << true;
        QTest::newRow("unlogged: record added")
            << QStringList{QStringLiteral("INSERT INTO client_sites (id, client_id, name) VALUES (900, {client}, '暗室')")}
            << false << false << QStringList{unlogged} << unlogged << QString() << error << QStringLiteral("client_sites")
            << QStringLiteral("900") << QStringList{QStringLiteral("“暗室”"), QStringLiteral("added outside")} << true;
        QTest::newRow("unlogged: record deleted")
            << QStringList{QStringLiteral("DELETE FROM client_shifts WHERE id = {shift}")} << false << false
            << QStringList{unlogged} << unlogged << QString() << error << QStringLiteral("client_shifts")
            << QStringLiteral("{shift}") << QStringList{QStringLiteral("“白班”"), QStringLiteral("deleted outside")} << true;

        // Rules (also unlogged, since the sqlite3 tool made them).
        QTest::newRow("GB-32100 invalid credit code")
            << QStringList{QStringLiteral("UPDATE clients SET credit_code = '91350100M000100Y44' WHERE id = {client}")} << false
            << false << QStringList{rule, unlogged} << rule << QStringLiteral("GB-32100") << error << QStringLiteral("clients")
            << QStringLiteral("{client}")
            << QStringList{QStringLiteral("91350100M000100Y44"), QStringLiteral("福州示例云科技有限公司")}
            << true;
        QTest::newRow("A-4.2 no registration")
            << QStringList{QStringLiteral("UPDATE auditors SET registration_number = NULL WHERE id = {auditor}")} << false
            << false
            << QStringList{rule, unlogged} << rule << QStringLiteral("A-4.2") << warning << QStringLiteral("auditors")
            << QStringLiteral("{auditor}") << QStringList{auditor, QStringLiteral("no registration")} << true;
        QTest::newRow("A-4.2 registration expired")
            << QStringList{QStringLiteral("UPDATE auditors SET registration_valid_from = '2017-01-01', registration_valid_to = "
                                          "'2020-01-01' WHERE id = {auditor}")}
            << false << false << QStringList{rule, unlogged} << rule << QStringLiteral("A-4.2") << warning
            << QStringLiteral("auditors") << QStringLiteral("{auditor}")
            << QStringList{auditor, QStringLiteral("expired on %1").arg(DisplayFormat::date(QDate(2020, 1, 1)))} << true;
        QTest::newRow("A-4.2 qualification not confirmed")
            << QStringList{QStringLiteral("UPDATE auditors SET qualification_confirmed_on = NULL WHERE id = {auditor}")} << false
            << false << QStringList{rule, unlogged} << rule << QStringLiteral("A-4.2") << warning << QStringLiteral("auditors")
            << QStringLiteral("{auditor}") << QStringList{auditor, QStringLiteral("not confirmed the qualification")} << true;
        QTest::newRow("A-4.3 no impartiality statement")
            << QStringList{QStringLiteral("UPDATE auditors SET impartiality_signed_on = NULL WHERE id = {auditor}")} << false
            << false << QStringList{rule, unlogged} << rule << QStringLiteral("A-4.3") << warning << QStringLiteral("auditors")
            << QStringLiteral("{auditor}") << QStringList{auditor, QStringLiteral("impartiality statement")} << true;
        QTest::newRow("A-4.4 education below the minimum")
            << QStringList{QStringLiteral("UPDATE auditor_education SET hours = 1")} << false << false
            << QStringList{rule, unlogged} << rule << QStringLiteral("A-4.4") << warning << QStringLiteral("auditors")
            << QStringLiteral("{auditor}") << QStringList{auditor, QStringLiteral("2 hours of continuing education")} << true;

        // A part that cannot read what it needs is a finding; the other parts still run. A
        // collation SQLite does not know makes the people rules' query of conflict
        // declarations fail (the opening checks only look at tables and columns).
        QTest::newRow("a part that cannot be checked")
            << QStringList{QStringLiteral("PRAGMA writable_schema = ON"),
                           QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, 'valid_from VARCHAR(10) NOT NULL', "
                                          "'valid_from VARCHAR(10) NOT NULL COLLATE nosuch') WHERE name = 'auditor_conflicts'"),
                           QStringLiteral("PRAGMA writable_schema = OFF")}
            << false << false << QStringList{rule} << rule << QString() << error << QString() << QStringLiteral("0")
            << QStringList{QStringLiteral("could not be checked")} << true;
    }
    void findsTampering()
    {
        QFETCH(QStringList, sql);
        QFETCH(bool, rewrite);
        QFETCH(bool, anchored);
        QFETCH(QStringList, kinds);
        QFETCH(QString, kind);
        QFETCH(QString, rule);
        QFETCH(QString, severity);
        QFETCH(QString, table);
        QFETCH(QString, row);
        QFETCH(QStringList, names);
        QFETCH(bool, intact);

        TestSupport::IsolatedSettings settings;
        TestSupport::TempDatabase db;
        const Ids ids = populate(*db);
        const ChainAnchor anchor = ChainAnchor::headOf(*db);
        db->close();
        QStringList statements;
        for (const QString &s : std::as_const(sql))
            statements << filled(s, ids);
        QVERIFY(behindTheBack(db.path(), statements));
        if (rewrite)
            QVERIFY(rewriteChain(db.path()));

        const CheckReport report = checkReadOnly(db.path(), anchored ? anchor : ChainAnchor());
        const QString all = shown(report.findings);
        QStringList found;
        for (const CheckFinding &f : report.findings) {
            QVERIFY2(kKinds.contains(f.kind), qPrintable(all));   // not "wrote": the file is as it was
            QVERIFY2(f.kind == QLatin1String("rule") || f.severity == QLatin1String("error"), qPrintable(all));
            found << f.kind;
        }
        found.removeDuplicates();
        found.sort();
        QCOMPARE(found, kinds);
        QCOMPARE(report.chainIntact, intact);
        QVERIFY(report.changeLogEntries > 0);   // the chain was read, whatever else failed

        const auto it = std::find_if(report.findings.begin(), report.findings.end(), [&](const CheckFinding &f) {
            return f.kind == kind && f.rule == rule;
        });
        QVERIFY2(it != report.findings.end(), qPrintable(all));
        QCOMPARE(it->severity, severity);
        QCOMPARE(it->table, table);
        QCOMPARE(it->row, filled(row, ids).toLongLong());
        QVERIFY(report.errorCount() > 0);   // every tampering is an error: exit status 1
        bool named = true;
        for (const QString &name : std::as_const(names))
            named = named && it->message.contains(filled(name, ids));
        QVERIFY2(named, qPrintable(it->message));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseCheck)
#include "tst_databasecheck.moc"
