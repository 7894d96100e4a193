// UserListModel: the user profiles by name with translated roles, linked auditor and
// status; refresh after a write; lazy header translation; under QAbstractItemModelTester.

#include "testsupport.h"

#include "itemmodels/userlistmodel.h"
#include "repositories/auditorrepository.h"
#include "repositories/referencerepository.h"
#include "repositories/userrepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

class TestUserListModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_db = std::make_unique<TestSupport::TempDatabase>();
        QVERIFY(ReferenceRepository::seedIfEmpty(**m_db));
        Auditor auditor;
        auditor.nameZh = QStringLiteral("王晓明");
        auditor.nameEn = QStringLiteral("Wang Xiaoming");
        const WriteResult saved = AuditorRepository(**m_db).save(auditor);
        QVERIFY(saved);
        m_auditor = saved.id;
        UserRepository users(**m_db);
        QVERIFY(users.save(User{0, QStringLiteral("陈静"), UserRole::Administrator, true, 0}));
        QVERIFY(users.save(User{0, QStringLiteral("王晓明"), UserRole::Reviewer, true, m_auditor}));
        QVERIFY(users.save(User{0, QStringLiteral("李娜"), UserRole::Manager, false, 0}));
    }
    void cleanup() { m_db.reset(); }

    void rowsAndRoles()
    {
        UserListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setDatabase(m_db->db.get());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(UserListModel::ColumnCount));
        const int wang = model.rowOf(UserRepository(**m_db).findByName(QStringLiteral("王晓明"))->id);
        QVERIFY(wang >= 0);
        QCOMPARE(model.index(wang, UserListModel::Role).data().toString(), QStringLiteral("Reviewer"));
        QCOMPARE(model.index(wang, UserListModel::Role).data(Qt::EditRole).toString(), QStringLiteral("reviewer"));
        QCOMPARE(model.index(wang, UserListModel::Auditor).data().toString(), QStringLiteral("王晓明 (Wang Xiaoming)"));
        QCOMPARE(model.index(wang, 0).data(UserListModel::AuditorIdRole).toLongLong(), m_auditor);
        const int li = model.rowOf(UserRepository(**m_db).findByName(QStringLiteral("李娜"))->id);
        QCOMPARE(model.index(li, UserListModel::Status).data().toString(), QStringLiteral("inactive"));
        QVERIFY(!model.index(li, 0).data(UserListModel::ActiveRole).toBool());
        QVERIFY(model.index(li, 0).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.user(li).role, UserRole::Manager);
        QCOMPARE(model.idAt(-1), 0);
        QCOMPARE(model.rowOf(4242), -1);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(UserRepository(**m_db).save(User{0, QStringLiteral("张敏"), UserRole::DecisionMaker, true, 0}));
        model.refresh();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        model.setDatabase(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void headersAndRetranslate()
    {
        UserListModel model;
        model.setDatabase(m_db->db.get());
        QCOMPARE(model.headerData(UserListModel::Role, Qt::Horizontal).toString(), QStringLiteral("Role"));
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
        model.retranslate();
        QCOMPARE(headers.size(), 1);
        QCOMPARE(data.size(), 1);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/csisms_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(model.headerData(UserListModel::Role, Qt::Horizontal).toString(), QStringLiteral("角色"));
        const int chen = model.rowOf(UserRepository(**m_db).findByName(QStringLiteral("陈静"))->id);
        QCOMPARE(model.index(chen, UserListModel::Role).data().toString(), QStringLiteral("系统管理员"));
        QCoreApplication::removeTranslator(&translator);
    }

private:
    std::unique_ptr<TestSupport::TempDatabase> m_db;
    qint64 m_auditor = 0;
};

QTEST_GUILESS_MAIN(TestUserListModel)
#include "tst_userlistmodel.moc"
