// The Due page on demo data, driven with real key and mouse events on the offscreen
// platform: it lists exactly what DueList computes for the horizon of the due_days
// parameter; the kind filter narrows the rows to the count it shows; words typed in the
// filter narrow them; a longer horizon lists at least as much; sorting by a column orders
// the rows; Enter on a row asks for its record; late rows carry the mark as well as the
// colour; a write to a table it shows is followed, keeping the selected item; no session
// leaves it disabled and empty; a failed reading says so; the layout is remembered; a
// switch of language reads the headers again; its Alt letters clash with nothing.

#include "guitestsupport.h"
#include "testsupport.h"

#include "checks/duelist.h"
#include "db/database.h"
#include "demo/demodata.h"
#include "due/duepage.h"
#include "editing/changeset.h"
#include "editing/edits.h"
#include "editing/session.h"
#include "auditors/auditoreditor.h"
#include "auditors/auditorspage.h"
#include "i18n/language.h"
#include "main/mainwindow.h"
#include "programmes/programmeeditor.h"
#include "programmes/programmespage.h"
#include "itemmodels/duelistmodel.h"
#include "repositories/auditorrepository.h"
#include "repositories/parameterrepository.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QColor>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QGroupBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QTabBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>

#include <algorithm>

using namespace GuiTest;
using Kind = DueItem::Kind;

namespace {

// DueList's items in one order, to compare lists whatever their sorting.
QList<DueItem> ordered(QList<DueItem> items)
{
    std::sort(items.begin(), items.end(), [](const DueItem &a, const DueItem &b) {
        return std::tie(a.date, a.kind, a.table, a.row, a.subject, a.detail)
               < std::tie(b.date, b.kind, b.table, b.row, b.subject, b.detail);
    });
    return items;
}

QList<DueItem> shown(const DueListModel *model)
{
    QList<DueItem> items;
    for (int row = 0; row < model->rowCount(); ++row)
        items << model->item(row);
    return items;
}

// The Alt letter of a text ("&Within", "范围(&W)"), or 0.
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

} // namespace

class TestDuePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void listsWhatDueListComputes();
    void kindFilterNarrowsToItsCount();
    void findNarrows();
    void daysChangeTheRows();
    void sortsByColumn();
    void enterOpensTheRecord();
    void lateRowsAreMarked();
    void followsWritesKeepingTheSelection();
    void withoutSessionDisabledAndEmpty();
    void readFailureIsShown();
    void layoutIsRemembered();
    void headersFollowTheLanguage();
    void mnemonicsDoNotClash();
    void opensInTheWindow();

private:
    Database &db() const { return m_session->database(); }
    QList<DueItem> expected(int days) const { return DueList::compute(db(), QDate::currentDate(), days); }
    void setDays(int days);

    TestSupport::IsolatedSettings m_settings;
    LanguageManager m_languages;
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<DuePage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestDuePage::initTestCase()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    QVERIFY(m_dir.isValid());
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    auto database = std::make_unique<Database>();
    QVERIFY(!database->open(m_dir.filePath(QStringLiteral("due.sqlite"))));
    database->changeLog().setUserName(QStringLiteral("tester"));
    const DemoData::Result made = DemoData::generate(*database, 60, 7);
    QVERIFY2(made, qPrintable(made.error));
    m_session = std::make_unique<Session>(std::move(database));
}

