// ClientListModel's pages after the first, read by the worker thread (issue 7): the
// placeholder and the arrival, idAt at once, stale answers dropped, failed reads shown as
// such, rows deleted meanwhile, the model tester while pages arrive, destruction while a
// page is read, and a database in memory read at once.

#include "clientlistfixture.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTest>
#include <QThread>

using namespace ClientListFixture;

class TestClientListPages : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void failedReadIsShownAsSuch();
    void farPageArrivesLater();
    void idAtReadsAtOnce();
    void staleAnswersAreDropped();
    void rowsDeletedMeanwhileAreShownAsGone();
    void underModelTesterWhilePagesArrive();
    void destroyedWhileReading();
    void databaseInMemoryIsReadAtOnce();

private:
    static constexpr int kClients = 450;  // three pages
    static constexpr int kMany = 3000;    // fifteen pages
    std::unique_ptr<TestSupport::TempDatabase> m_db;
};

void TestClientListPages::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_db = manyClients(kClients);
}

void TestClientListPages::cleanup()
{
    m_db.reset();
}

// Issue 7: rows that cannot be read say so, rather than showing as blank clients, and the
// failure is reported once a page (not for every row painted): the first page, read at
// once, and a later one, read by the worker.
void TestClientListPages::failedReadIsShownAsSuch()
{
    ClientListModel model;
    model.setDatabase(m_db->db.get());
    QSignalSpy failed(&model, &ClientListModel::loadFailed);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.rowCount() > ClientListModel::PageSize);
    // The table goes away behind the model's back (a damaged file, a tool): no page can be read.
    (*m_db)->exec(QStringLiteral("ALTER TABLE clients RENAME TO clients_gone"));

    const QModelIndex first = model.index(1, ClientListModel::NameZh);
    QCOMPARE(first.data().toString(), QStringLiteral("⚠ could not be read"));
    QCOMPARE(failed.count(), 1);

    const QModelIndex row = model.index(ClientListModel::PageSize + 1, ClientListModel::NameZh);
    QCOMPARE(row.data().toString(), kLoading);
    QTRY_COMPARE(row.data().toString(), QStringLiteral("⚠ could not be read"));
    QVERIFY(row.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("This row could not be read")));
    QCOMPARE(row.data(Qt::ForegroundRole).value<QColor>(), QColor(0xb0, 0x00, 0x20));
    QCOMPARE(model.index(ClientListModel::PageSize + 2, ClientListModel::Phone).data().toString(), QString());
    QCOMPARE(model.idAt(ClientListModel::PageSize + 1), 0);
    QCOMPARE(failed.count(), 2);
    QCOMPARE(changed.count(), 1);   // the failed page's rows, shown again
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), ClientListModel::PageSize);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2 * ClientListModel::PageSize - 1);
    QTest::qWait(50);
    QCOMPARE(failed.count(), 2);    // not asked again

    (*m_db)->exec(QStringLiteral("ALTER TABLE clients_gone RENAME TO clients"));
    model.refresh();
    const QString expected = ClientRepository(**m_db).page(model.query(), ClientListModel::PageSize + 1, 1).value(0).nameZh;
    QVERIFY(!expected.isEmpty());
    QTRY_COMPARE(model.index(ClientListModel::PageSize + 1, ClientListModel::NameZh).data().toString(), expected);
    QCOMPARE(model.index(1, ClientListModel::NameZh).data().toString(),
             ClientRepository(**m_db).page(model.query(), 1, 1).value(0).nameZh);
}

