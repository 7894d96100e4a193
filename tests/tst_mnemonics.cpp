// Keyboard mnemonics (issue 7): within what the window shows at one time — the menu bar
// and the page on screen with its editor open — no two controls share an Alt letter, and
// the menus keep theirs (文件(F) 编辑(E) 视图(V) 帮助(H)), in both languages.

#include "testsupport.h"

#include "applications/applicationspage.h"
#include "auditors/auditorspage.h"
#include "reviews/reviewspage.h"
#include "contracts/contractspage.h"
#include "programmes/programmeeditor.h"
#include "programmes/programmespage.h"
#include "itemmodels/programmelistmodel.h"
#include "itemmodels/contractlistmodel.h"
#include "itemmodels/reviewlistmodel.h"
#include "itemmodels/applicationlistmodel.h"
#include "clients/clienteditor.h"
#include "common/actionbutton.h"
#include "clients/clientspage.h"
#include "demo/demodata.h"
#include "i18n/language.h"
#include "itemmodels/clientlistmodel.h"
#include "certificates/certificatespage.h"
#include "due/duepage.h"
#include "main/mainwindow.h"
#include "main/reportsmenu.h"
#include "main/userprofiles.h"
#include "settings/settingspage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabBar>
#include <QTableView>
#include <QTest>

namespace {

// The Alt letter of a text with a mnemonic ("&Edit", "编辑(&E)"), or 0.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

// Every control the user can reach with Alt+letter now, with its text.
QList<QPair<QChar, QString>> reachable(QWidget *window)
{
    QList<QPair<QChar, QString>> found;
    auto add = [&found](const QString &text) {
        if (const QChar c = mnemonic(text); !c.isNull())
            found << qMakePair(c, text);
    };
    auto *main = qobject_cast<QMainWindow *>(window);
    for (QAction *menu : main->menuBar()->actions())
        add(menu->text());
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || w->window() != window)
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text());
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(label->text());
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            add(box->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
    }
    return found;
}