void TestDuePage::init()
{
    // Qt 6.4 clears the patterns after each test function: every one sets its own. The
    // offscreen platform's one remark on showing a window is not the page's.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support).*")));
    m_page = std::make_unique<DuePage>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_page->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->setSession(m_session.get());
    m_page->resize(1400, 800);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestDuePage::cleanup()
{
    m_tester.reset();
    m_page.reset();
}

void TestDuePage::cleanupTestCase() { m_session.reset(); }

// Types a horizon into the spin box, as a user does: Alt+W, the number, Enter.
void TestDuePage::setDays(int days)
{
    press(m_page.get(), Qt::Key_W, Qt::AltModifier);
    QCOMPARE(focused(m_page.get()), m_page->daysBox());
    press(m_page.get(), Qt::Key_A, Qt::ControlModifier);
    typeText(m_page.get(), QString::number(days));
    press(m_page.get(), Qt::Key_Return);
    QCOMPARE(m_page->daysBox()->value(), days);
    QCOMPARE(m_page->model()->days(), days);
}

void TestDuePage::listsWhatDueListComputes()
{
    const int days = ParameterRepository(db()).load().dueDays();
    QCOMPARE(m_page->daysBox()->value(), days);
    QVERIFY(m_page->isEnabled());
    const QList<DueItem> items = expected(days);
    QVERIFY(!items.isEmpty());
    QCOMPARE(m_page->model()->rowCount(), items.size());
    QCOMPARE(ordered(shown(m_page->model())), ordered(items));
    QCOMPARE(m_page->model()->computed(), items);

    // The demo shows what a reviewer meets: an overdue correction, late audits and windows.
    QHash<Kind, int> byKind;
    for (const DueItem &item : items)
        ++byKind[item.kind];
    QVERIFY(byKind.value(Kind::CorrectionOverdue) >= 1);
    QVERIFY(byKind.value(Kind::AuditDue) >= 1);
    QVERIFY(std::any_of(items.begin(), items.end(), [](const DueItem &i) { return i.late; }));

    // The summary counts what is due and what is late.
    const int late = int(std::count_if(items.begin(), items.end(), [](const DueItem &i) { return i.late; }));
    const QString summary = QCoreApplication::translate("DuePage", "%1 due within %n day(s), %2 late", "due summary", days)
                                .arg(items.size() - late).arg(late);
    QVERIFY2(summary.startsWith(QStringLiteral("%1 due within %2 day").arg(items.size() - late).arg(days)), qPrintable(summary));
    QCOMPARE(m_page->summaryText(), summary);
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("dueSummary"))->text(), summary);
    QCOMPARE(m_page->title(), QStringLiteral("Due"));
    QCOMPARE(m_page->description(), QStringLiteral("What needs a person within the coming days, and what is late"));
    QVERIFY(!m_page->isModified());
    QVERIFY(m_page->maybeSave());
    QVERIFY(m_page->confirmStep(ChangeSet(), QString()));
    QVERIFY(m_page->editActions().isEmpty());
}

void TestDuePage::kindFilterNarrowsToItsCount()
{
    const QList<DueItem> items = expected(m_page->daysBox()->value());
    QComboBox *kinds = m_page->kindBox();
    QCOMPARE(kinds->count(), DueList::kinds().size() + 1);
    QCOMPARE(kinds->itemText(0), QStringLiteral("All (%1)").arg(items.size()));
    press(m_page.get(), Qt::Key_S, Qt::AltModifier);
    QCOMPARE(focused(m_page.get()), kinds);
    press(m_page.get(), Qt::Key_Home);
    QCOMPARE(kinds->currentIndex(), 0);
    int narrowed = 0;
    for (int i = 1; i < kinds->count(); ++i) {
        press(m_page.get(), Qt::Key_Down);   // the next kind, without opening the list
        QCOMPARE(kinds->currentIndex(), i);
        const Kind kind = DueList::kinds().at(i - 1);
        const int expectedCount = int(std::count_if(items.begin(), items.end(), [kind](const DueItem &it) { return it.kind == kind; }));
        QCOMPARE(kinds->currentText(), QStringLiteral("%1 (%2)").arg(DueList::kindLabel(kind)).arg(expectedCount));
        QCOMPARE(m_page->model()->rowCount(), expectedCount);
        for (const DueItem &item : shown(m_page->model()))
            QCOMPARE(item.kind, kind);
        if (expectedCount > 0 && expectedCount < items.size())
            ++narrowed;
    }
    QVERIFY(narrowed >= 2);
    press(m_page.get(), Qt::Key_Home);
    QCOMPARE(m_page->model()->rowCount(), items.size());
    QVERIFY(!m_page->model()->kindFilter());
}

