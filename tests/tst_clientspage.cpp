// The Clients page in the main window, driven like a user would with real key events
// on the offscreen platform: add a client in the editor, find it with the filter,
// switch the language from the View menu, undo and redo; inline validation; delete
// with confirmation; archive; Esc; a database that fails to open.

#include "testsupport.h"

#include "clients/clienteditor.h"
#include "clients/clientspage.h"
#include "db/database.h"
#include "i18n/language.h"
#include "itemmodels/clientlistmodel.h"
#include "main/mainwindow.h"
#include "main/userprofiles.h"
#include "repositories/clientrepository.h"
#include "repositories/userrepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

namespace {

QWidget *g_window = nullptr;  // the main window under test

// The focused widget. The offscreen platform does not give the focus back to the main
// window when a message box closes, as a desktop does: do that here.
QWidget *focused()
{
    if (!QApplication::focusWidget() && g_window) {
        QApplication::setActiveWindow(g_window);
        if (!QTest::qWaitForWindowActive(g_window))
            return nullptr;
    }
    return QApplication::focusWidget();
}

// Types text into the focused widget as key events (CJK characters as text events).
void typeText(const QString &text)
{
    for (const QChar c : text) {
        QWidget *target = focused();
        QVERIFY(target);
        if (c.unicode() < 0x80)
            QTest::keyClick(target, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void keyToFocus(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = focused();
    QVERIFY(target);
    QTest::keyClick(target, key, modifiers);
}

// Answers the next message box: clicks a standard button, or the first button with
// a role; remembers the box's text.
class MessageBoxAnswer : public QObject
{
public:
    void button(QMessageBox::StandardButton button) { start(button, QMessageBox::InvalidRole); }
    void role(QMessageBox::ButtonRole role) { start(QMessageBox::NoButton, role); }
    bool seen() const { return m_seen; }
    QString text() const { return m_text; }

private:
    void start(QMessageBox::StandardButton button, QMessageBox::ButtonRole role)
    {
        m_button = button;
        m_role = role;
        m_seen = false;
        m_text.clear();
        m_tries = 0;
        QTimer::singleShot(0, this, [this] { poll(); });
    }
    void poll()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (++m_tries < 200)
                QTimer::singleShot(10, this, [this] { poll(); });
            return;
        }
        m_seen = true;
        m_text = box->text();
        QAbstractButton *target = m_button != QMessageBox::NoButton ? box->button(m_button) : nullptr;
        for (QAbstractButton *candidate : box->buttons())
            if (!target && box->buttonRole(candidate) == m_role)
                target = candidate;
        if (target)
            target->click();
        else
            box->reject();
    }

    QMessageBox::StandardButton m_button = QMessageBox::NoButton;
    QMessageBox::ButtonRole m_role = QMessageBox::InvalidRole;
    bool m_seen = false;
    QString m_text;
    int m_tries = 0;
};

} // namespace

class TestClientsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addFindSwitchLanguageAndUndo();
    void invalidInputIsShownAndSaveRefused();
    void deleteAsksForConfirmation();
    void clientWithRecordsCannotBeDeleted();
    void archiveHidesAndMarks();
    void escapeAsksBeforeDiscarding();
    void leavingWithUnsavedChangesAsks();
    void failedOpenKeepsCurrentDatabase();

private:
    qint64 addClient(const QString &name, const QString &code);
    ClientRepository repository() { return ClientRepository(*m_window->database()); }

    TestSupport::IsolatedSettings m_settings;
    LanguageManager m_languages;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    MessageBoxAnswer m_answer;
    int m_run = 0;
};

void TestClientsPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestClientsPage::init()
{
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    m_window = std::make_unique<MainWindow>(m_languages);
    const QString path = m_dir.filePath(QStringLiteral("clients-%1.sqlite").arg(++m_run));
    const DatabaseError error = m_window->openDatabase(path);
    QVERIFY2(!error, qPrintable(error.message));
    // Writes need a profile (the change log names a person).
    const qint64 user = UserRepository(*m_window->database()).save(User{0, QStringLiteral("李娜"), UserRole::Reviewer, true, 0}).id;
    QVERIFY(m_window->userProfiles()->setCurrentUser(user));
    m_window->showPage(m_window->page<ClientsPage>());   // the window starts on the Due page
    m_window->show();
    g_window = m_window.get();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // Any Qt warning fails the test, but for the offscreen platform's note on dialogs.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
}

