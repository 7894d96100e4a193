#pragma once

#include "db/database.h"

#include <QMainWindow>

struct RecordRef;

#include <memory>

class LanguageManager;
class Page;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QToolButton;
class QUndoStack;
class Session;
class UserProfiles;

// The main window: composes the pages (a navigation list on the left, the page shown on
// the right), the menus and the status bar, and owns the session of the open database
// (database, user profile, undo stack, write path). It keeps its pages in a list and
// never names one: adding a page is one line in the constructor. The Edit menu holds
// Undo/Redo and the actions of the page shown; Ctrl+1…Ctrl+9 switch pages.
// What a page does lives in the page; what is remembered between runs (geometry,
// splitters, last and recent databases) lives in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // File → Export archive bundle… without its file dialog (tests): the bundle of the open
    // database written to `path`; the message shown, empty when it was written.
    QString exportArchiveTo(const QString &path);
    // The automatic backup of the open database (today's, the older ones rotated); the
    // message when it failed, empty when it was written or there is no database.
    QString backUpAutomatically();
    // File → Restore from backup… without its dialogs (tests): the current file backed up,
    // then replaced by `backupPath` and opened again; the message when it failed.
    QString restoreBackup(const QString &backupPath);
    // One client's dossier as a bundle at `path` (what File → Export client dossier… writes
    // once the client and file are chosen); the message on failure, empty on success.
    QString exportDossierTo(qint64 clientId, const QString &path);
    // Compares the dossier in `bundle` with this database, lets the user choose in a
    // DossierImportDialog and writes what was chosen; the message when it did not happen
    // (empty also when the user cancelled).
    QString importDossierFrom(const QString &bundle);
    // File → Restore archive bundle… once the bundle and the new file are chosen: the bundle
    // checked, restored into a new database at `target` with a progress dialog, and that
    // database opened here; the message when it did not happen (nothing is left at `target`
    // then), empty on success.
    QString restoreArchiveTo(const QString &bundle, const QString &target);
    explicit MainWindow(LanguageManager &languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (creating when missing) the database at path in place of the current one;
    // unsaved editor changes are discarded (ask first). On failure the current
    // database stays open, the file is untouched and the error is returned.
    DatabaseError openDatabase(const QString &path);
    // As openDatabase, after asking about unsaved changes; shows a failure in a
    // message box. Returns true when the database was opened.
    bool openDatabaseInteractively(const QString &path);
    // As openDatabaseInteractively, then asks for the user profile when none is remembered
    // for the file (the first profile's name on a database without any). What the menus
    // and the start of the program use.
    bool openDatabaseAsUser(const QString &path);

    Session *session() const { return m_session.get(); }
    Database *database() const;
    QUndoStack *undoStack() const;
    UserProfiles *userProfiles() const { return m_profiles; }

    // The pages, in navigation order, and the first page of a type.
    const QList<Page *> &pages() const { return m_pageList; }
    template <typename P> P *page() const
    {
        for (Page *p : m_pageList)
            if (auto *typed = qobject_cast<P *>(p))
                return typed;
        return nullptr;
    }
    void showPage(Page *page);
    // Shows the record on the page that holds it (a Due item, a dossier row); false when no page does.
    bool openRecord(const RecordRef &record);
    Page *currentPage() const;

    // The View → Language action of a language code ("zh_CN", "en").
    QAction *languageAction(const QString &code) const;
    QAction *undoAction() const { return m_undoAction; }
    class ReportsMenu *reportsMenu() const { return m_reportsMenu; }
    QAction *redoAction() const { return m_redoAction; }
    // The permanent status-bar text (database file name and client counts).
    QString statusText() const;
    // The status bar's user text ("user: 李娜 (审核员)"); clicking it switches the user.
    QString userText() const;

    // Window geometry, dock state and splitters, as saved in QSettings.
    void readSettings();
    void writeSettings() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void addPage(Page *page);
    void createActions();
    void createMenus();
    void retranslateUi();
    void newDatabase();
    void openDatabaseDialog();
    void backUp();
    void exportArchive();
    void restoreFromBackup();
    void restoreArchive();
    void exportDossier();
    void importDossier();
    void importClients();
    void checkDatabase();
    // File → Print preview: the report of what the current page shows.
    void printPreview();
    void about();
    void undo();
    void redo();
    void updateUndoActions();
    void rebuildRecentMenu();
    void clearRecent();
    void addRecent(const QString &path);
    void updateStatus();
    void updateTitle();
    void updateUser();
    void updateModified();
    void rebuildEditMenu();
    // Asks about unsaved changes on every page; false when the user cancels.
    bool maybeSaveAll();
    // Before undo or redo of step `index`: the pages it concerns ask about unsaved changes.
    bool confirmStep(int index, const QString &actionText);
    QString commandText(int index) const;
    QString fileDialogFilter() const;

    LanguageManager &m_languages;
    QString m_anchorProblem;   // what opening found wrong with the change log's anchor
    UserProfiles *m_profiles;

    QList<Page *> m_pageList;
    QSplitter *m_splitter = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_statusLabel = nullptr;
    QToolButton *m_userButton = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    class ReportsMenu *m_reportsMenu = nullptr;
    QAction *m_newDatabaseAction = nullptr;
    QAction *m_openDatabaseAction = nullptr;
    QAction *m_backUpAction = nullptr;
    QAction *m_exportArchiveAction = nullptr;
    QAction *m_restoreBackupAction = nullptr;
    QAction *m_exportDossierAction = nullptr;
    QAction *m_importDossierAction = nullptr;
    QAction *m_restoreArchiveAction = nullptr;
    QAction *m_importClientsAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_clearRecentAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QList<QAction *> m_pageActions;   // Ctrl+1 … Ctrl+9
    // Last, so it ends first: its closing() reaches pages and a window that are still whole.
    std::unique_ptr<Session> m_session;
};
