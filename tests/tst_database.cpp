// Database: pragmas, refusing bad files without touching them, transactions, backup, migrations.

#include "db/database.h"
#include "i18n/language.h"
#include "repositories/clientrepository.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

namespace {

// Bytes and modification time: "left exactly as it was".
struct FileState
{
    QByteArray hash;
    QDateTime modified;
    bool operator==(const FileState &) const = default;
};
FileState stateOf(const QString &path)
{
    return {QCryptographicHash::hash(TestSupport::readFile(path), QCryptographicHash::Sha256),
            QFileInfo(path).lastModified()};
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

Client sampleClient(const QString &name = QStringLiteral("福州示例云科技有限公司"),
                    const QString &code = QStringLiteral("91350100M000100Y43"))
{
    Client c;
    c.nameZh = name;
    c.creditCode = code;
    c.headcount = 120;
    return c;
}

// Makes a database at schema version `version` with the real migration runner, as an
// older program would have left it: in WAL mode, without the application mark (which came
// with issue 6), and with one client.
void makeDatabaseAtVersion(const QString &path, int version)
{
    {
        Database memory;
        QString error;
        QVERIFY2(memory.openInMemory(&error), qPrintable(error));
        QVERIFY2(memory.migrateTo(version, &error), qPrintable(error));
        QCOMPARE(memory.schemaVersion(), version);
        QVERIFY2(memory.backupTo(path, &error), qPrintable(error));
    }
    const QString name = QStringLiteral("old-%1").arg(version);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = 0")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        if (version >= 1)
            QVERIFY(q.exec(QStringLiteral("INSERT INTO clients (id, name_zh) VALUES (7, '旧版本客户')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        QStandardPaths::setTestModeEnabled(true);
    }

    void createsWithRecordPragmas()
    {
        TestSupport::TempDatabase db;
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 2);  // FULL
        QVERIFY(db->scalar(QStringLiteral("PRAGMA busy_timeout")).toInt() > 0);
        QVERIFY(db->connectionName() != QSqlDatabase::defaultConnection);
        QVERIFY(!QSqlDatabase::contains(QSqlDatabase::defaultConnection));
    }

    void refusesBadFilesUntouched_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<int>("expected");
        QTest::newRow("text file") << QByteArray("text") << int(DatabaseError::NotADatabase);
        QTest::newRow("damaged") << QByteArray("damaged") << int(DatabaseError::Damaged);
        QTest::newRow("truncated") << QByteArray("truncated") << int(DatabaseError::Damaged);
        QTest::newRow("newer schema") << QByteArray("newer") << int(DatabaseError::NewerSchema);
        QTest::newRow("read-only") << QByteArray("readonly") << int(DatabaseError::ReadOnly);
    }
    void refusesBadFilesUntouched()
    {
        QFETCH(QByteArray, kind);
        QFETCH(int, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("file.sqlite"));
        if (kind == "text") {
            writeFile(path, "name,credit_code\n示例,91350100M000100Y43\n");
        } else {
            {
                Database db;
                QVERIFY(!db.open(path));
                ClientRepository repo(db);
                for (int i = 0; i < 200; ++i) {
                    Client c = sampleClient(QStringLiteral("客户%1").arg(i), QString());
                    c.notes = QString(200, u'x');
                    QVERIFY(repo.save(c));
                }
                db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                if (kind == "newer")
                    db.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1));
            }
            QByteArray bytes = TestSupport::readFile(path);
            if (kind == "damaged") {
                // Garble the b-tree page headers of the pages after the schema page.
                for (int page = 1; (page + 1) * 4096 <= bytes.size(); ++page)
                    for (int i = 0; i < 12; ++i)
                        bytes[page * 4096 + i] = char(0xA5);
                writeFile(path, bytes);
            } else if (kind == "truncated") {
                writeFile(path, bytes.left(bytes.size() / 2));
            } else if (kind == "readonly") {
                QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
            }
        }
        const FileState before = stateOf(path);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
        QTest::qWait(20);
        Database db;
        const DatabaseError error = db.open(path);
        QCOMPARE(int(error.kind), expected);
        QVERIFY(!error.message.isEmpty());
        QVERIFY2(error.message.contains(QFileInfo(path).fileName()), qPrintable(error.message));
        QVERIFY(!db.isOpen());
        QCOMPARE(stateOf(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);  // no -wal, -shm or copies
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void errorMessagesFollowTheLanguage()
    {
        // The message is produced through tr(); its English text says what to do.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        writeFile(path, "hello");
        Database db;
        const DatabaseError error = db.open(path);
        QVERIFY(error.message.contains(QStringLiteral("not a SQLite database")));
        QVERIFY(error.message.contains(QStringLiteral("Nothing was changed")));
    }

    void errorMessagesInChinese()
    {
        LanguageManager language;
        QVERIFY(language.setLanguage(QStringLiteral("zh_CN")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        writeFile(path, "hello");
        Database db;
        const DatabaseError error = db.open(path);
        QCOMPARE(int(error.kind), int(DatabaseError::NotADatabase));
        QVERIFY2(error.message.contains(QStringLiteral("不是 SQLite 数据库")), qPrintable(error.message));
        QVERIFY(error.message.contains(QStringLiteral("未做任何更改")));
        language.setLanguage(QStringLiteral("en"));
    }

    void transactionRollsBackUnlessCommitted()
    {
        TestSupport::TempDatabase db;
        {
            Transaction t(*db);
            db->exec(QStringLiteral("INSERT INTO clients (name_zh) VALUES ('甲')"));
        }
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM clients")).toInt(), 0);
        QCOMPARE(db->transactionDepth(), 0);
        {
            Transaction outer(*db);
            db->exec(QStringLiteral("INSERT INTO clients (name_zh) VALUES ('乙')"));
            {
                Transaction inner(*db);
                db->exec(QStringLiteral("INSERT INTO clients (name_zh) VALUES ('丙')"));
            }  // inner rolled back to its savepoint
            outer.commit();
        }
        QCOMPARE(db->scalar(QStringLiteral("SELECT group_concat(name_zh) FROM clients")).toString(), QStringLiteral("乙"));
    }

    void failedStatementThrowsAndLeavesNothing()
    {
        TestSupport::TempDatabase db;
        bool thrown = false;
        try {
            Transaction t(*db);
            db->exec(QStringLiteral("INSERT INTO clients (name_zh) VALUES ('丁')"));
            db->exec(QStringLiteral("INSERT INTO client_sites (client_id, name) VALUES (999, 'x')"));  // FK fails
            t.commit();
        } catch (const SqlError &) {
            thrown = true;
        }
        QVERIFY(thrown);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM clients")).toInt(), 0);
    }

    void scanReadsWhatTheDriverReads()
    {
        TestSupport::TempDatabase db;
        db->exec(QStringLiteral("INSERT INTO clients (name_zh, name_en) VALUES ('甲云科技', ''), ('乙', 'B Ltd')"));
        QList<std::tuple<qint64, QString, bool>> rows;
        db->scan(QStringLiteral("SELECT id, name_zh, name_en = '', '2026-02-28', 'x', NULL FROM clients "
                                "WHERE id >= ? AND name_zh <> ? ORDER BY id"),
                 {1, QStringLiteral("丙")}, [&](const Database::Row &row) {
                     rows.append({row.integer(0), row.text(1), row.integer(2) == 1});
                     QCOMPARE(row.date(3), QDate(2026, 2, 28));
                     QVERIFY(!row.date(4).isValid());   // not a date
                     QVERIFY(!row.date(5).isValid());   // NULL
                     QVERIFY(row.utf8(5).isEmpty());
                 });
        QCOMPARE(rows.size(), 2);
        QCOMPARE(std::get<1>(rows.at(0)), QStringLiteral("甲云科技"));
        QVERIFY(std::get<2>(rows.at(0)));
        QVERIFY(!std::get<2>(rows.at(1)));
        // A bound date and a null; a bad statement and a callback's exception leave no
        // statement behind (the connection still closes and writes).
        int n = 0;
        db->scan(QStringLiteral("SELECT ? = '2026-03-01', ? IS NULL"), {QDate(2026, 3, 1), QVariant()},
                 [&](const Database::Row &row) { n = int(row.integer(0) + row.integer(1)); });
        QCOMPARE(n, 2);
        bool thrown = false;
        try {
            db->scan(QStringLiteral("SELECT missing FROM nowhere"), {}, [](const Database::Row &) {});
        } catch (const SqlError &e) {
            thrown = e.kind() == SqlError::Schema;
        }
        QVERIFY(thrown);
        thrown = false;
        try {
            db->scan(QStringLiteral("SELECT id FROM clients"), {}, [](const Database::Row &) { throw std::runtime_error("stop"); });
        } catch (const std::runtime_error &) {
            thrown = true;
        }
        QVERIFY(thrown);
        db->exec(QStringLiteral("INSERT INTO clients (name_zh) VALUES ('丁')"));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM clients")).toInt(), 3);
    }

    void backupWhileOpenIsConsistent()
    {
        TestSupport::TempDatabase db;
        ClientRepository repo(*db);
        QVERIFY(repo.save(sampleClient()));
        // An open write transaction on another connection must not make the copy inconsistent.
        const QString target = db.dir.filePath(QStringLiteral("copy.sqlite"));
        QString error;
        QVERIFY2(db->backupTo(target, &error), qPrintable(error));
        QVERIFY(!QFile::exists(target + QStringLiteral(".partial")));
        Database copy;
        QVERIFY(!copy.openExisting(target));
        QCOMPARE(ClientRepository(copy).totalCount(), 1);
        QVERIFY(copy.integrityProblems().isEmpty());
        QVERIFY(!db->backupTo(db->path(), &error));  // never over the open database
    }

    void upgradesEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 0; v < Database::latestSchemaVersion(); ++v)
            QTest::addRow("from version %d", v) << v;
    }
    void upgradesEveryEarlierVersion()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        makeDatabaseAtVersion(path, version);
        Database db;
        const DatabaseError error = db.open(path);
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(db.integrityProblems().isEmpty());
        QVERIFY(db.foreignKeyProblems().isEmpty());
        if (version >= 1) {
            QCOMPARE(db.scalar(QStringLiteral("SELECT name_zh FROM clients WHERE id = 7")).toString(), QStringLiteral("旧版本客户"));
            // The file as it was before the upgrade is kept next to it.
            const QStringList copies = QDir(dir.path()).entryList({QStringLiteral("old.sqlite.schema%1-*.bak").arg(version)});
            QCOMPARE(copies.size(), 1);
        }
        // Writing still works on the upgraded file.
        QVERIFY(ClientRepository(db).save(sampleClient()));
    }

    // The splitter cuts at semicolons only outside string literals, quoted names and
    // comments.
    void splitsStatementsAtTheRightSemicolons_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("plain") << QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y);")
                               << QStringList{QStringLiteral("CREATE TABLE a (x)"), QStringLiteral("CREATE TABLE b (y)")};
        QTest::newRow("semicolon in a string") << QStringLiteral("INSERT INTO a VALUES ('x; y'); SELECT 1")
                                               << QStringList{QStringLiteral("INSERT INTO a VALUES ('x; y')"), QStringLiteral("SELECT 1")};
        QTest::newRow("doubled quote in a string") << QStringLiteral("INSERT INTO a VALUES ('it''s; fine'); SELECT 2")
                                                   << QStringList{QStringLiteral("INSERT INTO a VALUES ('it''s; fine')"), QStringLiteral("SELECT 2")};
        QTest::newRow("semicolon in a quoted name") << QStringLiteral("CREATE TABLE \"a;b\" (x); SELECT 3")
                                                    << QStringList{QStringLiteral("CREATE TABLE \"a;b\" (x)"), QStringLiteral("SELECT 3")};
        QTest::newRow("semicolon in a line comment") << QStringLiteral("-- first; second\nSELECT 4; -- trailing; note\nSELECT 5")
                                                     << QStringList{QStringLiteral("SELECT 4"), QStringLiteral("SELECT 5")};
        QTest::newRow("semicolon in a block comment") << QStringLiteral("/* a; b */ SELECT 6; SELECT /* ; */ 7")
                                                      << QStringList{QStringLiteral("SELECT 6"), QStringLiteral("SELECT 7")};
        QTest::newRow("dash inside a string") << QStringLiteral("INSERT INTO a VALUES ('--; not a comment'); SELECT 8")
                                              << QStringList{QStringLiteral("INSERT INTO a VALUES ('--; not a comment')"), QStringLiteral("SELECT 8")};
    }
    void splitsStatementsAtTheRightSemicolons()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, statements);
        QStringList split = Database::splitStatements(script);
        for (QString &statement : split)
            statement = statement.simplified();
        QCOMPARE(split, statements);
    }

    // A migration written that way applies through the real runner.
    void migrationWithSemicolonsInLiteralsApplies()
    {
        Database db;
        QString error;
        QVERIFY(db.openInMemory(&error));
        Transaction t(db);
        for (const QString &statement : Database::splitStatements(QStringLiteral(
                 "CREATE TABLE notes (text TEXT); -- a comment; with a semicolon\n"
                 "INSERT INTO notes VALUES ('one; two'); /* block; comment */ INSERT INTO notes VALUES ('it''s; three');")))
            db.exec(statement);
        t.commit();
        QCOMPARE(db.scalar(QStringLiteral("SELECT group_concat(text, '|') FROM notes")).toString(),
                 QStringLiteral("one; two|it's; three"));
    }

    void splitsMigrationScripts()
    {
        // Every shipped migration applies cleanly to a fresh database (done by open) and the
        // version is the highest script number.
        TestSupport::TempDatabase db;
        QDirIterator it(QStringLiteral(":/migrations"));
        int highest = 0;
        while (it.hasNext())
            highest = std::max(highest, QFileInfo(it.next()).fileName().left(4).toInt());
        QCOMPARE(db->schemaVersion(), highest);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
