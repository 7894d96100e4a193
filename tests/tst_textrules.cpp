// Text rules (issue 6, item 5): control characters, invisible-only names and lengths, as
// every record's validation applies them — clients, auditors and users alike.

#include "domain/auditor.h"
#include "domain/client.h"
#include "domain/textrules.h"
#include "domain/user.h"

#include <QTest>

class TestTextRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void problems_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("max");
        QTest::addColumn<bool>("multiLine");
        QTest::addColumn<QString>("expected");   // empty: no problem
        QTest::newRow("plain") << QStringLiteral("福州示例云科技有限公司") << 200 << false << QString();
        QTest::newRow("exactly the limit") << QString(200, u'云') << 200 << false << QString();
        QTest::newRow("one over") << QString(201, u'云') << 200 << false << QStringLiteral("201 characters");
        QTest::newRow("astral characters count once") << QString(QStringLiteral("\U00020000")).repeated(200) << 200 << false << QString();
        QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << 0 << false << QStringLiteral("U+0000");
        QTest::newRow("DEL") << QStringLiteral("a\x7F") << 0 << false << QStringLiteral("U+007F");
        QTest::newRow("C1 control") << QStringLiteral("a\u0085") << 0 << false << QStringLiteral("U+0085");
        QTest::newRow("bidi override") << QStringLiteral("a\u202Eb") << 0 << false << QStringLiteral("U+202E");
        QTest::newRow("line break, one line") << QStringLiteral("a\nb") << 0 << false << QStringLiteral("line break");
        QTest::newRow("line break, notes") << QStringLiteral("a\nb\tc") << 0 << true << QString();
        QTest::newRow("tab") << QStringLiteral("a\tb") << 0 << false << QStringLiteral("tab");
        QTest::newRow("lone surrogate") << QStringLiteral("a") + QChar(0xD800) << 0 << false << QStringLiteral("UTF-16");
        QTest::newRow("zero-width space inside") << QStringLiteral("云\u200B计算") << 0 << false << QString();
    }
    void problems()
    {
        QFETCH(QString, value);
        QFETCH(int, max);
        QFETCH(bool, multiLine);
        QFETCH(QString, expected);
        const QString problem = TextRules::problem(value, max, multiLine ? TextRules::Kind::MultiLine : TextRules::Kind::SingleLine);
        if (expected.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(expected), qPrintable(problem));
    }

    void blank_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("blank");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("spaces") << QStringLiteral(" \u3000\u00A0") << true;
        QTest::newRow("zero-width") << QStringLiteral("\u200B\u200C\u200D\u2060\uFEFF") << true;
        QTest::newRow("hangul filler") << QStringLiteral("\u3164") << true;
        QTest::newRow("a letter") << QStringLiteral("\u200B甲") << false;
    }
    void blank()
    {
        QFETCH(QString, value);
        QFETCH(bool, blank);
        QCOMPARE(TextRules::isBlank(value), blank);
    }

    void shownValues()
    {
        QCOMPARE(TextRules::shown(QStringLiteral("a\x01" "b")), QStringLiteral("a⟨U+0001⟩b"));
        QCOMPARE(TextRules::shown(QString(50, u'x'), 10), QString(10, u'x') + QStringLiteral("…"));
    }

    void everyRecordAppliesThem()
    {
        Client client;
        client.nameZh = QStringLiteral("\u200B");
        QCOMPARE(ClientRules::validate(client).first().field, QStringLiteral("name_zh"));
        client.nameZh = QStringLiteral("甲");
        client.sites << ClientSite{0, QStringLiteral("总部\a"), QString(), std::nullopt};
        QCOMPARE(ClientRules::validate(client).first().field, QStringLiteral("sites[0].name"));

        Auditor auditor;
        auditor.nameZh = QString(101, u'王');
        QCOMPARE(AuditorRules::validate(auditor).first().field, QStringLiteral("name_zh"));
        auditor.nameZh = QStringLiteral("王伟");
        auditor.nameEn = QStringLiteral("Wang\x1BWei");
        QCOMPARE(AuditorRules::validate(auditor).first().field, QStringLiteral("name_en"));

        User user;
        user.name = QStringLiteral("\u200B\u200B");
        QVERIFY(UserRules::validate(user).first().message.contains(QStringLiteral("invisible")));
        user.name = QStringLiteral("李\a娜");
        QVERIFY(UserRules::validate(user).first().message.contains(QStringLiteral("U+0007")));
    }
};

QTEST_GUILESS_MAIN(TestTextRules)
#include "tst_textrules.moc"
