// RowWriter: every row write of every repository, logged with its before and after image;
// sync of sub-record rows; putting a row back to a logged image (what undo uses), refusing
// tables and columns that are not the program's.

#include "db/changelog.h"
#include "repositories/rowwriter.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

namespace {
qint64 entries(Database &db) { return db.scalar(QStringLiteral("SELECT count(*) FROM change_log")).toLongLong(); }
const QStringList kClient{QStringLiteral("name_zh"), QStringLiteral("contact")};
const QStringList kSite{QStringLiteral("name"), QStringLiteral("address")};
} // namespace

class TestRowWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void insertUpdateRemoveAreLogged()
    {
        TestSupport::TempDatabase db;
        Transaction t(*db);
        const qint64 id = RowWriter::insert(*db, QStringLiteral("clients"), kClient, {QStringLiteral("甲"), QStringLiteral("李")},
                                            RowWriter::OwnId);
        QCOMPARE(entries(*db), 1);
        QVERIFY(!RowWriter::update(*db, QStringLiteral("clients"), id, kClient, {QStringLiteral("甲"), QStringLiteral("李")}, id));
        QCOMPARE(entries(*db), 1);   // nothing changed, nothing logged
        QVERIFY(RowWriter::update(*db, QStringLiteral("clients"), id, kClient, {QStringLiteral("甲"), QStringLiteral("王")}, id));
        RowWriter::remove(*db, QStringLiteral("clients"), id, id);
        RowWriter::remove(*db, QStringLiteral("clients"), id, id);   // gone already: nothing more
        t.commit();
        const QList<ChangeEntry> log = ChangeLog::history(*db, QStringLiteral("clients"), id);
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(0).action, QStringLiteral("delete"));
        QCOMPARE(log.at(1).changedFields(), QStringList{QStringLiteral("contact")});
        QCOMPARE(log.at(2).clientId, id);   // a client is its own dossier
        QVERIFY(ChangeLog::verifyChain(*db).isEmpty());
    }

    void syncDeletesUpdatesAndInserts()
    {
        TestSupport::TempDatabase db;
        Transaction t(*db);
        const qint64 client = RowWriter::insert(*db, QStringLiteral("clients"), kClient, {QStringLiteral("甲"), QStringLiteral("")}, RowWriter::OwnId);
        const QString table = QStringLiteral("client_sites");
        const QString parent = QStringLiteral("client_id");
        RowWriter::sync(*db, table, parent, client, kSite,
                        {{0, {QStringLiteral("总部"), QStringLiteral("福州")}}, {0, {QStringLiteral("机房"), QStringLiteral("")}}}, {}, client);
        QList<RowWriter::Row> stored;
        QSqlQuery q = db->exec(QStringLiteral("SELECT id, name, address FROM client_sites ORDER BY id"));
        while (q.next())
            stored << RowWriter::Row{q.value(0).toLongLong(), {q.value(1), q.value(2)}};
        QCOMPARE(stored.size(), 2);
        const qint64 before = entries(*db);
        // Keep the first (changed), drop the second, add one that asks for a free id back.
        RowWriter::sync(*db, table, parent, client, kSite,
                        {{stored[0].id, {QStringLiteral("总部"), QStringLiteral("福州鼓楼")}}, {77, {QStringLiteral("新址"), QStringLiteral("")}}},
                        stored, client);
        QCOMPARE(entries(*db), before + 3);
        QCOMPARE(db->scalar(QStringLiteral("SELECT address FROM client_sites WHERE id = ?"), {stored[0].id}).toString(),
                 QStringLiteral("福州鼓楼"));
        QVERIFY(!db->scalar(QStringLiteral("SELECT 1 FROM client_sites WHERE id = ?"), {stored[1].id}).isValid());
        QCOMPARE(db->scalar(QStringLiteral("SELECT name FROM client_sites WHERE id = 77")).toString(), QStringLiteral("新址"));
        t.commit();
    }

    void restorePutsARowBack()
    {
        TestSupport::TempDatabase db;
        Transaction t(*db);
        const qint64 id = RowWriter::insert(*db, QStringLiteral("clients"), kClient, {QStringLiteral("甲"), QStringLiteral("李")},
                                            RowWriter::OwnId);
        const QJsonObject image = ChangeLog::snapshot(*db, QStringLiteral("clients"), id);
        RowWriter::remove(*db, QStringLiteral("clients"), id, id);
        RowWriter::restore(*db, QStringLiteral("clients"), id, image, id);   // inserted with its id
        QCOMPARE(ChangeLog::snapshot(*db, QStringLiteral("clients"), id), image);
        QJsonObject changed = image;
        changed.insert(QStringLiteral("contact"), QStringLiteral("王"));
        RowWriter::restore(*db, QStringLiteral("clients"), id, changed, id);   // updated
        QCOMPARE(db->scalar(QStringLiteral("SELECT contact FROM clients WHERE id = ?"), {id}).toString(), QStringLiteral("王"));
        RowWriter::restore(*db, QStringLiteral("clients"), id, {}, id);        // deleted
        QVERIFY(ChangeLog::snapshot(*db, QStringLiteral("clients"), id).isEmpty());

        bool refused = false;
        try {
            RowWriter::restore(*db, QStringLiteral("change_log"), 1, image, 0);
        } catch (const SqlError &) {
            refused = true;
        }
        QVERIFY(refused);   // not a record table
        refused = false;
        QJsonObject forged = image;
        forged.insert(QStringLiteral("name_zh = 'x' --"), 1);
        try {
            RowWriter::restore(*db, QStringLiteral("clients"), id, forged, id);
        } catch (const SqlError &e) {
            refused = e.kind() == SqlError::Schema;
        }
        QVERIFY(refused);   // not a column of the table
        t.commit();
        QVERIFY(ChangeLog::verifyChain(*db).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRowWriter)
#include "tst_rowwriter.moc"