// A row on a far page shows a placeholder at once (data() never waits for the page) and its
// client when the worker's page arrives, announced by dataChanged for exactly that page's rows.
void TestClientListPages::farPageArrivesLater()
{
    const auto many = manyClients(kMany);
    ClientListModel model;
    model.setDatabase(many->db.get());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const int row = 2345;
    const int page = row / ClientListModel::PageSize;
    QVERIFY(model.rowCount() > (page + 1) * ClientListModel::PageSize);

    const QModelIndex name = model.index(row, ClientListModel::NameZh);
    QCOMPARE(name.data().toString(), kLoading);
    QVERIFY(model.isLoading(row));
    QCOMPARE(name.data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::gray));
    QVERIFY(!name.data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!name.data(ClientListModel::IdRole).isValid());
    for (int column = ClientListModel::NameEn; column < ClientListModel::ColumnCount; ++column)
        QVERIFY(!model.index(row, column).data().isValid());
    QCOMPARE(model.cachedRowCount(), 0);   // nothing read on this thread
    QVERIFY(changed.isEmpty());

    QTRY_COMPARE(changed.count(), 1);
    const QModelIndex topLeft = changed.at(0).at(0).toModelIndex();
    const QModelIndex bottomRight = changed.at(0).at(1).toModelIndex();
    QCOMPARE(topLeft, model.index(page * ClientListModel::PageSize, 0));
    QCOMPARE(bottomRight, model.index((page + 1) * ClientListModel::PageSize - 1, ClientListModel::ColumnCount - 1));
    QVERIFY(!model.isLoading(row));
    QCOMPARE(model.cachedRowCount(), ClientListModel::PageSize);

    const ClientListRow expected = ClientRepository(**many).page(model.query(), row, 1).value(0);
    QVERIFY(expected.id > 0);
    QCOMPARE(name.data().toString(), expected.nameZh);
    QCOMPARE(name.data(ClientListModel::IdRole).toLongLong(), expected.id);
    QCOMPARE(model.index(row, ClientListModel::Phone).data().toString(), expected.phone);
    QVERIFY(!name.data(Qt::ForegroundRole).isValid());
    QTest::qWait(50);
    QCOMPARE(changed.count(), 1);   // asked for once
}

// idAt needs the id now: it reads the row's page at once, even while the worker reads it; the
// worker's answer, arriving later, is dropped (no second dataChanged).
void TestClientListPages::idAtReadsAtOnce()
{
    const auto many = manyClients(kMany);
    ClientListModel model;
    model.setDatabase(many->db.get());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const int row = 2 * ClientListModel::PageSize + 17;
    QCOMPARE(model.index(row, ClientListModel::NameZh).data().toString(), kLoading);
    const qint64 id = model.idAt(row);
    QCOMPARE(id, ClientRepository(**many).page(model.query(), row, 1).value(0).id);
    QVERIFY(!model.isLoading(row));
    QCOMPARE(model.index(row, ClientListModel::NameZh).data(ClientListModel::IdRole).toLongLong(), id);
    QCOMPARE(model.rowOf(id), row);
    // A page nobody asked the worker for yet, too.
    QVERIFY(model.idAt(kMany / 2) > 0);
    QTest::qWait(300);
    QVERIFY(changed.isEmpty());
}

// An answer for the query before a filter change or a refresh never lands in the new list,
// even for the same page number.
void TestClientListPages::staleAnswersAreDropped()
{
    const auto many = manyClients(kMany);
    ClientListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(many->db.get());
    const int row = 5 * ClientListModel::PageSize + 3;

    // Filter: the old page 5 holds clients of both contacts, the new one only 李娜's.
    QCOMPARE(model.index(row, ClientListModel::NameZh).data().toString(), kLoading);
    QThread::msleep(300);   // the worker reads and posts its answer meanwhile; not delivered yet
    model.setFilter(QStringLiteral("李娜"));
    QVERIFY(model.rowCount() > row);
    QVERIFY(waitForRows(model, 5 * ClientListModel::PageSize, 6 * ClientListModel::PageSize - 1));
    const QList<ClientListRow> filtered = ClientRepository(**many).page(model.query(), 5 * ClientListModel::PageSize,
                                                                        ClientListModel::PageSize);
    QCOMPARE(filtered.size(), ClientListModel::PageSize);
    for (int i = 0; i < filtered.size(); ++i) {
        const QModelIndex index = model.index(5 * ClientListModel::PageSize + i, ClientListModel::Contact);
        QCOMPARE(index.data().toString(), QStringLiteral("李娜"));
        QCOMPARE(index.data(ClientListModel::IdRole).toLongLong(), filtered.at(i).id);
    }

    // Refresh after a write that moves every row down by one.
    model.setFilter(QString());
    QCOMPARE(model.index(row, ClientListModel::NameZh).data().toString(), kLoading);
    QThread::msleep(300);
    Client first = makeClient(kMany + 1);
    first.nameZh = QStringLiteral("一号云");   // sorts before the others (一 is the first CJK character)
    first.archived = false;
    QVERIFY(ClientRepository(**many).save(first).ok);
    model.refresh();
    QVERIFY(waitForRows(model, row, row));
    const qint64 expected = ClientRepository(**many).page(model.query(), row, 1).value(0).id;
    QCOMPARE(model.index(row, ClientListModel::NameZh).data(ClientListModel::IdRole).toLongLong(), expected);
}

