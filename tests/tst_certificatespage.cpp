// Findings, the certification decision and the certificate in the main window, with real
// mouse and key events on the offscreen platform: two nonconformities are recorded on the
// stage 2 audit through the finding dialog and saved; the decision is refused to a
// reviewer (C-decision-role), to a decision-maker who audited the cycle
// (C-decision-impartial) and, while the nonconformities are open, to an eligible
// decision-maker (C-decision-findings); once they are closed it is granted and the
// certificate is issued; on the Certificates page it is suspended, restored, and the
// restoration reversed, every event kept.

#include "guitestsupport.h"
#include "programmefixture.h"
#include "testsupport.h"
#include "xlsxreader.h"

#include "main/reportsmenu.h"
#include "reports/cncareport.h"

#include "certificates/certificateeventdialog.h"
#include "certificates/certificatespage.h"
#include "clients/clientdossier.h"
#include "common/optionaldateedit.h"
#include "i18n/language.h"
#include "itemmodels/certificatelistmodel.h"
#include "main/mainwindow.h"
#include "main/userprofiles.h"
#include "programmes/auditform.h"
#include "programmes/decisiondialog.h"
#include "programmes/findingdialog.h"
#include "programmes/programmeeditor.h"
#include "programmes/programmespage.h"
#include "repositories/certificaterepository.h"
#include "repositories/parameterrepository.h"
#include "repositories/programmerepository.h"
#include "repositories/userrepository.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>
#include <QStatusBar>
#include <QTabWidget>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>

using namespace GuiTest;
using Kind = ProgrammeAudit::Kind;

class TestCertificatesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init();
    void cleanup() { m_window.reset(); }
    void findingsDecisionCertificate();
    void stateMachineInTheDialog();

private:
    ProgrammesPage *programmes() const { return m_window->page<ProgrammesPage>(); }
    CertificatesPage *certificates() const { return m_window->page<CertificatesPage>(); }
    ProgrammeEditor *editor() const { return programmes()->editor(); }
    Database &db() { return *m_window->database(); }
    int stage2() const;
    void showTab(int index) const { editor()->findChild<QTabWidget *>()->setCurrentIndex(index); }
    QString decisionProblems();
    void addFinding(AuditFinding::Grade grade, const QString &requirement, const QString &statement);
    void closeFinding(int row);
    void recordEvent(CertificateEvent::Kind kind, const QString &reason, const QString &note);
    qint64 grantable();

    TestSupport::IsolatedSettings m_settings;
    LanguageManager m_languages;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    ModalAnswer m_answer;
    ProgrammeFixture::Made m_made;
    qint64 m_auditor = 0, m_reviewer = 0, m_auditingDecider = 0, m_decider = 0;
    qint64 m_programme = 0;
    int m_run = 0;
};

void TestCertificatesPage::init()
{
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    m_window = std::make_unique<MainWindow>(m_languages);
    const DatabaseError error = m_window->openDatabase(m_dir.filePath(QStringLiteral("certificates-%1.sqlite").arg(++m_run)));
    QVERIFY2(!error, qPrintable(error.message));
    m_made = ProgrammeFixture::signedContract(db());
    m_auditor = ProgrammeFixture::auditor(db(), QStringLiteral("王晓明"), QStringLiteral("2024-N1CSISMS-1001"));
    UserRepository users(db());
    m_reviewer = users.save(User{0, QStringLiteral("李静"), UserRole::Reviewer, true, 0}).id;
    m_auditingDecider = users.save(User{0, QStringLiteral("王晓明"), UserRole::DecisionMaker, true, m_auditor}).id;
    m_decider = users.save(User{0, QStringLiteral("张敏"), UserRole::DecisionMaker, true, 0}).id;
    QVERIFY(m_window->userProfiles()->setCurrentUser(m_reviewer));
    m_programme = grantable();
    QVERIFY(m_programme > 0);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support).*")));
}

