// One client from a new application to a signed contract, in the main window with real key
// and mouse events on the offscreen platform (RULES.md 5.1 to 5.3): the application started
// from the client's dossier, its facts typed, submitted; the review started from it, agreed
// and accepted, finalised; the contract made from the review, its fee typed and every duty
// ticked, signed; the dossier then holds all three records and the change log every step.

#include "guitestsupport.h"
#include "testsupport.h"

#include "applications/applicationeditor.h"
#include "applications/applicationspage.h"
#include "applications/conditioninputs.h"
#include "clients/clientdossier.h"
#include "clients/clientpicker.h"
#include "itemmodels/contractlistmodel.h"
#include "itemmodels/reviewlistmodel.h"
#include "clients/clienteditor.h"
#include "clients/clientspage.h"
#include "common/optionaldateedit.h"
#include "common/subrecordtable.h"
#include "contracts/contracteditor.h"
#include "contracts/contractspage.h"
#include "db/changelog.h"
#include "i18n/language.h"
#include "itemmodels/applicationlistmodel.h"
#include "itemmodels/contractlistmodel.h"
#include "main/mainwindow.h"
#include "main/userprofiles.h"
#include "repositories/applicationrepository.h"
#include "repositories/auditorrepository.h"
#include "repositories/bodysettingsrepository.h"
#include "repositories/clientrepository.h"
#include "repositories/contractrepository.h"
#include "repositories/reviewrepository.h"
#include "repositories/userrepository.h"
#include "reviews/revieweditor.h"
#include "reviews/reviewspage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace GuiTest;
using ApplicationRules::Status;

class TestIntakeFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_window.reset(); }
    void applicationToSignedContract();

private:
    Database &db() { return *m_window->database(); }
    void downTo(QComboBox *box, int steps);

    TestSupport::IsolatedSettings m_settings;
    LanguageManager m_languages;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    ModalAnswer m_answer;
    qint64 m_client = 0;
};

void TestIntakeFlow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    m_window = std::make_unique<MainWindow>(m_languages);
    QVERIFY(!m_window->openDatabase(m_dir.filePath(QStringLiteral("intake.sqlite"))));
    const qint64 user = UserRepository(db()).save(User{0, QStringLiteral("李静"), UserRole::Reviewer, true, 0}).id;
    QVERIFY(m_window->userProfiles()->setCurrentUser(user));
    QVERIFY(BodySettingsRepository(db()).setValue(QString::fromLatin1(BodySettingKey::BodyName), QStringLiteral("示例认证中心")).ok);
    Client client;
    client.nameZh = QStringLiteral("福州示例云科技有限公司");
    client.creditCode = QStringLiteral("91350100M000100Y43");
    client.sites << ClientSite{0, QStringLiteral("总部"), QStringLiteral("福州"), 120};
    client.legalEntities << LegalEntity{0, client.nameZh, client.creditCode};
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

void TestIntakeFlow::downTo(QComboBox *box, int steps)
{
    box->setFocus();
    for (int i = 0; i < steps; ++i)
        QTest::keyClick(box, Qt::Key_Down);
}

