// File → Export archive bundle… in the main window (offscreen): the bundle of the open
// database is written with its progress dialog, is a zip whose manifest names every file,
// and Cancel in the progress dialog leaves no file. File → Export client dossier… chooses
// the client in its dialog; File → Import client dossier… shows what a dossier worked on
// elsewhere changed, keeps this database's values unless "take" is ticked, takes them when
// it is, backs the database up first, and shows the result.

#include "guitestsupport.h"
#include "testsupport.h"

#include "archive/archiveexport.h"
#include "archive/choosedossierdialog.h"
#include "archive/dossierimportdialog.h"
#include "archive/dossiermerge.h"
#include "clients/clientpicker.h"
#include "demo/demodata.h"
#include "repositories/clientrepository.h"
#include "i18n/language.h"
#include "main/mainwindow.h"

#include <QAction>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QStatusBar>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>

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
                                                                "r=[n for n in z.namelist() if n.startswith('reports/')]; "
                                                                "print(len(m['files']), len(z.namelist()), len(r), "
                                                                "all(z.read(n).startswith(b'%PDF') for n in r), "
                                                                "all(any(f['path']==n for f in m['files']) for n in r))"),
                                                 path});
        QVERIFY(python.waitForFinished(60000));
        const QStringList counts = QString::fromUtf8(python.readAllStandardOutput()).simplified().split(u' ');
        QCOMPARE(counts.size(), 5);
        QCOMPARE(counts.at(0).toInt() + 1, counts.at(1).toInt());
        // reports/: each programme's report, a PDF, listed in the manifest.
        Database db(QStringLiteral("count"));
        QVERIFY(!db.open(m_dir.filePath(QStringLiteral("w.sqlite")), Database::Mode::Read));
        const int programmes = db.scalar(QStringLiteral("SELECT count(*) FROM programmes")).toInt();
        QVERIFY(programmes > 0);
        QCOMPARE(counts.at(2).toInt(), programmes);
        QCOMPARE(counts.at(3), QStringLiteral("True"));
        QCOMPARE(counts.at(4), QStringLiteral("True"));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("%1 programme reports").arg(programmes)));
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

    void chooseDossierListsTheClients()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("exportDossier"));
        QVERIFY(action && action->isEnabled());
        QCOMPARE(action->text(), QStringLiteral("Export client &dossier…"));
        bool seen = false;
        QTimer::singleShot(0, m_window.get(), [&] {
            auto *dialog = m_window->findChild<ChooseDossierDialog *>(QStringLiteral("chooseDossier"));
            if (dialog) {
                seen = dialog->isVisible() && dialog->picker() && dialog->clientId() <= 0;
                dialog->reject();   // nothing chosen: nothing written
            }
        });
        action->trigger();
        QVERIFY(seen);
    }

    void dossierGoesOutAndComesBack()
    {
        // Out: client 1's dossier from the office (the window), onto an empty laptop database.
        const QString out = m_dir.filePath(QStringLiteral("out.zip"));
        QCOMPARE(m_window->exportDossierTo(1, out), QString());
        const QString laptopPath = m_dir.filePath(QStringLiteral("laptop.sqlite"));
        const QString back = m_dir.filePath(QStringLiteral("back.zip"));
        QString creditCode;
        {
            Database laptop(QStringLiteral("laptop"));
            QVERIFY(!laptop.open(laptopPath));
            laptop.changeLog().setUserName(QStringLiteral("王芳"));
            const DossierMerge::Plan in = DossierMerge::plan(laptop, out);
            QVERIFY2(in.error.isEmpty(), qPrintable(in.error));
            const DossierMerge::Result added = DossierMerge::apply(laptop, in, {});
            QVERIFY2(added.error.isEmpty(), qPrintable(added.error));
            // Worked on there: the client's English name changed.
            ClientRepository clients(laptop);
            std::optional<Client> client = clients.load(added.clientId);
            QVERIFY(client);
            creditCode = client->creditCode;
            client->nameEn = QStringLiteral("Changed on the laptop");
            QVERIFY(clients.save(*client).ok);
            QVERIFY(ArchiveExport::write(laptop, back, {}, added.clientId).error.isEmpty());
        }
        const auto officeNameEn = [&] {
            Database office(QStringLiteral("office-read"));
            if (office.open(m_dir.filePath(QStringLiteral("w.sqlite")), Database::Mode::Read))
                return QStringLiteral("<cannot open>");
            return office.scalar(QStringLiteral("SELECT name_en FROM clients WHERE credit_code = ?"), {creditCode}).toString();
        };
        const QString before = officeNameEn();
        QVERIFY(before != QStringLiteral("Changed on the laptop"));
        // Back, keeping the office's value: the dialog lists the client as differing, unticked.
        const auto importWith = [&](bool take) {
            QStringList shown;
            QTimer::singleShot(0, m_window.get(), [&, take] {
                auto *dialog = m_window->findChild<DossierImportDialog *>(QStringLiteral("dossierImport"));
                if (!dialog)
                    return;
                QTreeWidget *tree = dialog->tree();
                for (QTreeWidgetItemIterator it(tree); *it; ++it)
                    shown << (*it)->text(0) + u'|' + (*it)->text(1) + u'|' + (*it)->text(2);
                shown << QStringLiteral("taken before:%1").arg(dialog->taken().size());
                dialog->takeAll(take);
                dialog->findChild<QPushButton *>(QStringLiteral("import"))->click();
            });
            const QString message = m_window->importDossierFrom(back);
            return std::make_pair(message, shown);
        };
        const auto [kept, keptShown] = importWith(false);
        QCOMPARE(kept, QString());
        QVERIFY2(keptShown.contains(QStringLiteral("taken before:0")), qPrintable(keptShown.join(u'\n')));
        QVERIFY2(keptShown.join(u'\n').contains(QStringLiteral("Changed on the laptop")), qPrintable(keptShown.join(u'\n')));
        QCOMPARE(officeNameEn(), before);
        // The same bundle again, now taking its values: the office has the laptop's name.
        const auto [taken, takenShown] = importWith(true);
        QCOMPARE(taken, QString());
        QVERIFY(!takenShown.isEmpty());
        QCOMPARE(officeNameEn(), QStringLiteral("Changed on the laptop"));
        // Each import kept the database as it was before in the backups folder.
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("taken from the bundle")));
        // A third time there is nothing left to import.
        QTimer::singleShot(0, m_window.get(), [this] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(w))
                    box->accept();
        });
        QCOMPARE(m_window->importDossierFrom(back), QString());
    }

    // File → Restore archive bundle…: into a new file only, with Cancel writing nothing, and
    // the restored database opened in the window.
    void restoresABundleIntoANewFile()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("restoreArchive"));
        QVERIFY(action && action->isEnabled());
        QCOMPARE(action->text(), QStringLiteral("Restore archive b&undle…"));
        const QString bundle = m_dir.filePath(QStringLiteral("whole.zip"));
        QCOMPARE(m_window->exportArchiveTo(bundle), QString());
        const QString office = m_window->database()->path();
        // An existing file is never restored over.
        QString message = m_window->restoreArchiveTo(bundle, office);
        QVERIFY2(message.contains(QStringLiteral("exists already")), qPrintable(message));
        // A bad bundle: refused, no file made.
        const QString text = m_dir.filePath(QStringLiteral("not-a-bundle.zip"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a zip\n");
        }
        const QString target = m_dir.filePath(QStringLiteral("restored.sqlite"));
        message = m_window->restoreArchiveTo(text, target);
        QVERIFY2(message.contains(QStringLiteral("not a zip")), qPrintable(message));
        QVERIFY(!QFile::exists(target));
        QCOMPARE(m_window->database()->path(), office);
        // Cancelled in its progress dialog: nothing left behind, the office still open.
        QTimer::singleShot(0, m_window.get(), [this] {
            if (auto *progress = m_window->findChild<QProgressDialog *>(QStringLiteral("restoreProgress")))
                progress->cancel();
        });
        message = m_window->restoreArchiveTo(bundle, target);
        QVERIFY2(message.contains(QStringLiteral("cancelled")), qPrintable(message));
        QVERIFY(!QFile::exists(target));
        QCOMPARE(m_window->database()->path(), office);
        // Restored, and opened.
        QCOMPARE(m_window->restoreArchiveTo(bundle, target), QString());
        QCOMPARE(m_window->database()->path(), target);
        const auto count = [](Database &db) { return db.scalar(QStringLiteral("SELECT count(*) FROM change_log")).toLongLong(); };
        Database original(QStringLiteral("original"));
        QVERIFY(!original.open(office, Database::Mode::Read));
        QCOMPARE(count(*m_window->database()), count(original));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("restored into")));
    }
};

QTEST_MAIN(TestArchiveWindow)
#include "tst_archivewindow.moc"