// A programme whose stage 1 and stage 2 are done (王晓明 leading stage 2), decision planned today.
qint64 TestCertificatesPage::grantable()
{
    ProgrammeRepository repository(db());
    const QDate today = QDate::currentDate();
    const WriteResult made = repository.create(m_made.contractId, today);
    if (!made)
        return 0;
    Programme p = ProgrammePlanner::propose(*repository.load(made.id), repository.catalogue(), ParameterRepository(db()).load());
    for (ProgrammeAudit &a : p.audits) {
        if (a.kind == Kind::Stage1) {
            a.actualStart = a.actualEnd = m_made.signedOn.addDays(1);
            a.status = ProgrammeAudit::Status::Done;
        } else if (a.kind == Kind::Stage2) {
            a.actualStart = m_made.signedOn.addDays(3);
            a.actualEnd = m_made.signedOn.addDays(4);
            a.status = ProgrammeAudit::Status::Done;
            a.team = {TeamMember{m_auditor, QStringLiteral("王晓明"), TeamMember::Role::Leader}};
        }
    }
    const WriteResult saved = repository.save(p);
    return saved ? saved.id : 0;
}

int TestCertificatesPage::stage2() const
{
    const QList<ProgrammeAudit> audits = editor()->current().audits;
    for (int i = 0; i < audits.size(); ++i)
        if (audits.at(i).kind == Kind::Stage2)
            return i;
    return -1;
}

