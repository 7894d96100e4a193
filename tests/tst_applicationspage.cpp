// The Applications page in the main window, driven with real key and mouse events on the
// offscreen platform: a new application of a client found in the register, its number from
// the pattern, scope classes and sites ticked, eligibility facts and the checks that follow
// them, submitting it (a dated, undoable step), a document with an attached file saved
// elsewhere and a file over the size limit refused, R-5.2.2 and shown by their IDs,
// the work-queue filters, and deleting: a draft only, anything else withdrawn instead.

#include "guitestsupport.h"
#include "testsupport.h"

#include "applications/applicationeditor.h"
#include "applications/applicationspage.h"
#include "applications/conditioninputs.h"
#include "clients/clientdossier.h"
#include "clients/clienteditor.h"
#include "clients/clientpicker.h"
#include "clients/clientspage.h"
#include "common/optionaldateedit.h"
#include "common/subrecordtable.h"
#include "i18n/language.h"
#include "itemmodels/applicationlistmodel.h"
#include "main/mainwindow.h"
#include "main/userprofiles.h"
#include "repositories/applicationrepository.h"
#include "repositories/bodysettingsrepository.h"
#include "repositories/clientrepository.h"
#include "repositories/parameterrepository.h"
#include "repositories/userrepository.h"
#include "settings/numberingpage.h"
#include "settings/settingspage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
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

class TestApplicationsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init();
    void cleanup();
    void newApplicationToSubmitted();
    void attachedFilesAndTheirLimit();
    void blockedAndNewClientRulesShowTheirIds();
    void workQueueFilters();
    void deleteOnlyDrafts();
    void numberPatternInSettings();
    void clientDossierOpensApplications();

private:
    ApplicationsPage *page() const { return m_window->page<ApplicationsPage>(); }
    ApplicationEditor *editor() const { return page()->editor(); }
    Database &db() { return *m_window->database(); }
    qint64 storedDraft(const QDate &received = QDate::currentDate().addDays(-10));
    void toggleItem(QListWidget *list, int row);

    TestSupport::IsolatedSettings m_settings;
    LanguageManager m_languages;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    ModalAnswer m_answer;
    Client m_client;
    int m_run = 0;
};

void TestApplicationsPage::init()
{
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    m_window = std::make_unique<MainWindow>(m_languages);
    const DatabaseError error = m_window->openDatabase(m_dir.filePath(QStringLiteral("applications-%1.sqlite").arg(++m_run)));
    QVERIFY2(!error, qPrintable(error.message));
    const qint64 user = UserRepository(db()).save(User{0, QStringLiteral("李静"), UserRole::Reviewer, true, 0}).id;
    QVERIFY(m_window->userProfiles()->setCurrentUser(user));
    Client client;
    client.nameZh = QStringLiteral("福州示例云科技有限公司");
    client.creditCode = QStringLiteral("91350100M000100Y43");
    client.sites << ClientSite{0, QStringLiteral("总部"), QStringLiteral("福州"), 80}
                 << ClientSite{0, QStringLiteral("数据中心"), QStringLiteral("厦门"), 40};
    client.legalEntities << LegalEntity{0, client.nameZh, client.creditCode};
    const WriteResult saved = ClientRepository(db()).save(client);
    QVERIFY2(saved.ok, qPrintable(saved.message));
    m_client = *ClientRepository(db()).load(saved.id);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    clickItem(navigation, int(m_window->pages().indexOf(page())));
    QVERIFY(page()->isVisible());
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support).*")));
}

void TestApplicationsPage::cleanup()
{
    if (m_window && editor()->isModified())
        editor()->revert();
    m_window.reset();
}

qint64 TestApplicationsPage::storedDraft(const QDate &received)
{
    Application a;
    a.clientId = m_client.id;
    a.receivedOn = received;
    a.scopeZh = QStringLiteral("云主机服务");
    a.scopeClasses << QStringLiteral("CS-01");
    a.personnelTotal = 50;
    const WriteResult saved = ApplicationRepository(db()).save(a);
    if (!saved)
        qFatal("cannot add application: %s", qPrintable(saved.message));
    page()->model()->refresh();
    return saved.id;
}

void TestApplicationsPage::toggleItem(QListWidget *list, int row)
{
    // Keyboard: the item current, then Space ticks it.
    list->setFocus();
    list->setCurrentRow(row);
    QTest::keyClick(list, Qt::Key_Space);
}