void TestClientsPage::cleanup()
{
    // Close without being asked about unsaved changes.
    if (m_window && m_window->page<ClientsPage>()->editor()->isModified())
        m_window->page<ClientsPage>()->editor()->revert();
    g_window = nullptr;
    m_window.reset();
}

qint64 TestClientsPage::addClient(const QString &name, const QString &code)
{
    Client client;
    client.nameZh = name;
    client.creditCode = code;
    const WriteResult result = repository().save(client);
    if (!result.ok)
        qFatal("cannot add client: %s", qPrintable(result.message));
    m_window->page<ClientsPage>()->model()->refresh();
    return result.id;
}

void TestClientsPage::addFindSwitchLanguageAndUndo()
{
    ClientsPage *page = m_window->page<ClientsPage>();
    ClientEditor *editor = page->editor();
    ClientListModel *model = page->model();
    const QString name = QStringLiteral("福州示例云科技有限公司");

    // New client: Ctrl+N puts the cursor in the Chinese name.
    keyToFocus(Qt::Key_N, Qt::ControlModifier);
    QVERIFY(editor->isNew());
    QCOMPARE(focused(), editor->field<QLineEdit>(QStringLiteral("name_zh")));
    typeText(name);
    keyToFocus(Qt::Key_Tab);
    QCOMPARE(focused(), editor->field<QLineEdit>(QStringLiteral("name_en")));
    typeText(QStringLiteral("Fuzhou Example Cloud Co., Ltd."));
    keyToFocus(Qt::Key_Tab);
    QCOMPARE(focused(), editor->field<QLineEdit>(QStringLiteral("credit_code")));
    typeText(QStringLiteral("91350100M000100Y43"));
    QVERIFY(editor->isModified());
    QVERIFY(m_window->isWindowModified());
    QCOMPARE(editor->fieldMessage(QStringLiteral("credit_code")), QString());

    keyToFocus(Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!editor->isModified());
    QVERIFY(!m_window->isWindowModified());
    const qint64 id = editor->recordId();
    QVERIFY(id > 0);
    const std::optional<Client> stored = repository().load(id);
    QVERIFY(stored);
    QCOMPARE(stored->nameZh, name);
    QCOMPARE(stored->nameEn, QStringLiteral("Fuzhou Example Cloud Co., Ltd."));
    QCOMPARE(stored->creditCode, QStringLiteral("91350100M000100Y43"));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->idAt(page->view()->currentIndex().row()), id);
    QVERIFY2(m_window->statusText().contains(QStringLiteral("1 client")), qPrintable(m_window->statusText()));
    QCOMPARE(m_window->undoAction()->text(), QStringLiteral("&Undo Add client “%1”").arg(name));

    // Find it with the filter (Ctrl+F), by part of its credit code.
    keyToFocus(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(focused(), page->filterEdit());
    typeText(QStringLiteral("nothing like it"));
    QCOMPARE(model->rowCount(), 0);
    keyToFocus(Qt::Key_A, Qt::ControlModifier);
    typeText(QStringLiteral("M000100"));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, ClientListModel::NameZh).data().toString(), name);
    QCOMPARE(editor->recordId(), id);  // the editor stays with it

    // Switch to Chinese from View → Language: headers and texts change at once.
    QCOMPARE(model->headerData(ClientListModel::NameZh, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QAction *chinese = m_window->languageAction(QStringLiteral("zh_CN"));
    QVERIFY(chinese);
    QMenu *viewMenu = nullptr;
    for (QAction *menu : m_window->menuBar()->actions())
        if (menu->text() == QStringLiteral("&View"))
            viewMenu = menu->menu();
    QVERIFY(viewMenu);
    QVERIFY(viewMenu->actions().constFirst()->menu()->actions().contains(chinese));
    chinese->trigger();
    QVERIFY(chinese->isChecked());
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
    QHeaderView *header = page->view()->horizontalHeader();
    QCOMPARE(header->model()->headerData(ClientListModel::NameZh, Qt::Horizontal).toString(), QStringLiteral("名称"));
    QCOMPARE(header->model()->headerData(ClientListModel::Contact, Qt::Horizontal).toString(), QStringLiteral("联系人"));
    QTRY_COMPARE(page->showArchivedBox()->text(), QStringLiteral("显示已归档(&W)"));
    QTRY_VERIFY2(m_window->statusText().contains(QStringLiteral("1 个认证委托人")), qPrintable(m_window->statusText()));
    QCOMPARE(viewMenu->title(), QStringLiteral("视图(&V)"));
    // No translated header is cut off.
    for (int column = 0; column < ClientListModel::ColumnCount; ++column)
        QVERIFY(header->sectionSize(column) >= header->sectionSizeHint(column));

    // Undo (Ctrl+Z, from the list) removes the client again; redo brings it back.
    page->view()->setFocus();
    keyToFocus(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(repository().totalCount(), 0);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!editor->hasRecord());
    keyToFocus(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(repository().totalCount(), 1);
    QVERIFY(repository().load(id));
    QCOMPARE(model->rowCount(), 1);

    m_window->languageAction(QStringLiteral("en"))->trigger();
    QTRY_COMPARE(page->showArchivedBox()->text(), QStringLiteral("Sho&w archived"));
}

void TestClientsPage::invalidInputIsShownAndSaveRefused()
{
    ClientEditor *editor = m_window->page<ClientsPage>()->editor();
    keyToFocus(Qt::Key_N, Qt::ControlModifier);

    // Saving an empty new client: refused, the name says why.
    keyToFocus(Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!editor->fieldMessage(QStringLiteral("name_zh")).isEmpty());
    QCOMPARE(repository().totalCount(), 0);
    QCOMPARE(focused(), editor->field<QLineEdit>(QStringLiteral("name_zh")));

    typeText(QStringLiteral("测试云"));
    QCOMPARE(editor->fieldMessage(QStringLiteral("name_zh")), QString());  // follows the typing
    keyToFocus(Qt::Key_Tab);
    keyToFocus(Qt::Key_Tab);
    QCOMPARE(focused(), editor->field<QLineEdit>(QStringLiteral("credit_code")));
    typeText(QStringLiteral("91350100M000100Y44"));  // wrong check character
    const QString message = editor->fieldMessage(QStringLiteral("credit_code"));
    QVERIFY2(message.contains(QStringLiteral("3")), qPrintable(message));  // names the right character

    keyToFocus(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(repository().totalCount(), 0);
    QVERIFY(editor->isModified());
    QVERIFY(editor->isNew());
    QCOMPARE(focused(), editor->field<QLineEdit>(QStringLiteral("credit_code")));

    keyToFocus(Qt::Key_Backspace);
    typeText(QStringLiteral("3"));
    QCOMPARE(editor->fieldMessage(QStringLiteral("credit_code")), QString());

    // E-mail, five fields further.
    for (int i = 0; i < 5; ++i)
        keyToFocus(Qt::Key_Tab);
    QCOMPARE(focused(), editor->field<QLineEdit>(QStringLiteral("email")));
    typeText(QStringLiteral("not-an-address"));
    QVERIFY(!editor->fieldMessage(QStringLiteral("email")).isEmpty());
    keyToFocus(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(repository().totalCount(), 0);

    keyToFocus(Qt::Key_A, Qt::ControlModifier);
    typeText(QStringLiteral("info@example.cn"));
    keyToFocus(Qt::Key_Tab);
    QCOMPARE(focused(), editor->field<QLineEdit>(QStringLiteral("headcount")));
    typeText(QStringLiteral("12a"));
    QVERIFY(!editor->fieldMessage(QStringLiteral("headcount")).isEmpty());
    keyToFocus(Qt::Key_Backspace);
    QCOMPARE(editor->fieldMessage(QStringLiteral("headcount")), QString());

    keyToFocus(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(repository().totalCount(), 1);
    QCOMPARE(repository().load(editor->recordId())->headcount, std::optional<int>(12));

    // A second client with the same credit code: refused by the register.
    keyToFocus(Qt::Key_N, Qt::ControlModifier);
    typeText(QStringLiteral("重复云"));
    keyToFocus(Qt::Key_Tab);
    keyToFocus(Qt::Key_Tab);
    typeText(QStringLiteral("91350100m000100y43"));  // lower case is accepted and normalised
    QVERIFY2(editor->fieldMessage(QStringLiteral("credit_code")).contains(QStringLiteral("测试云")),
             qPrintable(editor->fieldMessage(QStringLiteral("credit_code"))));
    keyToFocus(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(repository().totalCount(), 1);
}

void TestClientsPage::deleteAsksForConfirmation()
{
    ClientsPage *page = m_window->page<ClientsPage>();
    const qint64 id = addClient(QStringLiteral("删除云"), QStringLiteral("91350100M000100Y43"));
    page->openStored(id);
    QCOMPARE(page->editor()->recordId(), id);

    m_answer.button(QMessageBox::No);
    page->deleteAction()->trigger();
    QVERIFY(m_answer.seen());
    QVERIFY(m_answer.text().contains(QStringLiteral("删除云")));
    QCOMPARE(repository().totalCount(), 1);

    // The Delete key on the list, confirmed.
    page->view()->setFocus();
    m_answer.button(QMessageBox::Yes);
    keyToFocus(Qt::Key_Delete);
    QVERIFY(m_answer.seen());
    QCOMPARE(repository().totalCount(), 0);
    QCOMPARE(page->model()->rowCount(), 0);
    QVERIFY(!page->editor()->hasRecord());

    m_window->undoAction()->trigger();
    QCOMPARE(repository().totalCount(), 1);
    QVERIFY(repository().load(id));  // restored with its id
}

void TestClientsPage::clientWithRecordsCannotBeDeleted()
{
    ClientsPage *page = m_window->page<ClientsPage>();
    const qint64 id = addClient(QStringLiteral("有记录云"), QString());
    // A dossier record that refers to the client (later issues add such tables).
    m_window->database()->exec(QStringLiteral(
        "CREATE TABLE test_dossier_records (id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL REFERENCES clients (id))"));
    m_window->database()->exec(QStringLiteral("INSERT INTO test_dossier_records (client_id) VALUES (?)"), {id});
    page->openStored(id);

    m_answer.button(QMessageBox::Cancel);
    page->deleteAction()->trigger();
    QVERIFY(m_answer.seen());
    QVERIFY2(m_answer.text().contains(QStringLiteral("cannot be deleted")), qPrintable(m_answer.text()));
    QVERIFY(m_answer.text().contains(QStringLiteral("Archive")));
    QVERIFY(repository().load(id));

    m_answer.role(QMessageBox::AcceptRole);  // "Archive" instead
    page->deleteAction()->trigger();
    QVERIFY(m_answer.seen());
    QVERIFY(repository().load(id));
    QVERIFY(repository().load(id)->archived);
}

void TestClientsPage::archiveHidesAndMarks()
{
    ClientsPage *page = m_window->page<ClientsPage>();
    const qint64 id = addClient(QStringLiteral("归档云"), QString());
    addClient(QStringLiteral("留下云"), QString());
    page->openStored(id);
    QCOMPARE(page->archiveAction()->text(), QStringLiteral("&Archive"));
    page->archiveAction()->trigger();
    QVERIFY(repository().load(id)->archived);
    QCOMPARE(page->model()->rowCount(), 1);
    QVERIFY2(m_window->statusText().contains(QStringLiteral("1 archived")), qPrintable(m_window->statusText()));

    page->showArchivedBox()->setFocus();
    keyToFocus(Qt::Key_Space);
    QVERIFY(page->showArchivedBox()->isChecked());
    QCOMPARE(page->model()->rowCount(), 2);
    const int row = page->model()->rowOf(id);
    QVERIFY(row >= 0);
    QVERIFY(page->model()->index(row, ClientListModel::NameZh).data().toString().contains(QStringLiteral("archived")));
    page->openStored(id);
    QCOMPARE(page->archiveAction()->text(), QStringLiteral("Un&archive"));

    keyToFocus(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!repository().load(id)->archived);
}

void TestClientsPage::escapeAsksBeforeDiscarding()
{
    ClientsPage *page = m_window->page<ClientsPage>();
    ClientEditor *editor = page->editor();
    const qint64 id = addClient(QStringLiteral("原名云"), QString());
    page->openStored(id);
    page->view()->setFocus();
    keyToFocus(Qt::Key_Return);  // Enter opens the client in the editor
    QCOMPARE(focused(), editor->field<QLineEdit>(QStringLiteral("name_zh")));
    typeText(QStringLiteral("新名云"));
    QVERIFY(editor->isModified());

    m_answer.button(QMessageBox::Cancel);
    keyToFocus(Qt::Key_Escape);
    QVERIFY(m_answer.seen());
    QVERIFY(editor->isModified());
    QCOMPARE(editor->field<QLineEdit>(QStringLiteral("name_zh"))->text(), QStringLiteral("新名云"));

    m_answer.button(QMessageBox::Discard);
    keyToFocus(Qt::Key_Escape);
    QVERIFY(m_answer.seen());
    QVERIFY(!editor->isModified());
    QCOMPARE(editor->field<QLineEdit>(QStringLiteral("name_zh"))->text(), QStringLiteral("原名云"));
    QCOMPARE(focused(), page->view());
    QCOMPARE(repository().load(id)->nameZh, QStringLiteral("原名云"));
}

void TestClientsPage::leavingWithUnsavedChangesAsks()
{
    ClientsPage *page = m_window->page<ClientsPage>();
    ClientEditor *editor = page->editor();
    const qint64 first = addClient(QStringLiteral("甲云"), QString());
    const qint64 second = addClient(QStringLiteral("乙云"), QString());
    page->openStored(first);
    editor->focusFirstField();
    keyToFocus(Qt::Key_End);
    typeText(QStringLiteral("改"));

    // Choosing another client asks; Cancel stays, Save saves and moves on.
    QTableView *view = page->view();
    const auto clickRow = [view](int row) {
        const QRect rect = view->visualRect(view->model()->index(row, ClientListModel::NameZh));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    };
    m_answer.button(QMessageBox::Cancel);
    clickRow(page->model()->rowOf(second));
    QVERIFY(m_answer.seen());
    QCOMPARE(editor->recordId(), first);
    QVERIFY(editor->isModified());
    QCOMPARE(page->model()->idAt(view->currentIndex().row()), first);
    // The highlighted row too, after the click has been handled to its end.
    QCoreApplication::processEvents();
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(page->model()->idAt(view->selectionModel()->selectedRows().constFirst().row()), first);

    m_answer.button(QMessageBox::Save);
    clickRow(page->model()->rowOf(second));
    QVERIFY(m_answer.seen());
    QCOMPARE(page->model()->idAt(view->currentIndex().row()), second);
    QCOMPARE(editor->recordId(), second);
    QCOMPARE(repository().load(first)->nameZh, QStringLiteral("甲云改"));

    // Closing the window asks too.
    editor->focusFirstField();
    keyToFocus(Qt::Key_End);
    typeText(QStringLiteral("改"));
    m_answer.button(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QVERIFY(m_answer.seen());
    QVERIFY(m_window->isVisible());
}

void TestClientsPage::failedOpenKeepsCurrentDatabase()
{
    const QString current = m_window->database()->path();
    const qint64 id = addClient(QStringLiteral("保留云"), QString());
    const QString bad = m_dir.filePath(QStringLiteral("not-a-database.sqlite"));
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("This is a letter, not a database.\n");
    }
    const QByteArray before = TestSupport::readFile(bad);

    const DatabaseError error = m_window->openDatabase(bad);
    QCOMPARE(error.kind, DatabaseError::NotADatabase);
    QCOMPARE(m_window->database()->path(), current);
    QCOMPARE(TestSupport::readFile(bad), before);

    m_answer.button(QMessageBox::Ok);
    QVERIFY(!m_window->openDatabaseInteractively(bad));
    QVERIFY(m_answer.seen());
    QCOMPARE(m_answer.text(), error.message);
    QCOMPARE(m_window->database()->path(), current);
    QCOMPARE(TestSupport::readFile(bad), before);
    QVERIFY(repository().load(id));
    QCOMPARE(m_window->page<ClientsPage>()->model()->rowCount(), 1);

    // A good one replaces it and is remembered.
    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    QVERIFY(m_window->openDatabaseInteractively(other));
    QCOMPARE(m_window->database()->path(), other);
    QCOMPARE(m_window->page<ClientsPage>()->model()->rowCount(), 0);
    QCOMPARE(QSettings().value(QStringLiteral("database/last")).toString(), QFileInfo(other).absoluteFilePath());
    QCOMPARE(QSettings().value(QStringLiteral("database/recent")).toStringList().value(0), QFileInfo(other).absoluteFilePath());
    QVERIFY(!m_window->undoStack()->canUndo());
}

QTEST_MAIN(TestClientsPage)
#include "tst_clientspage.moc"