// Another program deletes clients after the list was counted: the page comes back short, and
// its missing rows say they are gone (not blank rows, not a crash); the user is told once.
void TestClientListPages::rowsDeletedMeanwhileAreShownAsGone()
{
    const auto many = manyClients(kMany);
    ClientListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(many->db.get());
    QSignalSpy failed(&model, &ClientListModel::loadFailed);
    const int count = model.rowCount();
    // More than a page goes: the last page comes back empty, the one before it short.
    constexpr int kGone = ClientListModel::PageSize + 30;
    const QList<ClientListRow> tail = ClientRepository(**many).page(model.query(), count - kGone, kGone);
    QCOMPARE(tail.size(), kGone);
    {
        Database other;   // another program, on the same file
        QVERIFY(!other.open(many->path(), Database::Mode::Write));
        Transaction transaction(other);
        for (const ClientListRow &client : tail)
            other.exec(QStringLiteral("DELETE FROM clients WHERE id = ?"), {client.id});
        transaction.commit();
    }
    const QModelIndex gone = model.index(count - 1, ClientListModel::NameZh);
    QCOMPARE(gone.data().toString(), kLoading);
    QTRY_COMPARE(gone.data().toString(), QStringLiteral("⚠ no longer there"));
    QCOMPARE(gone.data(Qt::ForegroundRole).value<QColor>(), QColor(0xb0, 0x00, 0x20));
    QVERIFY(!gone.data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!model.index(count - 1, ClientListModel::Phone).data().isValid());
    QCOMPARE(model.idAt(count - 1), 0);
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("changed since it was read")));

    // Read on this thread (idAt), a short page says so too, and the user is not told twice.
    const int lastLeft = count - kGone - 1;
    QCOMPARE(model.idAt(lastLeft + 1), 0);
    QCOMPARE(model.index(lastLeft + 1, ClientListModel::NameZh).data().toString(), QStringLiteral("⚠ no longer there"));
    QCOMPARE(model.idAt(lastLeft), ClientRepository(**many).page(model.query(), lastLeft, 1).value(0).id);
    QVERIFY(model.idAt(lastLeft) > 0);
    QCOMPARE(failed.count(), 1);

    model.refresh();
    QCOMPARE(model.rowCount(), count - kGone);
    QVERIFY(waitForRows(model, model.rowCount() - 1, model.rowCount() - 1));
    QCOMPARE(model.index(model.rowCount() - 1, ClientListModel::NameZh).data().toString(),
             ClientRepository(**many).page(model.query(), model.rowCount() - 1, 1).value(0).nameZh);
}

