#include "mainwindow.h"

#include "checkdialog.h"
#include "db/chainanchor.h"
#include "importclientsdialog.h"

#include "repositories/referencerepository.h"

#include "auditorcommands.h"
#include "auditoreditor.h"
#include "auditorspage.h"
#include "auditorwriter.h"
#include "clientcommands.h"
#include "clienteditor.h"
#include "clientspage.h"
#include "clientwriter.h"
#include "i18n/language.h"
#include "repositories/clientrepository.h"
#include "settingspage.h"
#include "userprofiles.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>

namespace {

constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("database/recent");
const QString kLastKey = QStringLiteral("database/last");

} // namespace

MainWindow::MainWindow(LanguageManager &languages, QWidget *parent)
    : QMainWindow(parent),
      m_languages(languages),
      m_undoStack(new QUndoStack(this)),
      m_writer(new ClientWriter(m_undoStack, this)),
      m_auditorWriter(new AuditorWriter(m_undoStack, this)),
      m_profiles(new UserProfiles(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    for (int page = 0; page < PageCount; ++page)
        m_navigation->addItem(QString());  // texts in retranslateUi
    m_navigation->setCurrentRow(ClientsPageIndex);
    m_pages = new QStackedWidget;
    m_clientsPage = new ClientsPage(m_writer);
    m_auditorsPage = new AuditorsPage(m_auditorWriter);
    m_settingsPage = new SettingsPage;
    m_pages->addWidget(m_clientsPage);
    m_pages->addWidget(m_auditorsPage);
    m_pages->addWidget(m_settingsPage);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("navigationSplitter"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        rebuildEditMenu();
    });

    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(QStringLiteral("databaseStatus"));
    statusBar()->addPermanentWidget(m_statusLabel);
    m_userButton = new QToolButton;
    m_userButton->setObjectName(QStringLiteral("userStatus"));
    m_userButton->setAutoRaise(true);
    m_userButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    statusBar()->addPermanentWidget(m_userButton);
    connect(m_userButton, &QToolButton::clicked, m_profiles->switchUserAction(), &QAction::trigger);

    createActions();
    createMenus();
    retranslateUi();

    connect(m_writer, &ClientWriter::clientChanged, this, &MainWindow::updateStatus);
    connect(m_writer, &ClientWriter::clientRemoved, this, &MainWindow::updateStatus);
    connect(m_writer, &ClientWriter::undoFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Undo"), message);
    });
    connect(m_auditorWriter, &AuditorWriter::undoFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Undo"), message);
    });
    const auto showMessage = [this](const QString &text) { statusBar()->showMessage(text, 8000); };
    connect(m_clientsPage, &ClientsPage::modificationChanged, this, &MainWindow::updateModified);
    connect(m_clientsPage, &ClientsPage::statusMessage, this, showMessage);
    connect(m_auditorsPage, &AuditorsPage::modificationChanged, this, &MainWindow::updateModified);
    connect(m_auditorsPage, &AuditorsPage::statusMessage, this, showMessage);
    connect(m_settingsPage, &SettingsPage::modificationChanged, this, &MainWindow::updateModified);
    connect(m_settingsPage, &SettingsPage::statusMessage, this, showMessage);
    connect(m_settingsPage, &SettingsPage::editActionsChanged, this, &MainWindow::rebuildEditMenu);
    connect(m_settingsPage, &SettingsPage::usersChanged, m_profiles, &UserProfiles::reload);
    connect(m_profiles, &UserProfiles::currentUserChanged, this, &MainWindow::updateUser);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(&m_languages, &LanguageManager::languageChanged, this, [this](const QString &code) {
        if (QAction *action = languageAction(code))
            action->setChecked(true);
    });

    resize(1100, 720);
    m_splitter->setSizes({140, 960});
    updateTitle();
    updateStatus();
    updateUndoActions();
}

