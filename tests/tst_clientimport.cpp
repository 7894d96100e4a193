// CSV import of clients: header keys and Chinese labels, encodings, quoting, all or none.

#include "io/clientimport.h"
#include "io/csvreader.h"
#include "repositories/clientrepository.h"
#include "testsupport.h"

#include <QStringEncoder>
#include <QTest>

namespace {
const QString kGood = QStringLiteral(
    "name_zh,credit_code,contact,headcount,email\n"
    "福州示例云科技有限公司,91350100M000100Y43,林娜,120,lin@example.cn\n"
    "\"上海云,数据\"\"有限\"\"公司\",,\"王磊\n(值班)\",8,\n");
} // namespace

class TestClientImport : public QObject
{
    Q_OBJECT

private slots:
    void csvParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("records");
        QTest::addColumn<QStringList>("lastFields");
        QTest::addColumn<int>("lastLine");
        QTest::newRow("plain") << QStringLiteral("a,b\n1,2\n") << 2 << QStringList{QStringLiteral("1"), QStringLiteral("2")} << 2;
        QTest::newRow("crlf, no final newline") << QStringLiteral("a,b\r\n1,2") << 2 << QStringList{QStringLiteral("1"), QStringLiteral("2")} << 2;
        QTest::newRow("quoted comma") << QStringLiteral("a\n\"x,y\"\n") << 2 << QStringList{QStringLiteral("x,y")} << 2;
        QTest::newRow("doubled quote") << QStringLiteral("a\n\"say \"\"hi\"\"\"\n") << 2 << QStringList{QStringLiteral("say \"hi\"")} << 2;
        QTest::newRow("newline in field") << QStringLiteral("a,b\n\"l1\nl2\",z\nq,r\n") << 3
                                          << QStringList{QStringLiteral("q"), QStringLiteral("r")} << 4;
        QTest::newRow("blank lines skipped") << QStringLiteral("a\n\n1\n\n") << 2 << QStringList{QStringLiteral("1")} << 3;
        QTest::newRow("empty fields") << QStringLiteral("a,b,c\n,,\n") << 2 << QStringList{QString(), QString(), QString()} << 2;
    }
    void csvParsing()
    {
        QFETCH(QString, text);
        QFETCH(int, records);
        QFETCH(QStringList, lastFields);
        QFETCH(int, lastLine);
        QString error;
        const QList<CsvRecord> parsed = CsvReader::parse(text, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(parsed.size(), records);
        QCOMPARE(parsed.last().fields, lastFields);
        QCOMPARE(parsed.last().line, lastLine);
    }

    void unterminatedQuote()
    {
        QString error;
        CsvReader::parse(QStringLiteral("a\n1\n\"open\n"), &error);
        QVERIFY(error.contains(QStringLiteral("line 3")));
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        QTest::newRow("utf-8") << kGood.toUtf8() << int(CsvReader::Encoding::Utf8);
        QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF") + kGood.toUtf8() << int(CsvReader::Encoding::Utf8Bom);
        QStringEncoder gb("GB18030");
        QTest::newRow("gb18030") << QByteArray(gb.encode(kGood)) << int(CsvReader::Encoding::Gb18030);
    }
    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        CsvReader::Encoding found;
        QCOMPARE(CsvReader::decode(bytes, &found), kGood);
        QCOMPARE(int(found), encoding);

        TestSupport::TempDatabase db;
        const ImportResult result = ClientImport::importData(*db, bytes);
        QVERIFY(result.ok);
        QCOMPARE(result.imported, 2);
        const QList<Client> clients = ClientRepository(*db).listRegister();
        QCOMPARE(clients.at(0).nameZh, QStringLiteral("福州示例云科技有限公司"));
        QCOMPARE(clients.at(0).headcount, 120);
        QCOMPARE(clients.at(1).nameZh, QStringLiteral("上海云,数据\"有限\"公司"));
        QCOMPARE(clients.at(1).contact, QStringLiteral("王磊\n(值班)"));
        QVERIFY(clients.at(1).creditCode.isEmpty());
    }

    void chineseHeadersInAnyOrder()
    {
        TestSupport::TempDatabase db;
        const QByteArray csv = QStringLiteral("人数,统一社会信用代码,名称,英文名称,地址,法定代表人,联系人,电话,电子邮箱\n"
                                              "30,91350100M000100Y43,甲公司,Jia Co.,福州,张三,李四,0591-12345678,a@b.cn\n").toUtf8();
        const ImportResult result = ClientImport::importData(*db, csv);
        QVERIFY(result.ok);
        const Client c = ClientRepository(*db).listRegister().first();
        QCOMPARE(c.nameEn, QStringLiteral("Jia Co."));
        QCOMPARE(c.legalRepresentative, QStringLiteral("张三"));
        QCOMPARE(c.headcount, 30);
    }

    void rejectsAllOnAnyProblem_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QStringList>("expected");  // every problem, as printed
        QTest::newRow("unknown column")
            << QStringLiteral("name_zh,fax\n甲,123\n")
            << QStringList{QStringLiteral("line 1: fax: unknown column")};
        QTest::newRow("missing name column")
            << QStringLiteral("name_en\nJia\n") << QStringList{QStringLiteral("line 1: the column name_zh")};
        QTest::newRow("every bad row listed")
            << QStringLiteral("名称,统一社会信用代码,人数\n"
                              "甲,91350100M000100Y43,10\n"
                              ",91350100M000100Y44,x\n"
                              "丙,91350100M000100Y43,5\n")
            << QStringList{QStringLiteral("line 3: 名称: Enter the client's Chinese name"),
                           QStringLiteral("line 3: 统一社会信用代码: The check character"),
                           QStringLiteral("line 3: 人数: “x” is not a number"),
                           QStringLiteral("line 4: 统一社会信用代码: the credit code 91350100M000100Y43 is also on line 2")};
        QTest::newRow("already registered")
            << QStringLiteral("name_zh,credit_code\n乙,91110108MA01A1B2C7\n已有,91350100M000100Y43\n")
            << QStringList{QStringLiteral("line 3: credit_code: The credit code 91350100M000100Y43 is already registered")};
        QTest::newRow("field count")
            << QStringLiteral("name_zh,contact\n甲,李,多余\n") << QStringList{QStringLiteral("line 2: the row has 3 fields")};
        QTest::newRow("negative headcount")
            << QStringLiteral("name_zh,headcount\n甲,-3\n") << QStringList{QStringLiteral("line 2: headcount:")};
        QTest::newRow("bad email, quoted multi-line row before it")
            << QStringLiteral("name_zh,address,email\n甲,\"福州\n鼓楼\",ok@a.cn\n乙,,not-an-email\n")
            << QStringList{QStringLiteral("line 4: email:")};
    }
    void rejectsAllOnAnyProblem()
    {
        QFETCH(QString, csv);
        QFETCH(QStringList, expected);
        TestSupport::TempDatabase db;
        ClientRepository repo(*db);
        Client existing;
        existing.nameZh = QStringLiteral("已登记");
        existing.creditCode = QStringLiteral("91350100M000100Y43");
        if (csv.contains(QStringLiteral("已有")))
            QVERIFY(repo.save(existing));
        const int before = repo.totalCount();
        const int logBefore = db->scalar(QStringLiteral("SELECT count(*) FROM change_log")).toInt();

        const ImportResult result = ClientImport::importData(*db, csv.toUtf8());
        QVERIFY(!result.ok);
        QStringList texts;
        for (const ImportProblem &p : result.problems)
            texts << p.text();
        QCOMPARE(texts.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QVERIFY2(texts.at(i).startsWith(expected.at(i)), qPrintable(texts.at(i)));
        QCOMPARE(repo.totalCount(), before);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM change_log")).toInt(), logBefore);
    }
};

QTEST_GUILESS_MAIN(TestClientImport)
#include "tst_clientimport.moc"