void TestDuePage::findNarrows()
{
    const int all = m_page->model()->rowCount();
    // A client listed with something due, but not the only item.
    QString name;
    for (const DueItem &item : shown(m_page->model()))
        if (item.table == QLatin1String("programmes")) {
            name = item.clientName;
            break;
        }
    QVERIFY(!name.isEmpty());
    m_page->view()->setFocus();
    press(m_page.get(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(focused(m_page.get()), m_page->filterEdit());
    typeText(m_page.get(), name);
    const int rows = m_page->model()->rowCount();
    QVERIFY(rows >= 1);
    QVERIFY(rows < all);
    for (const DueItem &item : shown(m_page->model()))
        QVERIFY2(item.clientName.contains(name) || item.subject.contains(name) || item.detail.contains(name),
                 qPrintable(item.clientName));
    // The kind counts follow the words: "All (n)" is what is shown.
    QCOMPARE(m_page->kindBox()->itemText(0), QStringLiteral("All (%1)").arg(rows));
    QVERIFY2(m_page->summaryText().endsWith(QStringLiteral("%1 of %2 shown").arg(rows).arg(all)), qPrintable(m_page->summaryText()));
    // Two words: both must match.
    typeText(m_page.get(), QStringLiteral(" no-such-word"));
    QCOMPARE(m_page->model()->rowCount(), 0);
    // Down moves to the list once there are rows again.
    press(m_page.get(), Qt::Key_A, Qt::ControlModifier);
    press(m_page.get(), Qt::Key_Backspace);
    QCOMPARE(m_page->model()->rowCount(), all);
    press(m_page.get(), Qt::Key_Down);
    QCOMPARE(focused(m_page.get()), m_page->view());
}

void TestDuePage::daysChangeTheRows()
{
    const int initial = m_page->daysBox()->value();
    int previous = -1;
    for (const int days : {0, 7, initial, 90, 400}) {
        setDays(days);
        const QList<DueItem> items = expected(days);
        QCOMPARE(ordered(shown(m_page->model())), ordered(items));
        QVERIFY2(int(items.size()) >= previous, qPrintable(QStringLiteral("%1 days: %2 < %3").arg(days).arg(items.size()).arg(previous)));
        previous = int(items.size());
        QVERIFY2(m_page->summaryText().contains(QStringLiteral("within %1 day").arg(days)), qPrintable(m_page->summaryText()));
        // " days" (" day" for one) once the English plural forms are in translations/csisms_en.ts.
        QCOMPARE(m_page->daysBox()->suffix(),
                 QLatin1Char(' ') + QCoreApplication::translate("DuePage", "day(s)", "within N days", days));
    }
    // The horizon chosen stays while the session does, the page following it again.
    m_page->setSession(nullptr);
    m_page->setSession(m_session.get());
    QCOMPARE(m_page->daysBox()->value(), 400);
    QCOMPARE(m_page->model()->rowCount(), expected(400).size());
    m_page->view()->setFocus();   // disabled meanwhile, the page lost the focus
    setDays(initial);
}

void TestDuePage::sortsByColumn()
{
    QTableView *view = m_page->view();
    QHeaderView *header = view->horizontalHeader();
    DueListModel *model = m_page->model();
    QVERIFY(model->rowCount() > 3);
    auto clickHeader = [header](int column) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier,
                          QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2));
    };
    auto dates = [model] {
        QList<QDate> list;
        for (int row = 0; row < model->rowCount(); ++row)
            list << model->item(row).date;
        return list;
    };
    QCOMPARE(header->sortIndicatorSection(), int(DueListModel::DueDate));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    const QList<QDate> ascending = dates();
    QVERIFY(std::is_sorted(ascending.begin(), ascending.end()));
    QVERIFY(ascending.first() < ascending.last());
    clickHeader(DueListModel::DueDate);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    const QList<QDate> descending = dates();
    QVERIFY(std::is_sorted(descending.rbegin(), descending.rend()));

    // By kind: in the order of the kinds; by client: names in order.
    clickHeader(DueListModel::What);
    QCOMPARE(header->sortIndicatorSection(), int(DueListModel::What));
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(int(model->item(row - 1).kind) <= int(model->item(row).kind));
    clickHeader(DueListModel::Client);
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    collator.setNumericMode(true);
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(collator.compare(model->item(row - 1).clientName, model->item(row).clientName) <= 0);
    // Days left orders as the date does.
    clickHeader(DueListModel::DaysLeft);
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->data(model->index(row - 1, DueListModel::DaysLeft), DueListModel::DaysLeftRole).toInt()
                <= model->data(model->index(row, DueListModel::DaysLeft), DueListModel::DaysLeftRole).toInt());
    clickHeader(DueListModel::DueDate);
    const QList<QDate> again = dates();
    QVERIFY(std::is_sorted(again.begin(), again.end()));
}

