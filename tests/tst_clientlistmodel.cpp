// ClientListModel: lazy paging, filter, archived toggle, sorting, refresh, id/row
// mapping and lazy header translation, under QAbstractItemModelTester throughout; pages
// after the first read by the worker thread (placeholder, arrival, stale answers, failures,
// rows deleted meanwhile, destruction while a page is read).

#include "testsupport.h"

#include "db/database.h"
#include "domain/creditcode.h"
#include "itemmodels/clientlistmodel.h"
#include "repositories/clientrepository.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTest>
#include <QThread>
#include <QTranslator>

namespace {

// A valid credit code that differs for every n.
QString creditCode(int n)
{
    const QString first17 = QStringLiteral("91350100M%1").arg(n, 8, 10, QLatin1Char('0'));
    return first17 + CreditCode::checkCharacter(first17);
}

Client makeClient(int n)
{
    Client c;
    c.nameZh = QStringLiteral("测试云科技有限公司%1").arg(n, 4, 10, QLatin1Char('0'));
    c.nameEn = QStringLiteral("Test Cloud %1 Ltd").arg(n, 4, 10, QLatin1Char('0'));
    c.creditCode = creditCode(n);
    c.contact = n % 2 ? QStringLiteral("李娜") : QStringLiteral("王伟");
    c.phone = QStringLiteral("0591-8765%1").arg(n, 4, 10, QLatin1Char('0'));
    if (n % 7)
        c.headcount = (n * 37) % 1000;
    c.archived = n % 10 == 0;
    return c;
}

// The placeholder of a row the worker has not delivered yet.
const QString kLoading = QStringLiteral("Loading…");

// A database of `count` clients (makeClient(1..count)), for the pages deep in a register.
std::unique_ptr<TestSupport::TempDatabase> manyClients(int count)
{
    auto db = std::make_unique<TestSupport::TempDatabase>();
    Transaction transaction(**db);
    ClientRepository repository(**db);
    for (int n = 1; n <= count; ++n)
        repository.insertUnchecked(makeClient(n));
    transaction.commit();
    return db;
}

// Asks for the rows first..last and waits until the worker delivered them all. Asking goes on
// while waiting: a page dropped from the worker's queue (more pages asked for than it keeps
// waiting) is asked for again, as a view does when it paints the rows.
bool waitForRows(const ClientListModel &model, int first, int last)
{
    return QTest::qWaitFor([&] {
        bool all = true;
        for (int row = first; row <= last; ++row)
            all = model.index(row, ClientListModel::NameZh).data(ClientListModel::IdRole).isValid() && all;
        return all;
    });
}

} // namespace

class TestClientListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void countsAndLazyPages();
    void underModelTester();
    void filter_data();
    void filter();
    void archivedRows();
    void sorting_data();
    void sorting();
    void idAndRowOf();
    void refreshAfterWrite();
    void headersAndRetranslate();
    void noDatabase();
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
    static constexpr int kMany = 3000;    // fifteen pages, for the worker's tests
    std::unique_ptr<TestSupport::TempDatabase> m_db;
};

void TestClientListModel::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_db = std::make_unique<TestSupport::TempDatabase>();
    Transaction transaction(**m_db);
    ClientRepository repository(**m_db);
    for (int n = 1; n <= kClients; ++n)
        repository.insertUnchecked(makeClient(n));
    transaction.commit();
}

void TestClientListModel::cleanup()
{
    m_db.reset();
}

void TestClientListModel::countsAndLazyPages()
{
    ClientListModel model;
    model.setDatabase(m_db->db.get());
    const int archived = kClients / 10;
    QCOMPARE(model.rowCount(), kClients - archived);
    QCOMPARE(model.columnCount(), int(ClientListModel::ColumnCount));
    QCOMPARE(model.cachedRowCount(), 0);  // nothing read before it is shown

    QVERIFY(model.index(0, ClientListModel::NameZh).data().isValid());
    QCOMPARE(model.cachedRowCount(), ClientListModel::PageSize);
    // The last page comes from the worker.
    const QModelIndex last = model.index(model.rowCount() - 1, ClientListModel::NameZh);
    QCOMPARE(last.data().toString(), kLoading);
    QTRY_VERIFY(last.data().toString() != kLoading);
    QVERIFY(last.data().isValid());
    QCOMPARE(model.cachedRowCount(), ClientListModel::PageSize + (model.rowCount() - 2 * ClientListModel::PageSize));
    QVERIFY(model.cachedRowCount() < model.rowCount());
}

