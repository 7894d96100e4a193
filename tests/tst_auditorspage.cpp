// The Auditors page in the main window, driven with real key and mouse events on the
// offscreen platform: add an auditor with a competence and a continuing-education entry
// (yearly totals and findings follow), the "registration expires within N days" view,
// declare a conflict of interest with a client found in the register, undo and redo from
// the main undo stack, and deleting: refused for an auditor a user profile refers to,
// confirmed otherwise.

#include "guitestsupport.h"
#include "testsupport.h"

#include "auditors/auditoreditor.h"
#include "auditors/auditorspage.h"
#include "clients/clientpicker.h"
#include "db/changelog.h"
#include "i18n/language.h"
#include "itemmodels/auditorlistmodel.h"
#include "itemmodels/changehistorymodel.h"
#include "main/mainwindow.h"
#include "common/optionaldateedit.h"
#include "repositories/auditorrepository.h"
#include "repositories/clientrepository.h"
#include "repositories/userrepository.h"
#include "common/subrecordtable.h"
#include "main/userprofiles.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

using namespace GuiTest;

class TestAuditorsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init();
    void cleanup();
    void addAuditorWithCompetenceAndEducation();
    void expiringRegistrations();
    void declareConflictAndUndo();
    void deleteRefusedWhenReferenced();

private:
    AuditorsPage *page() const { return m_window->page<AuditorsPage>(); }
    AuditorEditor *editor() const { return page()->editor(); }
    Database &db() { return *m_window->database(); }
    AuditorRepository repository() { return AuditorRepository(db()); }
    // Opens the editor of the cell's column in a sub-record table and returns it.
    template <typename Editor> Editor *editCell(SubRecordTable *table, int row, int column);
    void commit();
    qint64 addAuditor(const QString &name, const QDate &validTo);

    TestSupport::IsolatedSettings m_settings;
    LanguageManager m_languages;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    ModalAnswer m_answer;
    qint64 m_client = 0;
    int m_run = 0;
};

void TestAuditorsPage::init()
{
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    m_window = std::make_unique<MainWindow>(m_languages);
    const DatabaseError error = m_window->openDatabase(m_dir.filePath(QStringLiteral("auditors-%1.sqlite").arg(++m_run)));
    QVERIFY2(!error, qPrintable(error.message));
    const qint64 user = UserRepository(db()).save(User{0, QStringLiteral("周海燕"), UserRole::Manager, true, 0}).id;
    QVERIFY(m_window->userProfiles()->setCurrentUser(user));
    Client client;
    client.nameZh = QStringLiteral("福州示例云科技有限公司");
    client.creditCode = QStringLiteral("91350100M000100Y43");
    m_client = ClientRepository(db()).save(client).id;
    Client other;
    other.nameZh = QStringLiteral("厦门示例数据有限公司");
    QVERIFY(ClientRepository(db()).save(other));
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    clickItem(navigation, int(m_window->pages().indexOf(m_window->page<AuditorsPage>())));
    QVERIFY(page()->isVisible());
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support).*")));
}

void TestAuditorsPage::cleanup()
{
    if (m_window && editor()->isModified())
        editor()->revert();
    m_window.reset();
}

template <typename Editor>
Editor *TestAuditorsPage::editCell(SubRecordTable *table, int row, int column)
{
    // The tables edit on every trigger, so making the cell current opens its editor.
    QTableWidget *widget = table->table();
    if (widget->currentRow() == row && widget->currentColumn() == column)
        widget->editItem(widget->item(row, column));
    else
        widget->setCurrentCell(row, column);
    return qobject_cast<Editor *>(QApplication::focusWidget());
}

// Enter in a cell editor commits it (the delegate's own handling, queued, as for a user).
void TestAuditorsPage::commit()
{
    press(m_window.get(), Qt::Key_Return);
    QCoreApplication::processEvents();
}

