// CSV import of clients: header keys and Chinese labels, encodings, quoting, all or none.

#include "io/clientimport.h"
#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "repositories/clientrepository.h"
#include "testsupport.h"

#include <QStringEncoder>
#include <QRegularExpression>
#include <QTest>

namespace {
const QString kGood = QStringLiteral(
    "name_zh,credit_code,contact,headcount,email\n"
    "福州示例云科技有限公司,91350100M000100Y43,林娜,120,lin@example.cn\n"
    "\"上海云,数据\"\"有限\"\"公司\",,\"王磊（值班）\",8,\n");
} // namespace

class TestClientImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

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
        QString text, error;
        QVERIFY2(CsvReader::decode(bytes, &text, &found, &error), qPrintable(error));
        QCOMPARE(text, kGood);
        QCOMPARE(int(found), encoding);

        TestSupport::TempDatabase db;
        const ImportResult result = ClientImport::importData(*db, bytes);
        QVERIFY(result.ok);
        QCOMPARE(result.imported, 2);
        const QList<Client> clients = ClientRepository(*db).listRegister();
        QCOMPARE(clients.at(0).nameZh, QStringLiteral("福州示例云科技有限公司"));
        QCOMPARE(clients.at(0).headcount, 120);
        QCOMPARE(clients.at(1).nameZh, QStringLiteral("上海云,数据\"有限\"公司"));
        QCOMPARE(clients.at(1).contact, QStringLiteral("王磊（值班）"));
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
            << QStringList{QStringLiteral("line 2: address: Address holds a line break"), QStringLiteral("line 4: email:")};
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
        QCOMPARE(result.outcome, ImportResult::Rejected);
        const QStringList texts = result.problems.lines();
        QCOMPARE(texts.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QVERIFY2(texts.at(i).startsWith(expected.at(i)), qPrintable(texts.at(i)));
        QCOMPARE(repo.totalCount(), before);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM change_log")).toInt(), logBefore);
    }

    // Issue 6 (5): anything that is not valid text in a supported encoding is refused with
    // its line; nothing is turned into mojibake.
    void refusesUndecodableFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QStringEncoder gb("GB18030");
        const QByteArray gbLine = gb.encode(QStringLiteral("上海云数据有限公司\n"));
        QTest::newRow("latin-1 that decodes as rare GB18030")
            << QByteArray("name_zh,address\nM\xFCller GmbH,K\xF6ln\n") << QStringLiteral("line 2: the text is not UTF-8");
        QTest::newRow("latin-1 invalid in both") << QByteArray("name_zh\nCaf\xE9, Paris\n")
                                                 << QStringLiteral("line 2: the text is neither UTF-8 nor GB18030");
        QTest::newRow("mixed utf-8 and gb18030")
            << QByteArray("name_zh\n") + QStringLiteral("北京云安全有限公司\n").toUtf8() + gbLine
            << QStringLiteral("line 3: the file mixes encodings — line 2 is UTF-8");
        QTest::newRow("overlong utf-8 among utf-8")
            << QByteArray("name_zh\n") + QStringLiteral("北京云安全有限公司\n").toUtf8() + QByteArray("A\xC0\xAF\xE4\xBA\x91\n")
            << QStringLiteral("line 3:");
        QTest::newRow("lone surrogate") << QByteArray("name_zh\n\xE5\x8C\x97\xE4\xBA\xAC\xED\xA0\x80\xE4\xBA\x91\n")
                                        << QStringLiteral("line 2: the text is neither UTF-8 nor GB18030");
        QTest::newRow("utf-8 BOM then gb18030") << QByteArray("\xEF\xBB\xBFname_zh\n") + gbLine
                                                << QStringLiteral("line 2: the file says it is UTF-8");
        QTest::newRow("NUL byte") << QByteArray("name_zh\n\xE7\x94\xB2\0\xE4\xB9\x99\n", 15)
                                  << QStringLiteral("line 2: the file holds NUL bytes");
        QByteArray binary;
        for (int i = 0; i < 512; ++i)
            binary.append(char((i * 131 + 7) % 256));
        QTest::newRow("binary garbage") << binary << QStringLiteral("the file holds NUL bytes");
        QTest::newRow("utf-16 with BOM, odd length") << QByteArray("\xFF\xFEn\0a\0m", 7)
                                                     << QStringLiteral("odd number of bytes");
        QTest::newRow("utf-16 with BOM, lone surrogate") << QByteArray("\xFF\xFEn\0\x00\xD8" "a\0", 8)
                                                         << QStringLiteral("not valid UTF-16");
    }
    void refusesUndecodableFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QString text, error;
        QVERIFY(!CsvReader::decode(bytes, &text, nullptr, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("UTF-8")), qPrintable(error));   // says what to do

        TestSupport::TempDatabase db;
        const ImportResult result = ClientImport::importData(*db, bytes);
        QCOMPARE(result.outcome, ImportResult::Rejected);
        QCOMPARE(result.problems.total, 1);
        QCOMPARE(ClientRepository(*db).totalCount(), 0);
    }

    void readsUtf16WithoutBom_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::newRow("little endian") << int(QStringConverter::Utf16LE);
        QTest::newRow("big endian") << int(QStringConverter::Utf16BE);
    }
    void readsUtf16WithoutBom()
    {
        QFETCH(int, encoding);
        QStringEncoder encoder(QStringConverter::Encoding(encoding), QStringConverter::Flag::Stateless);
        const QByteArray bytes = encoder.encode(kGood);
        QString text, error;
        CsvReader::Encoding found;
        QVERIFY2(CsvReader::decode(bytes, &text, &found, &error), qPrintable(error));
        QCOMPARE(text, kGood);
        QCOMPARE(found, CsvReader::Encoding::Utf16);
    }

    // Issue 6 (6): semicolon- and tab-separated files, as some spreadsheet locales write them.
    void detectsTheSeparator_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("comma") << kGood << QChar(u',');
        QTest::newRow("semicolon") << QString(kGood).replace(u',', u';').replace(QStringLiteral("\"上海云;数据"), QStringLiteral("\"上海云,数据"))
                                   << QChar(u';');
        QTest::newRow("tab") << QString(kGood).replace(u',', u'\t').replace(QStringLiteral("\"上海云\t数据"), QStringLiteral("\"上海云,数据"))
                             << QChar(u'\t');
    }
    void detectsTheSeparator()
    {
        QFETCH(QString, csv);
        QFETCH(QChar, separator);
        QCOMPARE(CsvReader::detectSeparator(csv), separator);
        TestSupport::TempDatabase db;
        const ImportResult result = ClientImport::importData(*db, csv.toUtf8());
        QVERIFY2(result.ok, qPrintable(result.problems.lines().join(u'\n')));
        QCOMPARE(ClientRepository(*db).listRegister().at(1).nameZh, QStringLiteral("上海云,数据\"有限\"公司"));
    }

    void fieldCountNamesTheSeparator()
    {
        TestSupport::TempDatabase db;
        const ImportResult result = ClientImport::importData(*db, QByteArray("name_zh;contact\n\xE7\x94\xB2;a;b\n"));
        QVERIFY(!result.ok);
        QVERIFY2(result.problems.lines().first().contains(QStringLiteral("semicolon")), qPrintable(result.problems.lines().first()));
    }

    void garbageIsNotAClientList()
    {
        TestSupport::TempDatabase db;
        const ImportResult result = ClientImport::importData(*db, QByteArray("\x01\x02\x03garbage\x7F\x1B[0m\n\x05\x06\n"));
        QCOMPARE(result.problems.total, 1);
        const QString line = result.problems.lines().first();
        QVERIFY2(line.contains(QStringLiteral("this is not a client list")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("U+0001")), qPrintable(line));
        for (const QChar c : line)
            QVERIFY2(c.unicode() >= 0x20 && (c.unicode() < 0x7F || c.unicode() > 0x9F), "a control character is echoed");
    }

    void capsTheProblemsShown()
    {
        QByteArray csv("name_zh,headcount\n");
        const int rows = 100001;
        csv.reserve(rows * 16);
        for (int i = 0; i < rows; ++i)
            csv += "\xE7\x94\xB2" + QByteArray::number(i) + ",x\n";
        TestSupport::TempDatabase db;
        const ImportResult result = ClientImport::importData(*db, csv);
        QCOMPARE(result.problems.total, rows);
        QCOMPARE(result.problems.shown.size(), ImportProblems::kShown);
        const QStringList lines = result.problems.lines();
        QCOMPARE(lines.size(), ImportProblems::kShown + 1);
        QVERIFY2(lines.last().contains(QStringLiteral("99901 more")), qPrintable(lines.last()));
    }

    // Issue 6 (5): control characters, names of only invisible characters, values longer
    // than the columns hold.
    void refusesBadText_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("contact");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bell") << QStringLiteral("甲\a公司") << QString() << QStringLiteral("control character U+0007");
        QTest::newRow("escape") << QStringLiteral("甲\x1B[31m") << QString() << QStringLiteral("control character U+001B");
        QTest::newRow("zero-width only") << QStringLiteral("\u200B\u200B\u3000") << QString()
                                         << QStringLiteral("only spaces or invisible characters");
        QTest::newRow("bidi override") << QStringLiteral("甲公司") << QStringLiteral("\u202Egnaw") << QStringLiteral("U+202E");
        QTest::newRow("201 characters") << QString(201, u'云') << QString() << QStringLiteral("at most 200 fit");
        QTest::newRow("1 MiB name") << QString(1 << 20, u'x') << QString() << QStringLiteral("at most 200 fit");
    }
    void refusesBadText()
    {
        QFETCH(QString, name);
        QFETCH(QString, contact);
        QFETCH(QString, expected);
        TestSupport::TempDatabase db;
        const QByteArray csv = QStringLiteral("name_zh,contact\n\"%1\",%2\n").arg(name, contact).toUtf8();
        const ImportResult result = ClientImport::importData(*db, csv);
        QVERIFY(!result.ok);
        QVERIFY2(result.problems.lines().first().contains(expected), qPrintable(result.problems.lines().first()));
        QVERIFY(result.problems.lines().first().size() < 400);   // the value is not echoed whole
        QCOMPARE(ClientRepository(*db).totalCount(), 0);
        // The editor's validation is the same function.
        Client c;
        c.nameZh = name;
        c.contact = contact;
        QVERIFY(!ClientRules::validate(c).isEmpty());
    }

    // Issue 6 (8): cells a spreadsheet would run as formulas are written with a protective
    // apostrophe, and read back as they were stored.
    void neutralisesFormulaCells_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cell");
        QTest::newRow("cmd") << QStringLiteral("=cmd|' /C calc'!A0") << QStringLiteral("'=cmd|' /C calc'!A0");
        QTest::newRow("plus") << QStringLiteral("+1+cmd") << QStringLiteral("'+1+cmd");
        QTest::newRow("at") << QStringLiteral("@SUM(1)") << QStringLiteral("'@SUM(1)");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::newRow("with comma") << QStringLiteral("=1,2") << QStringLiteral("\"'=1,2\"");
        QTest::newRow("apostrophe already") << QStringLiteral("'=1") << QStringLiteral("''=1");
        QTest::newRow("plain apostrophe") << QStringLiteral("'plain") << QStringLiteral("'plain");
        QTest::newRow("plain") << QStringLiteral("甲公司") << QStringLiteral("甲公司");
    }
    void neutralisesFormulaCells()
    {
        QFETCH(QString, value);
        QFETCH(QString, cell);
        QCOMPARE(CsvWriter::cell(value), cell);
        QString error;
        const QList<CsvRecord> records = CsvReader::parse(CsvWriter::row({value, QStringLiteral("x")}), &error);
        QCOMPARE(records.size(), 1);
        // A quoted carriage return reads back as a line break.
        QCOMPARE(CsvWriter::restore(records.first().fields.first()), QString(value).replace(u'\r', u'\n'));
    }

    void importRestoresNeutralisedCells()
    {
        TestSupport::TempDatabase db;
        const ImportResult result = ClientImport::importData(
            *db, QByteArray("name_zh,name_en,phone\n'=1+2,'''@x,'+86 591 1234 5678\n"));
        QVERIFY2(result.ok, qPrintable(result.problems.lines().join(u'\n')));
        const Client c = ClientRepository(*db).listRegister().first();
        QCOMPARE(c.nameZh, QStringLiteral("=1+2"));
        QCOMPARE(c.nameEn, QStringLiteral("''@x"));
        QCOMPARE(c.phone, QStringLiteral("+86 591 1234 5678"));
    }

    // Issue 6 (3): input files over the limit are refused before they are read whole.
    void refusesFilesOverTheLimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(2048, 'a'));
        file.close();
        QByteArray bytes;
        ImportProblem problem;
        QVERIFY(!ClientImport::readFile(path, 1024, &bytes, &problem));
        QVERIFY2(problem.text().contains(QStringLiteral("larger than the import limit")), qPrintable(problem.text()));
        QVERIFY(bytes.isEmpty());
        QVERIFY(ClientImport::readFile(path, 4096, &bytes, &problem));
        QCOMPARE(bytes.size(), 2048);
