// The review of an application in the main window, with real key and mouse events on the
// offscreen platform: Start review on a submitted application opens the Reviews page with a
// draft by the user at work (the application goes under review); the checks name the
// qualified auditor and the figures follow the typing; finalising with accept asks first,
// keeps the review as a record and accepts the application; a correction supersedes it. For
// an applicant ordered to suspend business, accept is refused next to the decision with
// and the review refuses it instead.

#include "guitestsupport.h"
#include "testsupport.h"

#include "applications/applicationeditor.h"
#include "applications/applicationspage.h"
#include "common/optionaldateedit.h"
#include "common/subrecordtable.h"
#include "i18n/language.h"
#include "itemmodels/applicationlistmodel.h"
#include "itemmodels/reviewlistmodel.h"
#include "main/mainwindow.h"
#include "main/userprofiles.h"
#include "repositories/applicationrepository.h"
#include "repositories/auditorrepository.h"
#include "repositories/clientrepository.h"
#include "repositories/reviewrepository.h"
#include "repositories/userrepository.h"
#include "reviews/revieweditor.h"
#include "reviews/reviewspage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

using namespace GuiTest;
using ApplicationRules::Status;
using ApplicantEligibility::DateFact;
using ApplicantEligibility::State;

class TestReviewsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init();
    void cleanup() { m_window.reset(); }
    void reviewAcceptsAndCorrects();
    void acceptRefusedForBlockedApplicant();

private:
    ApplicationsPage *applications() const { return m_window->page<ApplicationsPage>(); }
    ReviewsPage *reviews() const { return m_window->page<ReviewsPage>(); }
    ReviewEditor *editor() const { return reviews()->editor(); }
    Database &db() { return *m_window->database(); }
    qint64 submittedApplication(bool blocked);
    void startReviewOf(qint64 applicationId);

    TestSupport::IsolatedSettings m_settings;
    LanguageManager m_languages;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    ModalAnswer m_answer;
    qint64 m_client = 0;
    int m_run = 0;
};

void TestReviewsPage::init()
{
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    m_window = std::make_unique<MainWindow>(m_languages);
    const DatabaseError error = m_window->openDatabase(m_dir.filePath(QStringLiteral("reviews-%1.sqlite").arg(++m_run)));
    QVERIFY2(!error, qPrintable(error.message));
    const qint64 user = UserRepository(db()).save(User{0, QStringLiteral("李静"), UserRole::Reviewer, true, 0}).id;
    QVERIFY(m_window->userProfiles()->setCurrentUser(user));
    Client client;
    client.nameZh = QStringLiteral("福州示例云科技有限公司");
    m_client = ClientRepository(db()).save(client).id;
    const QDate today = QDate::currentDate();
    Auditor a;
    a.nameZh = QStringLiteral("王晓明");
    a.registrationNumber = QStringLiteral("2024-N1CSISMS-1001");
    a.level = AuditorLevel::Senior;
    a.registrationValidFrom = today.addYears(-2);
    a.registrationValidTo = today.addYears(2);
    a.qualificationConfirmedOn = today.addYears(-2).addDays(10);
    a.qualificationConfirmedBy = QStringLiteral("周海燕");
    a.impartialitySignedOn = today.addMonths(-3);
    a.competences << AuditorCompetence{0, QStringLiteral("CS-01"), today.addYears(-1), QString()};
    QVERIFY(AuditorRepository(db()).save(a).ok);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support).*")));
}

qint64 TestReviewsPage::submittedApplication(bool blocked)
{
    const QDate today = QDate::currentDate();
    Application a;
    a.clientId = m_client;
    a.receivedOn = today.addDays(-3);
    a.scopeZh = QStringLiteral("云主机服务");
    a.scopeClasses << QStringLiteral("CS-01");
    a.personnelTotal = 120;
    a.groups << PersonnelGroup{0, QStringLiteral("客服坐席"), 49};
    ApplicantEligibility::Facts &f = a.eligibility;
    f.legalPerson = {State::Met, QStringLiteral("营业执照")};
    f.permits = {State::NotApplicable, QString()};
    f.operatingSince = DateFact::on(today.addMonths(-8));
    f.formerSuspension = DateFact::none();
    f.formerBodyWithdrawn = DateFact::none();
    f.orderedToSuspend = blocked;
    f.onDishonestyList = false;
    f.majorIncident = DateFact::none();
    f.failedSpotCheck = DateFact::none();
    f.other = {State::Met, QString()};
    ApplicationRepository repository(db());
    const qint64 id = repository.save(a).id;
    if (!repository.changeStatus(id, Status::Submitted, QString(), today.addDays(-2)).ok)
        qFatal("cannot submit");
    applications()->model()->refresh();
    return id;
}

void TestReviewsPage::startReviewOf(qint64 applicationId)
{
    m_window->showPage(applications());
    clickRow(applications()->view(), applications()->model()->rowOf(applicationId));
    ApplicationEditor *app = applications()->editor();
    QCOMPARE(app->recordId(), applicationId);
    QVERIFY(app->reviewButton()->isVisible());
    QCOMPARE(app->reviewButton()->text(), QStringLiteral("Start revie&w"));
    QTest::mouseClick(app->reviewButton(), Qt::LeftButton);
    QVERIFY(reviews()->isVisible());
    QVERIFY(editor()->recordId() > 0);
}

