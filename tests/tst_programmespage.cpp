// The audit programme in the main window, with real key and mouse events on the offscreen
// platform: New programme makes the programme of a signed contract; Propose fills in the
// cycle's audits and the rule check says it passes; moving the second surveillance on the
// timeline with the keyboard past its window makes P-5.4.1.4-interval appear in the
// violations beside it, marked on the timeline and in the table; Ctrl+Z takes the move
// back and the violation goes; typing a date in the audit's form does the same; the team
// gets an eligible leader; the coverage matrix unticked shows the control not covered;
// saved, the programme is in the database and Edit → Undo takes the save back.

#include "guitestsupport.h"
#include "programmefixture.h"
#include "testsupport.h"

#include "clients/clientdossier.h"
#include "clients/clienteditor.h"
#include "clients/clientspage.h"
#include "common/optionaldateedit.h"
#include "i18n/language.h"
#include "itemmodels/programmeauditsmodel.h"
#include "itemmodels/programmelistmodel.h"
#include "main/mainwindow.h"
#include "main/userprofiles.h"
#include "programmes/auditform.h"
#include "programmes/programmeeditor.h"
#include "programmes/programmespage.h"
#include "programmes/timelinewidget.h"
#include "repositories/programmerepository.h"
#include "repositories/userrepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace GuiTest;
using Kind = ProgrammeAudit::Kind;

class TestProgrammesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init();
    void cleanup() { m_window.reset(); }
    void proposeBreakUndo();
    void speaksChinese();
    void dossierOpensTheProgramme();

private:
    ProgrammesPage *page() const { return m_window->page<ProgrammesPage>(); }
    ProgrammeEditor *editor() const { return page()->editor(); }
    Database &db() { return *m_window->database(); }
    bool violation(const QString &rule) const;
    int secondSurveillance() const;
    void newProgramme();

    TestSupport::IsolatedSettings m_settings;
    LanguageManager m_languages;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    ModalAnswer m_answer;
    ProgrammeFixture::Made m_made;
    qint64 m_auditor = 0;
    int m_run = 0;
};

void TestProgrammesPage::init()
{
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    m_window = std::make_unique<MainWindow>(m_languages);
    const DatabaseError error = m_window->openDatabase(m_dir.filePath(QStringLiteral("programmes-%1.sqlite").arg(++m_run)));
    QVERIFY2(!error, qPrintable(error.message));
    const qint64 user = UserRepository(db()).save(User{0, QStringLiteral("李静"), UserRole::Reviewer, true, 0}).id;
    QVERIFY(m_window->userProfiles()->setCurrentUser(user));
    m_made = ProgrammeFixture::signedContract(db());
    m_auditor = ProgrammeFixture::auditor(db(), QStringLiteral("王晓明"), QStringLiteral("2024-N1CSISMS-1001"));
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support).*")));
}

bool TestProgrammesPage::violation(const QString &rule) const
{
    for (const ProgrammeViolation &v : editor()->violations())
        if (v.finding.rule == rule)
            return true;
    return false;
}

int TestProgrammesPage::secondSurveillance() const
{
    int seen = 0;
    const ProgrammeAuditsModel *model = static_cast<ProgrammeAuditsModel *>(editor()->auditsView()->model());
    for (int i = 0; i < model->programme().audits.size(); ++i)
        if (model->programme().audits.at(i).kind == Kind::Surveillance && ++seen == 2)
            return i;
    return -1;
}