#ifdef Q_OS_UNIX
        // A device never ends: refused once the limit is read, not after memory runs out.
        QVERIFY(!ClientImport::readFile(QStringLiteral("/dev/zero"), 1 << 20, &bytes, &problem));
        QVERIFY(problem.text().contains(QStringLiteral("larger than the import limit")));
#endif
        TestSupport::TempDatabase db;
        QCOMPARE(ClientImport::maxFileBytes(*db), qint64(64) * 1024 * 1024);
    }

    // Issue 6 (2): a database another program keeps locked is "busy: try again", not a
    // problem of the file.
    void busyDatabaseSaysTryAgain()
    {
        TestSupport::TempDatabase db;
        Database other;
        QVERIFY(!other.open(db.path(), Database::Mode::Write));
        Transaction lock(other);
        other.exec(QStringLiteral("INSERT INTO clients (name_zh) VALUES ('占用')"));
        db->setBusyTimeout(100);
        const ImportResult result = ClientImport::importData(*db, kGood.toUtf8());
        QCOMPARE(result.outcome, ImportResult::Busy);
        QVERIFY2(result.message.contains(QStringLiteral("Try again")), qPrintable(result.message));
        QVERIFY(result.problems.isEmpty());
    }

    // A statement that fails on a constraint the checks did not foresee names the line.
    void constraintFailureNamesTheLine()
    {
        TestSupport::TempDatabase db;
        db->exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON clients WHEN NEW.name_zh = '乙' "
                                "BEGIN SELECT RAISE(ABORT, 'refused by a trigger'); END"));
        const ImportResult result = ClientImport::importData(*db, QStringLiteral("name_zh\n甲\n乙\n").toUtf8());
        QCOMPARE(result.outcome, ImportResult::Rejected);
        QVERIFY2(result.problems.lines().first().startsWith(QStringLiteral("line 3: this client cannot be stored")),
                 qPrintable(result.problems.lines().first()));
        QCOMPARE(ClientRepository(*db).totalCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestClientImport)
#include "tst_clientimport.moc"
