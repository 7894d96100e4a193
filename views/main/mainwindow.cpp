#include "main/mainwindow.h"



#include "applications/applicationspage.h"
#include "auditors/auditorspage.h"
#include "reviews/reviewspage.h"
#include "contracts/contractspage.h"
#include "certificates/certificatespage.h"
#include "due/duepage.h"
#include "main/reportsmenu.h"
#include "archive/backupstore.h"
#include "reports/reportpreviewdialog.h"
#include "programmes/programmespage.h"
#include "clients/clientspage.h"
#include "editing/edits.h"
#include "editing/session.h"
#include "i18n/language.h"
#include "repositories/clientrepository.h"
#include "settings/settingspage.h"
#include "main/userprofiles.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QGuiApplication>
#include <QScreen>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
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
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

MainWindow::MainWindow(LanguageManager &languages, QWidget *parent)
    : QMainWindow(parent), m_languages(languages), m_profiles(new UserProfiles(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_pages = new QStackedWidget;

    // The pages, in navigation order: one line each.
    addPage(new DuePage);   // the start page: what needs a person
    addPage(new ClientsPage);
    addPage(new ApplicationsPage);
    addPage(new ReviewsPage);
    addPage(new ContractsPage);
    addPage(new ProgrammesPage);
    addPage(new CertificatesPage);
    addPage(new AuditorsPage);
    addPage(new SettingsPage);
    m_navigation->setCurrentRow(0);

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
    // A window left open for days still backs up once a day.
    const auto backUpDaily = [this] {
        if (m_session && !BackupStore(m_session->database().path()).hasBackupOf(QDate::currentDate()))
            backUpAutomatically();
    };
    auto *daily = new QTimer(this);
    daily->setInterval(std::chrono::hours(1));
    connect(daily, &QTimer::timeout, this, backUpDaily);
    daily->start();
    QTimer::singleShot(std::chrono::minutes(2), this, backUpDaily);   // soon after the start, not during it
    retranslateUi();

    if (auto *settings = page<SettingsPage>())
        connect(settings, &SettingsPage::usersChanged, m_profiles, &UserProfiles::reload);
    connect(m_profiles, &UserProfiles::currentUserChanged, this, &MainWindow::updateUser);
    connect(&m_languages, &LanguageManager::languageChanged, this, [this](const QString &code) {
        if (QAction *action = languageAction(code))
            action->setChecked(true);
    });

    // Until the user's own geometry is restored: most of the screen, as a list and an editor
    // in both languages need the room.
    QSize size(1100, 720);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.expandedTo(screen->availableGeometry().size() * 0.9).boundedTo(QSize(1600, 1000))
                   .boundedTo(screen->availableGeometry().size());
    resize(size);
    m_splitter->setSizes({140, size.width() - 140});
    updateTitle();
    updateStatus();
    updateUndoActions();
}

// The session's closing() detaches the pages and the profiles: nothing to undo here.
MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page *page)
{
    m_pageList << page;
    m_pages->addWidget(page);
    m_navigation->addItem(QString());   // texts in retranslateUi
    const auto showMessage = [this](const QString &text) { statusBar()->showMessage(text, 8000); };
    connect(page, &Page::modificationChanged, this, &MainWindow::updateModified);
    connect(page, &Page::statusMessage, this, showMessage);
    connect(page, &Page::editActionsChanged, this, &MainWindow::rebuildEditMenu);
    connect(page, &Page::openRequested, this, [this](const RecordRef &record) { openRecord(record); });
    connect(page, &Page::newRecordRequested, this, [this](const QString &table, qint64 clientId) {
        for (Page *other : std::as_const(m_pageList))
            if (other->newRecordFor(table, clientId)) {
                showPage(other);
                return;
            }
    });
}

bool MainWindow::openRecord(const RecordRef &record)
{
    for (Page *other : std::as_const(m_pageList))
        if (other->openRecord(record)) {
            showPage(other);
            return true;
        }
    return false;
}

Database *MainWindow::database() const { return m_session ? &m_session->database() : nullptr; }