MainWindow::~MainWindow()
{
    // Pages and commands refer to the database: detach them before it closes.
    m_undoStack->clear();
    m_writer->setDatabase(nullptr);
    m_clientsPage->setDatabase(nullptr);
    m_auditorsPage->setDatabase(nullptr);
    m_settingsPage->setDatabase(nullptr);
    m_profiles->setDatabase(nullptr);
}

void MainWindow::createActions()
{
    m_newDatabaseAction = new QAction(this);
    connect(m_newDatabaseAction, &QAction::triggered, this, &MainWindow::newDatabase);
    m_openDatabaseAction = new QAction(this);
    m_openDatabaseAction->setShortcut(QKeySequence::Open);
    connect(m_openDatabaseAction, &QAction::triggered, this, &MainWindow::openDatabaseDialog);
    m_backUpAction = new QAction(this);
    connect(m_backUpAction, &QAction::triggered, this, &MainWindow::backUp);
    m_importClientsAction = new QAction(this);
    connect(m_importClientsAction, &QAction::triggered, this, &MainWindow::importClients);
    m_checkAction = new QAction(this);
    connect(m_checkAction, &QAction::triggered, this, &MainWindow::checkDatabase);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_clearRecentAction = new QAction(this);
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        QSettings().remove(kRecentKey);
        rebuildRecentMenu();
    });

    m_undoAction = new QAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, this, &MainWindow::undo);
    m_redoAction = new QAction(this);
    // Ctrl+Shift+Z everywhere, plus the platform's own Redo key when it differs.
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(key))
            redoKeys << key;
    m_redoAction->setShortcuts(redoKeys);
    connect(m_redoAction, &QAction::triggered, this, &MainWindow::redo);

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &code : LanguageManager::availableLanguages()) {
        auto *action = new QAction(LanguageManager::nativeName(code), m_languageGroup);
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == m_languages.language());
        connect(action, &QAction::triggered, this, [this, code] {
            if (m_languages.setLanguage(code))
                QSettings().setValue(QStringLiteral("ui/language"), code);
        });
    }

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newDatabaseAction);
    m_fileMenu->addAction(m_openDatabaseAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_backUpAction);
    m_fileMenu->addAction(m_importClientsAction);
    m_fileMenu->addAction(m_checkAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_profiles->switchUserAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    rebuildEditMenu();

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newDatabaseAction->setText(tr("&New database…"));
    m_openDatabaseAction->setText(tr("&Open database…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_clearRecentAction->setText(tr("&Clear list"));
    m_backUpAction->setText(tr("&Back up…"));
    m_importClientsAction->setText(tr("&Import clients…"));
    m_checkAction->setText(tr("C&heck database…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About CSISMS Desk"));
    m_navigation->item(ClientsPageIndex)->setText(tr("Clients"));
    m_navigation->item(ClientsPageIndex)->setToolTip(tr("The client register (认证委托人)"));
    m_navigation->item(AuditorsPageIndex)->setText(tr("Auditors"));
    m_navigation->item(AuditorsPageIndex)->setToolTip(tr("The body's auditors: registrations, competences, "
                                                         "continuing education, conflicts of interest"));
    m_navigation->item(SettingsPageIndex)->setText(tr("Settings"));
    m_navigation->item(SettingsPageIndex)->setToolTip(tr("Reference data, rule parameters and user profiles"));
    m_profiles->retranslate();
    updateUser();
    // The navigation list is as wide as its longest entry.
    m_navigation->setMinimumWidth(m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() + 16);
    rebuildRecentMenu();
    updateUndoActions();
    updateStatus();
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

QAction *MainWindow::languageAction(const QString &code) const
{
    for (QAction *action : m_languageGroup->actions())
        if (action->data().toString() == code)
            return action;
    return nullptr;
}

DatabaseError MainWindow::openDatabase(const QString &path)
{
    auto db = std::make_unique<Database>();
    const DatabaseError error = db->open(path);
    if (error)
        return error;
    // The change log's head is kept on this computer after every write; a log that no
    // longer holds the head seen last is reported once the window shows the database.
    ChainAnchor::follow(*db);
    m_anchorProblem = db->wasCreated() ? QString() : ChainAnchor::stored(db->path()).problemWith(*db);
    // A new or upgraded database gets the shipped reference data (logged).
    if (const WriteResult seeded = ReferenceRepository::seedIfEmpty(*db); !seeded)
        return {DatabaseError::MigrationFailed, seeded.message};
    m_undoStack->clear();
    m_writer->setDatabase(db.get());
    m_clientsPage->setDatabase(db.get());
    m_auditorsPage->setDatabase(db.get());
    m_settingsPage->setDatabase(db.get());
    // The user name in the change log: the profile remembered for this file, if any.
    m_profiles->setDatabase(db.get());
    m_db = std::move(db);  // the previous database closes here, after nothing refers to it
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QSettings().setValue(kLastKey, absolute);
    addRecent(absolute);
    updateUser();
    updateStatus();
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
    const QString start = m_db ? QFileInfo(m_db->path()).absolutePath() : QDir::homePath();
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
    const QString start = m_db ? QFileInfo(m_db->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), start, fileDialogFilter());
    if (!path.isEmpty())
        openDatabaseAsUser(path);
}

void MainWindow::importClients()
{
    if (!m_db || !m_clientsPage->maybeSave())
        return;
    ImportClientsDialog dialog(*m_db, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_clientsPage->refreshList();
        updateStatus();
        statusBar()->showMessage(tr("%n client(s) imported.", nullptr, dialog.importedCount()), 5000);
    }
}

void MainWindow::checkDatabase()
{
    if (m_db)
        CheckDialog(*m_db, this).exec();
}

void MainWindow::backUp()
{
    if (!m_db || !maybeSaveAll())
        return;
    const QFileInfo current(m_db->path());
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
    const bool ok = m_db->backupTo(target, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(this, tr("Back up database"),
                             tr("The backup could not be written, and the database is unchanged: %1").arg(error));
        return;
    }
    statusBar()->showMessage(tr("Backed up to %1.").arg(QDir::toNativeSeparators(target)), 8000);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About CSISMS Desk"),
                       tr("<h3>CSISMS Desk %1</h3>"
                          "<p>Client dossiers for a body certifying cloud-service information security "
                          "management systems (ISO/IEC 27017:2015): clients, audit programmes, certificates "
                          "and their change log, kept in a local SQLite database.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QStringLiteral(CSISMS_VERSION), QString::fromLatin1(qVersion())));
}

QString MainWindow::commandText(int index) const
{
    const QUndoCommand *command = m_undoStack->command(index);
    if (const auto *described = dynamic_cast<const DescribedCommand *>(command))
        return described->describe();
    return command ? command->text() : QString();
}

void MainWindow::updateUndoActions()
{
    const int index = m_undoStack->index();
    const bool canUndo = m_undoStack->canUndo();
    const bool canRedo = m_undoStack->canRedo();
    m_undoAction->setEnabled(canUndo);
    m_redoAction->setEnabled(canRedo);
    m_undoAction->setText(canUndo ? tr("&Undo %1").arg(commandText(index - 1)) : tr("&Undo"));
    m_redoAction->setText(canRedo ? tr("&Redo %1").arg(commandText(index)) : tr("&Redo"));
}

void MainWindow::undo()
{
    const int index = m_undoStack->index() - 1;
    if (!m_undoStack->canUndo() || !confirmDiscardFor(index, tr("Undo %1").arg(commandText(index))))
        return;
    m_undoStack->undo();
}

void MainWindow::redo()
{
    const int index = m_undoStack->index();
    if (!m_undoStack->canRedo() || !confirmDiscardFor(index, tr("Redo %1").arg(commandText(index))))
        return;
    m_undoStack->redo();
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

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

void MainWindow::updateStatus()
{
    m_backUpAction->setEnabled(m_db != nullptr);
    m_importClientsAction->setEnabled(m_db != nullptr);
    m_checkAction->setEnabled(m_db != nullptr);
    if (!m_db) {
        m_statusLabel->setText(tr("No database open: use File → Open database… or New database…"));
        return;
    }
    int total = 0;
    int archived = 0;
    try {
        const ClientRepository repository(*m_db);
        total = repository.totalCount();
        archived = repository.archivedCount();
    } catch (const SqlError &e) {
        statusBar()->showMessage(e.message(), 8000);
    }
    m_statusLabel->setText(tr("%1 · %Ln client(s) (%2 archived)", nullptr, total)
                               .arg(QFileInfo(m_db->path()).fileName(), QLocale().toString(archived)));
    m_statusLabel->setToolTip(QDir::toNativeSeparators(m_db->path()));
}

void MainWindow::updateTitle()
{
    const QString app = QStringLiteral("CSISMS Desk");
    QString title = m_db ? QStringLiteral("%1[*] — %2").arg(QDir::toNativeSeparators(m_db->path()), app) : app;
    if (const std::optional<User> &user = m_profiles->currentUser(); m_db && user)
        title = tr("%1 — %2 (%3)", "window title: file and program, user name, role")
                    .arg(title, user->name, UserRules::roleLabel(user->role));
    setWindowTitle(title);
}

QString MainWindow::userText() const
{
    return m_userButton->text();
}

void MainWindow::updateUser()
{
    m_userButton->setText(m_profiles->userText());
    m_userButton->setToolTip(m_profiles->switchUserAction()->toolTip());
    m_userButton->setVisible(m_db != nullptr);
    m_settingsPage->setCurrentUser(m_profiles->currentUser());
    updateTitle();
}

void MainWindow::updateModified()
{
    setWindowModified(m_clientsPage->editor()->isModified() || m_auditorsPage->editor()->isModified()
                      || m_settingsPage->isModified());
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

void MainWindow::rebuildEditMenu()
{
    // Only the page shown offers its actions (and their shortcuts) in the menu.
    m_editMenu->clear();
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    switch (Page(m_pages->currentIndex())) {
    case ClientsPageIndex:
        m_editMenu->addActions({m_clientsPage->newAction(), m_clientsPage->editor()->saveAction(),
                                m_clientsPage->editor()->revertAction(), m_clientsPage->archiveAction()});
        break;
    case AuditorsPageIndex: m_editMenu->addActions(m_auditorsPage->editActions()); break;
    case SettingsPageIndex: m_editMenu->addActions(m_settingsPage->editActions()); break;
    case PageCount: break;
    }
}

bool MainWindow::maybeSaveAll()
{
    return m_clientsPage->maybeSave() && m_auditorsPage->maybeSave() && m_settingsPage->maybeSave();
}

bool MainWindow::confirmDiscardFor(int index, const QString &actionText)
{
    if (dynamic_cast<const AuditorCommand *>(m_undoStack->command(index)))
        return m_auditorsPage->confirmDiscardFor(actionText);
    return m_clientsPage->confirmDiscardFor(actionText);
}

void MainWindow::readSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/navigationSplitter")).toByteArray());
    m_clientsPage->splitter()->restoreState(settings.value(QStringLiteral("clients/splitter")).toByteArray());
    m_clientsPage->view()->horizontalHeader()->restoreState(settings.value(QStringLiteral("clients/header")).toByteArray());
    m_auditorsPage->splitter()->restoreState(settings.value(QStringLiteral("auditors/splitter")).toByteArray());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/navigationSplitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("clients/splitter"), m_clientsPage->splitter()->saveState());
    settings.setValue(QStringLiteral("clients/header"), m_clientsPage->view()->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("auditors/splitter"), m_auditorsPage->splitter()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSaveAll()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}
