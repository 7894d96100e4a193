// User profiles in the main window: at first start on a database without profiles a
// dialog asks for the first one (an administrator); the choice is remembered per database
// file; File → Switch user… changes it; the status bar and title show it; the change log
// records the profile's name; without a profile the operating-system account is recorded
// and the settings are read only.

#include "guitestsupport.h"
#include "testsupport.h"

#include "auditors/auditorspage.h"
#include "clients/clienteditor.h"
#include "clients/clientspage.h"
#include "db/changelog.h"
#include "editing/edits.h"
#include "editing/session.h"
#include "repositories/clientrepository.h"
#include "i18n/language.h"
#include "main/mainwindow.h"
#include "main/profiledialog.h"
#include "repositories/clientrepository.h"
#include "repositories/userrepository.h"
#include "settings/settingspage.h"
#include "main/userprofiles.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>

using namespace GuiTest;

class TestUserProfile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init();
    void cleanup();
    void firstStartCreatesAnAdministrator();
    void switchingAndRemembering();
    void cancelledFirstStartIsReadOnly();
    void inactiveProfileIsAskedAgain();

private:
    void openWindow();
    // Answers the profile dialog: `act` fills it in and accepts or rejects it.
    void answerProfileDialog(std::function<void(ProfileDialog *)> act);
    QString path() const { return m_dir.filePath(QStringLiteral("profiles-%1.sqlite").arg(m_run)); }

    TestSupport::IsolatedSettings m_settings;
    LanguageManager m_languages;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    ModalAnswer m_answer;
    int m_run = 0;
};

void TestUserProfile::init()
{
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    ++m_run;
    openWindow();
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support).*")));
}

void TestUserProfile::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_languages);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestUserProfile::cleanup()
{
    if (m_window && m_window->page<ClientsPage>()->editor()->isModified())
        m_window->page<ClientsPage>()->editor()->revert();
    m_window.reset();
}

void TestUserProfile::answerProfileDialog(std::function<void(ProfileDialog *)> act)
{
    m_answer.start([act](QWidget *modal) {
        auto *dialog = qobject_cast<ProfileDialog *>(modal);
        if (!dialog) {
            if (auto *other = qobject_cast<QDialog *>(modal))
                other->reject();
            return;
        }
        act(dialog);
    });
}

void TestUserProfile::firstStartCreatesAnAdministrator()
{
    // Opening a new database as the program starts: the dialog asks for the first profile.
    answerProfileDialog([](ProfileDialog *dialog) {
        QCOMPARE(dialog->mode(), ProfileDialog::CreateFirst);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());   // a name first
        dialog->nameEdit()->setFocus();
        for (const QChar c : QStringLiteral("陈静"))
            QTest::sendKeyEvent(QTest::Click, dialog->nameEdit(), Qt::Key_unknown, QString(c), Qt::NoModifier);
        QVERIFY(ok->isEnabled());
        QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
    });
    QVERIFY(m_window->openDatabaseAsUser(path()));
    QVERIFY(m_answer.seen());

    const std::optional<User> user = m_window->userProfiles()->currentUser();
    QVERIFY(user);
    QCOMPARE(user->name, QStringLiteral("陈静"));
    QCOMPARE(user->role, UserRole::Administrator);
    QCOMPARE(m_window->database()->changeLog().userName(), QStringLiteral("陈静"));
    QCOMPARE(m_window->userText(), QStringLiteral("user: 陈静 (Administrator)"));
    QVERIFY2(m_window->windowTitle().contains(QStringLiteral("陈静 (Administrator)")), qPrintable(m_window->windowTitle()));
    QVERIFY(m_window->page<SettingsPage>()->isEditable());
    // The profile's own creation is recorded under its name.
    QCOMPARE(ChangeLog::history(*m_window->database(), QStringLiteral("users"), user->id).first().user, QStringLiteral("陈静"));
    // Remembered for this file.
    const QVariantMap remembered = QSettings().value(QStringLiteral("profiles/byDatabase")).toMap();
    QCOMPARE(remembered.value(QFileInfo(path()).absoluteFilePath()).toLongLong(), user->id);
}

