// UserRepository: the local user profiles — unique names, at least one active
// administrator, an auditor link that exists, never deleted, every change logged.

#include "db/changelog.h"
#include "repositories/auditorrepository.h"
#include "repositories/userrepository.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTest>

class TestUserRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void savesListsAndFinds()
    {
        TestSupport::TempDatabase db;
        UserRepository users(*db);
        const qint64 wang = users.save(User{0, QStringLiteral("王建国"), UserRole::Manager, true, 0}).id;
        const qint64 chen = users.save(User{0, QStringLiteral(" 陈静 "), UserRole::Administrator, true, 0}).id;
        QVERIFY(wang > 0 && chen > 0);
        QCOMPARE(users.count(), 2);
        QCOMPARE(users.load(chen)->name, QStringLiteral("陈静"));   // trimmed
        QCOMPARE(users.findByName(QStringLiteral("陈静"))->id, chen);
        QVERIFY(!users.findByName(QStringLiteral("nobody")));
        QVERIFY(users.setActive(wang, false));
        QCOMPARE(users.list(false).size(), 1);
        QCOMPARE(users.list(true).size(), 2);   // never deleted, only inactive
        const QList<ChangeEntry> history = ChangeLog::history(*db, UserRepository::tableName(), wang);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.first().action, QStringLiteral("update"));
    }

    void refusesWhatWouldBreakTheRules_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("same name") << QStringLiteral("duplicate") << QStringLiteral("name") << QStringLiteral("already a user called");
        QTest::newRow("empty name") << QStringLiteral("empty") << QStringLiteral("name") << QStringLiteral("Enter the user's name");
        QTest::newRow("invisible name") << QStringLiteral("invisible") << QStringLiteral("name") << QStringLiteral("invisible");
        QTest::newRow("last administrator made reviewer") << QStringLiteral("demote") << QStringLiteral("role")
                                                          << QStringLiteral("only active administrator");
        QTest::newRow("last administrator made inactive") << QStringLiteral("deactivate") << QStringLiteral("active")
                                                          << QStringLiteral("only active administrator");
        QTest::newRow("missing auditor") << QStringLiteral("auditor") << QStringLiteral("auditor_id")
                                         << QStringLiteral("linked auditor no longer exists");
    }
    void refusesWhatWouldBreakTheRules()
    {
        QFETCH(QString, change);
        QFETCH(QString, field);
        QFETCH(QString, message);
        TestSupport::TempDatabase db;
        UserRepository users(*db);
        const qint64 admin = users.save(User{0, QStringLiteral("陈静"), UserRole::Administrator, true, 0}).id;
        QVERIFY(users.save(User{0, QStringLiteral("李娜"), UserRole::Reviewer, true, 0}));
        const qint64 entries = db->scalar(QStringLiteral("SELECT count(*) FROM change_log")).toLongLong();
        User user{0, QStringLiteral("新用户"), UserRole::Reviewer, true, 0};
        if (change == QLatin1String("duplicate")) user.name = QStringLiteral("李娜");
        if (change == QLatin1String("empty")) user.name = QStringLiteral("  ");
        if (change == QLatin1String("invisible")) user.name = QStringLiteral("\u200B");
        if (change == QLatin1String("demote")) user = User{admin, QStringLiteral("陈静"), UserRole::Reviewer, true, 0};
        if (change == QLatin1String("deactivate")) user = User{admin, QStringLiteral("陈静"), UserRole::Administrator, false, 0};
        if (change == QLatin1String("auditor")) user.auditorId = 999;
        const WriteResult result = users.save(user);
        QVERIFY(!result);
        QCOMPARE(result.problems.first().field, field);
        QVERIFY2(result.problems.first().message.contains(message), qPrintable(result.problems.first().message));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM change_log")).toLongLong(), entries);
    }

    void anotherAdministratorMakesItPossible()
    {
        TestSupport::TempDatabase db;
        UserRepository users(*db);
        const qint64 first = users.save(User{0, QStringLiteral("陈静"), UserRole::Administrator, true, 0}).id;
        QVERIFY(users.save(User{0, QStringLiteral("周海燕"), UserRole::Administrator, true, 0}));
        QVERIFY(users.save(User{first, QStringLiteral("陈静"), UserRole::Manager, true, 0}));
        Auditor a;
        a.nameZh = QStringLiteral("王晓明");
        const qint64 auditor = AuditorRepository(*db).save(a).id;
        QVERIFY(users.save(User{0, QStringLiteral("王晓明"), UserRole::Reviewer, true, auditor}));
    }
};

QTEST_GUILESS_MAIN(TestUserRepository)
#include "tst_userrepository.moc"