void TestIntakeFlow::applicationToSignedContract()
{
    const QDate today = QDate::currentDate();
    // 1. The client's dossier: New application for this client.
    auto *clients = m_window->page<ClientsPage>();
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    clickItem(navigation, int(m_window->pages().indexOf(clients)));
    clients->refreshList();   // written behind the window's back, above
    clickRow(clients->view(), 0);
    auto *clientEditor = static_cast<ClientEditor *>(clients->recordEditor());
    QCOMPARE(clientEditor->recordId(), m_client);
    clientEditor->tabs()->setCurrentIndex(ClientEditor::DossierTab);
    QTest::mouseClick(clientEditor->dossier()->findChild<QPushButton *>(QStringLiteral("dossierNewApplication")), Qt::LeftButton);
    auto *applications = m_window->page<ApplicationsPage>();
    QVERIFY(applications->isVisible());
    ApplicationEditor *app = applications->editor();
    QVERIFY(app->isNew());
    QCOMPARE(app->clientPicker()->clientId(), m_client);

    // 2. The application: scope, class, personnel, eligibility.
    QTest::mouseClick(app->field<QPlainTextEdit>(QStringLiteral("scope_zh"))->viewport(), Qt::LeftButton);
    typeText(m_window.get(), QStringLiteral("云主机服务的信息安全管理"));
    app->scopeClassList()->setFocus();
    app->scopeClassList()->setCurrentRow(0);
    QTest::keyClick(app->scopeClassList(), Qt::Key_Space);
    QTest::mouseClick(app->field<QLineEdit>(QStringLiteral("personnel_total")), Qt::LeftButton);
    typeText(m_window.get(), QStringLiteral("120"));
    app->tabs()->setCurrentIndex(ApplicationEditor::EligibilityTab);
    downTo(app->statedInput(QStringLiteral("E1"))->stateBox(), 1);    // met
    downTo(app->statedInput(QStringLiteral("E2"))->stateBox(), 3);    // not applicable
    app->operatingSince()->setValue(today.addMonths(-9));
    for (const char *id : {"E4", "E5", "E8", "E9"})
        downTo(app->dateFactInput(QLatin1String(id))->kindBox(), 1);  // never
    for (const char *id : {"E6", "E7"})
        downTo(app->flagInput(QLatin1String(id))->box(), 1);          // no
    downTo(app->statedInput(QStringLiteral("E10"))->stateBox(), 1);   // met
    QString checks = app->checkTexts().join(u'\n');
    QVERIFY2(!checks.contains(QStringLiteral("[R-5.2")), qPrintable(checks));
    press(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!app->isModified());
    const qint64 appId = app->recordId();

    // 3. Submit (a note asked), then Start review.
    app->tabs()->setCurrentIndex(ApplicationEditor::DetailsTab);
    m_answer.start([](QWidget *w) {
        if (auto *dialog = qobject_cast<QInputDialog *>(w))
            dialog->accept();
    });
    QTest::mouseClick(app->statusButton(Status::Submitted), Qt::LeftButton);
    QVERIFY(m_answer.seen());
    QApplication::setActiveWindow(m_window.get());
    QCOMPARE(ApplicationRepository(db()).load(appId)->status, Status::Submitted);
    QTest::mouseClick(app->reviewButton(), Qt::LeftButton);
    auto *reviews = m_window->page<ReviewsPage>();
    QVERIFY(reviews->isVisible());
    ReviewEditor *review = reviews->editor();
    QCOMPARE(review->stored().applicationId, appId);

    // 4. The review: agreement, accept, finalise.
    QTest::mouseClick(review->field<QCheckBox>(QStringLiteral("parties_agreed")), Qt::LeftButton);
    review->field<OptionalDateEdit>(QStringLiteral("agreed_on"))->setValue(today);
    downTo(review->decision(), 1);   // accept
    QVERIFY2(review->checkTexts().join(u'\n').contains(QStringLiteral("No check fails")), qPrintable(review->checkTexts().join(u'\n')));
    press(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    m_answer.button(QMessageBox::Yes);
    QTest::mouseClick(review->finaliseButton(), Qt::LeftButton);
    QVERIFY(m_answer.seen());
    QApplication::setActiveWindow(m_window.get());   // back from the message box, as a user is
    QCOMPARE(ApplicationRepository(db()).load(appId)->status, Status::Accepted);

    // 5. The contract from the review: fee, duties, sign.
    QVERIFY(review->contractButton()->isVisible());
    QTest::mouseClick(review->contractButton(), Qt::LeftButton);
    auto *contracts = m_window->page<ContractsPage>();
    QVERIFY(contracts->isVisible());
    new QAbstractItemModelTester(contracts->model(), QAbstractItemModelTester::FailureReportingMode::Fatal, contracts);
    ContractEditor *contract = contracts->editor();
    QCOMPARE(contract->stored().status, Contract::Status::Draft);
    QCOMPARE(contract->stored().bodyParty, QStringLiteral("示例认证中心"));
    QVERIFY(contract->stored().figures);   // carried from the review
    QCOMPARE(contract->stored().figures->effectivePersonnel, 120);
    contract->tabs()->setCurrentIndex(ContractEditor::FeesTab);
    QTest::mouseClick(contract->fees()->findChildren<QPushButton *>().constFirst(), Qt::LeftButton);   // Add fee item
    typeText(m_window.get(), QStringLiteral("初次认证审核费"));
    press(m_window.get(), Qt::Key_Return);
    QCoreApplication::processEvents();
    press(m_window.get(), Qt::Key_Right);   // the amount's cell, its editor opens
    typeText(m_window.get(), QStringLiteral("36,000.50"));
    press(m_window.get(), Qt::Key_Return);
    QCoreApplication::processEvents();
    QCOMPARE(contract->current().fees.size(), 1);
    QCOMPARE(contract->current().fees.first().amountFen, qint64(3600050));
    QVERIFY2(contract->totalText().contains(QStringLiteral("36,000.50")), qPrintable(contract->totalText()));
    // Signing before every duty is acknowledged is refused, naming the missing ones.
    press(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!contract->isModified());
    QVERIFY(!contract->sign(today));
    QCOMPARE(ContractRepository(db()).load(contract->recordId())->status, Contract::Status::Draft);
    contract->tabs()->setCurrentIndex(ContractEditor::DutiesTab);
    QListWidget *duties = contract->duties();
    duties->setFocus();
    for (int i = 0; i < duties->count(); ++i) {
        duties->setCurrentRow(i);
        QTest::keyClick(duties, Qt::Key_Space);
    }
    QCOMPARE(contract->current().acknowledged.size(), 9);
    press(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!contract->isModified());
    m_answer.start([](QWidget *w) {
        if (auto *dialog = qobject_cast<QDialog *>(w))
            dialog->accept();
    });
    QTest::mouseClick(contract->signButton(), Qt::LeftButton);
    QVERIFY(m_answer.seen());
    const Contract signedContract = *ContractRepository(db()).load(contract->recordId());
    QCOMPARE(signedContract.status, Contract::Status::Signed);
    QCOMPARE(signedContract.signedOn, today);
    QVERIFY(contract->amendButton()->isVisible());
    QVERIFY(!ContractRepository(db()).save(signedContract).ok);   // read only

    // 6. The dossier holds the three records; the change log every step, intact.
    m_window->showPage(clients);
    clientEditor->tabs()->setCurrentIndex(ClientEditor::DossierTab);
    new QAbstractItemModelTester(clientEditor->dossier()->contracts(), QAbstractItemModelTester::FailureReportingMode::Fatal, clients);
    new QAbstractItemModelTester(clientEditor->dossier()->reviews(), QAbstractItemModelTester::FailureReportingMode::Fatal, clients);
    QCOMPARE(clientEditor->dossier()->applications()->rowCount(), 1);
    QCOMPARE(clientEditor->dossier()->reviews()->rowCount(), 1);
    QCOMPARE(clientEditor->dossier()->contracts()->rowCount(), 1);
    QVERIFY(ChangeLog::verifyChain(db()).isEmpty());
    QVERIFY(ChangeLog::verifyRecords(db()).isEmpty());
}

QTEST_MAIN(TestIntakeFlow)
#include "tst_intakeflow.moc"
