#pragma once

#include "db/database.h"

#include <QMainWindow>

#include <memory>

class ClientWriter;
class ClientsPage;
class LanguageManager;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QUndoStack;

// The main window: composes the pages (a navigation list on the left, the page on the
// right), the menus and the status bar, and owns the open database and the undo stack.
// What a page does lives in the page; what is remembered between runs (geometry,
// splitters, last and recent databases) lives in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(LanguageManager &languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (creating when missing) the database at path in place of the current one;
    // unsaved editor changes are discarded (ask first). On failure the current
    // database stays open, the file is untouched and the error is returned.
    DatabaseError openDatabase(const QString &path);
    // As openDatabase, after asking about unsaved changes; shows a failure in a
    // message box. Returns true when the database was opened.
    bool openDatabaseInteractively(const QString &path);

    Database *database() const { return m_db.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    ClientsPage *clientsPage() const { return m_clientsPage; }
    // The View → Language action of a language code ("zh_CN", "en").
    QAction *languageAction(const QString &code) const;
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    // The permanent status-bar text (database file name and client counts).
    QString statusText() const;

    // Window geometry, dock state and splitters, as saved in QSettings.
    void readSettings();
    void writeSettings() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void newDatabase();
    void openDatabaseDialog();
    void backUp();
    void about();
    void undo();
    void redo();
    void updateUndoActions();
    void rebuildRecentMenu();
    void addRecent(const QString &path);
    void updateStatus();
    void updateTitle();
    QString commandText(int index) const;
    QString fileDialogFilter() const;

    LanguageManager &m_languages;
    std::unique_ptr<Database> m_db;
    QUndoStack *m_undoStack;
    ClientWriter *m_writer;

    QSplitter *m_splitter = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    ClientsPage *m_clientsPage = nullptr;
    QLabel *m_statusLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newDatabaseAction = nullptr;
    QAction *m_openDatabaseAction = nullptr;
    QAction *m_backUpAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_clearRecentAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};
