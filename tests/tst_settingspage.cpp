// The Settings page in the main window, driven with real key and mouse events on the
// offscreen platform: an administrator changes a rule parameter (an invalid value is
// refused with a message beside the field; a valid one is stored, logged under the
// administrator's name), edits a scope class's Chinese name, is refused deleting a class
// in use, retires it and restores the shipped values after confirming, adds a user
// profile, edits an item of the public information sheet (5.1.1) and undoes it, and gives
// the body its English name and a logo (a file that is not a picture refused); a reviewer
// sees everything read only, in both languages.

#include "guitestsupport.h"
#include "testsupport.h"

#include "db/changelog.h"
#include "i18n/language.h"
#include "itemmodels/ruleparametermodel.h"
#include "itemmodels/scopeclasstablemodel.h"
#include "itemmodels/userlistmodel.h"
#include "main/mainwindow.h"
#include "common/recordform.h"
#include "settings/referencetablepage.h"
#include "repositories/auditorrepository.h"
#include "repositories/parameterrepository.h"
#include "repositories/referencerepository.h"
#include "repositories/userrepository.h"
#include "settings/ruleparameterspage.h"
#include "settings/settingspage.h"
#include "main/userprofiles.h"
#include "settings/userspage.h"
#include "settings/numberingpage.h"
#include "itemmodels/informationitemtablemodel.h"
#include "repositories/bodysettingsrepository.h"
#include "repositories/informationsheetrepository.h"

#include <QFile>
#include <QImage>
#include <QPlainTextEdit>
#include <QPushButton>

#include <QAction>
#include <QComboBox>
#include <QFont>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>

using namespace GuiTest;

class TestSettingsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init();
    void cleanup();
    void administratorChangesAParameter();
    void administratorEditsScopeClassesAndRestores();
    void administratorAddsAUser();
    void reviewerSeesSettingsReadOnly();
    void administratorEditsTheInformationSheet();
    void administratorGivesTheBodyItsNameAndLogo();

private:
    SettingsPage *settings() const { return m_window->page<SettingsPage>(); }
    void openSettings(SettingsPage::Section section);
    Database &db() { return *m_window->database(); }

    TestSupport::IsolatedSettings m_settings;
    LanguageManager m_languages;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    ModalAnswer m_answer;
    qint64 m_admin = 0;
    qint64 m_reviewer = 0;
    int m_run = 0;
};

void TestSettingsPage::init()
{
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    m_window = std::make_unique<MainWindow>(m_languages);
    const DatabaseError error = m_window->openDatabase(m_dir.filePath(QStringLiteral("settings-%1.sqlite").arg(++m_run)));
    QVERIFY2(!error, qPrintable(error.message));
    UserRepository users(db());
    m_admin = users.save(User{0, QStringLiteral("陈静"), UserRole::Administrator, true, 0}).id;
    m_reviewer = users.save(User{0, QStringLiteral("李娜"), UserRole::Reviewer, true, 0}).id;
    QVERIFY(m_admin > 0 && m_reviewer > 0);
    QVERIFY(m_window->userProfiles()->setCurrentUser(m_admin));
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
}

void TestSettingsPage::cleanup()
{
    m_window.reset();
}

void TestSettingsPage::openSettings(SettingsPage::Section section)
{
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    clickItem(navigation, int(m_window->pages().indexOf(m_window->page<SettingsPage>())));
    QVERIFY(settings()->isVisible());
    clickItem(settings()->sectionList(), 1 + int(section));   // row 0 is the "Reference data" heading
    QCOMPARE(settings()->section(), section);
}