QString clashes(QWidget *window)
{
    QHash<QChar, QStringList> byLetter;
    for (const auto &[letter, text] : reachable(window))
        byLetter[letter] << text;
    QStringList out;
    for (auto it = byLetter.constBegin(); it != byLetter.constEnd(); ++it)
        if (it->size() > 1)
            out << QStringLiteral("%1: %2").arg(it.key(), it->join(QStringLiteral(" | ")));
    out.sort();
    return out.join(u'\n');
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

    TestSupport::IsolatedSettings m_settings;
    QTemporaryDir m_dir;
    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support).*")));
        const QString path = m_dir.filePath(QStringLiteral("m.sqlite"));
        {
            Database db;
            QVERIFY(!db.open(path));
            QVERIFY(DemoData::generate(db, 10, 1));
        }
        m_window = std::make_unique<MainWindow>(m_languages);
        QVERIFY(!m_window->openDatabase(path));
        QVERIFY(m_window->userProfiles()->setCurrentUser(4));   // the administrator: every form is editable
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanupTestCase() { m_window.reset(); }

    void noClashes_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("page");
        for (const char *language : {"en", "zh_CN"})
            for (const char *page : {"due", "clients", "applications", "reviews", "contracts", "programmes", "programme audits", "certificates", "auditors", "controls", "scope classes", "audit time", "public information", "parameters", "users", "numbering"})
                QTest::addRow("%s %s", language, page) << QString::fromLatin1(language) << QString::fromLatin1(page);
    }
    void noClashes()
    {
        QFETCH(QString, language);
        QFETCH(QString, page);
        m_languages.setLanguage(language);
        QCoreApplication::processEvents();
        if (page == QLatin1String("clients")) {
            auto *clients = m_window->page<ClientsPage>();
            m_window->showPage(clients);
            clients->openStored(clients->model()->idAt(0));
        } else if (page == QLatin1String("applications")) {
            auto *applications = m_window->page<ApplicationsPage>();
            m_window->showPage(applications);
            applications->setStatusFilter(2);   // all
            applications->openStored(applications->model()->idAt(0));
        } else if (page == QLatin1String("reviews")) {
            auto *reviews = m_window->page<ReviewsPage>();
            m_window->showPage(reviews);
            reviews->openStored(reviews->model()->idAt(0));
        } else if (page == QLatin1String("contracts")) {
            auto *contracts = m_window->page<ContractsPage>();
            m_window->showPage(contracts);
            contracts->openStored(contracts->model()->idAt(0));
        } else if (page.startsWith(QLatin1String("programme"))) {
            auto *programmes = m_window->page<ProgrammesPage>();
            m_window->showPage(programmes);
            programmes->openStored(programmes->model()->idAt(0));
            if (page == QLatin1String("programme audits")) {
                programmes->editor()->tabs()->setCurrentIndex(ProgrammeEditor::AuditsTab);
                programmes->editor()->selectAudit(0);
            } else {
                programmes->editor()->tabs()->setCurrentIndex(ProgrammeEditor::DetailsTab);
            }
        } else if (page == QLatin1String("due")) {
            m_window->showPage(m_window->page<DuePage>());
        } else if (page == QLatin1String("certificates")) {
            auto *certificates = m_window->page<CertificatesPage>();
            m_window->showPage(certificates);
            certificates->view()->selectRow(0);
        } else if (page == QLatin1String("auditors")) {
            auto *auditors = m_window->page<AuditorsPage>();
            m_window->showPage(auditors);
            auditors->openStored(1);
        } else {
            auto *settings = m_window->page<SettingsPage>();
            m_window->showPage(settings);
            const QStringList sections{QStringLiteral("controls"), QStringLiteral("scope classes"), QStringLiteral("audit time"),
                                       QStringLiteral("public information"), QStringLiteral("parameters"), QStringLiteral("users"), QStringLiteral("numbering")};
            settings->setSection(SettingsPage::Section(sections.indexOf(page)));
            // With an entry chosen, as a user editing it sees the form.
            if (auto *view = settings->findChild<QTableView *>(QString(), Qt::FindChildrenRecursively)) {
                for (QTableView *table : settings->findChildren<QTableView *>())
                    if (table->isVisibleTo(m_window.get()) && table->model() && table->model()->rowCount() > 0)
                        table->setCurrentIndex(table->model()->index(0, 0));
                Q_UNUSED(view);
            }
        }
        QCoreApplication::processEvents();
        if (qEnvironmentVariableIsSet("CSISMS_LIST_MNEMONICS"))
            for (const auto &[letter, text] : reachable(m_window.get()))
                qInfo("%s %s", qPrintable(QString(letter)), qPrintable(text));
        const QString found = clashes(m_window.get());
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("\n") + found));
        // The menus keep their letters.
        QStringList menus;
        for (QAction *menu : m_window->menuBar()->actions())
            menus << QString(mnemonic(menu->text()));
        QCOMPARE(menus.join(QString()), QStringLiteral("FEVPH"));
        // R stays free for the Records menu to come (UI.md); P is the Reports menu's.
        for (const auto &[letter, text] : reachable(m_window.get()))
            QVERIFY2(letter != u'R' && (letter != u'P' || text == m_window->reportsMenu()->title()), qPrintable(text));
        m_languages.setLanguage(QStringLiteral("en"));
    }

    // A button for a menu's action shows the words without the menu's letter, which may
    // belong to another control on the page.
    void buttonText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("zh") << QStringLiteral("删除(&D)") << QStringLiteral("删除");
        QTest::newRow("zh full-width") << QStringLiteral("归档（&A）") << QStringLiteral("归档");
        QTest::newRow("zh with space") << QStringLiteral("新建认证委托人 (&N)") << QStringLiteral("新建认证委托人");
        QTest::newRow("en") << QStringLiteral("&Delete") << QStringLiteral("Delete");
        QTest::newRow("en inner") << QStringLiteral("Sho&w archived") << QStringLiteral("Show archived");
        QTest::newRow("ampersand") << QStringLiteral("Save && &close") << QStringLiteral("Save & close");
        QTest::newRow("none") << QStringLiteral("导入(CSV)") << QStringLiteral("导入(CSV)");
    }
    void buttonText()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(ActionButton::withoutMnemonic(text), shown);
    }
    void pageButtonsFollowTheirActions()
    {
        m_languages.setLanguage(QStringLiteral("zh_CN"));
        QCoreApplication::processEvents();
        auto *clients = m_window->page<ClientsPage>();
        m_window->showPage(clients);
        QStringList shown;
        for (auto *button : clients->findChildren<ActionButton *>())
            shown << button->text();
        QVERIFY2(shown.contains(QStringLiteral("删除")), qPrintable(shown.join(u'|')));
        QVERIFY2(shown.contains(QStringLiteral("新建认证委托人")), qPrintable(shown.join(u'|')));
        m_languages.setLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        shown.clear();
        for (auto *button : clients->findChildren<ActionButton *>())
            shown << button->text();
        QVERIFY2(shown.contains(QStringLiteral("Delete")), qPrintable(shown.join(u'|')));
    }

    // The letters act, not only look unique: Alt+W ticks 显示已归档(W), Alt+N puts the cursor in
    // the Chinese name, Alt+D discards an edit, Alt+E still opens the Edit menu.
    void lettersAct_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void lettersAct()
    {
        QFETCH(QString, language);
        m_languages.setLanguage(language);
        auto *clients = m_window->page<ClientsPage>();
        m_window->showPage(clients);
        clients->openStored(clients->model()->idAt(0));
        QCoreApplication::processEvents();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

        QVERIFY(!clients->showArchivedBox()->isChecked());
        QTest::keyClick(m_window.get(), Qt::Key_W, Qt::AltModifier);
        QTRY_VERIFY(clients->showArchivedBox()->isChecked());
        QTest::keyClick(m_window.get(), Qt::Key_W, Qt::AltModifier);
        QTRY_VERIFY(!clients->showArchivedBox()->isChecked());

        auto *name = clients->editor()->field<QLineEdit>(QStringLiteral("name_zh"));
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), name);
        const QString before = name->text();
        QTest::keyClick(name, Qt::Key_X);
        QVERIFY(clients->editor()->isModified());
        QTest::keyClick(name, Qt::Key_D, Qt::AltModifier);
        QTRY_COMPARE(name->text(), before);
        QVERIFY(!clients->editor()->isModified());
        m_languages.setLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
