// ChangeHistoryModel: a client's change log as readable rows (when, who, record,
// action, "field: old → new"), under QAbstractItemModelTester.

#include "domain/displayformat.h"
#include "testsupport.h"

#include "db/database.h"
#include "itemmodels/changehistorymodel.h"
#include "repositories/auditorrepository.h"
#include "repositories/clientrepository.h"
#include "repositories/referencerepository.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

class TestChangeHistoryModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void historyOfAClient();
    void readableChanges();
    void otherClientsAreNotShown();
    void refreshAndRetranslate();
    void empty();
    void historyOfAnyRecord();

private:
    qint64 addClient(const QString &name, const QString &code);
    std::unique_ptr<TestSupport::TempDatabase> m_db;
};

void TestChangeHistoryModel::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_db = std::make_unique<TestSupport::TempDatabase>();
}

void TestChangeHistoryModel::cleanup()
{
    m_db.reset();
}

qint64 TestChangeHistoryModel::addClient(const QString &name, const QString &code)
{
    Client client;
    client.nameZh = name;
    client.creditCode = code;
    client.phone = QStringLiteral("0591-87654321");
    client.headcount = 120;
    client.sites << ClientSite{0, QStringLiteral("福州机房"), QStringLiteral("福州市鼓楼区"), 12};
    const WriteResult result = ClientRepository(**m_db).save(client);
    if (!result.ok)
        qFatal("cannot add client: %s", qPrintable(result.message));
    return result.id;
}

void TestChangeHistoryModel::historyOfAClient()
{
    const qint64 id = addClient(QStringLiteral("福州示例云科技有限公司"), QStringLiteral("91350100M000100Y43"));
    ChangeHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_db->db.get(), id);
    QCOMPARE(model.clientId(), id);
    QCOMPARE(model.columnCount(), int(ChangeHistoryModel::ColumnCount));
    QCOMPARE(model.rowCount(), 2);  // the client and its site, newest first

    const QModelIndex site = model.index(0, ChangeHistoryModel::Record);
    const QModelIndex client = model.index(1, ChangeHistoryModel::Record);
    QCOMPARE(site.data().toString(), QStringLiteral("Site “福州机房”"));
    QCOMPARE(client.data().toString(), QStringLiteral("Client “福州示例云科技有限公司”"));
    QCOMPARE(model.index(1, ChangeHistoryModel::Action).data().toString(), ChangeLog::actionText(QStringLiteral("insert")));
    QCOMPARE(model.index(1, ChangeHistoryModel::Who).data().toString(), QStringLiteral("tester"));
    QVERIFY(model.index(0, 0).data(ChangeHistoryModel::EntryIdRole).toLongLong()
            > model.index(1, 0).data(ChangeHistoryModel::EntryIdRole).toLongLong());

    // When: local time in the user's locale; the timestamp role keeps the exact time.
    const QDateTime when = model.index(1, ChangeHistoryModel::When).data(ChangeHistoryModel::TimestampRole).toDateTime();
    QVERIFY(when.isValid());
    QVERIFY(qAbs(when.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    QCOMPARE(model.index(1, ChangeHistoryModel::When).data().toString(),
             DisplayFormat::dateTime(when));

    // An added record lists what it was added with (not its bookkeeping columns).
    const QString added = model.index(1, ChangeHistoryModel::Changes).data().toString();
    QVERIFY2(added.contains(QStringLiteral("Name (Chinese): 福州示例云科技有限公司")), qPrintable(added));
    QVERIFY2(added.contains(QStringLiteral("Unified social credit code: 91350100M000100Y43")), qPrintable(added));
    QVERIFY2(added.contains(QStringLiteral("Headcount: 120")), qPrintable(added));
    QVERIFY(!added.contains(QStringLiteral("id:")));
    QVERIFY(!added.contains(QStringLiteral("Archived")));
    QVERIFY(added.indexOf(QStringLiteral("Name (Chinese)")) < added.indexOf(QStringLiteral("Unified social credit code")));
    QVERIFY(added.indexOf(QStringLiteral("Phone")) < added.indexOf(QStringLiteral("Headcount")));
}

void TestChangeHistoryModel::readableChanges()
{
    const qint64 id = addClient(QStringLiteral("福州示例云科技有限公司"), QStringLiteral("91350100M000100Y43"));
    ClientRepository repository(**m_db);
    Client client = *repository.load(id);
    client.phone = QStringLiteral("0591-11112222");
    client.headcount.reset();
    client.sites.clear();
    QVERIFY(repository.save(client).ok);
    QVERIFY(repository.setArchived(id, true).ok);

    ChangeHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_db->db.get(), id);
    QCOMPARE(model.rowCount(), 5);  // insert client, insert site, update client, delete site, archive

    QCOMPARE(model.index(0, ChangeHistoryModel::Action).data().toString(), ChangeLog::actionText(QStringLiteral("update")));
    QCOMPARE(model.index(0, ChangeHistoryModel::Changes).data().toString(), QStringLiteral("Archived: no → yes"));

    QCOMPARE(model.index(1, ChangeHistoryModel::Action).data().toString(), ChangeLog::actionText(QStringLiteral("delete")));
    QCOMPARE(model.index(1, ChangeHistoryModel::Record).data().toString(), QStringLiteral("Site “福州机房”"));
    QVERIFY(model.index(1, ChangeHistoryModel::Changes).data().toString().contains(QStringLiteral("Address: 福州市鼓楼区")));

    const QStringList lines = model.index(2, ChangeHistoryModel::Changes).data().toString().split(u'\n');
    // In the form's order, not the alphabet's.
    QCOMPARE(lines, QStringList({QStringLiteral("Phone: 0591-87654321 → 0591-11112222"),
                                 QStringLiteral("Headcount: 120 → (empty)")}));
    QCOMPARE(ChangeHistoryModel::changeLines(model.entry(2)), lines);
    QCOMPARE(model.index(2, ChangeHistoryModel::Changes).data(Qt::ToolTipRole).toString(), lines.join(u'\n'));
}