void TestReviewsPage::reviewAcceptsAndCorrects()
{
    new QAbstractItemModelTester(reviews()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal, reviews());
    const qint64 appId = submittedApplication(false);
    startReviewOf(appId);
    QCOMPARE(ApplicationRepository(db()).load(appId)->status, Status::UnderReview);
    QCOMPARE(editor()->field<QLineEdit>(QStringLiteral("reviewer"))->text(), QStringLiteral("李静"));
    // The checks: the auditor qualified for CS-01 is named; the agreement is missing.
    QString checks = editor()->checkTexts().join(u'\n');
    QVERIFY2(checks.contains(QStringLiteral("CS-01: 王晓明")), qPrintable(checks));
    QVERIFY2(checks.contains(QStringLiteral("R-5.2.3 (3)")), qPrintable(checks));
    // The figures follow the typing: 120 − 49 + 7 = 78 people.
    editor()->tabs()->setCurrentIndex(ReviewEditor::AuditTimeTab);
    QVERIFY2(editor()->figuresText().contains(QStringLiteral("Effective personnel: 78")), qPrintable(editor()->figuresText()));
    QLineEdit *onsite = editor()->field<QLineEdit>(QStringLiteral("onsite_percent"));
    QTest::mouseClick(onsite, Qt::LeftButton);
    press(m_window.get(), Qt::Key_A, Qt::ControlModifier);
    typeText(m_window.get(), QStringLiteral("70"));
    QVERIFY(editor()->checkTexts().join(u'\n').contains(QStringLiteral("[AT-onsite]")));
    press(m_window.get(), Qt::Key_A, Qt::ControlModifier);
    typeText(m_window.get(), QStringLiteral("85"));
    QVERIFY(!editor()->checkTexts().join(u'\n').contains(QStringLiteral("[AT-onsite]")));

    // Agreement and decision: accept, then nothing fails.
    editor()->tabs()->setCurrentIndex(ReviewEditor::DetailsTab);
    QTest::mouseClick(editor()->field<QCheckBox>(QStringLiteral("parties_agreed")), Qt::LeftButton);
    editor()->field<OptionalDateEdit>(QStringLiteral("agreed_on"))->setValue(QDate::currentDate());
    editor()->decision()->setFocus();
    QTest::keyClick(editor()->decision(), Qt::Key_Down);   // accept
    QCOMPARE(editor()->current().decision, ApplicationReview::Decision::Accept);
    QCOMPARE(editor()->fieldMessage(QStringLiteral("decision")), QString());
    QVERIFY(editor()->checkTexts().join(u'\n').contains(QStringLiteral("No check fails")));
    press(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!editor()->isModified());

    // Finalise: asked first; then a record, the application accepted.
    const qint64 reviewId = editor()->recordId();
    m_answer.button(QMessageBox::Yes);
    QTest::mouseClick(editor()->finaliseButton(), Qt::LeftButton);
    QVERIFY(m_answer.seen());
    const ApplicationReview kept = *ReviewRepository(db()).load(reviewId);
    QVERIFY(kept.isFinal());
    QCOMPARE(kept.figures->effectivePersonnel, 78);
    QCOMPARE(kept.onsitePercent, 85.0);
    QCOMPARE(ApplicationRepository(db()).load(appId)->status, Status::Accepted);
    QVERIFY(!editor()->finaliseButton()->isVisible());
    QVERIFY(editor()->correctButton()->isVisible());
    QVERIFY(!editor()->decision()->isEnabled());   // only shows
    // Correct: a new draft superseding it, both kept.
    QTest::mouseClick(editor()->correctButton(), Qt::LeftButton);
    QVERIFY(editor()->recordId() != reviewId);
    QCOMPARE(editor()->stored().supersedesId, reviewId);
    QCOMPARE(reviews()->model()->rowCount(), 2);
    QVERIFY(ReviewListModel::stateText(reviews()->model()->row(reviews()->model()->rowOf(reviewId))).contains(QStringLiteral("superseded")));
}

void TestReviewsPage::acceptRefusedForBlockedApplicant()
{
    const qint64 appId = submittedApplication(true);
    startReviewOf(appId);
    QTest::mouseClick(editor()->field<QCheckBox>(QStringLiteral("parties_agreed")), Qt::LeftButton);
    editor()->field<OptionalDateEdit>(QStringLiteral("agreed_on"))->setValue(QDate::currentDate());
    editor()->decision()->setFocus();
    QTest::keyClick(editor()->decision(), Qt::Key_Down);   // accept
    // Refused next to the decision, by its rule.
    QVERIFY2(editor()->fieldMessage(QStringLiteral("decision")).contains(QStringLiteral("R-5.2.2")),
             qPrintable(editor()->fieldMessage(QStringLiteral("decision"))));
    press(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(editor()->isModified());   // nothing written
    QVERIFY(!editor()->finalise());
    QCOMPARE(ApplicationRepository(db()).load(appId)->status, Status::UnderReview);
    // Refuse, with the reasons: finalised, the application refused.
    QTest::keyClick(editor()->decision(), Qt::Key_Down);   // refuse
    QVERIFY(!editor()->fieldMessage(QStringLiteral("reasons")).isEmpty());
    QTest::mouseClick(editor()->field<QPlainTextEdit>(QStringLiteral("reasons"))->viewport(), Qt::LeftButton);
    typeText(m_window.get(), QStringLiteral("被责令停业整顿（5.2.2）"));
    QCOMPARE(editor()->fieldMessage(QStringLiteral("decision")), QString());
    QVERIFY(editor()->finalise());
    QCOMPARE(ApplicationRepository(db()).load(appId)->status, Status::Refused);
    QVERIFY(ApplicationRepository(db()).load(appId)->statusChanges.last().note.contains(QStringLiteral("5.2.2")));
}

QTEST_MAIN(TestReviewsPage)
#include "tst_reviewspage.moc"