qint64 TestAuditorsPage::addAuditor(const QString &name, const QDate &validTo)
{
    Auditor auditor;
    auditor.nameZh = name;
    auditor.registrationValidFrom = validTo.addYears(-3);
    auditor.registrationValidTo = validTo;
    const WriteResult saved = repository().save(auditor);
    if (!saved)
        qFatal("cannot add auditor: %s", qPrintable(saved.message));
    page()->model()->refresh();
    return saved.id;
}

void TestAuditorsPage::addAuditorWithCompetenceAndEducation()
{
    const QDate today = QDate::currentDate();
    // New auditor: Ctrl+N puts the cursor in the Chinese name.
    press(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(editor()->isNew());
    QCOMPARE(focused(m_window.get()), editor()->field<QLineEdit>(QStringLiteral("name_zh")));
    press(m_window.get(), Qt::Key_S, Qt::ControlModifier);   // nothing typed yet: refused
    QVERIFY(!editor()->fieldMessage(QStringLiteral("name_zh")).isEmpty());
    typeText(m_window.get(), QStringLiteral("王晓明"));
    QCOMPARE(editor()->fieldMessage(QStringLiteral("name_zh")), QString());
    press(m_window.get(), Qt::Key_Tab);
    typeText(m_window.get(), QStringLiteral("Wang Xiaoming"));
    press(m_window.get(), Qt::Key_Tab);
    QCOMPARE(focused(m_window.get()), editor()->field<QLineEdit>(QStringLiteral("registration_number")));
    typeText(m_window.get(), QStringLiteral("2024-N1CSISMS-1001"));
    editor()->field<QComboBox>(QStringLiteral("level"))->setCurrentIndex(editor()->field<QComboBox>(QStringLiteral("level"))->findData(QStringLiteral("senior")));

    // A validity with only its first day: the message asks for both.
    editor()->field<OptionalDateEdit>(QStringLiteral("registration_valid_from"))->setValue(today.addYears(-3).addDays(21));
    QVERIFY(!editor()->fieldMessage(QStringLiteral("registration_valid_to")).isEmpty());
    editor()->field<OptionalDateEdit>(QStringLiteral("registration_valid_to"))->setValue(today.addDays(20));
    QCOMPARE(editor()->fieldMessage(QStringLiteral("registration_valid_to")), QString());
    editor()->field<OptionalDateEdit>(QStringLiteral("qualification_confirmed_on"))->setValue(today.addYears(-2));
    QTest::mouseClick(editor()->field<QLineEdit>(QStringLiteral("qualification_confirmed_by")), Qt::LeftButton);
    typeText(m_window.get(), QStringLiteral("周海燕"));

    // Competences: add a row, choose the scope class and the confirmation date.
    editor()->tabs()->setCurrentIndex(AuditorEditor::CompetencesTab);
    auto *addCompetence = editor()->competences()->findChildren<QPushButton *>().constFirst();
    QTest::mouseClick(addCompetence, Qt::LeftButton);
    auto *scopeClass = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(scopeClass);
    QVERIFY(scopeClass->count() >= 10);
    QVERIFY(scopeClass->itemText(0).startsWith(QStringLiteral("CS-01 ")));
    scopeClass->setCurrentIndex(scopeClass->findData(QStringLiteral("CS-03")));
    commit();
    auto *confirmed = editCell<OptionalDateEdit>(editor()->competences(), 0, 1);
    QVERIFY(confirmed);
    QVERIFY(confirmed->isEmpty());
    confirmed->setValue(today.addDays(-30));
    commit();
    QCOMPARE(editor()->current().competences.size(), 1);
    QCOMPARE(editor()->current().competences.first().scopeClass, QStringLiteral("CS-03"));
    QCOMPARE(editor()->current().competences.first().confirmedOn, today.addDays(-30));
    QCOMPARE(editor()->tabs()->tabText(AuditorEditor::CompetencesTab), QStringLiteral("Competences (1)"));

    // Continuing education: date (today), 8 hours, topic; Tab moves from cell to cell.
    editor()->tabs()->setCurrentIndex(AuditorEditor::EducationTab);
    auto *addTraining = editor()->education()->findChildren<QPushButton *>().constFirst();
    QTest::mouseClick(addTraining, Qt::LeftButton);
    auto *date = qobject_cast<OptionalDateEdit *>(QApplication::focusWidget());
    QVERIFY(date);
    QCOMPARE(date->value(), today);   // a required date starts at today
    press(m_window.get(), Qt::Key_Tab);
    auto *hours = qobject_cast<QDoubleSpinBox *>(QApplication::focusWidget());
    QVERIFY(hours);
    press(m_window.get(), Qt::Key_A, Qt::ControlModifier);
    typeText(m_window.get(), QStringLiteral("8"));
    press(m_window.get(), Qt::Key_Tab);
    typeText(m_window.get(), QStringLiteral("ISO/IEC 27017 training"));
    commit();
    const Auditor typed = editor()->current();
    QCOMPARE(typed.education.size(), 1);
    QCOMPARE(typed.education.first().date, today);
    QCOMPARE(typed.education.first().hours, 8.0);
    QCOMPARE(typed.education.first().topic, QStringLiteral("ISO/IEC 27017 training"));
    // This year's total against the minimum of 20 hours: below, said in words.
    const QString totals = editor()->educationTotalsText();
    QVERIFY2(totals.contains(QStringLiteral("%1 (so far): 8 hours").arg(today.year())), qPrintable(totals));
    QVERIFY2(totals.contains(QStringLiteral("below the minimum of 20 hours")), qPrintable(totals));

    // Findings with rule IDs: no impartiality statement yet; the registration ends in 20 days.
    QString findings = editor()->findingTexts().join(u'\n');
    QVERIFY2(findings.contains(QStringLiteral("[A-4.")), qPrintable(findings));
    QVERIFY2(findings.contains(QStringLiteral("in 20 day")), qPrintable(findings));
    const int before = findings.size();
    editor()->field<OptionalDateEdit>(QStringLiteral("impartiality_signed_on"))->setValue(today.addDays(-3));
    QVERIFY(editor()->findingTexts().join(u'\n').size() < before);

    // Save (Ctrl+S): stored with its sub-records, in the list, undoable.
    press(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!editor()->isModified());
    const qint64 id = editor()->recordId();
    QVERIFY(id > 0);
    const std::optional<Auditor> stored = repository().load(id);
    QVERIFY(stored);
    QCOMPARE(stored->nameEn, QStringLiteral("Wang Xiaoming"));
    QCOMPARE(stored->level, AuditorLevel::Senior);
    QCOMPARE(stored->registrationValidTo, today.addDays(20));
    QCOMPARE(stored->competences.size(), 1);
    QCOMPARE(stored->education.size(), 1);
    QCOMPARE(stored->education.first().hours, 8.0);
    QCOMPARE(page()->model()->rowCount(), 1);
    QCOMPARE(page()->model()->idAt(page()->view()->currentIndex().row()), id);
    QCOMPARE(m_window->undoAction()->text(), QStringLiteral("&Undo Add auditor “王晓明”"));
    QCOMPARE(ChangeLog::history(db(), QStringLiteral("auditors"), id).first().user, QStringLiteral("周海燕"));
    editor()->tabs()->setCurrentIndex(AuditorEditor::HistoryTab);
    QCOMPARE(editor()->history()->rowCount(), 3);   // auditor, competence, education entry

    // Undo removes the auditor again; redo brings it back with its sub-records.
    page()->view()->setFocus();
    press(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!repository().load(id));
    QCOMPARE(page()->model()->rowCount(), 0);
    press(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(repository().load(id)->education.size(), 1);
}

void TestAuditorsPage::expiringRegistrations()
{
    const QDate today = QDate::currentDate();
    const qint64 soon = addAuditor(QStringLiteral("王晓明"), today.addDays(20));
    const qint64 later = addAuditor(QStringLiteral("李娜"), today.addDays(200));
    addAuditor(QStringLiteral("赵强"), today.addDays(-3));   // already expired
    QCOMPARE(page()->model()->rowCount(), 3);
    QCOMPARE(page()->expiringDays()->value(), 60);   // the registration-warning parameter

    QTest::mouseClick(page()->expiringBox(), Qt::LeftButton);
    QVERIFY(page()->expiringBox()->isChecked());
    QCOMPARE(page()->model()->rowCount(), 1);
    QCOMPARE(page()->model()->idAt(0), soon);
    QVERIFY2(page()->countText().startsWith(QStringLiteral("1 auditor")), qPrintable(page()->countText()));
    QVERIFY(page()->model()->index(0, AuditorListModel::ValidTo).data().toString().contains(QStringLiteral("expires in 20")));

    // Within 10 days: nobody; within 365: both, soonest first.
    QTest::mouseClick(page()->expiringDays(), Qt::LeftButton);
    press(m_window.get(), Qt::Key_A, Qt::ControlModifier);
    typeText(m_window.get(), QStringLiteral("10"));
    QCOMPARE(page()->model()->rowCount(), 0);
    press(m_window.get(), Qt::Key_A, Qt::ControlModifier);
    typeText(m_window.get(), QStringLiteral("365"));
    QCOMPARE(page()->model()->rowCount(), 2);
    QCOMPARE(page()->model()->idAt(0), soon);
    QCOMPARE(page()->model()->idAt(1), later);

    QTest::mouseClick(page()->expiringBox(), Qt::LeftButton);
    QCOMPARE(page()->model()->rowCount(), 3);

    // Filter by name (Ctrl+F), in the list.
    press(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(focused(m_window.get()), page()->filterEdit());
    typeText(m_window.get(), QStringLiteral("李"));
    QCOMPARE(page()->model()->rowCount(), 1);
    QCOMPARE(page()->model()->idAt(0), later);
}

void TestAuditorsPage::declareConflictAndUndo()
{
    const qint64 id = addAuditor(QStringLiteral("王晓明"), QDate::currentDate().addYears(1));
    clickRow(page()->view(), page()->model()->rowOf(id));
    QCOMPARE(editor()->recordId(), id);

    editor()->tabs()->setCurrentIndex(AuditorEditor::ConflictsTab);
    auto *declare = editor()->conflicts()->findChildren<QPushButton *>().constFirst();
    QTest::mouseClick(declare, Qt::LeftButton);
    auto *picker = qobject_cast<ClientPicker *>(QApplication::focusWidget());
    QVERIFY(picker);
    // Type part of the client's name: the register's matches drop down; choose the first.
    typeText(m_window.get(), QStringLiteral("福州"));
    QCOMPARE(picker->matchCount(), 1);
    QAbstractItemView *popup = picker->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(picker->clientId(), m_client);
    QCOMPARE(picker->text(), QStringLiteral("福州示例云科技有限公司"));
    press(m_window.get(), Qt::Key_Tab);
    auto *relation = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(relation);
    relation->setCurrentIndex(relation->findData(QStringLiteral("consultancy")));
    press(m_window.get(), Qt::Key_Tab);
    auto *from = qobject_cast<OptionalDateEdit *>(QApplication::focusWidget());
    QVERIFY(from);
    from->setValue(QDate(2024, 1, 1));
    press(m_window.get(), Qt::Key_Tab);
    auto *to = qobject_cast<OptionalDateEdit *>(QApplication::focusWidget());
    QVERIFY(to);
    QVERIFY(to->isEmpty());   // ongoing unless a last day is given
    to->setValue(QDate(2025, 6, 30));
    press(m_window.get(), Qt::Key_Tab);
    typeText(m_window.get(), QStringLiteral("ISMS consultancy"));
    QCOMPARE(editor()->conflicts()->table()->item(0, 0)->text(), QString::number(m_client));

    // Ctrl+S straight from the open note cell: what was typed there is saved too.
    press(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(!editor()->isModified(), qPrintable(editor()->fieldMessage(QStringLiteral("name_zh"))));
    std::optional<Auditor> stored = repository().load(id);
    QCOMPARE(stored->conflicts.size(), 1);
    QCOMPARE(stored->conflicts.first().clientId, m_client);
    QCOMPARE(stored->conflicts.first().relation, ConflictRelation::Consultancy);
    QCOMPARE(stored->conflicts.first().to, QDate(2025, 6, 30));
    QCOMPARE(stored->conflicts.first().note, QStringLiteral("ISMS consultancy"));
    QCOMPARE(m_window->undoAction()->text(), QStringLiteral("&Undo Edit auditor “王晓明”"));

    // Undo takes the declaration away again (through the repository, logged); redo restores it.
    page()->view()->setFocus();
    press(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(repository().load(id)->conflicts.size(), 0);
    QCOMPARE(editor()->conflicts()->table()->rowCount(), 0);   // the editor follows
    press(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(repository().load(id)->conflicts.size(), 1);
    QCOMPARE(editor()->conflicts()->table()->rowCount(), 1);
    const QList<ChangeEntry> conflictLog = repository().history(id);
    QVERIFY(conflictLog.size() >= 3);
    QCOMPARE(conflictLog.first().table, QStringLiteral("auditor_conflicts"));
}

void TestAuditorsPage::deleteRefusedWhenReferenced()
{
    const qint64 linked = addAuditor(QStringLiteral("王晓明"), QDate::currentDate().addYears(1));
    const qint64 free = addAuditor(QStringLiteral("李娜"), QDate::currentDate().addYears(1));
    QVERIFY(UserRepository(db()).save(User{0, QStringLiteral("王晓明"), UserRole::Reviewer, true, linked}));

    // Referenced by a user profile: refused, with the reason and the way out.
    clickRow(page()->view(), page()->model()->rowOf(linked));
    m_answer.button(QMessageBox::Cancel);
    press(m_window.get(), Qt::Key_Delete);
    QVERIFY(m_answer.seen());
    QVERIFY2(m_answer.text().contains(QStringLiteral("cannot be deleted")), qPrintable(m_answer.text()));
    QVERIFY2(m_answer.text().contains(QStringLiteral("1 user profile")), qPrintable(m_answer.text()));
    QVERIFY(repository().load(linked));

    // Mark inactive from the same message.
    m_answer.role(QMessageBox::AcceptRole);
    page()->view()->setFocus();
    press(m_window.get(), Qt::Key_Delete);
    QVERIFY(m_answer.seen());
    QVERIFY(!repository().load(linked)->active);
    QCOMPARE(page()->model()->rowOf(linked), -1);

    // Not referenced: asks first; Keep keeps it, Delete deletes it, Undo brings it back.
    clickRow(page()->view(), page()->model()->rowOf(free));
    m_answer.button(QMessageBox::No);
    press(m_window.get(), Qt::Key_Delete);
    QVERIFY(m_answer.seen());
    QVERIFY(repository().load(free));
    m_answer.button(QMessageBox::Yes);
    page()->view()->setFocus();
    press(m_window.get(), Qt::Key_Delete);
    QVERIFY(m_answer.seen());
    QVERIFY(!repository().load(free));
    QVERIFY(m_window->undoAction()->text().contains(QStringLiteral("Delete auditor “李娜”")));
    m_window->undoAction()->trigger();
    QVERIFY(repository().load(free));
}

QTEST_MAIN(TestAuditorsPage)
#include "tst_auditorspage.moc"
