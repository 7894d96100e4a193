// MainWindow's File menu: the database opened, created, backed up and checked, clients
// imported, and the recent files (the rest of the window is in mainwindow.cpp).

#include "main/mainwindow.h"

#include "archive/archiveexportrun.h"
#include "archive/archiverestorerun.h"
#include "archive/backupstore.h"
#include "archive/choosedossierdialog.h"
#include "archive/dossierimportdialog.h"
#include "archive/restorebackupdialog.h"
#include "clients/importclientsdialog.h"
#include "common/page.h"
#include "db/chainanchor.h"
#include "editing/edits.h"
#include "editing/session.h"
#include "main/checkdialog.h"
#include "main/userprofiles.h"
#include "repositories/referencerepository.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>

namespace {

constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("database/recent");
const QString kLastKey = QStringLiteral("database/last");

} // namespace

DatabaseError MainWindow::openDatabase(const QString &path)
{
    auto db = std::make_unique<Database>();
    const DatabaseError error = db->open(path);
    if (error)
        return error;
    // The change log's head is kept on this computer after every write; a log that no
    // longer holds the head seen last is reported once the window shows the database.
    ChainAnchor::follow(*db);
    try {
        m_anchorProblem = db->wasCreated() ? QString() : ChainAnchor::stored(db->path()).problemWith(*db);
    } catch (const SqlError &e) {
        return {DatabaseError::CannotOpen, e.explanation()};
    }
    // A new or upgraded database gets the shipped reference data (logged).
    if (const WriteResult seeded = ReferenceRepository::seedIfEmpty(*db); !seeded)
        return {DatabaseError::MigrationFailed, seeded.message};
    // The previous session ends here (backed up first): it tells the pages, which let go of it.
    backUpAutomatically();
    m_session.reset();
    m_session = std::make_unique<Session>(std::move(db));
    // Every change is recorded under a person's name: without a profile the window only reads.
    Session *session = m_session.get();
    m_session->edits().setGuard([session] {
        return session->hasUser() ? QString()
                                  : tr("Nothing was saved: choose your user profile first (File → Switch user…). "
                                       "Every change is recorded under a person's name.");
    });
    connect(m_session->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(&m_session->edits(), &Edits::undoFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Undo"), message); });
    connect(m_session.get(), &Session::changed, this, &MainWindow::updateStatus);
    for (Page *page : std::as_const(m_pageList))
        page->setSession(m_session.get());
    // The user name in the change log: the profile remembered for this file, if any.
    m_profiles->setSession(m_session.get());
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QSettings().setValue(kLastKey, absolute);
    addRecent(absolute);
    updateUser();
    updateStatus();
    updateUndoActions();
    return {};
}

bool MainWindow::openDatabaseInteractively(const QString &path)
{
    if (!maybeSaveAll())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const DatabaseError error = openDatabase(path);
    QApplication::restoreOverrideCursor();
    if (error) {
        QMessageBox::warning(this, tr("Open database"), error.message);
        return false;
    }
    statusBar()->showMessage(tr("Opened %1.").arg(QDir::toNativeSeparators(path)), 5000);
    if (!m_anchorProblem.isEmpty())
        QMessageBox::warning(this, tr("Change log"), m_anchorProblem);
    return true;
}

bool MainWindow::openDatabaseAsUser(const QString &path)
{
    if (!openDatabaseInteractively(path))
        return false;
    m_profiles->ensureProfile();   // asks when no profile is remembered for this file
    return true;
}

QString MainWindow::fileDialogFilter() const
{
    return tr("CSISMS databases (*.sqlite *.db);;All files (*)");
}

void MainWindow::newDatabase()
{
    const QString start = database() ? QFileInfo(database()->path()).absolutePath() : QDir::homePath();
    QString path = QFileDialog::getSaveFileName(this, tr("New database"), start + QStringLiteral("/dossiers.sqlite"),
                                                fileDialogFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        const auto answer = QMessageBox::question(
            this, tr("New database"),
            tr("%1 already exists. A new database never replaces a file.\n\nOpen the existing file instead?")
                .arg(QDir::toNativeSeparators(path)),
            QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Open)
            return;
    }
    openDatabaseAsUser(path);
}

void MainWindow::openDatabaseDialog()
{
    const QString start = database() ? QFileInfo(database()->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), start, fileDialogFilter());
    if (!path.isEmpty())
        openDatabaseAsUser(path);
}

void MainWindow::importClients()
{
    if (!m_session || !maybeSaveAll())
        return;
    ImportClientsDialog dialog(*m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("%Ln client(s) imported.", nullptr, dialog.importedCount()), 5000);
}

void MainWindow::checkDatabase()
{
    if (!m_session)
        return;
    CheckDialog dialog(m_session->database(), this);
    connect(&dialog, &CheckDialog::openRecord, this, [this, &dialog](const RecordRef &record) {
        for (Page *page : std::as_const(m_pageList)) {
            if (page->openRecord(record)) {
                showPage(page);
                dialog.accept();
                return;
            }
        }
    });
    dialog.exec();
}

void MainWindow::backUp()
{
    if (!m_session || !maybeSaveAll())
        return;
    const QFileInfo current(m_session->database().path());
    const QString suggested = current.absolutePath() + u'/' + current.completeBaseName()
                              + QStringLiteral("-backup-") + QDate::currentDate().toString(Qt::ISODate)
                              + QStringLiteral(".sqlite");
    const QString target = QFileDialog::getSaveFileName(this, tr("Back up database"), suggested, fileDialogFilter());
    if (target.isEmpty())
        return;
    if (QFileInfo(target).absoluteFilePath() == current.absoluteFilePath()) {
        QMessageBox::warning(this, tr("Back up database"),
                             tr("A backup cannot replace the database itself. Choose another file name."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool ok = m_session->database().backupTo(target, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(this, tr("Back up database"),
                             tr("The backup could not be written, and the database is unchanged: %1").arg(error));
        return;
    }
    statusBar()->showMessage(tr("Backed up to %1.").arg(QDir::toNativeSeparators(target)), 8000);
}

void MainWindow::exportArchive()
{
    if (!m_session || !maybeSaveAll())
        return;
    const QFileInfo current(m_session->database().path());
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("archive/folder"), current.absolutePath()).toString();
    const QString suggested = folder + u'/' + current.completeBaseName() + QStringLiteral("-archive-")
                              + QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".zip");
    QString target = QFileDialog::getSaveFileName(this, tr("Export archive bundle"), suggested,
                                                  tr("Archive bundles (*.zip)"));
    if (target.isEmpty())
        return;
    if (!target.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        target += QStringLiteral(".zip");
    const QString message = exportArchiveTo(target);
    if (!message.isEmpty()) {
        QMessageBox::warning(this, tr("Export archive bundle"), message);
        return;
    }
    settings.setValue(QStringLiteral("archive/folder"), QFileInfo(target).absolutePath());
}

void MainWindow::restoreArchive()
{
    if (m_session && !maybeSaveAll())
        return;
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("archive/folder"),
                                          m_session ? QFileInfo(m_session->database().path()).absolutePath() : QDir::homePath())
                               .toString();
    const QString bundle = QFileDialog::getOpenFileName(this, tr("Restore archive bundle"), folder, tr("Archive bundles (*.zip)"));
    if (bundle.isEmpty())
        return;
    settings.setValue(QStringLiteral("archive/folder"), QFileInfo(bundle).absolutePath());
    // Checked before a file is asked for: a bad bundle is refused at once.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ArchiveImport::Manifest manifest;
    const QString problem = ArchiveImport::verify(bundle, &manifest);
    QApplication::restoreOverrideCursor();
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Restore archive bundle"), problem);
        return;
    }
    if (manifest.scope == QLatin1String("client")) {
        QMessageBox::warning(this, tr("Restore archive bundle"),
                             tr("This bundle holds one client's dossier (%1), not a whole database: use File → Import "
                                "client dossier… to bring it into a database.")
                                 .arg(manifest.clientName));
        return;
    }
    const QString suggested = QFileInfo(bundle).absolutePath() + u'/' + QFileInfo(bundle).completeBaseName()
                              + QStringLiteral("-restored.sqlite");
    QString target = QFileDialog::getSaveFileName(this, tr("Restore into a new database file"), suggested,
                                                  tr("CSISMS Desk databases (*.sqlite)"), nullptr,
                                                  QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty())
        return;
    if (QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".sqlite");
    if (const QString message = restoreArchiveTo(bundle, target); !message.isEmpty()) {
        QMessageBox::warning(this, tr("Restore archive bundle"), message);
        return;
    }
    m_profiles->ensureProfile();   // who works on the restored database, as for any file opened
}

QString MainWindow::restoreArchiveTo(const QString &bundle, const QString &target)
{
    if (QFileInfo::exists(target))
        return tr("A restore goes into a new file, and %1 exists already: choose a new name (nothing was changed).")
            .arg(QDir::toNativeSeparators(target));
    const auto removeTarget = [&target] {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(target + suffix);
    };
    ArchiveImport::Result result;
    {
        Database db(QStringLiteral("restore-target"));
        if (const DatabaseError error = db.open(target)) {
            removeTarget();
            return tr("The new database %1 could not be made: %2").arg(QDir::toNativeSeparators(target), error.message);
        }
        db.changeLog().setUserName(m_session ? m_session->database().changeLog().userName() : QString());
        result = ArchiveRestoreRun::run(this, db, bundle);
    }
    if (!result.error.isEmpty()) {
        removeTarget();
        return result.error;
    }
    if (const DatabaseError opened = openDatabase(target))
        return tr("The bundle was restored into %1, but it could not be opened here: %2")
            .arg(QDir::toNativeSeparators(target), opened.message);
    statusBar()->showMessage(tr("Archive bundle restored into %1: %2 tables, %3 records.")
                                 .arg(QDir::toNativeSeparators(target))
                                 .arg(result.tables)
                                 .arg(QLocale().toString(result.rows)),
                             15000);
    return {};
}

QString MainWindow::backUpAutomatically()
{
    if (!m_session)
        return {};
    QString error;
    BackupStore store(m_session->database().path());
    if (store.backUp(m_session->database(), RestoreBackupDialog::keep(), &error))
        return {};
    const QString message = tr("The automatic backup could not be written: %1").arg(error);
    statusBar()->showMessage(message, 10000);
    return message;
}

void MainWindow::restoreFromBackup()
{
    if (!m_session || !maybeSaveAll())
        return;
    RestoreBackupDialog dialog(BackupStore(m_session->database().path()), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosen().isEmpty())
        return;
    if (const QString message = restoreBackup(dialog.chosen()); !message.isEmpty())
        QMessageBox::warning(this, tr("Restore from backup"), message);
}

QString MainWindow::restoreBackup(const QString &backupPath)
{
    if (!m_session)
        return tr("No database is open.");
    const QString path = m_session->database().path();
    BackupStore store(path);
    QString error;
    const QString kept = store.keepCurrent(m_session->database(), &error);
    if (kept.isEmpty())
        return tr("The current database could not be backed up, so nothing was restored: %1").arg(error);
    // The session ends (the pages let go), the file is replaced and opened again.
    m_session.reset();
    const bool replaced = BackupStore::replace(path, backupPath, &error);
    const DatabaseError opened = openDatabase(path);
    if (!replaced)
        return tr("The backup was not restored: %1").arg(error);
    if (opened)
        return tr("The backup was put in place but cannot be opened: %1. The file as it was is kept as %2.")
            .arg(opened.message, QDir::toNativeSeparators(kept));
    statusBar()->showMessage(tr("Restored the backup %1; the database as it was is kept as %2.")
                                 .arg(QDir::toNativeSeparators(backupPath), QDir::toNativeSeparators(kept)),
                             15000);
    return {};
}

QString MainWindow::exportArchiveTo(const QString &path)
{
    if (!m_session)
        return tr("No database is open.");
    const ArchiveExport::Result result = ArchiveExportRun::run(this, m_session->database(), path);
    if (result.cancelled)
        return tr("The export was cancelled; no file was written.");
    if (!result.error.isEmpty())
        return tr("The archive bundle was not written: %1").arg(result.error);
    statusBar()->showMessage(tr("Archive bundle written to %1: %2 tables, %3 records, %4 programme reports.")
                                 .arg(QDir::toNativeSeparators(path))
                                 .arg(result.tables)
                                 .arg(QLocale().toString(result.rows))
                                 .arg(result.reports),
                             10000);
    return {};
}

void MainWindow::exportDossier()
{
    if (!m_session || !maybeSaveAll())
        return;
    ChooseDossierDialog choose(&m_session->database(), this);
    if (choose.exec() != QDialog::Accepted || choose.clientId() <= 0)
        return;
    QSettings settings;
    const QString folder =
        settings.value(QStringLiteral("archive/folder"), QFileInfo(m_session->database().path()).absolutePath()).toString();
    const QString suggested = folder + QStringLiteral("/dossier-%1-%2.zip").arg(choose.clientId()).arg(QDate::currentDate().toString(Qt::ISODate));
    QString target = QFileDialog::getSaveFileName(this, tr("Export client dossier"), suggested, tr("Archive bundles (*.zip)"));
    if (target.isEmpty())
        return;
    if (!target.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        target += QStringLiteral(".zip");
    if (const QString message = exportDossierTo(choose.clientId(), target); !message.isEmpty()) {
        QMessageBox::warning(this, tr("Export client dossier"), message);
        return;
    }
    settings.setValue(QStringLiteral("archive/folder"), QFileInfo(target).absolutePath());
}

QString MainWindow::exportDossierTo(qint64 clientId, const QString &path)
{
    if (!m_session)
        return tr("No database is open.");
    const ArchiveExport::Result result = ArchiveExportRun::run(this, m_session->database(), path, clientId);
    if (result.cancelled)
        return tr("The export was cancelled; no file was written.");
    if (!result.error.isEmpty())
        return tr("The dossier was not written: %1").arg(result.error);
    statusBar()->showMessage(tr("Dossier written to %1: %2 records, %3 programme reports.")
                                 .arg(QDir::toNativeSeparators(path), QLocale().toString(result.rows))
                                 .arg(result.reports),
                             10000);
    return {};
}

void MainWindow::importDossier()
{
    if (!m_session || !maybeSaveAll())
        return;
    QSettings settings;
    const QString folder =
        settings.value(QStringLiteral("archive/folder"), QFileInfo(m_session->database().path()).absolutePath()).toString();
    const QString bundle = QFileDialog::getOpenFileName(this, tr("Import client dossier"), folder, tr("Archive bundles (*.zip)"));
    if (bundle.isEmpty())
        return;
    settings.setValue(QStringLiteral("archive/folder"), QFileInfo(bundle).absolutePath());
    if (const QString message = importDossierFrom(bundle); !message.isEmpty())
        QMessageBox::warning(this, tr("Import client dossier"), message);
}

QString MainWindow::importDossierFrom(const QString &bundle)
{
    if (!m_session)
        return tr("No database is open.");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const DossierMerge::Plan plan = DossierMerge::plan(m_session->database(), bundle);
    QApplication::restoreOverrideCursor();
    if (!plan.error.isEmpty())
        return plan.error;
    if (!plan.hasWork()) {
        QMessageBox::information(this, tr("Import client dossier"),
                                 tr("This database already holds the dossier of %1 as the bundle has it; nothing to import.")
                                     .arg(plan.clientName));
        return {};
    }
    DossierImportDialog dialog(plan, bundle, this);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const QString path = m_session->database().path();
    // A backup first, as before a restore: the merge can be looked at and undone from it.
    QString error;
    const QString kept = BackupStore(path).keepCurrent(m_session->database(), &error);
    if (kept.isEmpty())
        return tr("The database could not be backed up, so nothing was imported: %1").arg(error);
    const DossierMerge::Result result = DossierMerge::apply(m_session->database(), plan, dialog.taken());
    if (!result.error.isEmpty())
        return result.error;
    // The pages and the undo history start again from the merged database.
    m_session.reset();
    if (const DatabaseError opened = openDatabase(path))
        return opened.message;
    statusBar()->showMessage(tr("Dossier imported: %1 records added, %2 taken from the bundle, %3 kept as they were. The "
                                "database as it was before is kept as %4.")
                                 .arg(result.added)
                                 .arg(result.taken)
                                 .arg(result.kept)
                                 .arg(QDir::toNativeSeparators(kept)),
                             15000);
    return {};
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { openDatabaseAsUser(path); });
    }
    if (!recent.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!recent.isEmpty());
}

void MainWindow::clearRecent()
{
    QSettings().remove(kRecentKey);
    rebuildRecentMenu();
}