void TestChangeHistoryModel::otherClientsAreNotShown()
{
    const qint64 first = addClient(QStringLiteral("甲云"), QStringLiteral("91350100M000100Y43"));
    const qint64 second = addClient(QStringLiteral("乙云"), QString());
    ChangeHistoryModel model;
    model.setClient(m_db->db.get(), first);
    QCOMPARE(model.rowCount(), 2);
    model.setClient(m_db->db.get(), second);
    QCOMPARE(model.rowCount(), 2);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.entry(row).clientId, second);
}

void TestChangeHistoryModel::refreshAndRetranslate()
{
    const qint64 id = addClient(QStringLiteral("福州示例云科技有限公司"), QStringLiteral("91350100M000100Y43"));
    ChangeHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(m_db->db.get(), id);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(ClientRepository(**m_db).setArchived(id, true).ok);
    QCOMPARE(model.rowCount(), 2);
    model.refresh();
    QCOMPARE(model.rowCount(), 3);

    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    QCOMPARE(headers.size(), 1);
    QCOMPARE(data.size(), 1);

    QCOMPARE(model.headerData(ChangeHistoryModel::Changes, Qt::Horizontal).toString(), QStringLiteral("Changes"));
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/csisms_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    QCOMPARE(model.headerData(ChangeHistoryModel::Who, Qt::Horizontal).toString(), QStringLiteral("操作人"));
    QCOMPARE(model.index(0, ChangeHistoryModel::Changes).data().toString(), QStringLiteral("已归档：否 → 是"));
    QCOMPARE(ChangeHistoryModel::tableLabel(QStringLiteral("clients")), QStringLiteral("认证委托人"));
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(ChangeHistoryModel::tableLabel(QStringLiteral("client_shifts")), QStringLiteral("Shift"));
    QCOMPARE(ChangeHistoryModel::tableLabel(QStringLiteral("unknown_table")), QStringLiteral("unknown_table"));
}

void TestChangeHistoryModel::empty()
{
    ChangeHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setClient(m_db->db.get(), 12345);
    QCOMPARE(model.rowCount(), 0);
    model.setClient(nullptr, 1);
    QCOMPARE(model.rowCount(), 0);
    model.refresh();
    QCOMPARE(model.rowCount(), 0);
}

void TestChangeHistoryModel::historyOfAnyRecord()
{
    // An auditor with a competence and an education entry, through a loader of its own.
    QVERIFY(ReferenceRepository::seedIfEmpty(**m_db));
    Auditor auditor;
    auditor.nameZh = QStringLiteral("王晓明");
    auditor.level = AuditorLevel::Senior;
    auditor.competences << AuditorCompetence{0, QStringLiteral("CS-01"), QDate(2025, 2, 1), QString()};
    auditor.education << EducationEntry{0, QDate(2025, 4, 10), 7.5, QStringLiteral("ISO/IEC 27017")};
    AuditorRepository repository(**m_db);
    const WriteResult saved = repository.save(auditor);
    QVERIFY(saved);
    auditor = *repository.load(saved.id);
    auditor.level = AuditorLevel::Auditor;
    QVERIFY(repository.save(auditor));

    ChangeHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Database *db = m_db->db.get();
    int calls = 0;
    model.setRecord(db, saved.id, [db, &calls](const Database &, qint64 id) {
        ++calls;
        return AuditorRepository(*db).history(id);
    });
    QCOMPARE(calls, 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.clientId(), saved.id);
    QCOMPARE(model.index(0, ChangeHistoryModel::Changes).data().toString(), QStringLiteral("Registration level: Senior auditor → Auditor"));
    QStringList records;
    for (int row = 0; row < model.rowCount(); ++row)
        records << model.index(row, ChangeHistoryModel::Record).data().toString();
    QVERIFY2(records.contains(QStringLiteral("Auditor “王晓明”")), qPrintable(records.join(u'|')));
    QString education;
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.entry(row).table == QLatin1String("auditor_education"))
            education = model.index(row, ChangeHistoryModel::Changes).data().toString();
    QVERIFY2(education.contains(QStringLiteral("7.5")), qPrintable(education));   // not rounded
    QVERIFY(!education.contains(QStringLiteral("Auditor:")));                     // the parent id is bookkeeping
    model.refresh();
    QCOMPARE(calls, 2);

    // setClient goes back to a client's history.
    model.setClient(db, addClient(QStringLiteral("福州示例云科技有限公司"), QString()));
    QCOMPARE(calls, 2);
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.entry(0).clientId > 0 || model.entry(0).table == QLatin1String("clients"), true);
}

QTEST_GUILESS_MAIN(TestChangeHistoryModel)
#include "tst_changehistorymodel.moc"