void TestDuePage::enterOpensTheRecord()
{
    QSignalSpy opened(m_page.get(), &Page::openRequested);
    DueListModel *model = m_page->model();
    // One row of each table the list opens.
    QSet<QString> tried;
    for (int row = 0; row < model->rowCount(); ++row) {
        const DueItem item = model->item(row);
        if (tried.contains(item.table))
            continue;
        tried.insert(item.table);
        clickRow(m_page->view(), row);
        QCOMPARE(m_page->view()->currentIndex().row(), row);
        QTest::keyClick(m_page->view(), Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        const RecordRef ref = opened.takeFirst().at(0).value<RecordRef>();
        QCOMPARE(ref.table, item.table);
        QCOMPARE(ref.row, item.row);
        QCOMPARE(ref.clientId, item.clientId);
        QCOMPARE(model->data(model->index(row, 0), RecordListModel::IdRole).toLongLong(), item.row);
        QCOMPARE(model->data(model->index(row, 0), DueListModel::TableRole).toString(), item.table);
    }
    QVERIFY(tried.contains(QStringLiteral("programmes")));
    // A double click does the same.
    const QModelIndex index = model->index(0, DueListModel::Subject);
    const QPoint centre = m_page->view()->visualRect(index).center();
    QTest::mouseClick(m_page->view()->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
    QTest::mouseDClick(m_page->view()->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.takeFirst().at(0).value<RecordRef>().row, model->item(0).row);
}

void TestDuePage::lateRowsAreMarked()
{
    DueListModel *model = m_page->model();
    int late = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const DueItem item = model->item(row);
        const QString days = model->index(row, DueListModel::DaysLeft).data().toString();
        const QVariant colour = model->index(row, DueListModel::Client).data(Qt::ForegroundRole);
        QCOMPARE(model->index(row, 0).data(DueListModel::LateRole).toBool(), item.late);
        if (item.late) {
            ++late;
            QVERIFY2(days.startsWith(QStringLiteral("⚠ ")), qPrintable(days));
            QVERIFY2(days.endsWith(QStringLiteral(" late")), qPrintable(days));
            const int n = int(item.date.daysTo(QDate::currentDate()));
            // "⚠ 3 days late" (the English plural forms from translations/csisms_en.ts).
            QCOMPARE(days, QStringLiteral("⚠ ") + QCoreApplication::translate("DueListModel", "%n day(s) late", "due item", n));
            QVERIFY2(days.startsWith(QStringLiteral("⚠ %1 day").arg(n)), qPrintable(days));
            QVERIFY(colour.canConvert<QColor>());
            QVERIFY(colour.value<QColor>().red() > colour.value<QColor>().green());
        } else {
            QVERIFY2(!days.contains(QStringLiteral("⚠")), qPrintable(days));
            const int n = int(QDate::currentDate().daysTo(item.date));
            QCOMPARE(days, n == 0 ? QStringLiteral("today")
                                  : QCoreApplication::translate("DueListModel", "in %n day(s)", "due item", n));
            QVERIFY2(n == 0 || days.startsWith(QStringLiteral("in %1 day").arg(n)), qPrintable(days));
            QVERIFY(!colour.isValid());
        }
        QCOMPARE(model->index(row, DueListModel::What).data().toString(), DueList::kindLabel(item.kind));
    }
    QVERIFY(late >= 1);
    QCOMPARE(model->lateCount(), late);
}

void TestDuePage::followsWritesKeepingTheSelection()
{
    DueListModel *model = m_page->model();
    // An active auditor whose registration runs well beyond the horizon.
    AuditorRepository auditors(db());
    std::optional<Auditor> auditor;
    for (const AuditorListRow &row : auditors.list())
        if (row.active && row.registrationValidTo.isValid() && row.registrationValidTo > QDate::currentDate().addYears(1)) {
            auditor = auditors.load(row.id);
            break;
        }
    QVERIFY(auditor);
    // Select an item in the middle; the write must leave it selected.
    const int middle = model->rowCount() / 2;
    clickRow(m_page->view(), middle);
    const DueItem selected = model->item(middle);
    const int before = model->rowCount();

    // The registration now ends in 3 days: the list shows it, as the session said.
    Auditor changed = *auditor;
    changed.registrationValidTo = QDate::currentDate().addDays(3);
    const WriteResult written = m_session->edits().run([] { return QStringLiteral("registration"); },
                                                       [&] { return AuditorRepository(db()).save(changed); });
    QVERIFY2(written, qPrintable(written.message));
    QCOMPARE(model->rowCount(), before + 1);
    QCOMPARE(ordered(shown(model)), ordered(expected(model->days())));
    bool listed = false;
    for (const DueItem &item : shown(model))
        if (item.kind == Kind::RegistrationExpiring && item.row == auditor->id) {
            listed = true;
            QCOMPARE(item.table, QStringLiteral("auditors"));
            QCOMPARE(item.date, changed.registrationValidTo);
        }
    QVERIFY(listed);
    const QModelIndex current = m_page->view()->currentIndex();
    QVERIFY(current.isValid());
    QVERIFY(m_page->view()->selectionModel()->isRowSelected(current.row(), {}));
    QCOMPARE(model->item(current.row()), selected);

    // Undone: gone again, and still the same item selected. F5 keeps it too.
    m_session->undoStack()->undo();
    QCOMPARE(model->rowCount(), before);
    QCOMPARE(model->item(m_page->view()->currentIndex().row()), selected);
    m_page->view()->setFocus();
    press(m_page.get(), Qt::Key_F5);
    QCOMPARE(model->item(m_page->view()->currentIndex().row()), selected);

    // While hidden, a write is read when the page is shown again.
    m_page->hide();
    QVERIFY(m_session->edits().run([] { return QStringLiteral("registration"); },
                                   [&] { return AuditorRepository(db()).save(changed); }));
    QCOMPARE(model->rowCount(), before);
    m_page->show();
    QCOMPARE(model->rowCount(), before + 1);
    m_session->undoStack()->undo();
    QCOMPARE(model->rowCount(), before);

    // A write elsewhere (the undo stack's own records) does not read again.
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    emit m_session->changed({RecordRef{QStringLiteral("users"), 1, 0}});
    QCOMPARE(resets.count(), 0);
}

void TestDuePage::withoutSessionDisabledAndEmpty()
{
    m_page->setSession(nullptr);
    QVERIFY(!m_page->isEnabled());
    QCOMPARE(m_page->model()->rowCount(), 0);
    QCOMPARE(m_page->summaryText(), QString());
    m_page->refresh();   // nothing to read: nothing happens
    QCOMPARE(m_page->model()->rowCount(), 0);
    // The session says it ends: the page lets go of it.
    m_page->setSession(m_session.get());
    QVERIFY(m_page->model()->rowCount() > 0);
    emit m_session->closing();
    QVERIFY(!m_page->isEnabled());
    QCOMPARE(m_page->model()->rowCount(), 0);
}

void TestDuePage::readFailureIsShown()
{
    TestSupport::TempSession broken;
    broken.db().exec(QStringLiteral("DROP TABLE audit_findings"));
    QSignalSpy messages(m_page.get(), &Page::statusMessage);
    m_page->setSession(broken.session.get());
    QVERIFY(m_page->isEnabled());
    QCOMPARE(m_page->model()->rowCount(), 0);
    QVERIFY2(m_page->failureText().startsWith(QStringLiteral("The list of what is due could not be read: ")),
             qPrintable(m_page->failureText()));
    QCOMPARE(m_page->summaryText(), QStringLiteral("Not read"));
    QCOMPARE(messages.count(), 1);
    QVERIFY(m_page->findChild<QWidget *>(QStringLiteral("dueFailure"))->isVisible());
    // F5 tries again and says so again; a healthy database clears the message.
    press(m_page.get(), Qt::Key_F5);
    QCOMPARE(messages.count(), 2);
    m_page->setSession(m_session.get());
    QCOMPARE(m_page->failureText(), QString());
    QVERIFY(!m_page->findChild<QWidget *>(QStringLiteral("dueFailure"))->isVisible());
    QVERIFY(m_page->model()->rowCount() > 0);
}

void TestDuePage::layoutIsRemembered()
{
    QHeaderView *header = m_page->view()->horizontalHeader();
    header->resizeSection(DueListModel::Client, 321);
    m_page->view()->sortByColumn(DueListModel::Client, Qt::DescendingOrder);
    const QString file = m_dir.filePath(QStringLiteral("layout.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.beginGroup(QStringLiteral("due"));
        m_page->saveLayout(settings);
    }
    DuePage other;
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.beginGroup(QStringLiteral("due"));
        other.restoreLayout(settings);
    }
    other.setSession(m_session.get());
    other.resize(1400, 800);
    other.show();
    QHeaderView *restored = other.view()->horizontalHeader();
    QCOMPARE(restored->sortIndicatorSection(), int(DueListModel::Client));
    QCOMPARE(restored->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(restored->sectionSize(DueListModel::Client) >= 321);
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    collator.setNumericMode(true);
    for (int row = 1; row < other.model()->rowCount(); ++row)
        QVERIFY(collator.compare(other.model()->item(row - 1).clientName, other.model()->item(row).clientName) >= 0);
    other.setSession(nullptr);
}

void TestDuePage::headersFollowTheLanguage()
{
    DueListModel *model = m_page->model();
    QSignalSpy headers(model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    const QString english = model->headerData(DueListModel::DueDate, Qt::Horizontal).toString();
    QCOMPARE(english, QStringLiteral("Due date"));
    QVERIFY(m_languages.setLanguage(QStringLiteral("zh_CN")));
    QTRY_VERIFY(headers.count() >= 1);
    // Read once for the switch (the items' texts are DueList's, in the language), not per translator.
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model->rowCount(), expected(model->days()).size());
    // In the language now in force (the words themselves are the translators').
    QCOMPARE(model->headerData(DueListModel::DueDate, Qt::Horizontal).toString(),
             QCoreApplication::translate("DueListModel", "Due date"));
    QCOMPARE(m_page->kindBox()->itemText(1),
             QCoreApplication::translate("DuePage", "%1 (%2)", "due kind, count")
                 .arg(DueList::kindLabel(DueList::kinds().first()))
                 .arg(model->count(DueList::kinds().first())));
    QCOMPARE(model->index(0, DueListModel::What).data().toString(), DueList::kindLabel(model->item(0).kind));
    headers.clear();
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    QTRY_VERIFY(headers.count() >= 1);
    QCOMPARE(model->headerData(DueListModel::DueDate, Qt::Horizontal).toString(), english);

    // A hidden page computes its items again (their texts are in the language) when shown.
    m_page->hide();
    resets.clear();
    QVERIFY(m_languages.setLanguage(QStringLiteral("zh_CN")));
    QTest::qWait(0);
    QCoreApplication::processEvents();
    QCOMPARE(resets.count(), 0);
    m_page->show();
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model->computed(), DueList::compute(db(), QDate::currentDate(), model->days()));
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(model->headerData(DueListModel::DueDate, Qt::Horizontal).toString(), english);
}

void TestDuePage::mnemonicsDoNotClash()
{
    for (const char *language : {"en", "zh_CN"}) {
        QVERIFY(m_languages.setLanguage(QString::fromLatin1(language)));
        QTest::qWait(0);
        QCoreApplication::processEvents();
        QHash<QChar, QStringList> byLetter;
        for (QLabel *label : m_page->findChildren<QLabel *>())
            if (label->buddy())
                if (const QChar c = mnemonic(label->text()); !c.isNull())
                    byLetter[c] << label->text();
        for (QAbstractButton *button : m_page->findChildren<QAbstractButton *>())
            if (const QChar c = mnemonic(button->text()); !c.isNull())
                byLetter[c] << button->text();
        QCOMPARE(byLetter.size(), 3);   // the horizon, the kind, the words
        for (auto it = byLetter.constBegin(); it != byLetter.constEnd(); ++it) {
            QVERIFY2(it->size() == 1, qPrintable(it->join(u'|')));
            // The menus' letters (File, Edit, View, Help) and the Records and Reports to come.
            QVERIFY2(!QStringLiteral("FEVHRP").contains(it.key()), qPrintable(it->first()));
        }
    }
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    QTest::qWait(0);
}

// In the window, where it is the start page: Enter on a row opens its record on the page that
// holds it, and the page's Alt letters clash with nothing else on screen.
void TestDuePage::opensInTheWindow()
{
    m_tester.reset();
    m_page.reset();
    MainWindow window(m_languages);
    const DatabaseError error = window.openDatabase(m_dir.filePath(QStringLiteral("due.sqlite")));
    QVERIFY2(!error, qPrintable(error.message));
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *due = window.page<DuePage>();
    QVERIFY(due);
    QCOMPARE(window.pages().first(), due);
    QCOMPARE(window.currentPage(), due);
    QVERIFY(due->isVisible());
    QCOMPARE(due->model()->rowCount(), expected(due->daysBox()->value()).size());

    const auto openFirst = [&](const QString &table) -> qint64 {
        window.showPage(due);
        for (int row = 0; row < due->model()->rowCount(); ++row)
            if (due->model()->item(row).table == table) {
                clickRow(due->view(), row);
                QTest::keyClick(due->view(), Qt::Key_Return);
                return due->model()->item(row).row;
            }
        return 0;
    };
    const qint64 programme = openFirst(QStringLiteral("programmes"));
    QVERIFY(programme > 0);
    QCOMPARE(window.currentPage(), window.page<ProgrammesPage>());
    QCOMPARE(window.page<ProgrammesPage>()->editor()->recordId(), programme);
    const qint64 auditor = openFirst(QStringLiteral("auditors"));
    QVERIFY(auditor > 0);
    QCOMPARE(window.currentPage(), window.page<AuditorsPage>());
    QCOMPARE(window.page<AuditorsPage>()->editor()->recordId(), auditor);

    // Alt letters on screen with the page: the menus' and the page's, each once.
    window.showPage(due);
    QCoreApplication::processEvents();
    QHash<QChar, QStringList> byLetter;
    const auto add = [&byLetter](const QString &text) {
        if (const QChar c = mnemonic(text); !c.isNull())
            byLetter[c] << text;
    };
    for (QAction *menu : window.menuBar()->actions())
        add(menu->text());
    for (QWidget *w : window.findChildren<QWidget *>()) {
        if (!w->isVisibleTo(&window) || w->window() != &window)
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
    for (auto it = byLetter.constBegin(); it != byLetter.constEnd(); ++it)
        QVERIFY2(it->size() == 1, qPrintable(it->join(u'|')));
    for (const QChar letter : {u'W', u'S', u'N'})
        QCOMPARE(byLetter.value(letter).size(), 1);
}

QTEST_MAIN(TestDuePage)
#include "tst_duepage.moc"
