// Keyboard mnemonics (issue 7): within what the window shows at one time — the menu bar
// and the page on screen with its editor open — no two controls share an Alt letter, and
// the menus keep theirs (文件(F) 编辑(E) 视图(V) 帮助(H)), in both languages.

#include "testsupport.h"

#include "auditors/auditorspage.h"
#include "clients/clientspage.h"
#include "demo/demodata.h"
#include "i18n/language.h"
#include "itemmodels/clientlistmodel.h"
#include "main/mainwindow.h"
#include "main/userprofiles.h"
#include "settings/settingspage.h"

#include <QAbstractButton>
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
            QVERIFY(DemoData::generate(db, 5, 1));
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
            for (const char *page : {"clients", "auditors", "controls", "scope classes", "audit time", "parameters", "users"})
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
        } else if (page == QLatin1String("auditors")) {
            auto *auditors = m_window->page<AuditorsPage>();
            m_window->showPage(auditors);
            auditors->openStored(1);
        } else {
            auto *settings = m_window->page<SettingsPage>();
            m_window->showPage(settings);
            const QStringList sections{QStringLiteral("controls"), QStringLiteral("scope classes"), QStringLiteral("audit time"),
                                       QStringLiteral("parameters"), QStringLiteral("users")};
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
        QCOMPARE(menus.join(QString()), QStringLiteral("FEVH"));
        // R and P stay free for the Records and Reports menus to come (UI.md).
        for (const auto &[letter, text] : reachable(m_window.get()))
            QVERIFY2(letter != u'R' && letter != u'P', qPrintable(text));
        m_languages.setLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