void TestClientListModel::underModelTester()
{
    ClientListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_db->db.get());
    model.setFilter(QStringLiteral("0001"));
    QVERIFY(model.rowCount() > 0);
    model.setShowArchived(true);
    model.sort(ClientListModel::Headcount, Qt::DescendingOrder);
    model.setFilter(QString());
    model.sort(ClientListModel::CreditCode, Qt::AscendingOrder);
    model.refresh();
    model.retranslate();
    model.setFilter(QStringLiteral("no such client"));
    QCOMPARE(model.rowCount(), 0);

    // Typing on (a narrowing filter over few rows) takes the one-pass query: same rows.
    model.setFilter(QStringLiteral("0"));
    model.setFilter(QStringLiteral("00"));
    QVERIFY(model.rowCount() < ClientListModel::FewRows);
    model.setFilter(QStringLiteral("001"));
    ClientListModel fresh;
    fresh.setDatabase(m_db->db.get());
    fresh.setShowArchived(true);
    fresh.sort(ClientListModel::CreditCode, Qt::AscendingOrder);
    fresh.setFilter(QStringLiteral("001"));
    QCOMPARE(model.rowCount(), fresh.rowCount());
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.idAt(row), fresh.idAt(row));

    model.setDatabase(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestClientListModel::filter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("mustFind");  // credit code of a client the filter finds
    QTest::newRow("empty") << QString() << creditCode(1);
    QTest::newRow("chinese name") << QStringLiteral("科技有限公司0012") << creditCode(12);
    QTest::newRow("english name, any case") << QStringLiteral("test CLOUD 0013 ltd") << creditCode(13);
    QTest::newRow("credit code") << creditCode(14) << creditCode(14);
    QTest::newRow("contact") << QStringLiteral("李娜") << creditCode(15);
    QTest::newRow("two words, both must match") << QStringLiteral("李娜 0015") << creditCode(15);
    QTest::newRow("two words, one misses") << QStringLiteral("王伟 科技有限公司0015") << QString();
    QTest::newRow("archived hidden") << QStringLiteral("测试云科技有限公司0020") << QString();
    QTest::newRow("like wildcards are literal") << QStringLiteral("%") << QString();
    QTest::newRow("underscore is literal") << QStringLiteral("_") << QString();
}

void TestClientListModel::filter()
{
    QFETCH(QString, filter);
    QFETCH(QString, mustFind);
    // What the filter should find, worked out here the slow way.
    QSet<qint64> expected;
    const QStringList words = filter.split(u' ', Qt::SkipEmptyParts);
    for (const Client &client : ClientRepository(**m_db).loadAll()) {
        if (client.archived)
            continue;
        bool all = true;
        for (const QString &word : words)
            all = all && (client.nameZh.contains(word, Qt::CaseInsensitive) || client.nameEn.contains(word, Qt::CaseInsensitive)
                          || client.creditCode.contains(word, Qt::CaseInsensitive) || client.contact.contains(word));
        if (all)
            expected.insert(client.id);
    }
    if (!mustFind.isEmpty())
        QVERIFY(expected.contains(*ClientRepository(**m_db).idForCreditCode(mustFind)));
    else
        QVERIFY(expected.isEmpty());

    ClientListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_db->db.get());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setFilter(filter);
    QCOMPARE(model.filter(), filter);
    QSet<qint64> found;
    for (int row = 0; row < model.rowCount(); ++row)
        found.insert(model.idAt(row));
    QCOMPARE(found, expected);
    QCOMPARE(model.rowCount(), expected.size());
    model.setFilter(filter);  // unchanged: no reset
    QCOMPARE(resets.size(), filter.isEmpty() ? 0 : 1);
}

void TestClientListModel::archivedRows()
{
    ClientListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_db->db.get());
    model.setFilter(QStringLiteral("测试云科技有限公司0020"));
    QCOMPARE(model.rowCount(), 0);
    model.setShowArchived(true);
    QVERIFY(model.showArchived());
    QCOMPARE(model.rowCount(), 1);

    const QModelIndex name = model.index(0, ClientListModel::NameZh);
    QVERIFY(name.data(ClientListModel::ArchivedRole).toBool());
    // Not colour only: the text says so too, while the edit role keeps the plain name.
    QCOMPARE(name.data(Qt::EditRole).toString(), QStringLiteral("测试云科技有限公司0020"));
    QVERIFY(name.data(Qt::DisplayRole).toString() != name.data(Qt::EditRole).toString());
    QVERIFY(name.data(Qt::DisplayRole).toString().contains(QStringLiteral("archived")));
    QVERIFY(name.data(Qt::ForegroundRole).value<QColor>().isValid());
    QVERIFY(model.index(0, ClientListModel::Phone).data(ClientListModel::ArchivedRole).toBool());

    model.setFilter(QStringLiteral("测试云科技有限公司0021"));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.index(0, ClientListModel::NameZh).data(ClientListModel::ArchivedRole).toBool());
    QVERIFY(!model.index(0, ClientListModel::NameZh).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(0, ClientListModel::NameZh).data().toString(), QStringLiteral("测试云科技有限公司0021"));
}

void TestClientListModel::sorting_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int column = 0; column < ClientListModel::ColumnCount; ++column) {
        const QByteArray name = QMetaEnum::fromType<ClientListModel::Column>().valueToKey(column);
        QTest::newRow(name + " ascending") << column << Qt::AscendingOrder;
        QTest::newRow(name + " descending") << column << Qt::DescendingOrder;
    }
}

