// Automatic backups: one per day through the online backup API, a later one the same day
// replacing it, the newest N kept; what a backup holds read from it; and in the window: a
// backup when the window closes or opens another database, File → Restore from backup…
// listing them, and a restore that backs the current file up first and puts the backup in
// its place (what was written since is gone, and kept in the copy).

#include "guitestsupport.h"
#include "testsupport.h"

#include "archive/backupstore.h"
#include "archive/restorebackupdialog.h"
#include "demo/demodata.h"
#include "i18n/language.h"
#include "main/mainwindow.h"
#include "repositories/clientrepository.h"

#include <QAction>
#include <QFile>
#include <QRegularExpression>
#include <QTableWidget>

using namespace GuiTest;

class TestBackups : public QObject
{
    Q_OBJECT

    TestSupport::IsolatedSettings m_settings;
    LanguageManager m_languages;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
    }

    void dailyBackupsAreRotated()
    {
        TestSupport::TempDatabase db;
        QVERIFY(DemoData::generate(*db, 5, 1));
        BackupStore store(db.path(), m_dir.filePath(QStringLiteral("rotation")));
        QString error;
        const QDate today = QDate::currentDate();
        for (int d = 5; d >= 0; --d)
            QVERIFY2(store.backUp(*db, 3, &error, today.addDays(-d)), qPrintable(error));
        QList<BackupStore::Backup> backups = store.list();
        QCOMPARE(backups.size(), 3);
        QSet<QDate> days;
        for (const BackupStore::Backup &b : backups)
            days.insert(b.day);
        QCOMPARE(days, (QSet<QDate>{today, today.addDays(-1), today.addDays(-2)}));
        QVERIFY(store.hasBackupOf(today));
        QVERIFY(!store.hasBackupOf(today.addDays(-3)));
        // Today again: the same file, now holding the later state.
        Client late;
        late.nameZh = QStringLiteral("晚到的认证委托人有限公司");
        QVERIFY(ClientRepository(*db).save(late));
        QVERIFY(store.backUp(*db, 3, &error, today));
        QCOMPARE(store.list().size(), 3);
        QString todays;
        for (const BackupStore::Backup &b : store.list())
            if (b.day == today)
                todays = b.path;
        const BackupStore::Contents contents = BackupStore::contents(todays);
        QVERIFY2(contents.error.isEmpty(), qPrintable(contents.error));
        QCOMPARE(contents.clients, db->scalar(QStringLiteral("SELECT count(*) FROM clients")).toLongLong());
        QCOMPARE(contents.logEntries, db->scalar(QStringLiteral("SELECT count(*) FROM change_log")).toLongLong());
        QCOMPARE(contents.certificates, db->scalar(QStringLiteral("SELECT count(*) FROM certificates")).toLongLong());
        // A copy made before a restore is listed, and outside the rotation.
        const QString kept = store.keepCurrent(*db, &error);
        QVERIFY2(!kept.isEmpty(), qPrintable(error));
        QVERIFY(store.backUp(*db, 1, &error, today));
        backups = store.list();
        QCOMPARE(backups.size(), 2);
        QVERIFY(std::any_of(backups.cbegin(), backups.cend(), [](const BackupStore::Backup &b) { return b.beforeRestore; }));
        // Something that is not a database is listed as unreadable.
        QVERIFY(BackupStore::contents(m_dir.filePath(QStringLiteral("nothing.sqlite"))).error.size() > 0);
    }

    void windowBacksUpAndRestores()
    {
        const QString path = m_dir.filePath(QStringLiteral("window.sqlite"));
        {
            Database db;
            QVERIFY(!db.open(path));
            QVERIFY(DemoData::generate(db, 8, 3));
        }
        auto window = std::make_unique<MainWindow>(m_languages);
        QVERIFY(!window->openDatabase(path));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QCOMPARE(window->backUpAutomatically(), QString());
        BackupStore store(path);
        QCOMPARE(store.list().size(), 1);
        const QString backup = store.list().first().path;
        const qint64 before = window->database()->scalar(QStringLiteral("SELECT count(*) FROM clients")).toLongLong();
        // Written after the backup.
        Client added;
        added.nameZh = QStringLiteral("备份之后登记的有限公司");
        QVERIFY(ClientRepository(*window->database()).save(added));
        // The dialog lists the backup with what it holds.
        {
            RestoreBackupDialog dialog(store, window.get());
            QCOMPARE(dialog.table()->rowCount(), 1);
            QCOMPARE(dialog.table()->item(0, 3)->text(), QLocale().toString(before));
        }
        QCOMPARE(window->restoreBackup(backup), QString());
        QVERIFY(window->database());
        QCOMPARE(window->database()->scalar(QStringLiteral("SELECT count(*) FROM clients")).toLongLong(), before);
        // The file as it was, with the client, was kept first.
        const QList<BackupStore::Backup> backups = store.list();
        const auto copy = std::find_if(backups.cbegin(), backups.cend(), [](const BackupStore::Backup &b) { return b.beforeRestore; });
        QVERIFY(copy != backups.cend());
        QCOMPARE(BackupStore::contents(copy->path).clients, before + 1);
        // Closing the window backs up again (today's backup now holds the restored state).
        QFile::remove(backup);
        QVERIFY(window->close());
        window.reset();
        QVERIFY(store.hasBackupOf(QDate::currentDate()));
    }
};

QTEST_MAIN(TestBackups)
#include "tst_backups.moc"