void TestProgrammesPage::newProgramme()
{
    m_window->showPage(page());
    // The dialog offers the signed contract; the planned decision is given.
    m_answer.start([this](QWidget *modal) {
        auto *dialog = qobject_cast<QDialog *>(modal);
        auto *contract = dialog->findChild<QComboBox *>(QStringLiteral("sourceContract"));
        if (contract->count() != 1 || contract->currentData().toLongLong() != m_made.contractId)
            dialog->reject();
        dialog->findChild<OptionalDateEdit *>(QStringLiteral("plannedDecision"))->setValue(m_made.signedOn.addDays(75));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    page()->newProgrammeAction()->trigger();
    QVERIFY(m_answer.seen());
    QVERIFY(editor()->recordId() > 0);
    QCOMPARE(page()->model()->rowCount(), 1);
}

void TestProgrammesPage::proposeBreakUndo()
{
    newProgramme();
    QAbstractItemModelTester listTester(page()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester auditsTester(editor()->auditsView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester coverageTester(editor()->coverageView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // An empty programme breaks P-5.4.1.2.
    QVERIFY(violation(QStringLiteral("P-5.4.1.2")));
    editor()->tabs()->setCurrentIndex(ProgrammeEditor::AuditsTab);
    QTest::mouseClick(editor()->proposeButton(), Qt::LeftButton);
    QCOMPARE(editor()->auditsView()->model()->rowCount(), 5);
    QVERIFY2(editor()->violations().isEmpty(), qPrintable(editor()->violations().value(0).finding.message));
    QCOMPARE(editor()->violationsList()->item(0)->text(), QStringLiteral("✓ The programme passes every rule."));

    // The second surveillance moved with the keyboard on the timeline, a week at a time,
    // past 15 months after the first.
    const int second = secondSurveillance();
    QVERIFY(second > 0);
    TimelineWidget *timeline = editor()->timeline();
    QTest::mouseClick(timeline, Qt::LeftButton, Qt::NoModifier, timeline->barRect(second).center().toPoint());
    QCOMPARE(editor()->auditForm()->index(), second);
    timeline->setFocus();
    for (int week = 0; week < 20 && !violation(QStringLiteral("P-5.4.1.4-interval")); ++week)
        QTest::keyClick(timeline, Qt::Key_Right, Qt::ShiftModifier);
    QVERIFY(violation(QStringLiteral("P-5.4.1.4-interval")));
    bool listed = false;
    for (int i = 0; i < editor()->violationsList()->count(); ++i)
        listed = listed || editor()->violationsList()->item(i)->text().endsWith(QStringLiteral("(P-5.4.1.4-interval)"));
    QVERIFY(listed);
    const QModelIndex findings = editor()->auditsView()->model()->index(second, ProgrammeAuditsModel::Findings);
    QVERIFY(findings.data().toString().startsWith(QStringLiteral("✗ 1")));
    QVERIFY(editor()->isModified());
    // Ctrl+Z, as many times as it was moved, takes it back; the violation goes.
    for (int i = 0; i < 20 && violation(QStringLiteral("P-5.4.1.4-interval")); ++i)
        QTest::keyClick(timeline, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!violation(QStringLiteral("P-5.4.1.4-interval")));
    QVERIFY(editor()->violations().isEmpty());

    // Typing an end date in the form: a year and a half after the first surveillance.
    editor()->selectAudit(second);
    OptionalDateEdit *end = editor()->auditForm()->plannedEnd();
    const QDate moved = end->value().addMonths(6);
    end->setFocus();
    end->setValue(moved);
    QVERIFY(violation(QStringLiteral("P-5.4.1.4-interval")));
    QTest::keyClick(end, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!violation(QStringLiteral("P-5.4.1.4-interval")));

    // The stage 1 audit's team: an eligible leader, his eligibility shown.
    editor()->selectAudit(0);
    QTest::mouseClick(editor()->auditForm()->addMemberButton(), Qt::LeftButton);
    auto *person = qobject_cast<QComboBox *>(editor()->auditForm()->team()->cellWidget(0, 0));
    QVERIFY(person);
    person->setCurrentIndex(person->findData(m_auditor));
    QVERIFY(editor()->auditForm()->team()->item(0, 2)->text().startsWith(QStringLiteral("✓")));
    QVERIFY(editor()->violations().isEmpty());

    // The coverage matrix: unticking stage 2's cell of 5.1.1 leaves it uncovered by stage 1 and 2? No:
    // stage 1 covers it. The recertification's does.
    editor()->tabs()->setCurrentIndex(ProgrammeEditor::CoverageTab);
    QAbstractItemModel *coverage = editor()->coverageView()->model();
    const int recert = coverage->columnCount() - 2;
    QVERIFY(coverage->setData(coverage->index(0, recert), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(violation(QStringLiteral("P-5.4.1.3")));
    QVERIFY(coverage->index(0, coverage->columnCount() - 1).data().toString().contains(QStringLiteral("recertification")));
    QTest::keyClick(editor()->coverageView(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!violation(QStringLiteral("P-5.4.1.3")));

    // Saved: in the database, checked the same; Edit → Undo takes the save back.
    editor()->coverageView()->setFocus();
    press(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(!editor()->isModified(), qPrintable(editor()->fieldMessage(QStringLiteral("audits[0].team"))
                                                 + editor()->findChild<QLabel *>(QStringLiteral("status"))->text()));
    const Programme stored = *ProgrammeRepository(db()).load(editor()->recordId());
    QCOMPARE(stored.audits.size(), 5);
    QCOMPARE(stored.audits.first().team.size(), 1);
    QVERIFY(ProgrammeRepository(db()).check(stored).isEmpty());
    QCOMPARE(page()->model()->index(0, ProgrammeListModel::Audits).data().toString(), QStringLiteral("0 of 5 done"));
    // Nothing unsaved is left to undo in the editor: Ctrl+Z reaches Edit → Undo.
    editor()->timeline()->setFocus();
    press(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(ProgrammeRepository(db()).load(editor()->recordId())->audits.size(), 0);
    QCOMPARE(editor()->auditsView()->model()->rowCount(), 0);
}

void TestProgrammesPage::speaksChinese()
{
    newProgramme();
    QTest::mouseClick(editor()->proposeButton(), Qt::LeftButton);
    const int second = secondSurveillance();
    editor()->selectAudit(second);
    editor()->auditForm()->plannedEnd()->setValue(editor()->auditForm()->plannedEnd()->value().addMonths(6));
    QVERIFY(m_languages.setLanguage(QStringLiteral("zh_CN")));
    QTest::qWait(0);
    bool found = false;
    for (int i = 0; i < editor()->violationsList()->count(); ++i) {
        const QString text = editor()->violationsList()->item(i)->text();
        if (text.endsWith(QStringLiteral("(P-5.4.1.4-interval)"))) {
            found = true;
            QVERIFY2(text.contains(QStringLiteral("第二次监督审核")), qPrintable(text));
        }
    }
    QVERIFY(found);
    QCOMPARE(editor()->proposeButton()->text(), QStringLiteral("建议审核(&O)"));
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
}

void TestProgrammesPage::dossierOpensTheProgramme()
{
    newProgramme();
    const qint64 programme = editor()->recordId();
    auto *clients = m_window->page<ClientsPage>();
    m_window->showPage(clients);
    clients->openStored(m_made.clientId);
    ClientDossier *dossier = clients->editor()->dossier();
    QAbstractItemModelTester tester(dossier->programmeView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dossier->programmeView()->model()->rowCount(), 1);
    clients->editor()->tabs()->setCurrentWidget(dossier);
    clickRow(dossier->programmeView(), 0);
    QTest::keyClick(dossier->programmeView(), Qt::Key_Return);
    QVERIFY(page()->isVisible());
    QCOMPARE(editor()->recordId(), programme);
}

QTEST_MAIN(TestProgrammesPage)
#include "tst_programmespage.moc"