void TestClientListModel::sorting()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    ClientListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_db->db.get());
    model.sort(column, order);
    QCOMPARE(model.query().sortColumn, ClientListQuery::Column(column));
    QCOMPARE(model.query().order, order);

    // Check the order across page boundaries (rows 150..250 span pages 0 and 1).
    QVERIFY(waitForRows(model, 150, 249));
    const int role = column == ClientListModel::Headcount ? Qt::EditRole : Qt::DisplayRole;
    QVariant previous;
    for (int row = 150; row < 250; ++row) {
        const QVariant value = model.index(row, column).data(role);
        if (row > 150 && previous.isValid() && value.isValid()) {
            const auto cmp = QVariant::compare(previous, value);
            QVERIFY2(order == Qt::AscendingOrder ? cmp <= 0 : cmp >= 0,
                     qPrintable(QStringLiteral("row %1: %2 then %3").arg(row).arg(previous.toString(), value.toString())));
        }
        if (value.isValid())
            previous = value;
    }
}

void TestClientListModel::idAndRowOf()
{
    ClientListModel model;
    model.setDatabase(m_db->db.get());
    model.sort(ClientListModel::NameEn, Qt::DescendingOrder);
    for (int row : {0, 1, 199, 200, 201, model.rowCount() - 1}) {
        const qint64 id = model.idAt(row);
        QVERIFY(id > 0);
        QCOMPARE(model.index(row, ClientListModel::Contact).data(ClientListModel::IdRole).toLongLong(), id);
        QCOMPARE(model.rowOf(id), row);
    }
    QCOMPARE(model.idAt(-1), 0);
    QCOMPARE(model.idAt(model.rowCount()), 0);
    const qint64 archivedId = *ClientRepository(**m_db).idForCreditCode(creditCode(30));
    QCOMPARE(model.rowOf(archivedId), -1);  // hidden while archived clients are not shown
    model.setShowArchived(true);
    QVERIFY(model.rowOf(archivedId) >= 0);
    QCOMPARE(model.idAt(model.rowOf(archivedId)), archivedId);
    QCOMPARE(model.rowOf(999999), -1);
}

void TestClientListModel::refreshAfterWrite()
{
    ClientListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_db->db.get());
    const int before = model.rowCount();
    Client added = makeClient(9001);
    added.nameZh = QStringLiteral("阿尔法云");  // sorts before the others
    added.archived = false;
    const WriteResult result = ClientRepository(**m_db).save(added);
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(model.rowCount(), before);  // not before refresh
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), before + 1);
    QVERIFY(model.rowOf(result.id) >= 0);
    QCOMPARE(model.idAt(model.rowOf(result.id)), result.id);
    QCOMPARE(model.index(model.rowOf(result.id), ClientListModel::NameZh).data().toString(), added.nameZh);

    QVERIFY(ClientRepository(**m_db).setArchived(result.id, true).ok);
    model.refresh();
    QCOMPARE(model.rowCount(), before);
    QCOMPARE(model.rowOf(result.id), -1);
}

void TestClientListModel::headersAndRetranslate()
{
    ClientListModel model;
    model.setDatabase(m_db->db.get());
    for (int column = 0; column < ClientListModel::ColumnCount; ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    QCOMPARE(model.headerData(ClientListModel::NameZh, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(model.headerData(ClientListModel::Headcount, Qt::Horizontal, Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);

    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    QCOMPARE(headers.size(), 1);
    QCOMPARE(headers.at(0).at(0).value<Qt::Orientation>(), Qt::Horizontal);
    QCOMPARE(headers.at(0).at(1).toInt(), 0);
    QCOMPARE(headers.at(0).at(2).toInt(), ClientListModel::ColumnCount - 1);
    QCOMPARE(data.size(), 1);

    // Headers are translated when asked for, so a new translator shows at once.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/csisms_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    QCOMPARE(model.headerData(ClientListModel::NameZh, Qt::Horizontal).toString(), QStringLiteral("名称"));
    QCOMPARE(model.headerData(ClientListModel::CreditCode, Qt::Horizontal, Qt::ToolTipRole).toString(),
             QStringLiteral("统一社会信用代码"));
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(model.headerData(ClientListModel::NameZh, Qt::Horizontal).toString(), QStringLiteral("Name"));
}

void TestClientListModel::noDatabase()
{
    ClientListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setFilter(QStringLiteral("x"));
    model.setShowArchived(true);
    model.sort(ClientListModel::Phone);
    model.refresh();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.idAt(0), 0);
    QCOMPARE(model.rowOf(1), -1);
}

QTEST_GUILESS_MAIN(TestClientListModel)
#include "tst_clientlistmodel.moc"

// Issue 7: rows that cannot be read say so, rather than showing as blank clients, and the
// failure is reported once a page (not for every row painted): the first page, read at
// once, and a later one, read by the worker.
void TestClientListModel::failedReadIsShownAsSuch()
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
void TestClientListModel::farPageArrivesLater()
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
void TestClientListModel::idAtReadsAtOnce()
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
void TestClientListModel::staleAnswersAreDropped()
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
void TestClientListModel::rowsDeletedMeanwhileAreShownAsGone()
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
void TestClientListModel::underModelTesterWhilePagesArrive()
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
void TestClientListModel::destroyedWhileReading()
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
void TestClientListModel::databaseInMemoryIsReadAtOnce()
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