// The tester checks every signal while pages arrive across filter, sort and archived changes.
void TestClientListPages::underModelTesterWhilePagesArrive()
{
    const auto many = manyClients(kMany);
    ClientListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDatabase(many->db.get());
    auto touch = [&model](std::initializer_list<int> pages) {
        for (const int page : pages)
            if (page * ClientListModel::PageSize < model.rowCount())
                model.index(page * ClientListModel::PageSize + 1, ClientListModel::NameZh).data();
    };
    touch({3, 7, 11, 13});
    QTRY_VERIFY(!changed.isEmpty());
    touch({2, 5, 9});
    model.setFilter(QStringLiteral("李娜"));
    touch({1, 4, 6});
    model.sort(ClientListModel::Headcount, Qt::DescendingOrder);
    touch({2, 3, 5, 6, 7});
    model.retranslate();
    QVERIFY(waitForRows(model, 0, model.rowCount() - 1));
    model.setShowArchived(true);
    model.setFilter(QString());
    touch({8, 9, 10, 11, 12, 13, 14});   // more than the worker keeps waiting
    QVERIFY(waitForRows(model, 0, model.rowCount() - 1));
    for (int row = 0; row < model.rowCount(); row += 97)
        QVERIFY(model.index(row, ClientListModel::NameZh).data(ClientListModel::IdRole).toLongLong() > 0);
}

// Destroying the model, or taking its database away, while the worker reads: no crash, no
// warning, no answer delivered to what is gone, and the worker's connection closed at once.
void TestClientListPages::destroyedWhileReading()
{
    auto many = manyClients(kMany);
    auto openConnections = [] {
        const QStringList names = QSqlDatabase::connectionNames();
        return QSet<QString>(names.cbegin(), names.cend());
    };
    const QSet<QString> connections = openConnections();
    for (const bool posted : {false, true}) {
        auto model = std::make_unique<ClientListModel>();
        model->setDatabase(many->db.get());
        for (int page = 3; page < 10; ++page)
            model->index(page * ClientListModel::PageSize, ClientListModel::NameZh).data();
        if (posted)
            QThread::msleep(300);   // answers posted to the worker's object, not delivered yet
        // else: destroyed while the worker opens its connection or reads the first page
    }
    QCOMPARE(openConnections(), connections);
    QTest::qWait(300);   // whatever was posted is not delivered

    ClientListModel model;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDatabase(many->db.get());
    QVERIFY(waitForRows(model, 3 * ClientListModel::PageSize, 3 * ClientListModel::PageSize));
    QVERIFY(openConnections().size() > connections.size());   // the worker's own
    changed.clear();
    for (int page = 4; page < 10; ++page)
        model.index(page * ClientListModel::PageSize, ClientListModel::NameZh).data();
    model.setDatabase(nullptr);
    QCOMPARE(openConnections(), connections);   // the worker's is gone already
    many.reset();   // the database closes and its folder goes
    QTest::qWait(300);
    QVERIFY(changed.isEmpty());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.index(0, 0).data(), QVariant());

    // Another database instead: its pages, not the old one's.
    model.setDatabase(m_db->db.get());
    QVERIFY(waitForRows(model, ClientListModel::PageSize, ClientListModel::PageSize));
    QCOMPARE(model.idAt(ClientListModel::PageSize),
             ClientRepository(**m_db).page(model.query(), ClientListModel::PageSize, 1).value(0).id);
}

// A database in memory cannot be read by a second connection: its pages are read at once.
void TestClientListPages::databaseInMemoryIsReadAtOnce()
{
    Database memory;
    QString error;
    QVERIFY2(memory.openInMemory(&error), qPrintable(error));
    QVERIFY2(memory.migrateTo(Database::latestSchemaVersion(), &error), qPrintable(error));
    {
        Transaction transaction(memory);
        ClientRepository repository(memory);
        for (int n = 1; n <= kClients; ++n)
            repository.insertUnchecked(makeClient(n));
        transaction.commit();
    }
    ClientListModel model;
    model.setDatabase(&memory);
    const QModelIndex far = model.index(2 * ClientListModel::PageSize + 1, ClientListModel::NameZh);
    QCOMPARE(far.data().toString(), ClientRepository(memory).page(model.query(), far.row(), 1).value(0).nameZh);
    QVERIFY(!model.isLoading(far.row()));
}

QTEST_GUILESS_MAIN(TestClientListPages)
#include "tst_clientlistpages.moc"
