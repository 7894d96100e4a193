// The rules of an application record (RULES.md 5.1, issue 8): the number made from the
// body's pattern (CSISMS-A-{yyyy}-{seq:4}) and refused patterns, and the status flow
// draft → submitted → under review → accepted | refused | supplement requested
// (→ resubmitted) | withdrawn, every pair of statuses.

#include "domain/application.h"

#include <QRegularExpression>
#include <QTest>

using namespace ApplicationRules;

Q_DECLARE_METATYPE(ApplicationRules::Status)

class TestApplicationRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void numbers_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QDate>("received");
        QTest::addColumn<int>("seq");
        QTest::addColumn<QString>("number");
        QTest::newRow("5.1 the default") << "CSISMS-A-{yyyy}-{seq:4}" << QDate(2026, 3, 1) << 7 << "CSISMS-A-2026-0007";
        QTest::newRow("5.1 wider than the pad") << "CSISMS-A-{yyyy}-{seq:4}" << QDate(2026, 3, 1) << 12345
                                                << "CSISMS-A-2026-12345";
        QTest::newRow("5.1 year, month, no pad") << "A{yy}{mm}-{seq}" << QDate(2027, 1, 31) << 3 << "A2701-3";
        QTest::newRow("5.1 Chinese text") << "认申{yyyy}第{seq:3}号" << QDate(2026, 12, 31) << 42 << "认申2026第042号";
    }
    void numbers()
    {
        QFETCH(QString, pattern);
        QFETCH(QDate, received);
        QFETCH(int, seq);
        QFETCH(QString, number);
        QVERIFY(validatePattern(pattern).isEmpty());
        QCOMPARE(ApplicationRules::number(pattern, received, seq), number);
    }

    void badPatterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("words");
        QTest::newRow("no running number") << "CSISMS-A-{yyyy}" << "exactly once";
        QTest::newRow("two running numbers") << "{seq}-{seq:2}" << "exactly once";
        QTest::newRow("unknown field") << "A-{year}-{seq}" << "{year} is not a field";
        QTest::newRow("width on a year") << "A-{yyyy:4}-{seq}" << "Only {seq} takes a width";
        QTest::newRow("pad too wide") << "A-{seq:12}" << "1 to 9 digits";
        QTest::newRow("stray brace") << "A-{seq}}" << "brace";
        QTest::newRow("space") << "A {seq}" << "no spaces";
    }
    void badPatterns()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, words);
        const QList<FieldProblem> problems = validatePattern(pattern);
        QVERIFY(!problems.isEmpty());
        QStringList messages;
        for (const FieldProblem &p : problems) {
            QCOMPARE(p.field, QStringLiteral("application_number_pattern"));
            messages << p.message;
        }
        QVERIFY2(messages.join(u'|').contains(words), qPrintable(messages.join(u'|')));
    }

    // Every pair of statuses: exactly the flow of the issue is allowed.
    void statusFlow()
    {
        using S = Status;
        const QList<QPair<S, S>> allowed{
            {S::Draft, S::Submitted},           {S::Draft, S::Withdrawn},
            {S::Submitted, S::UnderReview},     {S::Submitted, S::Withdrawn},
            {S::UnderReview, S::Accepted},      {S::UnderReview, S::Refused},
            {S::UnderReview, S::SupplementRequested}, {S::UnderReview, S::Withdrawn},
            {S::SupplementRequested, S::Resubmitted}, {S::SupplementRequested, S::Withdrawn},
            {S::Resubmitted, S::UnderReview},   {S::Resubmitted, S::Withdrawn},
        };
        for (S from : allStatuses())
            for (S to : allStatuses()) {
                const bool expected = allowed.contains(qMakePair(from, to));
                QVERIFY2(mayChange(from, to) == expected,
                         qPrintable(statusKey(from) + QStringLiteral(" → ") + statusKey(to)));
                QCOMPARE(changeRefusal(from, to).isEmpty(), expected);
            }
        QVERIFY(changeRefusal(S::Accepted, S::Draft).contains(QStringLiteral("new application")));
        QVERIFY(changeRefusal(S::Draft, S::Accepted).contains(QStringLiteral("submitted")));
    }

    void statusKeysRoundTrip()
    {
        for (Status s : allStatuses()) {
            QCOMPARE(statusFromKey(statusKey(s)), std::optional<Status>(s));
            QVERIFY(!statusText(s).isEmpty());
        }
        QCOMPARE(statusFromKey(QStringLiteral("approved")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestApplicationRules)
#include "tst_applicationrules.moc"