QUndoStack *MainWindow::undoStack() const { return m_session ? m_session->undoStack() : nullptr; }

void MainWindow::showPage(Page *page)
{
    const int index = m_pageList.indexOf(page);
    if (index >= 0)
        m_navigation->setCurrentRow(index);
}

Page *MainWindow::currentPage() const { return m_pageList.value(m_pages->currentIndex()); }

void MainWindow::createActions()
{
    m_newDatabaseAction = new QAction(this);
    connect(m_newDatabaseAction, &QAction::triggered, this, &MainWindow::newDatabase);
    m_openDatabaseAction = new QAction(this);
    m_openDatabaseAction->setShortcut(QKeySequence::Open);
    connect(m_openDatabaseAction, &QAction::triggered, this, &MainWindow::openDatabaseDialog);
    m_backUpAction = new QAction(this);
    connect(m_backUpAction, &QAction::triggered, this, &MainWindow::backUp);
    m_exportArchiveAction = new QAction(this);
    m_exportArchiveAction->setObjectName(QStringLiteral("exportArchive"));
    connect(m_exportArchiveAction, &QAction::triggered, this, &MainWindow::exportArchive);
    m_restoreArchiveAction = new QAction(this);
    m_restoreArchiveAction->setObjectName(QStringLiteral("restoreArchive"));
    connect(m_restoreArchiveAction, &QAction::triggered, this, &MainWindow::restoreArchive);
    m_restoreBackupAction = new QAction(this);
    m_restoreBackupAction->setObjectName(QStringLiteral("restoreFromBackup"));
    connect(m_restoreBackupAction, &QAction::triggered, this, &MainWindow::restoreFromBackup);
    m_exportDossierAction = new QAction(this);
    m_exportDossierAction->setObjectName(QStringLiteral("exportDossier"));
    connect(m_exportDossierAction, &QAction::triggered, this, &MainWindow::exportDossier);
    m_importDossierAction = new QAction(this);
    m_importDossierAction->setObjectName(QStringLiteral("importDossier"));
    connect(m_importDossierAction, &QAction::triggered, this, &MainWindow::importDossier);
    m_importClientsAction = new QAction(this);
    connect(m_importClientsAction, &QAction::triggered, this, &MainWindow::importClients);
    m_checkAction = new QAction(this);
    connect(m_checkAction, &QAction::triggered, this, &MainWindow::checkDatabase);
    m_printAction = new QAction(this);
    m_printAction->setObjectName(QStringLiteral("printPreview"));
    m_printAction->setShortcut(QKeySequence::Print);
    connect(m_printAction, &QAction::triggered, this, &MainWindow::printPreview);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_clearRecentAction = new QAction(this);
    connect(m_clearRecentAction, &QAction::triggered, this, &MainWindow::clearRecent);

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

    // Ctrl+1 … Ctrl+9 show the pages, in navigation order.
    for (int i = 0; i < m_pageList.size() && i < 9; ++i) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, i] { m_navigation->setCurrentRow(i); });
        addAction(action);
        m_pageActions << action;
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
    m_fileMenu->addAction(m_exportArchiveAction);
    m_fileMenu->addAction(m_exportDossierAction);
    m_fileMenu->addAction(m_importDossierAction);
    m_fileMenu->addAction(m_restoreArchiveAction);
    m_fileMenu->addAction(m_restoreBackupAction);
    m_fileMenu->addAction(m_importClientsAction);
    m_fileMenu->addAction(m_checkAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_printAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_profiles->switchUserAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    rebuildEditMenu();

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());
    m_viewMenu->addSeparator();
    m_viewMenu->addActions(m_pageActions);

    m_reportsMenu = new ReportsMenu([this] { return database(); }, this);
    menuBar()->addMenu(m_reportsMenu);

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
    m_exportArchiveAction->setText(tr("&Export archive bundle…"));
    m_restoreArchiveAction->setText(tr("Restore archive b&undle…"));
    m_restoreArchiveAction->setToolTip(tr("A whole database from an archive bundle, into a new file that is then opened"));
    m_restoreBackupAction->setText(tr("Res&tore from backup…"));
    m_restoreBackupAction->setToolTip(tr("The daily automatic backups of this database, and putting one back"));
    m_exportDossierAction->setText(tr("Export client &dossier…"));
    m_exportDossierAction->setToolTip(tr("One client's dossier as a bundle, for a laptop or for the office"));
    m_importDossierAction->setText(tr("I&mport client dossier…"));
    m_importDossierAction->setToolTip(tr("Bring a client's dossier exported elsewhere into this database, choosing record by "
                                         "record where they differ"));
    m_exportArchiveAction->setToolTip(tr("The whole database as a self-checking .zip for the archive (csisms-archive/1)"));
    m_importClientsAction->setText(tr("&Import clients…"));
    m_checkAction->setText(tr("C&heck database…"));
    m_printAction->setText(tr("&Print preview…"));
    m_printAction->setToolTip(tr("Preview, print or save as PDF the report of what the page shows"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About CSISMS Desk"));
    for (int i = 0; i < m_pageList.size(); ++i) {
        m_navigation->item(i)->setText(m_pageList.at(i)->title());
        m_navigation->item(i)->setToolTip(m_pageList.at(i)->description());
        if (i < m_pageActions.size())
            m_pageActions.at(i)->setText(m_pageList.at(i)->title());
    }
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

void MainWindow::about()
{
    QMessageBox::about(this, tr("About CSISMS Desk"),
                       tr("<h3>CSISMS Desk %1</h3>"
                          "<p>Client dossiers for a body certifying cloud-service information security "
                          "management systems (ISO/IEC 27017:2015): the client register with sites, shifts and "
                          "legal entities, the body's auditors, reference data and rule parameters, and a "
                          "tamper-evident change log, kept in a local SQLite database.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QStringLiteral(CSISMS_VERSION), QString::fromLatin1(qVersion())));
}

QString MainWindow::commandText(int index) const
{
    QUndoStack *stack = undoStack();
    const QUndoCommand *command = stack ? stack->command(index) : nullptr;
    if (const auto *step = dynamic_cast<const EditCommand *>(command))
        return step->describe();
    return command ? command->text() : QString();
}

void MainWindow::updateUndoActions()
{
    QUndoStack *stack = undoStack();
    const int index = stack ? stack->index() : 0;
    const bool canUndo = stack && stack->canUndo();
    const bool canRedo = stack && stack->canRedo();
    m_undoAction->setEnabled(canUndo);
    m_redoAction->setEnabled(canRedo);
    m_undoAction->setText(canUndo ? tr("&Undo %1").arg(commandText(index - 1)) : tr("&Undo"));
    m_redoAction->setText(canRedo ? tr("&Redo %1").arg(commandText(index)) : tr("&Redo"));
}

void MainWindow::undo()
{
    QUndoStack *stack = undoStack();
    if (!stack || !stack->canUndo())
        return;
    if (!m_session->hasUser()) {   // the step stays: it can be undone once a profile is chosen
        QMessageBox::information(this, tr("Undo"), tr("Choose your user profile first (File → Switch user…): the undo "
                                                      "is recorded under your name."));
        return;
    }
    const int index = stack->index() - 1;
    if (!confirmStep(index, tr("Undo %1").arg(commandText(index))))
        return;
    stack->undo();
}

void MainWindow::redo()
{
    QUndoStack *stack = undoStack();
    if (!stack || !stack->canRedo())
        return;
    if (!m_session->hasUser()) {
        QMessageBox::information(this, tr("Redo"), tr("Choose your user profile first (File → Switch user…): the redo "
                                                      "is recorded under your name."));
        return;
    }
    const int index = stack->index();
    if (!confirmStep(index, tr("Redo %1").arg(commandText(index))))
        return;
    stack->redo();
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

void MainWindow::updateStatus()
{
    Database *db = database();
    m_backUpAction->setEnabled(db != nullptr);
    m_exportArchiveAction->setEnabled(db != nullptr);
    m_restoreBackupAction->setEnabled(db != nullptr);
    m_exportDossierAction->setEnabled(db != nullptr);
    m_importDossierAction->setEnabled(db != nullptr);
    m_printAction->setEnabled(db != nullptr);
    m_importClientsAction->setEnabled(db != nullptr);
    m_checkAction->setEnabled(db != nullptr);
    if (!db) {
        m_statusLabel->setText(tr("No database open: use File → Open database… or New database…"));
        return;
    }
    int total = 0;
    int archived = 0;
    try {
        const ClientRepository repository(*db);
        total = repository.totalCount();
        archived = repository.archivedCount();
    } catch (const SqlError &e) {
        statusBar()->showMessage(e.message(), 8000);
    }
    m_statusLabel->setText(tr("%1 · %Ln client(s) (%2 archived)", nullptr, total)
                               .arg(QFileInfo(db->path()).fileName(), QLocale().toString(archived)));
    m_statusLabel->setToolTip(QDir::toNativeSeparators(db->path()));
}

void MainWindow::updateTitle()
{
    const QString app = QStringLiteral("CSISMS Desk");
    QString title = database() ? QStringLiteral("%1[*] — %2").arg(QDir::toNativeSeparators(database()->path()), app) : app;
    if (const std::optional<User> user = m_profiles->currentUser(); database() && user)
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
    m_userButton->setVisible(database() != nullptr);
    updateTitle();
}

void MainWindow::updateModified()
{
    bool modified = false;
    for (const Page *page : std::as_const(m_pageList))
        modified = modified || page->isModified();
    setWindowModified(modified);
}

void MainWindow::rebuildEditMenu()
{
    // Only the page shown offers its actions (and their shortcuts) in the menu.
    m_editMenu->clear();
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    if (Page *page = currentPage())
        m_editMenu->addActions(page->editActions());
}

bool MainWindow::maybeSaveAll()
{
    for (Page *page : std::as_const(m_pageList)) {
        if (!page->maybeSave()) {
            // Cancelled, or a save refused: show where, so the messages beside the fields
            // say why (a page out of sight would make the command seem to do nothing).
            showPage(page);
            statusBar()->showMessage(tr("Stopped: “%1” has changes that are not saved. Save or discard them there, "
                                        "then try again.").arg(page->title()), 10000);
            return false;
        }
    }
    return true;
}

bool MainWindow::confirmStep(int index, const QString &actionText)
{
    const auto *step = undoStack() ? dynamic_cast<const EditCommand *>(undoStack()->command(index)) : nullptr;
    if (!step)
        return true;
    for (Page *page : std::as_const(m_pageList))
        if (!page->confirmStep(step->changeSet(), actionText))
            return false;
    return true;
}

void MainWindow::readSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/navigationSplitter")).toByteArray());
    for (Page *page : std::as_const(m_pageList)) {
        settings.beginGroup(QStringLiteral("pages/") + page->objectName());
        page->restoreLayout(settings);
        settings.endGroup();
    }
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/navigationSplitter"), m_splitter->saveState());
    for (const Page *page : std::as_const(m_pageList)) {
        settings.beginGroup(QStringLiteral("pages/") + page->objectName());
        page->saveLayout(settings);
        settings.endGroup();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSaveAll()) {
        event->ignore();
        return;
    }
    writeSettings();
    backUpAutomatically();
    event->accept();
}

void MainWindow::printPreview()
{
    Page *page = currentPage();
    const PageReport report = page ? page->report() : PageReport();
    if (!report.isValid()) {
        QMessageBox::information(this, tr("Print preview"),
                                 tr("This page has nothing to print. The Due page prints the due list, the Reviews page "
                                    "the selected review's record, the Contracts page the selected contract's summary, "
                                    "the Programmes page the selected programme's audit programme report, the "
                                    "Certificates page the certificate register, the Settings page the public "
                                    "information sheet."));
        return;
    }
    ReportPreviewDialog dialog(report.build, ReportPreviewDialog::defaultMode(), report.fileName, this);
    dialog.exec();
}
