// Unified social credit code (GB 32100-2015) check, table-driven.

#include "domain/creditcode.h"

#include <QRegularExpression>
#include <QTest>

class TestCreditCode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void validate_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("problem");
        const int none = int(CreditCode::Problem::None);
        QTest::newRow("issue example") << QStringLiteral("91350100M000100Y43") << none;
        QTest::newRow("second valid code") << QStringLiteral("91110108MA01A1B2C7") << none;
        QTest::newRow("empty") << QString() << int(CreditCode::Problem::Empty);
        QTest::newRow("17 chars") << QStringLiteral("91350100M000100Y4") << int(CreditCode::Problem::WrongLength);
        QTest::newRow("19 chars") << QStringLiteral("91350100M000100Y430") << int(CreditCode::Problem::WrongLength);
        QTest::newRow("letter I") << QStringLiteral("91350100M000100I43") << int(CreditCode::Problem::BadCharacter);
        QTest::newRow("letter O") << QStringLiteral("9135010OM000100Y43") << int(CreditCode::Problem::BadCharacter);
        QTest::newRow("letter S") << QStringLiteral("91350100S000100Y43") << int(CreditCode::Problem::BadCharacter);
        QTest::newRow("letter V") << QStringLiteral("91350100V000100Y43") << int(CreditCode::Problem::BadCharacter);
        QTest::newRow("letter Z") << QStringLiteral("91350100Z000100Y43") << int(CreditCode::Problem::BadCharacter);
        QTest::newRow("lower case") << QStringLiteral("91350100m000100y43") << int(CreditCode::Problem::BadCharacter);
        QTest::newRow("wrong check") << QStringLiteral("91350100M000100Y44") << int(CreditCode::Problem::BadCheckCharacter);
        QTest::newRow("transposed digits") << QStringLiteral("91351000M000100Y43") << int(CreditCode::Problem::BadCheckCharacter);
    }
    void validate()
    {
        QFETCH(QString, code);
        QFETCH(int, problem);
        QCOMPARE(int(CreditCode::validate(code)), problem);
        QCOMPARE(CreditCode::problemText(CreditCode::validate(code), code).isEmpty(),
                 problem == int(CreditCode::Problem::None));
    }

    void checkCharacter_data()
    {
        QTest::addColumn<QString>("first17");
        QTest::addColumn<QString>("check");
        QTest::newRow("example") << QStringLiteral("91350100M000100Y4") << QStringLiteral("3");
        QTest::newRow("too short") << QStringLiteral("9135") << QString();
        QTest::newRow("bad char") << QStringLiteral("91350100I000100Y4") << QString();
    }
    void checkCharacter()
    {
        QFETCH(QString, first17);
        QFETCH(QString, check);
        const QChar c = CreditCode::checkCharacter(first17);
        QCOMPARE(c.isNull() ? QString() : QString(c), check);
    }

    void everyCheckValueIsReachable()
    {
        // Changing the last body character through the alphabet gives every check value once.
        QSet<QChar> seen;
        for (const QChar c : CreditCode::alphabet())
            seen.insert(CreditCode::checkCharacter(QStringLiteral("9135010000000000") + c));
        QCOMPARE(seen.size(), CreditCode::alphabet().size());
    }

    void normalized()
    {
        QCOMPARE(CreditCode::normalized(QStringLiteral(" 9135 0100m000100y43 ")), QStringLiteral("91350100M000100Y43"));
    }
};

QTEST_GUILESS_MAIN(TestCreditCode)
#include "tst_creditcode.moc"
