// The rules of an audit finding (审核发现): its correction deadline (major_correction_days,
// minor_correction_days, or as set), F-correction (overdue after the deadline day, never
// once accepted) and what keeps it from being saved, each row naming its field key.

#include "domain/finding.h"
#include "i18n/language.h"

#include <QRegularExpression>
#include <QTest>

#include <functional>

using Grade = AuditFinding::Grade;
using Verdict = AuditFinding::Verdict;
using FindingChange = std::function<void(AuditFinding &)>;
Q_DECLARE_METATYPE(FindingChange)

namespace {

// A major nonconformity raised on 2026-03-01, open.
AuditFinding finding(Grade grade = Grade::Major)
{
    AuditFinding f;
    f.id = 1;
    f.grade = grade;
    f.requirement = QStringLiteral("CLD.6.3.1");
    f.statement = QStringLiteral("The shared roles and responsibilities are not documented.");
    f.evidence = QStringLiteral("interview with the operations manager");
    f.raisedOn = QDate(2026, 3, 1);
    return f;
}

// Accepted on 2026-03-20 by auditor 11, with the client's correction and corrective action.
void accept(AuditFinding &f, Verdict verdict = Verdict::Accepted)
{
    f.verdict = verdict;
    f.verifiedOn = QDate(2026, 3, 20);
    f.verifiedBy = 11;
    f.verifierName = QStringLiteral("张审核");
    f.correction = QStringLiteral("roles documented in the service agreement");
    f.correctiveAction = QStringLiteral("contract review procedure revised");
}

QStringList keys(const QList<FieldProblem> &problems)
{
    QStringList out;
    for (const FieldProblem &p : problems)
        out << (p.rule.isEmpty() ? p.field : QStringLiteral("%1 (%2)").arg(p.field, p.rule));
    return out;
}

QString messages(const QList<FieldProblem> &problems)
{
    QStringList out;
    for (const FieldProblem &p : problems)
        out << p.field + QStringLiteral(": ") + p.message;
    return out.join(u'\n');
}

} // namespace

class TestFindingRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        QVERIFY(m_language.setLanguage(QStringLiteral("en")));
        QCOMPARE(RuleParameters().majorCorrectionDays(), 30);
        QCOMPARE(RuleParameters().minorCorrectionDays(), 90);
    }

    void deadline_data()
    {
        QTest::addColumn<int>("grade");
        QTest::addColumn<QDate>("raisedOn");
        QTest::addColumn<QDate>("dueOn");
        QTest::addColumn<QString>("parameter");   // a parameter changed, empty: defaults
        QTest::addColumn<int>("value");
        QTest::addColumn<QDate>("deadline");
        const int major = int(Grade::Major), minor = int(Grade::Minor), observation = int(Grade::Observation);
        const QDate raised(2026, 3, 1);
        const QString majorDays = QString::fromLatin1(ParameterKey::MajorCorrectionDays);
        const QString minorDays = QString::fromLatin1(ParameterKey::MinorCorrectionDays);
        QTest::newRow("major: raised + 30 days") << major << raised << QDate() << QString() << 0 << QDate(2026, 3, 31);
        QTest::newRow("minor: raised + 90 days") << minor << raised << QDate() << QString() << 0 << QDate(2026, 5, 30);
        QTest::newRow("major across the year end") << major << QDate(2026, 12, 15) << QDate() << QString() << 0
                                                   << QDate(2027, 1, 14);
        QTest::newRow("major across a leap day") << major << QDate(2028, 2, 15) << QDate() << QString() << 0
                                                 << QDate(2028, 3, 16);
        QTest::newRow("major: due_on set wins (later)") << major << raised << QDate(2026, 6, 1) << QString() << 0
                                                        << QDate(2026, 6, 1);
        QTest::newRow("minor: due_on set wins (earlier)") << minor << raised << QDate(2026, 3, 10) << QString() << 0
                                                          << QDate(2026, 3, 10);
        QTest::newRow("major: due_on set, no raised date") << major << QDate() << QDate(2026, 4, 1) << QString() << 0
                                                           << QDate(2026, 4, 1);
        QTest::newRow("major: no raised date, no due_on: none") << major << QDate() << QDate() << QString() << 0 << QDate();
        QTest::newRow("observation: none") << observation << raised << QDate() << QString() << 0 << QDate();
        QTest::newRow("observation with due_on: none") << observation << raised << QDate(2026, 4, 1) << QString() << 0
                                                       << QDate();
        QTest::newRow("major_correction_days 10") << major << raised << QDate() << majorDays << 10 << QDate(2026, 3, 11);
        QTest::newRow("major_correction_days 10 leaves a minor at 90") << minor << raised << QDate() << majorDays << 10
                                                                      << QDate(2026, 5, 30);
        QTest::newRow("minor_correction_days 60") << minor << raised << QDate() << minorDays << 60 << QDate(2026, 4, 30);
        QTest::newRow("minor_correction_days 60, due_on set wins") << minor << raised << QDate(2026, 7, 1) << minorDays << 60
                                                                  << QDate(2026, 7, 1);
    }

    void deadline()
    {
        QFETCH(int, grade);
        QFETCH(QDate, raisedOn);
        QFETCH(QDate, dueOn);
        QFETCH(QString, parameter);
        QFETCH(int, value);
        QFETCH(QDate, deadline);
        AuditFinding f = finding(Grade(grade));
        f.raisedOn = raisedOn;
        f.dueOn = dueOn;
        RuleParameters parameters;
        if (!parameter.isEmpty())
            parameters.setValue(parameter, value);
        QCOMPARE(FindingRules::deadline(f, parameters), deadline);
    }

    void overdue_data()
    {
        QTest::addColumn<FindingChange>("change");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("overdue");
        const FindingChange none = [](AuditFinding &) {};
        const FindingChange minor = [](AuditFinding &f) { f.grade = Grade::Minor; };
        const QDate deadline(2026, 3, 31), dayAfter(2026, 4, 1);
        QTest::newRow("F-correction major open on the deadline day: not overdue") << none << deadline << false;
        QTest::newRow("F-correction major open the day after: overdue") << none << dayAfter << true;
        QTest::newRow("F-correction major open the day before: not overdue") << none << QDate(2026, 3, 30) << false;
        QTest::newRow("F-correction minor open on its deadline 2026-05-30: not overdue") << minor << QDate(2026, 5, 30) << false;
        QTest::newRow("F-correction minor open on 2026-05-31: overdue") << minor << QDate(2026, 5, 31) << true;
        QTest::newRow("F-correction minor open on 2026-04-01: not overdue") << minor << dayAfter << false;
        QTest::newRow("F-correction accepted major: never overdue")
            << FindingChange([](AuditFinding &f) { accept(f); }) << QDate(2030, 1, 1) << false;
        QTest::newRow("F-correction accepted minor: never overdue")
            << FindingChange([](AuditFinding &f) { f.grade = Grade::Minor; accept(f); }) << QDate(2030, 1, 1) << false;
        QTest::newRow("F-correction rejected major: still overdue")
            << FindingChange([](AuditFinding &f) { accept(f, Verdict::Rejected); }) << dayAfter << true;
        QTest::newRow("F-correction rejected major on the deadline day: not overdue")
            << FindingChange([](AuditFinding &f) { accept(f, Verdict::Rejected); }) << deadline << false;
        QTest::newRow("F-correction observation: never overdue")
            << FindingChange([](AuditFinding &f) { f.grade = Grade::Observation; }) << QDate(2030, 1, 1) << false;
        QTest::newRow("F-correction due_on set: overdue the day after it")
            << FindingChange([](AuditFinding &f) { f.dueOn = QDate(2026, 3, 5); }) << QDate(2026, 3, 6) << true;
        QTest::newRow("F-correction due_on set: not overdue on it")
            << FindingChange([](AuditFinding &f) { f.dueOn = QDate(2026, 3, 5); }) << QDate(2026, 3, 5) << false;
        QTest::newRow("F-correction no deadline known: not overdue")
            << FindingChange([](AuditFinding &f) { f.raisedOn = QDate(); }) << QDate(2030, 1, 1) << false;
    }

    void overdue()
    {
        QFETCH(FindingChange, change);
        QFETCH(QDate, today);
        QFETCH(bool, overdue);
        AuditFinding f = finding();
        change(f);
        QCOMPARE(FindingRules::overdue(f, today, RuleParameters()), overdue);
    }

    void overdueFollowsTheParameter()
    {
        AuditFinding f = finding();
        RuleParameters parameters;
        QVERIFY(!FindingRules::overdue(f, QDate(2026, 3, 12), parameters));
        parameters.setValue(QString::fromLatin1(ParameterKey::MajorCorrectionDays), 10);
        QVERIFY(!FindingRules::overdue(f, QDate(2026, 3, 11), parameters));
        QVERIFY(FindingRules::overdue(f, QDate(2026, 3, 12), parameters));
    }

    void validate_data()
    {
        QTest::addColumn<FindingChange>("change");
        QTest::addColumn<QStringList>("problems");
        auto row = [](const char *name, FindingChange m, QStringList p) { QTest::newRow(name) << m << p; };
        row("open major in order: saved", [](AuditFinding &) {}, {});
        row("accepted major in order: saved", [](AuditFinding &f) { accept(f); }, {});
        row("accepted minor in order: saved", [](AuditFinding &f) { f.grade = Grade::Minor; accept(f); }, {});
        row("observation without correction: saved", [](AuditFinding &f) { f.grade = Grade::Observation; }, {});
        row("missing requirement: requirement", [](AuditFinding &f) { f.requirement.clear(); }, {"requirement"});
        row("blank requirement: requirement", [](AuditFinding &f) { f.requirement = QStringLiteral(" \u200B "); },
            {"requirement"});
        row("observation without requirement: requirement",
            [](AuditFinding &f) { f.grade = Grade::Observation; f.requirement.clear(); }, {"requirement"});
        row("missing statement: statement", [](AuditFinding &f) { f.statement.clear(); }, {"statement"});
        row("blank statement: statement", [](AuditFinding &f) { f.statement = QStringLiteral("\n \t"); }, {"statement"});
        row("missing raised date: raised_on", [](AuditFinding &f) { f.raisedOn = QDate(); }, {"raised_on"});
        row("due before raised: due_on", [](AuditFinding &f) { f.dueOn = QDate(2026, 2, 28); }, {"due_on"});
        row("due on the raised day: saved", [](AuditFinding &f) { f.dueOn = QDate(2026, 3, 1); }, {});
        row("accepted without date: verified_on", [](AuditFinding &f) { accept(f); f.verifiedOn = QDate(); }, {"verified_on"});
        row("accepted without verifier: verified_by", [](AuditFinding &f) {
            accept(f);
            f.verifiedBy = 0;
            f.verifierName.clear();
        }, {"verified_by"});
        row("accepted, verifier by name only (from a file): saved", [](AuditFinding &f) {
            accept(f);
            f.verifiedBy = 0;
        }, {});
        row("rejected without date and verifier: verified_on, verified_by", [](AuditFinding &f) {
            accept(f, Verdict::Rejected);
            f.verifiedOn = QDate();
            f.verifiedBy = 0;
            f.verifierName = QStringLiteral("  ");
        }, {"verified_on", "verified_by"});
        row("verified before raised: verified_on", [](AuditFinding &f) {
            accept(f);
            f.verifiedOn = QDate(2026, 2, 28);
        }, {"verified_on"});
        row("verified on the raised day: saved", [](AuditFinding &f) {
            accept(f);
            f.verifiedOn = QDate(2026, 3, 1);
        }, {});
        row("accepted major without correction: correction", [](AuditFinding &f) {
            accept(f);
            f.correction.clear();
        }, {"correction"});
        row("accepted major with an invisible correction: correction", [](AuditFinding &f) {
            accept(f);
            f.correction = QStringLiteral("\u200B");
        }, {"correction"});
        row("accepted minor without correction: saved (the plan is what is accepted)", [](AuditFinding &f) {
            f.grade = Grade::Minor;
            accept(f);
            f.correction.clear();
        }, {});
        row("accepted major without corrective action: corrective_action", [](AuditFinding &f) {
            accept(f);
            f.correctiveAction.clear();
        }, {"corrective_action"});
        row("accepted minor without corrective action: corrective_action", [](AuditFinding &f) {
            f.grade = Grade::Minor;
            accept(f);
            f.correctiveAction = QStringLiteral("   ");
        }, {"corrective_action"});
        row("accepted minor with an invisible corrective action: corrective_action", [](AuditFinding &f) {
            f.grade = Grade::Minor;
            accept(f);
            f.correctiveAction = QStringLiteral("\u200B\u200B");
        }, {"corrective_action"});
        row("rejected major without correction: saved", [](AuditFinding &f) {
            accept(f, Verdict::Rejected);
            f.correction.clear();
            f.correctiveAction.clear();
        }, {});
        row("a control character in the statement: statement",
            [](AuditFinding &f) { f.statement += QChar(0x07); }, {"statement"});
        row("a line break in the statement: saved", [](AuditFinding &f) { f.statement += QStringLiteral("\nsecond line"); }, {});
        row("a line break in the requirement: requirement",
            [](AuditFinding &f) { f.requirement = QStringLiteral("CLD.6.3.1\nA.5.1"); }, {"requirement"});
        row("a bidirectional override in the evidence: evidence",
            [](AuditFinding &f) { f.evidence = QStringLiteral("log \u202Etxt.exe"); }, {"evidence"});
        row("requirement of 101 characters: requirement", [](AuditFinding &f) { f.requirement = QString(101, u'A'); },
            {"requirement"});
        row("requirement of 100 characters: saved", [](AuditFinding &f) { f.requirement = QString(100, u'A'); }, {});
        row("statement of 4001 characters: statement", [](AuditFinding &f) { f.statement = QString(4001, u'x'); },
            {"statement"});
        row("correction of 4001 characters: correction", [](AuditFinding &f) {
            accept(f);
            f.correction = QString(4001, u'x');
        }, {"correction"});
        row("corrective action of 4001 characters: corrective_action",
            [](AuditFinding &f) { f.correctiveAction = QString(4001, u'x'); }, {"corrective_action"});
        row("everything missing: requirement, statement, raised_on", [](AuditFinding &f) { f = AuditFinding(); },
            {"requirement", "statement", "raised_on"});
    }

    void validate()
    {
        QFETCH(FindingChange, change);
        QFETCH(QStringList, problems);
        AuditFinding f = finding();
        change(f);
        const QList<FieldProblem> found = FindingRules::validate(f);
        QVERIFY2(keys(found) == problems, qPrintable(keys(found).join(u',') + u'\n' + messages(found)));
    }

    void keysAndLabels()
    {
        for (Grade g : FindingRules::grades())
            QCOMPARE(FindingRules::gradeFromKey(FindingRules::gradeKey(g)), std::optional<Grade>(g));
        for (Verdict v : FindingRules::verdicts())
            QCOMPARE(FindingRules::verdictFromKey(FindingRules::verdictKey(v)), std::optional<Verdict>(v));
        QVERIFY(!FindingRules::gradeFromKey(QStringLiteral("critical")).has_value());
        QCOMPARE(FindingRules::verdictLabel(Verdict::Accepted, Grade::Major), QStringLiteral("Verified closed"));
        QCOMPARE(FindingRules::verdictLabel(Verdict::Accepted, Grade::Minor), QStringLiteral("Plan accepted"));
        QVERIFY(finding().isOpen());
        AuditFinding rejected = finding();
        accept(rejected, Verdict::Rejected);
        QVERIFY(rejected.isOpen());
        QVERIFY(!finding(Grade::Observation).isOpen());
    }

private:
    LanguageManager m_language;
};

QTEST_GUILESS_MAIN(TestFindingRules)
#include "tst_findingrules.moc"