void TestSettingsPage::administratorEditsTheInformationSheet()
{
    openSettings(SettingsPage::Information);
    ReferenceTablePage *page = settings()->referencePage(SettingsPage::Information);
    QVERIFY(page->isEditable());
    QCOMPARE(page->model()->rowCount(), 11);
    QVERIFY(!page->newAction()->isEnabled());   // the rules fix the items
    QVERIFY(!page->editActions().contains(page->newAction()));
    // Item (5), the fees: its English text is rewritten over two lines and saved.
    clickRow(page->view(), 4, InformationItemTableModel::TitleEn);
    auto *text = qobject_cast<QPlainTextEdit *>(page->form()->editor(QStringLiteral("text_en")));
    QVERIFY(text);
    const InformationItem shipped = InformationSheetRepository::shipped().at(4);
    QCOMPARE(text->toPlainText(), shipped.textEn);
    QTest::mouseClick(text->viewport(), Qt::LeftButton);
    press(m_window.get(), Qt::Key_A, Qt::ControlModifier);
    press(m_window.get(), Qt::Key_Backspace);
    QVERIFY(!page->form()->message(QStringLiteral("text_en")).isEmpty());   // both languages are required
    typeText(m_window.get(), QStringLiteral("CNY 3,000 per auditor-day."));
    press(m_window.get(), Qt::Key_Return);
    typeText(m_window.get(), QStringLiteral("Travel at cost."));
    QCOMPARE(page->form()->message(QStringLiteral("text_en")), QString());
    QVERIFY(m_window->isWindowModified());
    press(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(InformationSheetRepository(db()).items().at(4).textEn, QStringLiteral("CNY 3,000 per auditor-day.\nTravel at cost."));
    QVERIFY(!page->isModified());
    // The page's report is the sheet, with the text as saved.
    const PageReport report = settings()->report();
    QVERIFY(report.isValid());
    QVERIFY(report.fileName.startsWith(QStringLiteral("public-information-")));
    QVERIFY(report.build(ReportLanguage::Mode::English).texts().contains(QStringLiteral("CNY 3,000 per auditor-day.\nTravel at cost.")));
    // Undo (from the list: in the field Ctrl+Z undoes typing) puts the shipped text back,
    // in the database and the form.
    clickRow(page->view(), 4, InformationItemTableModel::TitleEn);
    press(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(InformationSheetRepository(db()).items().at(4).textEn, shipped.textEn);
    QTRY_COMPARE(text->toPlainText(), shipped.textEn);
}

void TestSettingsPage::administratorGivesTheBodyItsNameAndLogo()
{
    openSettings(SettingsPage::Numbering);
    NumberingPage *page = settings()->numberingPage();
    QLineEdit *nameEn = page->edit(QString::fromLatin1(BodySettingKey::BodyNameEn));
    QVERIFY(nameEn);
    QTest::mouseClick(nameEn, Qt::LeftButton);
    typeText(m_window.get(), QStringLiteral("Example Certification Centre"));
    QVERIFY(page->isModified());
    // A file that is not a picture is refused with the reason; nothing is taken.
    const QString text = m_dir.filePath(QStringLiteral("logo.txt"));
    {
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a picture");
    }
    QVERIFY(!page->chooseLogoFile(text));
    QVERIFY2(page->messageText().contains(QStringLiteral("not a picture")), qPrintable(page->messageText()));
    QVERIFY(page->logoValue().isEmpty());
    // A large JPEG is taken, scaled down and kept as PNG.
    QImage picture(1200, 400, QImage::Format_RGB32);
    picture.fill(QColor(0x1f, 0x4e, 0x79));
    const QString jpeg = m_dir.filePath(QStringLiteral("logo.jpg"));
    QVERIFY(picture.save(jpeg, "JPEG"));
    QVERIFY2(page->chooseLogoFile(jpeg), qPrintable(page->messageText()));
    QCOMPARE(page->messageText(), QString());
    QPushButton *save = nullptr;
    for (QPushButton *button : page->findChildren<QPushButton *>())
        if (button->text() == QLatin1String("&Save"))
            save = button;
    QVERIFY(save && save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    const BodySettings stored = BodySettingsRepository(db()).load();
    QCOMPARE(stored.bodyNameEn, QStringLiteral("Example Certification Centre"));
    QImage logo;
    QVERIFY(logo.loadFromData(stored.logoPng(), "PNG"));
    QCOMPARE(logo.size(), QSize(600, 200));
    QVERIFY(!page->isModified());
    // One step, named so in Edit → Undo (a field's Ctrl+Z undoes its own typing).
    QCOMPARE(m_window->undoAction()->text(), QStringLiteral("&Undo Change the body's settings"));
    m_window->undoAction()->trigger();
    QCOMPARE(BodySettingsRepository(db()).load(), BodySettings());
    QTRY_VERIFY(page->logoValue().isEmpty());
    QCOMPARE(nameEn->text(), QString());
}

void TestSettingsPage::administratorChangesAParameter()
{
    openSettings(SettingsPage::Parameters);
    RuleParametersPage *page = settings()->parametersPage();
    QVERIFY(page->noteText().isEmpty());
    const QString key = QLatin1String(ParameterKey::EducationMinHours);
    const int row = page->model()->rowOf(key);
    clickRow(page->view(), row, RuleParameterModel::Meaning);
    QCOMPARE(page->currentKey(), key);
    QCOMPARE(page->valueEdit()->text(), QStringLiteral("20"));

    // A negative number: the message beside the field says why, and Save refuses it.
    QTest::mouseClick(page->valueEdit(), Qt::LeftButton);
    press(m_window.get(), Qt::Key_A, Qt::ControlModifier);
    typeText(m_window.get(), QStringLiteral("-5"));
    QVERIFY2(page->valueMessage().contains(QStringLiteral("negative")), qPrintable(page->valueMessage()));
    press(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(page->statusText().startsWith(QStringLiteral("Not saved")), qPrintable(page->statusText()));
    QCOMPARE(ParameterRepository(db()).load().educationMinHours(), 20.0);
    QCOMPARE(focused(m_window.get()), page->valueEdit());

    // Not a number at all.
    press(m_window.get(), Qt::Key_A, Qt::ControlModifier);
    typeText(m_window.get(), QStringLiteral("many"));
    QVERIFY2(page->valueMessage().contains(QStringLiteral("not a number")), qPrintable(page->valueMessage()));
    QVERIFY(m_window->isWindowModified());

    // Esc asks before the typing is thrown away; "Keep editing" keeps it, Discard reverts.
    m_answer.button(QMessageBox::No);
    press(m_window.get(), Qt::Key_Escape);
    QVERIFY(m_answer.seen());
    QVERIFY2(m_answer.text().contains(QStringLiteral("Discard the changes")), qPrintable(m_answer.text()));
    QCOMPARE(page->valueEdit()->text(), QStringLiteral("many"));
    m_answer.button(QMessageBox::Yes);
    press(m_window.get(), Qt::Key_Escape);
    QVERIFY(m_answer.seen());
    QCOMPARE(page->valueEdit()->text(), QStringLiteral("20"));
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(focused(m_window.get()), page->view());
    QTest::mouseClick(page->valueEdit(), Qt::LeftButton);

    // A valid value: the message goes, Enter saves it, the change log names the administrator.
    press(m_window.get(), Qt::Key_A, Qt::ControlModifier);
    typeText(m_window.get(), QStringLiteral("24"));
    QCOMPARE(page->valueMessage(), QString());
    press(m_window.get(), Qt::Key_Return);
    QVERIFY2(page->statusText().startsWith(QStringLiteral("Saved")), qPrintable(page->statusText()));
    QCOMPARE(ParameterRepository(db()).load().educationMinHours(), 24.0);
    QVERIFY(!m_window->isWindowModified());
    const qint64 rowId = db().scalar(QStringLiteral("SELECT id FROM rule_parameters WHERE param_key = ?"), {key}).toLongLong();
    const QList<ChangeEntry> log = ChangeLog::history(db(), QStringLiteral("rule_parameters"), rowId);
    QCOMPARE(log.first().user, QStringLiteral("陈静"));
    QCOMPARE(log.first().after.value(QLatin1String("param_value")).toDouble(), 24.0);
    const QModelIndex value = page->model()->index(row, RuleParameterModel::Value);
    QCOMPARE(value.data().toString(), QStringLiteral("24"));
    QVERIFY(value.data(Qt::FontRole).value<QFont>().bold());

    // Reset to default.
    page->resetAction()->trigger();
    QCOMPARE(ParameterRepository(db()).load().educationMinHours(), 20.0);
    QCOMPARE(page->valueEdit()->text(), QStringLiteral("20"));

    // Both changes are steps of the one undo stack (issue 7): Ctrl+Z takes back the reset,
    // then the change, each logged as an undo, and the table follows.
    QVERIFY2(m_window->undoAction()->text().contains(QStringLiteral("Reset the rule parameter")),
             qPrintable(m_window->undoAction()->text()));
    page->view()->setFocus();
    press(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(ParameterRepository(db()).load().educationMinHours(), 24.0);
    QTRY_COMPARE(page->model()->index(row, RuleParameterModel::Value).data().toString(), QStringLiteral("24"));
    press(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(ParameterRepository(db()).load().educationMinHours(), 20.0);
    const QList<ChangeEntry> undone = ChangeLog::history(db(), QStringLiteral("rule_parameters"), rowId);
    QCOMPARE(undone.first().origin, QStringLiteral("undo"));
    QCOMPARE(ChangeLog::actionText(undone.first()), QStringLiteral("changed (undo)"));
}

void TestSettingsPage::administratorEditsScopeClassesAndRestores()
{
    openSettings(SettingsPage::ScopeClasses);
    ReferenceTablePage *page = settings()->referencePage(SettingsPage::ScopeClasses);
    QVERIFY(page->isEditable());
    const QString shippedName = ReferenceRepository::shippedScopeClasses().at(2).nameZh;
    const QString newName = QStringLiteral("软件即服务（含办公套件）");

    // Select CS-03 in the table: the form shows it.
    clickRow(page->view(), 2, ScopeClassTableModel::Code);
    QCOMPARE(page->form()->values().value(QStringLiteral("code")).toString(), QStringLiteral("CS-03"));
    auto *nameZh = qobject_cast<QLineEdit *>(page->form()->editor(QStringLiteral("name_zh")));
    QVERIFY(nameZh);
    QCOMPARE(nameZh->text(), shippedName);

    // Emptying the Chinese name shows the message and Save refuses it.
    QTest::mouseClick(nameZh, Qt::LeftButton);
    press(m_window.get(), Qt::Key_A, Qt::ControlModifier);
    press(m_window.get(), Qt::Key_Backspace);
    QVERIFY(!page->form()->message(QStringLiteral("name_zh")).isEmpty());
    press(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(page->statusText().startsWith(QStringLiteral("Not saved")));
    QCOMPARE(ReferenceRepository(db()).scopeClassByCode(QStringLiteral("CS-03"))->nameZh, shippedName);

    // A new name is saved and logged under the administrator's name.
    typeText(m_window.get(), newName);
    QCOMPARE(page->form()->message(QStringLiteral("name_zh")), QString());
    press(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    const std::optional<ScopeClass> stored = ReferenceRepository(db()).scopeClassByCode(QStringLiteral("CS-03"));
    QCOMPARE(stored->nameZh, newName);
    QCOMPARE(page->model()->index(2, ScopeClassTableModel::NameZh).data().toString(), newName);
    QCOMPARE(ChangeLog::history(db(), QStringLiteral("scope_classes"), stored->id).first().user, QStringLiteral("陈静"));
    QVERIFY(!page->isModified());

    // CS-01 is used by an auditor's competence: deleting it is refused with the repository's reason.
    Auditor auditor;
    auditor.nameZh = QStringLiteral("王晓明");
    auditor.competences << AuditorCompetence{0, QStringLiteral("CS-01"), QDate(2025, 2, 1), QString()};
    QVERIFY(AuditorRepository(db()).save(auditor));
    page->model()->refresh();
    clickRow(page->view(), 0, ScopeClassTableModel::Code);
    ModalAnswer refusal;
    m_answer.start([&refusal](QWidget *question) {   // "Delete …?" Yes, then the refusal
        refusal.button(QMessageBox::Ok);
        qobject_cast<QMessageBox *>(question)->button(QMessageBox::Yes)->click();
    });
    page->deleteAction()->trigger();
    QVERIFY(m_answer.seen());
    QTRY_VERIFY(refusal.seen());
    QVERIFY2(refusal.text().contains(QStringLiteral("Retire it instead")), qPrintable(refusal.text()));
    QVERIFY(ReferenceRepository(db()).scopeClassByCode(QStringLiteral("CS-01")));

    // Retire it instead.
    page->retireAction()->trigger();
    QVERIFY(!ReferenceRepository(db()).scopeClassByCode(QStringLiteral("CS-01"))->active);
    QCOMPARE(page->model()->index(0, ScopeClassTableModel::Status).data().toString(), QStringLiteral("retired"));
    QCOMPARE(page->retireAction()->text(), QStringLiteral("Re&instate"));

    // Restore the shipped values: Cancel changes nothing, Restore brings them back.
    m_answer.button(QMessageBox::Cancel);
    page->restoreAction()->trigger();
    QVERIFY(m_answer.seen());
    QVERIFY2(m_answer.text().contains(QStringLiteral("Business-scope classes")), qPrintable(m_answer.text()));
    QCOMPARE(ReferenceRepository(db()).scopeClassByCode(QStringLiteral("CS-03"))->nameZh, newName);
    m_answer.button(QMessageBox::Yes);
    page->restoreAction()->trigger();
    QVERIFY(m_answer.seen());
    QCOMPARE(ReferenceRepository(db()).scopeClassByCode(QStringLiteral("CS-03"))->nameZh, shippedName);
    QVERIFY(ReferenceRepository(db()).scopeClassByCode(QStringLiteral("CS-01"))->active);
    QCOMPARE(page->model()->index(2, ScopeClassTableModel::NameZh).data().toString(), shippedName);
    QCOMPARE(nameZh->text(), page->form()->values().value(QStringLiteral("name_zh")).toString());
}

void TestSettingsPage::administratorAddsAUser()
{
    openSettings(SettingsPage::Users);
    UsersPage *page = settings()->usersPage();
    QCOMPARE(page->model()->rowCount(), 2);
    press(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(focused(m_window.get()), page->form()->editor(QStringLiteral("name")));
    typeText(m_window.get(), QStringLiteral("张敏"));
    auto *role = qobject_cast<QComboBox *>(page->form()->editor(QStringLiteral("role")));
    role->setCurrentIndex(role->findData(QStringLiteral("decision_maker")));
    press(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    const std::optional<User> added = UserRepository(db()).findByName(QStringLiteral("张敏"));
    QVERIFY(added);
    QCOMPARE(added->role, UserRole::DecisionMaker);
    QCOMPARE(page->model()->rowCount(), 3);

    // The last administrator cannot demote themselves: the message says why.
    clickRow(page->view(), page->model()->rowOf(m_admin));
    role->setCurrentIndex(role->findData(QStringLiteral("reviewer")));
    QVERIFY2(page->form()->message(QStringLiteral("role")).contains(QStringLiteral("only active administrator")),
             qPrintable(page->form()->message(QStringLiteral("role"))));
    press(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(UserRepository(db()).load(m_admin)->role, UserRole::Administrator);
    page->revert();
}

void TestSettingsPage::reviewerSeesSettingsReadOnly()
{
    QVERIFY(m_window->userProfiles()->setCurrentUser(m_reviewer));
    QCOMPARE(db().changeLog().userName(), QStringLiteral("李娜"));
    openSettings(SettingsPage::Parameters);
    QVERIFY(!settings()->isEditable());
    RuleParametersPage *parameters = settings()->parametersPage();
    QVERIFY2(parameters->noteText().contains(QStringLiteral("Only an administrator")), qPrintable(parameters->noteText()));
    QVERIFY(parameters->noteText().contains(QStringLiteral("李娜 (Reviewer)")));
    clickRow(parameters->view(), 0, RuleParameterModel::Meaning);
    QVERIFY(parameters->valueEdit()->isReadOnly());
    const QString before = parameters->valueEdit()->text();
    QTest::mouseClick(parameters->valueEdit(), Qt::LeftButton);
    typeText(m_window.get(), QStringLiteral("9"));
    QCOMPARE(parameters->valueEdit()->text(), before);
    QVERIFY(!parameters->saveAction()->isEnabled());
    QVERIFY(!parameters->resetAllAction()->isEnabled());

    openSettings(SettingsPage::ScopeClasses);
    ReferenceTablePage *classes = settings()->referencePage(SettingsPage::ScopeClasses);
    QVERIFY(!classes->noteText().isEmpty());
    clickRow(classes->view(), 0);
    auto *nameZh = qobject_cast<QLineEdit *>(classes->form()->editor(QStringLiteral("name_zh")));
    QVERIFY(nameZh->isReadOnly());
    for (QAction *action : {classes->newAction(), classes->saveAction(), classes->retireAction(),
                            classes->deleteAction(), classes->restoreAction()})
        QVERIFY(!action->isEnabled());
    press(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(!classes->hasEntry() || classes->entryId() > 0);   // Ctrl+N did not start a new entry

    openSettings(SettingsPage::Users);
    QVERIFY(!settings()->usersPage()->newAction()->isEnabled());
    QVERIFY(!settings()->usersPage()->noteText().isEmpty());

    // The note follows the language.
    m_window->languageAction(QStringLiteral("zh_CN"))->trigger();
    QTRY_VERIFY2(settings()->usersPage()->noteText().contains(QStringLiteral("系统管理员"))
                     && settings()->usersPage()->noteText().contains(QStringLiteral("评审员")),
                 qPrintable(settings()->usersPage()->noteText()));
    QVERIFY(m_window->userText().contains(QStringLiteral("李娜")));
    QCOMPARE(settings()->sectionList()->item(0)->text(), QStringLiteral("参考数据"));
    m_window->languageAction(QStringLiteral("en"))->trigger();

    // Back to the administrator: editable again.
    QVERIFY(m_window->userProfiles()->setCurrentUser(m_admin));
    QVERIFY(settings()->isEditable());
    QVERIFY(settings()->usersPage()->noteText().isEmpty());
    QVERIFY(settings()->usersPage()->newAction()->isEnabled());
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