void TestApplicationsPage::newApplicationToSubmitted()
{
    new QAbstractItemModelTester(page()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal, page());
    // Ctrl+N: a new application, the cursor in the client field; today is the received date.
    press(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(editor()->isNew());
    auto *picker = editor()->clientPicker();
    QCOMPARE(focused(m_window.get()), picker);
    QCOMPARE(editor()->field<OptionalDateEdit>(QStringLiteral("received_on"))->value(), QDate::currentDate());
    // Saving without a client is refused next to the field.
    press(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!editor()->fieldMessage(QStringLiteral("client_id")).isEmpty());
    QCOMPARE(ApplicationRepository(db()).count(), 0);

    typeText(m_window.get(), QStringLiteral("福州"));
    QTRY_VERIFY(picker->completer()->popup()->isVisible());
    QTest::keyClick(picker->completer()->popup(), Qt::Key_Down);
    QTest::keyClick(picker->completer()->popup(), Qt::Key_Return);
    QCOMPARE(picker->clientId(), m_client.id);
    QCOMPARE(editor()->fieldMessage(QStringLiteral("client_id")), QString());
    // The client's sites are offered, all ticked for a new application.
    QCOMPARE(editor()->siteList()->count(), 2);
    QCOMPARE(editor()->current().siteIds.size(), 2);
    toggleItem(editor()->siteList(), 1);
    QCOMPARE(editor()->current().siteIds, QList<qint64>{m_client.sites.at(0).id});

    // Scope, classes, personnel.
    QTest::mouseClick(editor()->field<QPlainTextEdit>(QStringLiteral("scope_zh"))->viewport(), Qt::LeftButton);
    typeText(m_window.get(), QStringLiteral("云主机服务的信息安全管理"));
    toggleItem(editor()->scopeClassList(), 0);
    toggleItem(editor()->scopeClassList(), 2);
    QCOMPARE(editor()->current().scopeClasses, (QStringList{QStringLiteral("CS-01"), QStringLiteral("CS-03")}));
    QTest::mouseClick(editor()->field<QLineEdit>(QStringLiteral("personnel_total")), Qt::LeftButton);
    typeText(m_window.get(), QStringLiteral("12o"));
    QVERIFY(!editor()->fieldMessage(QStringLiteral("personnel_total")).isEmpty());   // not a number
    press(m_window.get(), Qt::Key_Backspace);
    typeText(m_window.get(), QStringLiteral("0"));
    QCOMPARE(editor()->fieldMessage(QStringLiteral("personnel_total")), QString());
    QCOMPARE(editor()->current().personnelTotal, std::optional<int>(120));

    // Eligibility: not stated is unknown; the date test follows the date typed.
    editor()->tabs()->setCurrentIndex(ApplicationEditor::EligibilityTab);
    QString checks = editor()->checkTexts().join(u'\n');
    QVERIFY2(checks.contains(QStringLiteral("E3 unknown")), qPrintable(checks));
    QVERIFY2(checks.contains(QStringLiteral("[R-5.2.3]")), qPrintable(checks));
    editor()->operatingSince()->setValue(QDate::currentDate().addMonths(-2).addDays(-12));
    checks = editor()->checkTexts().join(u'\n');
    QVERIFY2(checks.contains(QStringLiteral("E3 not met: Operating for only 2 months 12 days; at least 3 months needed (E3)")),
             qPrintable(checks));
    editor()->operatingSince()->setValue(QDate::currentDate().addMonths(-7));
    QComboBox *e1 = editor()->statedInput(QStringLiteral("E1"))->stateBox();
    e1->setFocus();
    QTest::keyClick(e1, Qt::Key_Down);   // not stated → met
    QCOMPARE(editor()->current().eligibility.legalPerson.state, std::optional(ApplicantEligibility::State::Met));
    QTest::keyClick(editor()->flagInput(QStringLiteral("E6"))->box(), Qt::Key_Down);   // → no
    QCOMPARE(editor()->current().eligibility.orderedToSuspend, std::optional<bool>(false));
    QVERIFY(editor()->checkTexts().join(u'\n').contains(QStringLiteral("E6 met")));

    // Ctrl+S: stored with the first number of the year, in the list, the draft dated by whom.
    press(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(!editor()->isModified(), qPrintable(editor()->fieldMessage(QStringLiteral("client_id"))));
    const qint64 id = editor()->recordId();
    QVERIFY(id > 0);
    const Application stored = *ApplicationRepository(db()).load(id);
    QCOMPARE(stored.number, QStringLiteral("CSISMS-A-%1-0001").arg(QDate::currentDate().year()));
    QCOMPARE(stored.status, Status::Draft);
    QCOMPARE(stored.statusChanges.first().changedBy, QStringLiteral("李静"));
    QCOMPARE(stored.scopeClasses.size(), 2);
    QCOMPARE(m_window->undoAction()->text(), QStringLiteral("&Undo Add application “%1”").arg(stored.number));
    // The work queue does not list a draft; "all open" does.
    QCOMPARE(page()->model()->rowCount(), 0);
    page()->statusFilter()->setCurrentIndex(1);
    QCOMPARE(page()->model()->rowCount(), 1);
    QCOMPARE(page()->model()->idAt(page()->view()->currentIndex().row()), id);

    // Submit: the button of the status that may follow, a note asked, a dated step.
    editor()->tabs()->setCurrentIndex(ApplicationEditor::DetailsTab);
    QPushButton *submit = editor()->statusButton(Status::Submitted);
    QVERIFY(submit->isVisible());
    QVERIFY(!editor()->statusButton(Status::Resubmitted)->isVisible());
    m_answer.start([](QWidget *w) {
        if (auto *dialog = qobject_cast<QInputDialog *>(w)) {
            dialog->setTextValue(QStringLiteral("材料齐全"));
            dialog->accept();
        }
    });
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(m_answer.seen());
    QCOMPARE(ApplicationRepository(db()).load(id)->status, Status::Submitted);
    QCOMPARE(editor()->statusHistory()->rowCount(), 2);
    QCOMPARE(editor()->statusHistory()->item(1, 3)->text(), QStringLiteral("材料齐全"));
    QVERIFY(editor()->reviewButton()->isVisible());
    QVERIFY(!submit->isVisible());
    // Undo takes the step back; redo makes it again.
    page()->view()->setFocus();
    press(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(ApplicationRepository(db()).load(id)->status, Status::Draft);
    press(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(ApplicationRepository(db()).load(id)->status, Status::Submitted);
    QCOMPARE(ApplicationRepository(db()).load(id)->statusChanges.size(), 2);
}

void TestApplicationsPage::attachedFilesAndTheirLimit()
{
    const qint64 id = storedDraft();
    page()->statusFilter()->setCurrentIndex(1);
    clickRow(page()->view(), page()->model()->rowOf(id));
    QCOMPARE(editor()->recordId(), id);
    editor()->tabs()->setCurrentIndex(ApplicationEditor::DocumentsTab);
    QTest::mouseClick(editor()->documents()->findChildren<QPushButton *>().constFirst(), Qt::LeftButton);   // Add
    auto *kind = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(kind);
    QCOMPARE(kind->currentData().toString(), QStringLiteral("D1"));
    press(m_window.get(), Qt::Key_Return);   // D1, the application form
    QCoreApplication::processEvents();
    QCOMPARE(editor()->documents()->table()->rowCount(), 1);
    QFile scan(m_dir.filePath(QStringLiteral("申请书.pdf")));
    QVERIFY(scan.open(QIODevice::WriteOnly));
    scan.write("%PDF-1.4 申请书");
    scan.close();
    QVERIFY(editor()->attachFile(0, scan.fileName()));
    QCOMPARE(editor()->current().documents.first().fileName, QStringLiteral("申请书.pdf"));
    press(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!editor()->isModified());
    const ApplicationDocument stored = ApplicationRepository(db()).load(id)->documents.first();
    QCOMPARE(stored.size, 18);
    QVERIFY(stored.attachmentId > 0);
    // D1 received; D2 missing for the client's legal entity: said on the tab and in the checks.
    QVERIFY2(editor()->checkTexts().join(u'\n').contains(QStringLiteral("D2 legal status proof missing for: 福州示例云科技有限公司")),
             qPrintable(editor()->checkTexts().join(u'\n')));
    // Saved elsewhere: the same bytes.
    const QString copy = m_dir.filePath(QStringLiteral("copy.pdf"));
    editor()->documents()->table()->setCurrentCell(0, 0);
    QVERIFY(editor()->saveAttachmentAs(0, copy));
    QCOMPARE(TestSupport::readFile(copy), QByteArray("%PDF-1.4 申请书"));
    // Over the limit: refused before it is read, nothing stored.
    QVERIFY(ParameterRepository(db()).setValue(QLatin1String(ParameterKey::AttachmentMaxMiB), 1).ok);
    editor()->openRecord(id);   // the parameters in force are read again
    QFile large(m_dir.filePath(QStringLiteral("large.bin")));
    QVERIFY(large.open(QIODevice::WriteOnly));
    large.write(QByteArray(1024 * 1024 + 512 * 1024, 'x'));
    large.close();
    const int attachments = db().scalar(QStringLiteral("SELECT count(*) FROM attachments")).toInt();
    QVERIFY(!editor()->attachFile(0, large.fileName()));
    QCOMPARE(db().scalar(QStringLiteral("SELECT count(*) FROM attachments")).toInt(), attachments);
    QVERIFY(!editor()->isModified());
}

void TestApplicationsPage::blockedAndNewClientRulesShowTheirIds()
{
    const qint64 id = storedDraft();
    page()->statusFilter()->setCurrentIndex(1);
    clickRow(page()->view(), page()->model()->rowOf(id));
    // E6 yes, the application cannot be accepted.
    editor()->tabs()->setCurrentIndex(ApplicationEditor::EligibilityTab);
    QComboBox *e6 = editor()->flagInput(QStringLiteral("E6"))->box();
    e6->setFocus();
    QTest::keyClick(e6, Qt::Key_Down);
    QTest::keyClick(e6, Qt::Key_Down);   // → yes
    QVERIFY(editor()->checkTexts().join(u'\n').contains(QStringLiteral("[R-5.2.2]")));
    // a client new to the body applies for an initial certification.
    editor()->tabs()->setCurrentIndex(ApplicationEditor::DetailsTab);
    auto *type = editor()->field<QComboBox>(QStringLiteral("application_type"));
    type->setFocus();
    QTest::keyClick(type, Qt::Key_Down);   // recertification
    QVERIFY2(editor()->fieldMessage(QStringLiteral("application_type")).contains(QStringLiteral("R-5.2.4")),
             qPrintable(editor()->fieldMessage(QStringLiteral("application_type"))));
    press(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(editor()->isModified());   // refused: nothing written
    QCOMPARE(ApplicationRepository(db()).load(id)->type, QStringLiteral("initial"));
    QTest::mouseClick(editor()->field<QCheckBox>(QStringLiteral("new_to_body")), Qt::LeftButton);
    QCOMPARE(editor()->fieldMessage(QStringLiteral("application_type")), QString());
    press(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!editor()->isModified());
    QCOMPARE(ApplicationRepository(db()).load(id)->type, QStringLiteral("recertification"));
}

void TestApplicationsPage::workQueueFilters()
{
    const qint64 a = storedDraft(QDate::currentDate().addDays(-40));
    const qint64 b = storedDraft(QDate::currentDate().addDays(-5));
    ApplicationRepository repository(db());
    QVERIFY(repository.changeStatus(a, Status::Submitted, QString()).ok);
    QVERIFY(repository.changeStatus(b, Status::Submitted, QString()).ok);
    QVERIFY(repository.changeStatus(b, Status::UnderReview, QString()).ok);
    page()->statusFilter()->setCurrentIndex(0);
    page()->model()->refresh();
    QCOMPARE(page()->model()->rowCount(), 2);
    page()->receivedFrom()->setValue(QDate::currentDate().addDays(-10));
    QCOMPARE(page()->model()->rowCount(), 1);
    QCOMPARE(page()->model()->idAt(0), b);
    page()->receivedFrom()->setValue(QDate());
    // One status: index 3 + the status's place in the flow.
    page()->statusFilter()->setCurrentIndex(3 + int(Status::Submitted));
    QCOMPARE(page()->model()->rowCount(), 1);
    QCOMPARE(page()->model()->idAt(0), a);
    QVERIFY2(page()->countText().startsWith(QStringLiteral("1 application")), qPrintable(page()->countText()));
    // The filter words: number or client.
    page()->statusFilter()->setCurrentIndex(2);
    page()->filterEdit()->setFocus();
    typeText(m_window.get(), QStringLiteral("0002"));
    QCOMPARE(page()->model()->rowCount(), 1);
    QCOMPARE(page()->model()->idAt(0), b);
}

void TestApplicationsPage::deleteOnlyDrafts()
{
    const qint64 draft = storedDraft();
    const qint64 submitted = storedDraft();
    QVERIFY(ApplicationRepository(db()).changeStatus(submitted, Status::Submitted, QString()).ok);
    page()->statusFilter()->setCurrentIndex(1);
    // A submitted application: refused, withdrawing offered instead.
    clickRow(page()->view(), page()->model()->rowOf(submitted));
    m_answer.role(QMessageBox::AcceptRole);
    page()->deleteAction()->trigger();
    QVERIFY(m_answer.seen());
    QVERIFY2(m_answer.text().contains(QStringLiteral("Only a draft")), qPrintable(m_answer.text()));
    QCOMPARE(ApplicationRepository(db()).load(submitted)->status, Status::Withdrawn);
    // A draft: asked, then deleted.
    clickRow(page()->view(), page()->model()->rowOf(draft));
    m_answer.button(QMessageBox::Yes);
    page()->deleteAction()->trigger();
    QVERIFY(m_answer.seen());
    QVERIFY(!ApplicationRepository(db()).load(draft));
}

void TestApplicationsPage::numberPatternInSettings()
{
    const qint64 admin = UserRepository(db()).save(User{0, QStringLiteral("周海燕"), UserRole::Administrator, true, 0}).id;
    QVERIFY(m_window->userProfiles()->setCurrentUser(admin));
    auto *settings = m_window->page<SettingsPage>();
    m_window->showPage(settings);
    settings->setSection(SettingsPage::Numbering);
    NumberingPage *numbering = settings->numberingPage();
    QLineEdit *pattern = numbering->applicationPattern();
    QCOMPARE(pattern->text(), QStringLiteral("CSISMS-A-{yyyy}-{seq:4}"));
    QVERIFY2(numbering->previewText().endsWith(QStringLiteral("CSISMS-A-%1-0001").arg(QDate::currentDate().year())),
             qPrintable(numbering->previewText()));
    // A pattern without the running number is named as wrong, and cannot be saved.
    QTest::mouseClick(pattern, Qt::LeftButton);
    press(m_window.get(), Qt::Key_A, Qt::ControlModifier);
    typeText(m_window.get(), QStringLiteral("SQ-{yy}"));
    QVERIFY2(numbering->messageText().contains(QStringLiteral("{seq}")), qPrintable(numbering->messageText()));
    QVERIFY(!numbering->save());
    QCOMPARE(BodySettingsRepository(db()).load().applicationNumberPattern, QStringLiteral("CSISMS-A-{yyyy}-{seq:4}"));
    typeText(m_window.get(), QStringLiteral("-{seq:3}"));
    QCOMPARE(numbering->messageText(), QString());
    QVERIFY(numbering->save());
    QCOMPARE(BodySettingsRepository(db()).load().applicationNumberPattern, QStringLiteral("SQ-{yy}-{seq:3}"));
    QCOMPARE(ApplicationRepository(db()).load(storedDraft())->number,
             QStringLiteral("SQ-%1-001").arg(QDate::currentDate().toString(QStringLiteral("yy"))));
    // Undo puts the former pattern back.
    m_window->undoAction()->trigger();   // the draft
    m_window->undoAction()->trigger();   // the pattern
    QCOMPARE(BodySettingsRepository(db()).load().applicationNumberPattern, QStringLiteral("CSISMS-A-{yyyy}-{seq:4}"));
    QCOMPARE(pattern->text(), QStringLiteral("CSISMS-A-{yyyy}-{seq:4}"));
}

void TestApplicationsPage::clientDossierOpensApplications()
{
    const qint64 id = storedDraft();
    auto *clients = m_window->page<ClientsPage>();
    m_window->showPage(clients);
    clients->openStored(m_client.id);
    auto *clientEditor = static_cast<ClientEditor *>(clients->recordEditor());
    ClientDossier *dossier = clientEditor->dossier();
    new QAbstractItemModelTester(dossier->applications(), QAbstractItemModelTester::FailureReportingMode::Fatal, dossier);
    QCOMPARE(clientEditor->tabs()->tabText(ClientEditor::DossierTab), QStringLiteral("Dossier (1)"));
    clientEditor->tabs()->setCurrentIndex(ClientEditor::DossierTab);
    // Enter on the row opens it on the Applications page, even though the work queue hides a draft.
    clickRow(dossier->view(), 0);
    QTest::keyClick(dossier->view(), Qt::Key_Return);
    QVERIFY(page()->isVisible());
    QCOMPARE(editor()->recordId(), id);
    QCOMPARE(page()->model()->idAt(page()->view()->currentIndex().row()), id);
    // New application for this client: the Applications page, a new record of that client.
    m_window->showPage(clients);
    auto *button = dossier->findChild<QPushButton *>(QStringLiteral("dossierNewApplication"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(page()->isVisible());
    QVERIFY(editor()->isNew());
    QCOMPARE(editor()->clientPicker()->clientId(), m_client.id);
    QCOMPARE(editor()->current().siteIds.size(), 2);
    // Saved there, the dossier follows.
    press(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!editor()->isModified());
    QCOMPARE(dossier->applicationCount(), 2);
}

QTEST_MAIN(TestApplicationsPage)
#include "tst_applicationspage.moc"
