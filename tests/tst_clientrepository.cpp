// Client register: the aggregate, uniqueness, paged list queries, archive and delete.

#include "db/changelog.h"
#include "repositories/clientrepository.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTest>

namespace {
Client makeClient(const QString &name, const QString &code = QString(), const QString &contact = QString())
{
    Client c;
    c.nameZh = name;
    c.creditCode = code;
    c.contact = contact;
    return c;
}
} // namespace

class TestClientRepository : public QObject
{
    Q_OBJECT

private slots:
    void loadAllEqualsLoadingEach()
    {
        TestSupport::TempDatabase db;
        ClientRepository repository(*db);
        for (int i = 0; i < 5; ++i) {
            Client c;
            c.nameZh = QStringLiteral("客户%1").arg(i);
            for (int k = 0; k < i; ++k) {
                c.sites << ClientSite{0, QStringLiteral("场所%1").arg(k), QString(), k};
                c.shifts << ClientShift{0, QStringLiteral("班次%1").arg(k), QStringLiteral("8-16"), std::nullopt};
            }
            if (i % 2)
                c.legalEntities << LegalEntity{0, c.nameZh, QString()};
            QVERIFY(repository.save(c).ok);
        }
        const QList<Client> all = repository.loadAll();
        QCOMPARE(all.size(), 5);
        for (const Client &c : all)
            QCOMPARE(c, *repository.load(c.id));
    }
    void initTestCase() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void savesAndLoadsTheAggregate()
    {
        TestSupport::TempDatabase db;
        ClientRepository repo(*db);
        Client c = makeClient(QStringLiteral("福州示例云科技有限公司"), QStringLiteral(" 91350100m000100y43 "), QStringLiteral("林娜"));
        c.nameEn = QStringLiteral("Fuzhou Example Cloud Technology Co., Ltd.");
        c.headcount = 120;
        c.email = QStringLiteral("lin.na@example.cn");
        c.phone = QStringLiteral("0591-87654321");
        c.sites << ClientSite{0, QStringLiteral("总部"), QStringLiteral("福州市鼓楼区"), 80}
                << ClientSite{0, QStringLiteral("数据中心"), QStringLiteral("贵阳市"), std::nullopt};
        c.shifts << ClientShift{0, QStringLiteral("白班"), QStringLiteral("08:00–20:00"), 60};
        c.legalEntities << LegalEntity{0, c.nameZh, QStringLiteral("91350100M000100Y43")};
        const WriteResult saved = repo.save(c);
        QVERIFY2(saved, qPrintable(saved.message));
        const std::optional<Client> loaded = repo.load(saved.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->creditCode, QStringLiteral("91350100M000100Y43"));  // normalised
        QCOMPARE(loaded->sites.size(), 2);
        QCOMPARE(loaded->sites.at(1).headcount, std::nullopt);
        QCOMPARE(loaded->shifts.at(0).hours, QStringLiteral("08:00–20:00"));
        QCOMPARE(loaded->legalEntities.size(), 1);

        // Update a site, remove the other, add a shift: ids of kept rows stay.
        Client edited = *loaded;
        const qint64 keptSite = edited.sites.at(0).id;
        edited.sites[0].headcount = 90;
        edited.sites.removeAt(1);
        edited.shifts << ClientShift{0, QStringLiteral("夜班"), QStringLiteral("20:00–08:00"), 20};
        QVERIFY(repo.save(edited));
        const Client again = *repo.load(saved.id);
        QCOMPARE(again.sites.size(), 1);
        QCOMPARE(again.sites.at(0).id, keptSite);
        QCOMPARE(again.sites.at(0).headcount, 90);
        QCOMPARE(again.shifts.size(), 2);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("field");
        QTest::newRow("name required") << QStringLiteral("  ") << QString() << QString() << QStringLiteral("name_zh");
        QTest::newRow("bad check char") << QStringLiteral("甲") << QStringLiteral("91350100M000100Y44") << QString() << QStringLiteral("credit_code");
        QTest::newRow("bad email") << QStringLiteral("甲") << QString() << QStringLiteral("lin.na@") << QStringLiteral("email");
        QTest::newRow("valid") << QStringLiteral("甲") << QStringLiteral("91350100M000100Y43") << QStringLiteral("a@b.cn") << QString();
    }
    void validation()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        QFETCH(QString, email);
        QFETCH(QString, field);
        TestSupport::TempDatabase db;
        ClientRepository repo(*db);
        Client c = makeClient(name, code);
        c.email = email;
        const WriteResult result = repo.save(c);
        QCOMPARE(bool(result), field.isEmpty());
        if (!field.isEmpty()) {
            QCOMPARE(result.problems.first().field, field);
            QCOMPARE(repo.totalCount(), 0);
        }
    }

    void creditCodeIsUnique()
    {
        TestSupport::TempDatabase db;
        ClientRepository repo(*db);
        QVERIFY(repo.save(makeClient(QStringLiteral("甲"), QStringLiteral("91350100M000100Y43"))));
        const WriteResult second = repo.save(makeClient(QStringLiteral("乙"), QStringLiteral("91350100M000100Y43")));
        QVERIFY(!second);
        QVERIFY(second.problems.first().message.contains(QStringLiteral("甲")));
        // Clients without a code do not clash.
        QVERIFY(repo.save(makeClient(QStringLiteral("丙"))));
        QVERIFY(repo.save(makeClient(QStringLiteral("丁"))));
    }

    void listQueries()
    {
        TestSupport::TempDatabase db;
        ClientRepository repo(*db);
        const QStringList names{QStringLiteral("上海云A"), QStringLiteral("北京云B"), QStringLiteral("上海数据C"),
                                QStringLiteral("深圳50%_D")};
        for (const QString &n : names)
            QVERIFY(repo.save(makeClient(n, {}, n == names.at(2) ? QStringLiteral("王磊") : QString())));
        ClientListQuery q;
        QCOMPARE(repo.count(q), 4);
        q.filter = QStringLiteral("上海");
        QCOMPARE(repo.count(q), 2);
        q.filter = QStringLiteral("上海 数据");  // every word must match
        QCOMPARE(repo.count(q), 1);
        q.filter = QStringLiteral("王磊");       // contact
        QCOMPARE(repo.count(q), 1);
        q.filter = QStringLiteral("%");          // LIKE wildcards are literal
        QCOMPARE(repo.count(q), 1);
        q.filter = QStringLiteral("_");
        QCOMPARE(repo.count(q), 1);

        q.filter.clear();
        q.order = Qt::DescendingOrder;
        const QList<ClientListRow> page = repo.page(q, 1, 2);
        QCOMPARE(page.size(), 2);
        for (int i = 0; i < 4; ++i) {
            const qint64 id = repo.page(q, i, 1).first().id;
            QCOMPARE(repo.positionOf(q, id), i);
        }
        q.sortColumn = ClientListQuery::Headcount;
        q.order = Qt::AscendingOrder;
        QCOMPARE(repo.page(q, 0, 10).size(), 4);
    }

    void onePassPageMatchesCountAndPage()
    {
        TestSupport::TempDatabase db;
        ClientRepository repo(*db);
        for (int i = 0; i < 30; ++i)
            QVERIFY(repo.save(makeClient(QStringLiteral("%1客户%2").arg(i % 3 ? QStringLiteral("上海") : QStringLiteral("北京")).arg(i))));
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            ClientListQuery q;
            q.filter = QStringLiteral("上海");
            q.order = order;
            int total = -1;
            const QList<ClientListRow> few = repo.firstPageOfFew(q, 7, &total);
            QCOMPARE(total, repo.count(q));
            QCOMPARE(total, 20);
            const QList<ClientListRow> page = repo.page(q, 0, 7);
            QCOMPARE(few.size(), page.size());
            for (int i = 0; i < few.size(); ++i)
                QCOMPARE(few.at(i).id, page.at(i).id);
        }
        ClientListQuery none;
        none.filter = QStringLiteral("不存在");
        int total = -1;
        QVERIFY(repo.firstPageOfFew(none, 7, &total).isEmpty());
        QCOMPARE(total, 0);
    }

    void archiveHidesButKeeps()
    {
        TestSupport::TempDatabase db;
        ClientRepository repo(*db);
        const qint64 id = repo.save(makeClient(QStringLiteral("归档客户"))).id;
        QVERIFY(repo.setArchived(id, true));
        ClientListQuery q;
        QCOMPARE(repo.count(q), 0);
        QCOMPARE(repo.positionOf(q, id), -1);
        q.includeArchived = true;
        q.filter = QStringLiteral("归档");
        QCOMPARE(repo.count(q), 1);
        QCOMPARE(repo.archivedCount(), 1);
    }

    void deleteOnlyWithoutDossierRecords()
    {
        TestSupport::TempDatabase db;
        ClientRepository repo(*db);
        Client c = makeClient(QStringLiteral("可删除"));
        c.sites << ClientSite{0, QStringLiteral("总部"), {}, 1};
        const qint64 id = repo.save(c).id;
        // Sub-records do not count as dossier records.
        QVERIFY(repo.dependentRecords(id).isEmpty());

        // A dossier table referring to clients (as later record types do) blocks deletion.
        db->exec(QStringLiteral("CREATE TABLE test_dossier (id INTEGER PRIMARY KEY, client_id INTEGER REFERENCES clients (id))"));
        const qint64 other = repo.save(makeClient(QStringLiteral("有记录"))).id;
        db->exec(QStringLiteral("INSERT INTO test_dossier (client_id) VALUES (?)"), {other});
        QCOMPARE(repo.dependentRecords(other).size(), 1);
        const WriteResult refused = repo.remove(other);
        QVERIFY(!refused);
        QVERIFY(refused.message.contains(QStringLiteral("Archive")));
        QVERIFY(repo.load(other));

        QVERIFY(repo.remove(id));
        QVERIFY(!repo.load(id));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM client_sites")).toInt(), 0);
        const QList<ChangeEntry> history = ChangeLog::clientHistory(*db, id);
        QCOMPARE(history.first().action, QStringLiteral("delete"));
        QCOMPARE(history.first().table, QStringLiteral("clients"));
    }

    void restoreKeepsFormerIds()
    {
        // Undo of a delete saves the former aggregate again with its ids.
        TestSupport::TempDatabase db;
        ClientRepository repo(*db);
        Client c = makeClient(QStringLiteral("恢复"));
        c.shifts << ClientShift{0, QStringLiteral("夜班"), {}, 3};
        const Client saved = *repo.load(repo.save(c).id);
        QVERIFY(repo.remove(saved.id));
        QVERIFY(repo.save(saved));
        QCOMPARE(*repo.load(saved.id), saved);
        QVERIFY(ChangeLog::verifyRecords(*db).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClientRepository)
#include "tst_clientrepository.moc"
