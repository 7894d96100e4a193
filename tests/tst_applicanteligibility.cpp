// Eligibility of an applicant (RULES.md 5.1.2, E1–E10) and the review rules that read it
// (R-5.2.2, R-5.2.3 (1)), with A the application's received date and the default
// parameters: every state of DESIGN.md's `csisms-application/1`, the month-end and
// 29 February edges of the date tests (QDate::addMonths clamps), and the reasons in words.

#include "domain/applicanteligibility.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace ApplicantEligibility;

namespace {

QDate d(const char *iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }

// Facts where every condition is met, to change one at a time.
Facts allMet()
{
    Facts f;
    f.legalPerson = {State::Met, QStringLiteral("营业执照 91350100M000100Y43")};
    f.permits = {State::NotApplicable, {}};
    f.operatingSince = DateFact::on(d("2025-01-01"));
    f.formerSuspension = DateFact::none();
    f.formerBodyWithdrawn = DateFact::none();
    f.orderedToSuspend = false;
    f.onDishonestyList = false;
    f.majorIncident = DateFact::none();
    f.failedSpotCheck = DateFact::none();
    f.other = {State::Met, {}};
    return f;
}

State stateOf(const QList<Condition> &conditions, const QString &id)
{
    for (const Condition &c : conditions)
        if (c.id == id)
            return c.state;
    return State::Unknown;
}

} // namespace

Q_DECLARE_METATYPE(ApplicantEligibility::State)

class TestApplicantEligibility : public QObject
{
    Q_OBJECT

