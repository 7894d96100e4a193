// File → Export archive bundle… in the main window (offscreen): the bundle of the open
// database is written with its progress dialog, is a zip whose manifest names every file,
// and Cancel in the progress dialog leaves no file.

#include "guitestsupport.h"
#include "testsupport.h"

#include "demo/demodata.h"
#include "i18n/language.h"
#include "main/mainwindow.h"

#include <QAction>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QTimer>

class TestArchiveWindow : public QObject
{
    Q_OBJECT

    TestSupport::IsolatedSettings m_settings;
    LanguageManager m_languages;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase()
    {
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        const QString path = m_dir.filePath(QStringLiteral("w.sqlite"));
        {
            Database db;
            QVERIFY(!db.open(path));
            QVERIFY(DemoData::generate(db, 15, 2));
        }
        m_window = std::make_unique<MainWindow>(m_languages);
        QVERIFY(!m_window->openDatabase(path));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
    }
    void cleanupTestCase() { m_window.reset(); }

    void exportsTheOpenDatabase()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("exportArchive"));
        QVERIFY(action && action->isEnabled());
        QCOMPARE(action->text(), QStringLiteral("&Export archive bundle…"));
        const QString path = m_dir.filePath(QStringLiteral("window.zip"));
        QCOMPARE(m_window->exportArchiveTo(path), QString());
        QFile zip(path);
        QVERIFY(zip.open(QIODevice::ReadOnly));
        QCOMPARE(zip.read(2), QByteArray("PK"));
        QProcess python;
        python.start(QStringLiteral("python3"), {QStringLiteral("-c"),
                                                 QStringLiteral("import json,sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); "
                                                                "m=json.loads(z.read('manifest.json')); "
                                                                "print(len(m['files']), len(z.namelist()))"),
                                                 path});
        QVERIFY(python.waitForFinished(60000));
        const QStringList counts = QString::fromUtf8(python.readAllStandardOutput()).simplified().split(u' ');
        QCOMPARE(counts.size(), 2);
        QCOMPARE(counts.at(0).toInt() + 1, counts.at(1).toInt());
    }

    void cancelLeavesNoFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancelled.zip"));
        QTimer::singleShot(0, m_window.get(), [this] {
            if (auto *progress = m_window->findChild<QProgressDialog *>(QStringLiteral("archiveProgress")))
                progress->cancel();
        });
        const QString message = m_window->exportArchiveTo(path);
        QVERIFY2(message.contains(QStringLiteral("cancelled")), qPrintable(message));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestArchiveWindow)
#include "tst_archivewindow.moc"