void TestCertificatesPage::addFinding(AuditFinding::Grade grade, const QString &requirement, const QString &statement)
{
    m_answer.start([&](QWidget *w) {
        const auto closeAnyway = qScopeGuard([w] { if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible()) d->reject(); });
        auto *dialog = qobject_cast<FindingDialog *>(w);
        QVERIFY(dialog);
        QApplication::setActiveWindow(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        // Without a requirement or a statement it cannot be kept.
        QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->gradeBox()->setCurrentIndex(dialog->gradeBox()->findData(int(grade)));
        dialog->requirementEdit()->setFocus();
        typeText(dialog, requirement);
        dialog->statementEdit()->setFocus();
        typeText(dialog, statement);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY2(ok->isEnabled(), qPrintable(dialog->problemsLabel()->text()));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    showTab(1);   // Audits
    QTest::mouseClick(editor()->auditForm()->addFindingButton(), Qt::LeftButton);
    QVERIFY(m_answer.seen());
}

void TestCertificatesPage::closeFinding(int row)
{
    m_answer.start([&](QWidget *w) {
        const auto closeAnyway = qScopeGuard([w] { if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible()) d->reject(); });
        auto *dialog = qobject_cast<FindingDialog *>(w);
        QVERIFY(dialog);
        QApplication::setActiveWindow(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        dialog->correctionEdit()->setFocus();
        typeText(dialog, QStringLiteral("Fixed"));
        dialog->actionEdit()->setFocus();
        typeText(dialog, QStringLiteral("Procedure changed"));
        dialog->verdictBox()->setCurrentIndex(dialog->verdictBox()->findData(int(AuditFinding::Verdict::Accepted)));
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        // Accepted needs the date and the verifier.
        QVERIFY(!ok->isEnabled());
        dialog->verifiedOnEdit()->setValue(QDate::currentDate());
        dialog->verifierBox()->setCurrentIndex(dialog->verifierBox()->findData(m_auditor));
        QVERIFY2(ok->isEnabled(), qPrintable(dialog->problemsLabel()->text()));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTableWidget *table = editor()->auditForm()->findings();
    QVERIFY2(table->rowCount() > row, qPrintable(QString::number(table->rowCount())));
    QVERIFY(editor()->auditForm()->addFindingButton()->isEnabled());
    showTab(1);   // Audits
    QVERIFY(table->isVisible());
    const QPoint at = table->visualItemRect(table->item(row, 0)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QVERIFY(m_answer.seen());
}

// Opens the decision dialog, returns its problems and cancels it.
QString TestCertificatesPage::decisionProblems()
{
    QString problems;
    bool okEnabled = true;
    m_answer.start([&](QWidget *w) {
        const auto closeAnyway = qScopeGuard([w] { if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible()) d->reject(); });
        auto *dialog = qobject_cast<DecisionDialog *>(w);
        QVERIFY(dialog);
        problems = dialog->problemsLabel()->text();
        okEnabled = dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled();
        dialog->reject();
    });
    showTab(0);   // Details
    if (!editor()->decideButton()->isVisible())
        return QStringLiteral("(the Decide button is not shown)");
    QTest::mouseClick(editor()->decideButton(), Qt::LeftButton);
    if (!m_answer.seen())
        return QStringLiteral("(no dialog)");
    if (okEnabled && !problems.isEmpty())
        return QStringLiteral("(OK enabled with problems)");
    return problems;
}

void TestCertificatesPage::recordEvent(CertificateEvent::Kind kind, const QString &reason, const QString &note)
{
    m_answer.start([&](QWidget *w) {
        const auto closeAnyway = qScopeGuard([w] { if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible()) d->reject(); });
        auto *dialog = qobject_cast<CertificateEventDialog *>(w);
        QVERIFY(dialog);
        QApplication::setActiveWindow(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        const int index = dialog->kindBox()->findData(int(kind));
        QVERIFY2(index >= 0, "the event is offered");
        dialog->kindBox()->setCurrentIndex(index);
        if (!reason.isEmpty())
            dialog->reasonBox()->setCurrentIndex(dialog->reasonBox()->findData(reason));
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        if (!note.isEmpty()) {
            dialog->noteEdit()->setFocus();
            typeText(dialog, note);
        }
        QVERIFY2(ok->isEnabled(), qPrintable(dialog->problemsLabel()->text()));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(certificates()->recordEventButton(), Qt::LeftButton);
    QVERIFY(m_answer.seen());
}

void TestCertificatesPage::findingsDecisionCertificate()
{
    QAbstractItemModelTester tester(certificates()->model());
    QVERIFY(m_window->openRecord(RecordRef{QStringLiteral("programmes"), m_programme, m_made.clientId, {}, true}));
    QCOMPARE(editor()->recordId(), m_programme);
    editor()->selectAudit(stage2());
    QCOMPARE(editor()->auditForm()->index(), stage2());

    // Two nonconformities on stage 2, saved with the programme.
    addFinding(AuditFinding::Grade::Major, QStringLiteral("CLD.6.3.1"), QStringLiteral("No roles agreed"));
    addFinding(AuditFinding::Grade::Minor, QStringLiteral("12.4.1"), QStringLiteral("Logs kept 90 days"));
    QCOMPARE(editor()->auditForm()->findings()->rowCount(), 2);
    QVERIFY(editor()->isModified());
    editor()->setFocus();
    press(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(!editor()->isModified(), qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(db().scalar(QStringLiteral("SELECT count(*) FROM audit_findings WHERE verdict = 'open'")).toInt(), 2);
    // The deadline comes from the grade's parameter.
    QCOMPARE(db().scalar(QStringLiteral("SELECT count(*) FROM audit_findings WHERE due_on IS NULL")).toInt(), 2);

    // Refused: a reviewer; a decision-maker on the team; open nonconformities.
    QVERIFY(editor()->decideButton()->isEnabled());
    QString problems = decisionProblems();
    QVERIFY2(problems.contains(QLatin1String("C-decision-role")), qPrintable(problems));
    QVERIFY(m_window->userProfiles()->setCurrentUser(m_auditingDecider));
    problems = decisionProblems();
    QVERIFY2(problems.contains(QLatin1String("C-decision-impartial")), qPrintable(problems));
    QVERIFY2(!problems.contains(QLatin1String("C-decision-role")), qPrintable(problems));
    QVERIFY(m_window->userProfiles()->setCurrentUser(m_decider));
    problems = decisionProblems();
    QVERIFY2(problems.contains(QLatin1String("C-decision-findings")), qPrintable(problems));
    QVERIFY2(problems.contains(QLatin1String("1 major")), qPrintable(problems));
    QCOMPARE(db().scalar(QStringLiteral("SELECT count(*) FROM decisions")).toInt(), 0);

    // Close both, save, decide: granted, the certificate issued.
    editor()->selectAudit(stage2());
    closeFinding(0);
    closeFinding(1);
    editor()->setFocus();
    press(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(!editor()->isModified(), qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(db().scalar(QStringLiteral("SELECT count(*) FROM audit_findings WHERE verdict = 'accepted' AND verified_by = ?"),
                         {m_auditor}).toInt(), 2);
    m_answer.start([&](QWidget *w) {
        const auto closeAnyway = qScopeGuard([w] { if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible()) d->reject(); });
        auto *dialog = qobject_cast<DecisionDialog *>(w);
        QVERIFY(dialog);
        QVERIFY(dialog->grantButton()->isChecked());
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        QVERIFY2(ok->isEnabled(), qPrintable(dialog->problemsLabel()->text()));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    showTab(0);   // Details
    QVERIFY(editor()->decideButton()->isVisible());
    QTest::mouseClick(editor()->decideButton(), Qt::LeftButton);
    QVERIFY(m_answer.seen());
    QCOMPARE(db().scalar(QStringLiteral("SELECT decider_name FROM decisions WHERE programme_id = ?"), {m_programme}).toString(),
             QStringLiteral("张敏"));
    const QDate today = QDate::currentDate();
    QCOMPARE(db().scalar(QStringLiteral("SELECT decided_on FROM programmes WHERE id = ?"), {m_programme}).toString(),
             today.toString(Qt::ISODate));
    const qint64 certificate = CertificateRepository(db()).ofProgramme(m_programme);
    QVERIFY(certificate > 0);
    QCOMPARE(db().scalar(QStringLiteral("SELECT expires_on FROM certificates WHERE id = ?"), {certificate}).toString(),
             today.addYears(3).addDays(-1).toString(Qt::ISODate));
    QCOMPARE(db().scalar(QStringLiteral("SELECT number FROM certificates WHERE id = ?"), {certificate}).toString(),
             QStringLiteral("CSISMS-%1-0001").arg(today.year()));
    QVERIFY(!editor()->decideButton()->isEnabled());
    QVERIFY2(editor()->decisionLabel()->text().contains(QStringLiteral("CSISMS-")), qPrintable(editor()->decisionLabel()->text()));
    // The decision is a record, not an undo step.
    QVERIFY(!m_window->undoAction()->isEnabled() || !m_window->undoAction()->text().contains(QLatin1String("decision")));

    // The Certificates page: suspend, restore, reverse the restoration.
    QVERIFY(m_window->openRecord(RecordRef{QStringLiteral("certificates"), certificate, m_made.clientId, {}, true}));
    QVERIFY(certificates()->shown());
    QCOMPARE(certificates()->shown()->id, certificate);
    QCOMPARE(certificates()->events()->rowCount(), 1);
    recordEvent(CertificateEvent::Kind::Suspend, QStringLiteral("0112"), QString());
    QCOMPARE(db().scalar(QStringLiteral("SELECT status FROM certificates WHERE id = ?"), {certificate}).toString(), QStringLiteral("02"));
    QCOMPARE(certificates()->events()->rowCount(), 2);
    QVERIFY2(certificates()->statusText()->text().contains(QLatin1String("Suspended")), qPrintable(certificates()->statusText()->text()));
    recordEvent(CertificateEvent::Kind::Restore, QString(), QStringLiteral("Surveillance done"));
    QCOMPARE(db().scalar(QStringLiteral("SELECT status FROM certificates WHERE id = ?"), {certificate}).toString(), QStringLiteral("01"));
    recordEvent(CertificateEvent::Kind::Reverse, QString(), QStringLiteral("Restored by mistake"));
    QCOMPARE(db().scalar(QStringLiteral("SELECT status FROM certificates WHERE id = ?"), {certificate}).toString(), QStringLiteral("02"));
    QCOMPARE(db().scalar(QStringLiteral("SELECT count(*) FROM certificate_events WHERE certificate_id = ?"), {certificate}).toInt(), 4);
    QCOMPARE(certificates()->events()->rowCount(), 4);
    QVERIFY(certificates()->events()->item(2, 1)->font().strikeOut());   // the reversed restoration stays, struck out

    // The register filters by status; the dossier lists the certificate.
    certificates()->statusFilter()->setCurrentIndex(certificates()->statusFilter()->findData(int(CertificateStatus::Valid)));
    QCOMPARE(certificates()->model()->rowCount(), 0);
    certificates()->statusFilter()->setCurrentIndex(certificates()->statusFilter()->findData(int(CertificateStatus::Suspended)));
    QCOMPARE(certificates()->model()->rowCount(), 1);
    // The Reports menu writes the month's CNCA report and the CertSearch sheet with it.
    const QString cnca = m_dir.filePath(QStringLiteral("cnca-%1.xlsx").arg(m_run));
    QCOMPARE(m_window->reportsMenu()->exportCnca(today.year(), today.month(), cnca), QString());
    const QJsonArray sheets = XlsxReader::sheetsOf(cnca);
    QCOMPARE(XlsxReader::namesOf(sheets), cncaSheetNames());
    const QList<QStringList> certificateRows = XlsxReader::rowsOf(sheets.at(1).toObject());
    QCOMPARE(certificateRows.size(), 2);   // the header and this certificate
    QCOMPARE(XlsxReader::cell(certificateRows, 0, QStringLiteral("证书号")), QStringLiteral("CSISMS-%1-0001").arg(today.year()));
    QCOMPARE(XlsxReader::cell(certificateRows, 0, QStringLiteral("证书状态")), QStringLiteral("02"));
    const QString certSearch = m_dir.filePath(QStringLiteral("certsearch-%1.xlsx").arg(m_run));
    // The fixture's client has no credit code, which CertSearch needs as the entity's ID:
    // refused, with the certificate named, and nothing written.
    const QString refused = m_window->reportsMenu()->exportCertSearch(certSearch);
    QVERIFY2(refused.contains(QStringLiteral("CSISMS-%1-0001").arg(today.year())), qPrintable(refused));
    QVERIFY(!QFileInfo::exists(certSearch));

    ClientDossier dossier;
    dossier.setDatabase(&db());
    dossier.setClient(m_made.clientId);
    QCOMPARE(dossier.certificateView()->model()->rowCount(), 1);
}

// What the event dialog offers follows the state machine.
void TestCertificatesPage::stateMachineInTheDialog()
{
    QVERIFY(m_window->userProfiles()->setCurrentUser(m_decider));
    CertificationDecision d;
    d.programmeId = m_programme;
    d.decidedOn = QDate::currentDate();
    const WriteResult granted = CertificateRepository(db()).decide(d, *UserRepository(db()).load(m_decider), QDate::currentDate());
    QVERIFY2(granted, qPrintable(granted.message));
    const Certificate c = *CertificateRepository(db()).load(granted.id);
    CertificateEventDialog valid(c, QDate::currentDate());
    QStringList offered;
    for (int i = 0; i < valid.kindBox()->count(); ++i)
        offered << CertificateRules::eventKey(CertificateEvent::Kind(valid.kindBox()->itemData(i).toInt()));
    QCOMPARE(offered, QStringList({"suspend", "withdraw", "cancel", "extend", "reduce"}));
    // Suspension needs a reason code.
    valid.kindBox()->setCurrentIndex(0);
    QVERIFY(!valid.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    valid.reasonBox()->setCurrentIndex(1);
    QVERIFY2(valid.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled(),
             qPrintable(valid.problemsLabel()->text()));
    // After its expiry only the expiry can be recorded.
    CertificateEventDialog expired(c, c.expiresOn.addDays(1));
    QCOMPARE(expired.kindBox()->count(), 1);
    QCOMPARE(CertificateEvent::Kind(expired.kindBox()->itemData(0).toInt()), CertificateEvent::Kind::Expire);
}

QTEST_MAIN(TestCertificatesPage)
#include "tst_certificatespage.moc"
