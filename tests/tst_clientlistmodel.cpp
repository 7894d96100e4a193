// ClientListModel: lazy paging, filter, archived toggle, sorting, refresh, id/row
// mapping and lazy header translation, under QAbstractItemModelTester throughout. The pages
// the worker thread reads are tested in tst_clientlistpages.

#include "clientlistfixture.h"
#include "testsupport.h"

#include "db/database.h"
#include "domain/creditcode.h"
#include "itemmodels/clientlistmodel.h"
#include "repositories/clientrepository.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace ClientListFixture;

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

private:
    static constexpr int kClients = 450;  // three pages
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