    QTranslator m_english;

private slots:
    void initTestCase()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        QLocale::setDefault(QLocale(QLocale::English));
        // The English plural forms ("2 months", "1 day").
        QVERIFY(m_english.load(QStringLiteral(":/i18n/csisms_en.qm")));
        QCoreApplication::installTranslator(&m_english);
    }

    // The reason as a Chinese reviewer reads it.
    void chineseReason()
    {
        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(":/i18n/csisms_zh_CN.qm")));
        QCoreApplication::installTranslator(&chinese);
        Facts f = allMet();
        f.operatingSince = DateFact::on(d("2025-12-23"));
        const QList<Condition> conditions = evaluate(f, d("2026-03-04"), RuleParameters());
        QCoreApplication::removeTranslator(&chinese);
        QCOMPARE(conditions.at(2).message, QStringLiteral("运行仅 2 个月 12 天；需满 3 个月（E3）。"));
    }

    void conditions_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<Facts>("facts");
        QTest::addColumn<QDate>("received");
        QTest::addColumn<State>("state");
        QTest::addColumn<QString>("words");   // part of the reason

        const auto row = [](const char *name, const char *id, Facts f, const char *a, State s, const char *words) {
            QTest::newRow(name) << QString::fromLatin1(id) << f << d(a) << s << QString::fromUtf8(words);
        };
        Facts f = allMet();

        // E3: operating_since <= A.addMonths(-3).
        f.operatingSince = DateFact::on(d("2026-02-01"));
        row("E3 exactly 3 months", "E3", f, "2026-05-01", State::Met, "Operating for 3 months; at least 3 months");
        row("E3 a day short", "E3", f, "2026-04-30", State::NotMet, "only 2 months 27 days");
        f.operatingSince = DateFact::on(d("2025-11-30"));
        // A − 3 months = 2025-11-28 (February clamps): the 30th is not early enough.
        row("E3 month end: 30 Nov to 28 Feb", "E3", f, "2026-02-28", State::NotMet, "only 2 months 28 days");
        f.operatingSince = DateFact::on(d("2025-11-28"));
        row("E3 month end: 28 Nov to 28 Feb", "E3", f, "2026-02-28", State::Met, "3 months");
        f.operatingSince = DateFact::on(d("2024-02-29"));
        row("E3 29 February start", "E3", f, "2024-05-29", State::Met, "Operating for 3 months;");
        row("E3 29 February start, a day short", "E3", f, "2024-05-28", State::NotMet, "only 2 months 28 days");
        f.operatingSince = DateFact::on(d("2026-06-01"));
        row("E3 after the application", "E3", f, "2026-05-01", State::NotMet, "after the application");
        f.operatingSince = DateFact::absent();
        row("E3 not given", "E3", f, "2026-05-01", State::Unknown, "not given");

        // E4: date <= A.addMonths(-12); null: not applicable.
        f = allMet();
        f.formerSuspension = DateFact::on(d("2025-02-28"));
        row("E4 a year before, from 29 Feb", "E4", f, "2026-02-28", State::Met, "12 months");
        f.formerSuspension = DateFact::on(d("2023-02-28"));
        row("E4 leap day A: A − 12 months = 28 Feb", "E4", f, "2024-02-29", State::Met, "On 28 Feb 2023, 12 months before");
        f.formerSuspension = DateFact::on(d("2023-03-01"));
        row("E4 a day short of a year", "E4", f, "2024-02-29", State::NotMet, "only 11 months 28 days");
        f.formerSuspension = DateFact::none();
        row("E4 none: not applicable", "E4", f, "2026-02-28", State::NotApplicable, "No former certificate");
        f.formerSuspension = DateFact::absent();
        row("E4 not stated", "E4", f, "2026-02-28", State::Unknown, "Not stated whether");

        // E5: 3 months.
        f = allMet();
        f.formerBodyWithdrawn = DateFact::on(d("2025-12-31"));
        row("E5 3 months to 31 Mar", "E5", f, "2026-03-31", State::Met, "3 months");
        row("E5 month end: 31 Dec to 30 Mar", "E5", f, "2026-03-30", State::NotMet, "only 2 months 30 days");
        f.formerBodyWithdrawn = DateFact::none();
        row("E5 none: not applicable", "E5", f, "2026-03-30", State::NotApplicable, "No former body");

        // E6, E7: blocking.
        f = allMet();
        f.orderedToSuspend = true;
        row("E6 ordered to suspend", "E6", f, "2026-03-01", State::NotMet, "R-5.2.2");
        f.orderedToSuspend = std::nullopt;
        row("E6 not stated", "E6", f, "2026-03-01", State::Unknown, "Not stated whether");
        f = allMet();
        f.onDishonestyList = true;
        row("E7 on the list", "E7", f, "2026-03-01", State::NotMet, "cannot be accepted");
        row("E7 not on the list", "E7", allMet(), "2026-03-01", State::Met, "Not on the national");

        // E8: no incident is met; within 12 months is not.
        f = allMet();
        row("E8 none: met", "E8", f, "2026-03-01", State::Met, "No major");
        f.majorIncident = DateFact::on(d("2025-03-01"));
        row("E8 a year ago", "E8", f, "2026-03-01", State::Met, "12 months");
        f.majorIncident = DateFact::on(d("2025-03-02"));
        row("E8 within the year", "E8", f, "2026-03-01", State::NotMet, "only 11 months 30 days");

        // E9: within 12 months only when rectified.
        f = allMet();
        f.failedSpotCheck = DateFact::on(d("2025-08-01"));
        row("E9 within the year, not rectified", "E9", f, "2026-03-01", State::NotMet, "only 7 months");
        f.spotCheckRectified = true;
        row("E9 within the year, rectified", "E9", f, "2026-03-01", State::Met, "rectified");
        f.failedSpotCheck = DateFact::on(d("2025-02-28"));
        f.spotCheckRectified = false;
        row("E9 a year ago", "E9", f, "2026-02-28", State::Met, "12 months");

        // E1, E2, E10: as stated.
        f = allMet();
        row("E1 stated met, with evidence", "E1", f, "2026-03-01", State::Met, "营业执照");
        row("E2 stated not applicable", "E2", f, "2026-03-01", State::NotApplicable, "not applicable");
        f.other = {};
        row("E10 not stated", "E10", f, "2026-03-01", State::Unknown, "Not stated yet");
    }
    void conditions()
    {
        QFETCH(QString, id);
        QFETCH(Facts, facts);
        QFETCH(QDate, received);
        QFETCH(State, state);
        QFETCH(QString, words);
        const QList<Condition> conditions = evaluate(facts, received, RuleParameters());
        QCOMPARE(conditions.size(), 10);
        const auto it = std::find_if(conditions.begin(), conditions.end(), [&](const Condition &c) { return c.id == id; });
        QVERIFY(it != conditions.end());
        QCOMPARE(stateKey(it->state), stateKey(state));
        QVERIFY2(it->message.contains(words), qPrintable(it->message));
        QVERIFY2(it->message.contains(u'(' + id), qPrintable(it->message));   // the ID in words
    }

    // The months are the body's parameters.
    void parametersDecide()
    {
        Facts f = allMet();
        f.operatingSince = DateFact::on(d("2026-01-01"));
        RuleParameters p;
        QCOMPARE(stateOf(evaluate(f, d("2026-03-01"), p), QStringLiteral("E3")), State::NotMet);
        p.setValue(QLatin1String(ParameterKey::OperatingMonths), 2);
        QCOMPARE(stateOf(evaluate(f, d("2026-03-01"), p), QStringLiteral("E3")), State::Met);
    }

    void reviewFindings_data()
    {
        QTest::addColumn<Facts>("facts");
        QTest::addColumn<QStringList>("rules");
        QTest::newRow("R-5.2.3 all met: acceptable") << allMet() << QStringList{};
        Facts f = allMet();
        f.orderedToSuspend = true;
        QTest::newRow("R-5.2.2 E6 blocks") << f << QStringList{QStringLiteral("R-5.2.2"), QStringLiteral("R-5.2.3")};
        f = allMet();
        f.onDishonestyList = true;
        f.operatingSince = DateFact::on(d("2026-02-15"));
        QTest::newRow("R-5.2.2 E7 blocks, E3 too") << f << QStringList{QStringLiteral("R-5.2.2"), QStringLiteral("R-5.2.3"),
                                                                       QStringLiteral("R-5.2.3")};
        f = allMet();
        f.permits = {};
        QTest::newRow("R-5.2.3 an unknown condition") << f << QStringList{QStringLiteral("R-5.2.3")};
        f = allMet();
        f.formerSuspension = DateFact::none();
        f.formerBodyWithdrawn = DateFact::none();
        QTest::newRow("R-5.2.3 not applicable is fine") << f << QStringList{};
    }
    void reviewFindings()
    {
        QFETCH(Facts, facts);
        QFETCH(QStringList, rules);
        QStringList found;
        for (const RuleFinding &r : ApplicantEligibility::reviewFindings(evaluate(facts, d("2026-03-01"), RuleParameters()))) {
            found << r.rule;
            QCOMPARE(r.severity, RuleFinding::Error);
            QVERIFY2(r.message.contains(r.rule), qPrintable(r.message));
        }
        QCOMPARE(found, rules);
    }

    void elapsed_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("months");
        QTest::addColumn<int>("days");
        QTest::newRow("same day") << d("2026-03-01") << d("2026-03-01") << 0 << 0;
        QTest::newRow("2 months 12 days") << d("2025-12-23") << d("2026-03-04") << 2 << 12;
        QTest::newRow("31 Jan to 28 Feb is a month") << d("2026-01-28") << d("2026-02-28") << 1 << 0;
        QTest::newRow("31 Jan to 28 Feb: 28 days") << d("2026-01-31") << d("2026-02-28") << 0 << 28;
        QTest::newRow("29 Feb to 28 Feb next year: not yet a year") << d("2024-02-29") << d("2025-02-28") << 11 << 28;
        QTest::newRow("from after to") << d("2026-03-05") << d("2026-03-01") << 0 << -4;
    }
    void elapsed()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, months);
        QFETCH(int, days);
        const MonthsAndDays e = ApplicantEligibility::elapsed(from, to);
        QCOMPARE(e.months, months);
        QCOMPARE(e.days, days);
    }

    void statesRoundTrip()
    {
        for (State s : {State::Met, State::NotMet, State::NotApplicable, State::Unknown})
            QCOMPARE(stateFromKey(stateKey(s)), std::optional<State>(s));
        QCOMPARE(stateFromKey(QStringLiteral("maybe")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestApplicantEligibility)
#include "tst_applicanteligibility.moc"
