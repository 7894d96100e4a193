// Change log: entries for every write, the hash chain, and finding changes made behind
// the application's back (as with the sqlite3 tool).

#include "checks/databasecheck.h"
#include "db/chainanchor.h"
#include "db/changelog.h"
#include "repositories/clientrepository.h"
#include "testsupport.h"

#include <QSqlQuery>

#include <algorithm>
#include <QRegularExpression>
#include <QTest>

namespace {
Client sampleClient()
{
    Client c;
    c.nameZh = QStringLiteral("福州示例云科技有限公司");
    c.creditCode = QStringLiteral("91350100M000100Y43");
    c.sites << ClientSite{0, QStringLiteral("总部"), QStringLiteral("福州市鼓楼区"), 80};
    c.shifts << ClientShift{0, QStringLiteral("白班"), QStringLiteral("08:00–20:00"), 60};
    return c;
}

// A second connection writing directly, as the sqlite3 tool would.
void behindTheBack(const QString &path, const QString &sql)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(sql));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}
} // namespace

class TestChangeLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void everyWriteIsLogged()
    {
        TestSupport::TempDatabase db;
        ClientRepository repo(*db);
        const WriteResult saved = repo.save(sampleClient());
        QVERIFY(saved);
        QList<ChangeEntry> history = ChangeLog::clientHistory(*db, saved.id);
        QCOMPARE(history.size(), 3);  // client, site, shift
        for (const ChangeEntry &e : history) {
            QCOMPARE(e.action, QStringLiteral("insert"));
            QCOMPARE(e.user, QStringLiteral("tester"));
            QVERIFY(e.before.isEmpty());
            QVERIFY(!e.after.isEmpty());
            QCOMPARE(e.hash.size(), 64);
        }

        Client edited = *repo.load(saved.id);
        edited.contact = QStringLiteral("林娜");
        edited.sites.clear();
        QVERIFY(repo.save(edited));
        history = ChangeLog::clientHistory(*db, saved.id);
        QCOMPARE(history.size(), 5);
        // Newest first: the site deleted, then the client updated.
        QCOMPARE(history.at(0).action, QStringLiteral("delete"));
        QCOMPARE(history.at(0).table, QStringLiteral("client_sites"));
        QCOMPARE(history.at(1).action, QStringLiteral("update"));
        QCOMPARE(history.at(1).changedFields(), QStringList{QStringLiteral("contact")});
        QCOMPARE(history.at(1).before.value(QStringLiteral("contact")).toString(), QString());
        QCOMPARE(history.at(1).after.value(QStringLiteral("contact")).toString(), QStringLiteral("林娜"));

        // Saving without a change writes no entry.
        QVERIFY(repo.save(*repo.load(saved.id)));
        QCOMPARE(ChangeLog::clientHistory(*db, saved.id).size(), 5);

        QVERIFY(ChangeLog::verifyChain(*db).isEmpty());
        QVERIFY(ChangeLog::verifyRecords(*db).isEmpty());
    }

    void failedWriteLeavesNoEntry()
    {
        TestSupport::TempDatabase db;
        ClientRepository repo(*db);
        QVERIFY(repo.save(sampleClient()));
        const int entries = db->scalar(QStringLiteral("SELECT count(*) FROM change_log")).toInt();
        Client duplicate = sampleClient();
        duplicate.nameZh = QStringLiteral("重复");
        const WriteResult result = repo.save(duplicate);
        QVERIFY(!result);
        QCOMPARE(result.problems.first().field, QStringLiteral("credit_code"));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM change_log")).toInt(), entries);
    }

    void chainFindsTampering_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("entry");
        QTest::newRow("entry content altered")
            << QStringLiteral("UPDATE change_log SET user_name = 'mallory' WHERE id = 2") << int(LogFinding::BrokenChain) << qint64(2);
        QTest::newRow("entry removed")
            << QStringLiteral("DELETE FROM change_log WHERE id = 2") << int(LogFinding::BrokenChain) << qint64(3);
        QTest::newRow("after-image altered")
            << QStringLiteral("UPDATE change_log SET after_json = replace(after_json, '80', '8') WHERE id = 2")
            << int(LogFinding::BrokenChain) << qint64(2);
    }
    void chainFindsTampering()
    {
        QFETCH(QString, sql);
        QFETCH(int, kind);
        QFETCH(qint64, entry);
        TestSupport::TempDatabase db;
        QVERIFY(ClientRepository(*db).save(sampleClient()));
        QVERIFY(ChangeLog::verifyChain(*db).isEmpty());
        behindTheBack(db.path(), sql);
        const QList<LogFinding> findings = ChangeLog::verifyChain(*db);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(int(findings.first().kind), kind);
        QCOMPARE(findings.first().entryId, entry);
    }

    void recordsChangedBehindTheBack_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("table");
        QTest::newRow("field changed") << QStringLiteral("UPDATE clients SET headcount = 5") << int(LogFinding::UnloggedChange)
                                       << QStringLiteral("clients");
        QTest::newRow("row added") << QStringLiteral("INSERT INTO client_sites (client_id, name) VALUES (1, '暗室')")
                                   << int(LogFinding::UnloggedInsert) << QStringLiteral("client_sites");
        QTest::newRow("row deleted") << QStringLiteral("DELETE FROM client_shifts") << int(LogFinding::UnloggedDelete)
                                     << QStringLiteral("client_shifts");
    }
    void recordsChangedBehindTheBack()
    {
        QFETCH(QString, sql);
        QFETCH(int, kind);
        QFETCH(QString, table);
        TestSupport::TempDatabase db;
        QVERIFY(ClientRepository(*db).save(sampleClient()));
        behindTheBack(db.path(), sql);
        const QList<LogFinding> findings = ChangeLog::verifyRecords(*db);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(int(findings.first().kind), kind);
        QCOMPARE(findings.first().table, table);
        // ... and the whole check reports it as an error.
        const CheckReport report = DatabaseCheck::run(*db);
        QVERIFY(report.errorCount() >= 1);
        QVERIFY(report.chainIntact);
    }

    void cleanDatabaseChecksClean()
    {
        TestSupport::TempDatabase db;
        QVERIFY(ClientRepository(*db).save(sampleClient()));
        const CheckReport report = DatabaseCheck::run(*db);
        for (const CheckFinding &f : report.findings)
            qWarning() << f.kind << f.message;
        QCOMPARE(report.errorCount(), 0);
        QVERIFY(report.changeLogEntries >= 3);
        QCOMPARE(report.headHash, ChangeLog::headHash(*db));
    }

    // Issue 7: an entry removed and its successor's prev_hash rewritten to hide the gap is
    // still found, because each entry's hash covers the previous hash.
    void removalHiddenByRewrittenPrevHashIsFound()
    {
        TestSupport::TempDatabase db;
        ClientRepository repo(*db);
        for (int i = 0; i < 4; ++i) {
            Client c = sampleClient();
            c.creditCode.clear();
            c.sites.clear();
            c.shifts.clear();
            c.nameZh += QString::number(i);
            QVERIFY(repo.save(c));
        }
        QVERIFY(ChangeLog::verifyChain(*db).isEmpty());
        const QString hashOfSecond = db->scalar(QStringLiteral("SELECT hash FROM change_log WHERE id = 2")).toString();
        behindTheBack(db.path(), QStringLiteral("DELETE FROM change_log WHERE id = 3"));
        behindTheBack(db.path(), QStringLiteral("UPDATE change_log SET prev_hash = '%1' WHERE id = 4").arg(hashOfSecond));
        const QList<LogFinding> findings = ChangeLog::verifyChain(*db);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().entryId, 4);
        QVERIFY2(findings.first().message.contains(QStringLiteral("altered")), qPrintable(findings.first().message));
    }

    void hashCoversEveryPart_data()
    {
        QTest::addColumn<int>("part");
        const char *const names[] = {"previous hash", "time", "user", "table", "row", "client", "action", "before", "after"};
        for (int i = 0; i < 9; ++i)
            QTest::newRow(names[i]) << i;
    }
    void hashCoversEveryPart()
    {
        QFETCH(int, part);
        QStringList parts{ChangeLog::genesisHash(), QStringLiteral("2026-12-01T08:00:00.000Z"), QStringLiteral("李娜"),
                          QStringLiteral("clients"), QStringLiteral("7"), QStringLiteral("7"), QStringLiteral("update"),
                          QStringLiteral("{\"a\":1}"), QStringLiteral("{\"a\":2}")};
        auto hash = [](const QStringList &p) {
            return ChangeLog::computeHash(p[0], p[1], p[2], p[3], p[4].toLongLong(), p[5].toLongLong(), p[6], p[7], p[8]);
        };
        const QString original = hash(parts);
        parts[part] = part == 4 || part == 5 ? QStringLiteral("8") : parts[part] + u'x';
        QVERIFY(hash(parts) != original);
    }

    // Issue 6 (9): after a break the report still counts every entry.
    void countsEveryEntryAfterABreak()
    {
        TestSupport::TempDatabase db;
        ClientRepository repo(*db);
        for (int i = 0; i < 5; ++i) {
            Client c = sampleClient();
            c.creditCode.clear();
            c.nameZh += QString::number(i);
            QVERIFY(repo.save(c));
        }
        const qint64 total = db->scalar(QStringLiteral("SELECT count(*) FROM change_log")).toLongLong();
        behindTheBack(db.path(), QStringLiteral("UPDATE change_log SET user_name = 'mallory' WHERE id = 2"));
        qint64 counted = 0;
        QCOMPARE(ChangeLog::verifyChain(*db, &counted).size(), 1);
        QCOMPARE(counted, total);
        const CheckReport report = DatabaseCheck::run(*db);
        QCOMPARE(report.changeLogEntries, total);
        QVERIFY(!report.chainIntact);
        const auto broken = std::find_if(report.findings.begin(), report.findings.end(),
                                         [](const CheckFinding &f) { return f.kind == QLatin1String("change_log"); });
        QVERIFY(broken != report.findings.end());
        QCOMPARE(broken->table, QStringLiteral("change_log"));
        QCOMPARE(broken->row, 2);
    }

    // Issue 6 (9): a foreign-key finding names the table and the row.
    void foreignKeyFindingNamesTheRow()
    {
        TestSupport::TempDatabase db;
        QVERIFY(ClientRepository(*db).save(sampleClient()));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-fk"));
            raw.setDatabaseName(db.path());
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO client_sites (id, client_id, name) VALUES (77, 999, '无主站点')")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-fk"));
        const CheckReport report = DatabaseCheck::run(*db);
        const auto fk = std::find_if(report.findings.begin(), report.findings.end(),
                                     [](const CheckFinding &f) { return f.kind == QLatin1String("foreign_key"); });
        QVERIFY(fk != report.findings.end());
        QCOMPARE(fk->table, QStringLiteral("client_sites"));
        QCOMPARE(fk->row, 77);
        QVERIFY2(fk->message.contains(QStringLiteral("Site “无主站点”")) && fk->message.contains(QStringLiteral("(Client)")),
                 qPrintable(fk->message));
    }

    // Issue 6 (9): the head this computer saw last is kept outside the database; a log
    // shortened at its end, or rewritten with hashes computed afresh (which verifies as a
    // chain), no longer holds it.
    void anchorFindsATruncatedLog()
    {
        TestSupport::IsolatedSettings settings;
        TestSupport::TempDatabase db;
        ChainAnchor::follow(*db);
        QVERIFY(ClientRepository(*db).save(sampleClient()));
        const ChainAnchor anchor = ChainAnchor::stored(db.path());
        QVERIFY(!anchor.isNull());
        QCOMPARE(anchor.hash, ChangeLog::headHash(*db));
        QVERIFY(anchor.problemWith(*db).isEmpty());
        QCOMPARE(DatabaseCheck::run(*db, anchor).errorCount(), 0);

        // Delete the last entry (the shift's): the chain still verifies...
        behindTheBack(db.path(), QStringLiteral("DELETE FROM change_log WHERE id = (SELECT max(id) FROM change_log)"));
        QVERIFY(ChangeLog::verifyChain(*db).isEmpty());
        // ... but the anchor is gone from it.
        const QString problem = anchor.problemWith(*db);
        QVERIFY2(problem.contains(QStringLiteral("shorter")), qPrintable(problem));
        const CheckReport report = DatabaseCheck::run(*db, ChainAnchor::stored(db.path()));
        QVERIFY(!report.chainIntact);
        QVERIFY(std::any_of(report.findings.begin(), report.findings.end(), [&](const CheckFinding &f) {
            return f.kind == QLatin1String("change_log") && f.message == problem;
        }));
    }

    void anchorFindsARewrittenLog()
    {
        TestSupport::IsolatedSettings settings;
        TestSupport::TempDatabase db;
        ChainAnchor::follow(*db);
        QVERIFY(ClientRepository(*db).save(sampleClient()));
        const ChainAnchor anchor = ChainAnchor::stored(db.path());
        // Rewrite every entry's user and recompute the whole chain, as a careful forger would.
        QList<ChangeEntry> entries;
        {
            QSqlQuery q = db->exec(QStringLiteral("SELECT id, logged_at, table_name, row_id, client_id, action, "
                                                  "before_json, after_json FROM change_log ORDER BY id"));
            while (q.next()) {
                ChangeEntry e;
                e.id = q.value(0).toLongLong();
                e.loggedAt = q.value(1).toString();
                e.table = q.value(2).toString();
                e.rowId = q.value(3).toLongLong();
                e.clientId = q.value(4).toLongLong();
                e.action = q.value(5).toString();
                e.prevHash = q.value(6).toString();   // before_json, kept as text
                e.hash = q.value(7).toString();       // after_json, kept as text
                entries << e;
            }
        }
        QString prev = ChangeLog::genesisHash();
        for (const ChangeEntry &e : std::as_const(entries)) {
            const QString hash = ChangeLog::computeHash(prev, e.loggedAt, QStringLiteral("mallory"), e.table, e.rowId,
                                                        e.clientId, e.action, e.prevHash, e.hash);
            behindTheBack(db.path(), QStringLiteral("UPDATE change_log SET user_name = 'mallory', prev_hash = '%1', "
                                                    "hash = '%2' WHERE id = %3").arg(prev, hash).arg(e.id));
            prev = hash;
        }
        QVERIFY(ChangeLog::verifyChain(*db).isEmpty());   // the forgery verifies as a chain
        const QString problem = anchor.problemWith(*db);
        QVERIFY2(problem.contains(QStringLiteral("no longer holds")), qPrintable(problem));
    }

    // Writes through a connection that follows the anchor keep it at the head; a new file
    // starts with no anchor.
    void anchorFollowsWrites()
    {
        TestSupport::IsolatedSettings settings;
        TestSupport::TempDatabase db;
        ChainAnchor::follow(*db);
        ClientRepository repo(*db);
        QVERIFY(repo.save(sampleClient()));
        const ChainAnchor first = ChainAnchor::stored(db.path());
        Client other = sampleClient();
        other.creditCode.clear();
        other.nameZh = QStringLiteral("另一家公司");
        QVERIFY(repo.save(other));
        const ChainAnchor second = ChainAnchor::stored(db.path());
        QVERIFY(second.entryId > first.entryId);
        QCOMPARE(second.entries, db->scalar(QStringLiteral("SELECT count(*) FROM change_log")).toLongLong());
        ChainAnchor::forget(db.path());
        QVERIFY(ChainAnchor::stored(db.path()).isNull());
    }
};

QTEST_GUILESS_MAIN(TestChangeLog)
#include "tst_changelog.moc"