void TestUserProfile::switchingAndRemembering()
{
    QVERIFY(!m_window->openDatabase(path()));
    UserRepository users(*m_window->database());
    const qint64 chen = users.save(User{0, QStringLiteral("陈静"), UserRole::Administrator, true, 0}).id;
    const qint64 li = users.save(User{0, QStringLiteral("李娜"), UserRole::Reviewer, true, 0}).id;
    QVERIFY(m_window->userProfiles()->setCurrentUser(chen));

    // File → Switch user… offers the active profiles; choose 李娜.
    QAction *switchUser = m_window->userProfiles()->switchUserAction();
    QMenu *fileMenu = m_window->menuBar()->actions().constFirst()->menu();
    QVERIFY(fileMenu->actions().contains(switchUser));
    QCOMPARE(switchUser->text(), QStringLiteral("S&witch user…"));
    answerProfileDialog([li](ProfileDialog *dialog) {
        QCOMPARE(dialog->mode(), ProfileDialog::Choose);
        QCOMPARE(dialog->list()->count(), 2);
        for (int row = 0; row < dialog->list()->count(); ++row)
            if (dialog->list()->item(row)->data(Qt::UserRole).toLongLong() == li)
                clickItem(dialog->list(), row);
        QVERIFY(dialog->list()->currentItem()->text().contains(QStringLiteral("(Reviewer)")));
        QTest::keyClick(dialog->list(), Qt::Key_Return);
    });
    switchUser->trigger();
    QVERIFY(m_answer.seen());
    QCOMPARE(m_window->userProfiles()->currentUser()->id, li);
    QCOMPARE(m_window->userText(), QStringLiteral("user: 李娜 (Reviewer)"));
    QVERIFY(!m_window->page<SettingsPage>()->isEditable());

    // A change made now is recorded under 李娜's name.
    ClientsPage *clients = m_window->page<ClientsPage>();
    m_window->showPage(clients);   // the window starts on the Due page
    press(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    typeText(m_window.get(), QStringLiteral("福州示例云科技有限公司"));
    press(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    const qint64 client = clients->editor()->recordId();
    QVERIFY(client > 0);
    QCOMPARE(ChangeLog::history(*m_window->database(), QStringLiteral("clients"), client).first().user, QStringLiteral("李娜"));

    // The status bar's user button switches too; Cancel keeps the profile.
    auto *button = m_window->findChild<QToolButton *>(QStringLiteral("userStatus"));
    QVERIFY(button && button->isVisible());
    answerProfileDialog([](ProfileDialog *dialog) { dialog->reject(); });
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(m_answer.seen());
    QCOMPARE(m_window->userProfiles()->currentUser()->id, li);

    // Opened again (a new window, as at the next start): no question, 李娜 again.
    m_window.reset();
    openWindow();
    answerProfileDialog([](ProfileDialog *dialog) { dialog->reject(); });
    QVERIFY(m_window->openDatabaseAsUser(path()));
    QTest::qWait(50);
    QVERIFY(!m_answer.seen());
    QCOMPARE(m_window->userProfiles()->currentUser()->id, li);
    QCOMPARE(m_window->database()->changeLog().userName(), QStringLiteral("李娜"));

    // The status text follows the language.
    m_window->languageAction(QStringLiteral("zh_CN"))->trigger();
    QTRY_VERIFY2(m_window->userText().contains(QStringLiteral("李娜")) && m_window->userText().contains(QStringLiteral("评审员")),
             qPrintable(m_window->userText()));
    m_window->languageAction(QStringLiteral("en"))->trigger();
}

// Issue 7: cancelling the first-start name dialog leaves the window read-only — nothing is
// written under the operating-system account — until a profile is chosen.
void TestUserProfile::cancelledFirstStartIsReadOnly()
{
    answerProfileDialog([](ProfileDialog *dialog) { dialog->reject(); });
    QVERIFY(m_window->openDatabaseAsUser(path()));
    QVERIFY(m_answer.seen());
    QVERIFY(!m_window->userProfiles()->currentUser());
    QVERIFY2(m_window->userText().contains(QStringLiteral("none chosen")), qPrintable(m_window->userText()));
    QVERIFY(!m_window->page<SettingsPage>()->isEditable());
    QCOMPARE(UserRepository(*m_window->database()).count(), 0);
    Client client;
    client.nameZh = QStringLiteral("未登录时的认证委托人");
    const WriteResult refused = m_window->session()->edits().run(
        [] { return QString(); }, [this, &client] { return ClientRepository(*m_window->database()).save(client); });
    QVERIFY(!refused);
    QVERIFY2(refused.message.contains(QStringLiteral("choose your user profile first")), qPrintable(refused.message));
    QCOMPARE(ClientRepository(*m_window->database()).totalCount(), 0);
    // The record pages say so and offer nothing that writes: no New, no Delete, fields that
    // only show.
    for (RecordListPage *page : {static_cast<RecordListPage *>(m_window->page<ClientsPage>()),
                                 static_cast<RecordListPage *>(m_window->page<AuditorsPage>())}) {
        QVERIFY2(page->readOnlyNote().contains(QStringLiteral("Read only")), qPrintable(page->readOnlyNote()));
        QVERIFY(!page->newAction()->isEnabled());
        QVERIFY(!page->deleteAction()->isEnabled());
        QVERIFY(page->recordEditor()->isReadOnly());
    }
    auto *clients = m_window->page<ClientsPage>();
    QVERIFY(clients->editor()->field<QLineEdit>(QStringLiteral("name_zh"))->isReadOnly());

    // Switch user… on a database without profiles asks for the first one again.
    answerProfileDialog([](ProfileDialog *dialog) {
        QCOMPARE(dialog->mode(), ProfileDialog::CreateFirst);
        dialog->nameEdit()->setText(QStringLiteral("王建国"));
        dialog->accept();
    });
    m_window->userProfiles()->switchUserAction()->trigger();
    QVERIFY(m_answer.seen());
    QCOMPARE(m_window->userProfiles()->currentUser()->name, QStringLiteral("王建国"));
    QVERIFY(m_window->page<SettingsPage>()->isEditable());
    QVERIFY(clients->readOnlyNote().isEmpty());
    QVERIFY(clients->newAction()->isEnabled());
    QVERIFY(!clients->recordEditor()->isReadOnly());
    QVERIFY(!clients->editor()->field<QLineEdit>(QStringLiteral("name_zh"))->isReadOnly());
}

void TestUserProfile::inactiveProfileIsAskedAgain()
{
    QVERIFY(!m_window->openDatabase(path()));
    UserRepository users(*m_window->database());
    const qint64 chen = users.save(User{0, QStringLiteral("陈静"), UserRole::Administrator, true, 0}).id;
    const qint64 wang = users.save(User{0, QStringLiteral("王建国"), UserRole::Manager, true, 0}).id;
    QVERIFY(m_window->userProfiles()->setCurrentUser(wang));
    QVERIFY(users.setActive(wang, false));
    m_window->userProfiles()->reload();   // as after Settings → Users
    QVERIFY(!m_window->userProfiles()->currentUser());
    QCOMPARE(m_window->database()->changeLog().userName(), qEnvironmentVariable("USER", m_window->database()->changeLog().userName()));

    m_window.reset();
    openWindow();
    answerProfileDialog([chen](ProfileDialog *dialog) {
        QCOMPARE(dialog->mode(), ProfileDialog::Choose);
        QCOMPARE(dialog->list()->count(), 1);   // active profiles only
        QCOMPARE(dialog->chosenId(), chen);
        dialog->accept();
    });
    QVERIFY(m_window->openDatabaseAsUser(path()));
    QVERIFY(m_answer.seen());
    QCOMPARE(m_window->userProfiles()->currentUser()->id, chen);
}

QTEST_MAIN(TestUserProfile)
#include "tst_userprofile.moc"
