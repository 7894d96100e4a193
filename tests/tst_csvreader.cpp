// CsvReader on its own (tst_clientimport covers it through the import): every promise of
// its header, one row each — RFC 4180 quoting (separators, doubled quotes and line breaks
// inside quotes), LF/CRLF/CR line endings, blank lines and the line each record starts
// on, an unterminated quote and its line, ragged rows and very long fields kept as read;
// strict decoding of UTF-8 (with or without BOM), UTF-16 (with BOM, or without when its
// NUL bytes show the byte order) and GB18030/GBK, and every refusal with the line it is
// on and what to do; the separator a spreadsheet's locale chose.

#include "io/csvreader.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

#include <initializer_list>

namespace {

using Records = QList<QStringList>;

// One record's fields, written as UTF-8 literals.
QStringList r(std::initializer_list<const char *> fields)
{
    QStringList out;
    for (const char *f : fields)
        out << QString::fromUtf8(f);
    return out;
}

QString u8(const char *text) { return QString::fromUtf8(text); }

QByteArray encoded(const char *encoding, const QString &text)
{
    QStringEncoder encoder(encoding, QStringConverter::Flag::Stateless);
    return encoder.encode(text);
}

QByteArray utf16(QStringConverter::Encoding encoding, const QString &text)
{
    QStringEncoder encoder(encoding, QStringConverter::Flag::Stateless);
    return encoder.encode(text);
}

// The raw bytes of a C literal that may hold NUL bytes.
template <qsizetype N>
QByteArray bytes(const char (&literal)[N])
{
    return QByteArray(literal, N - 1);
}

QString shown(const Records &records)
{
    QStringList lines;
    for (const QStringList &fields : records)
        lines << u'[' + fields.join(QStringLiteral("|")).replace(u'\n', QStringLiteral("\\n")).left(60) + u']';
    return lines.join(u' ');
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("separator");
        QTest::addColumn<Records>("records");
        QTest::addColumn<QList<int>>("lines");
        const QChar comma(u',');

        // Line endings, blank lines, the end of the text.
        QTest::newRow("LF") << u8("a,b\n1,2\n") << comma << Records{r({"a", "b"}), r({"1", "2"})} << QList<int>{1, 2};
        QTest::newRow("CRLF") << u8("a,b\r\n1,2\r\n") << comma << Records{r({"a", "b"}), r({"1", "2"})} << QList<int>{1, 2};
        QTest::newRow("CR (old Mac spreadsheets)") << u8("a,b\r1,2\r") << comma << Records{r({"a", "b"}), r({"1", "2"})}
                                                   << QList<int>{1, 2};
        QTest::newRow("mixed line endings") << u8("a\r\nb\nc\rd") << comma << Records{r({"a"}), r({"b"}), r({"c"}), r({"d"})}
                                            << QList<int>{1, 2, 3, 4};
        QTest::newRow("no final line break") << u8("a,b\n1,2") << comma << Records{r({"a", "b"}), r({"1", "2"})}
                                             << QList<int>{1, 2};
        QTest::newRow("blank lines at the end") << u8("a\n1\n\n\r\n\r") << comma << Records{r({"a"}), r({"1"})}
                                                << QList<int>{1, 2};
        QTest::newRow("blank lines skipped, still counted") << u8("\n\na\n\n\nb\n") << comma << Records{r({"a"}), r({"b"})}
                                                            << QList<int>{3, 6};
        QTest::newRow("line of spaces is blank") << u8("a\n  \t \nb") << comma << Records{r({"a"}), r({"b"})}
                                                 << QList<int>{1, 3};
        QTest::newRow("empty text") << QString() << comma << Records{} << QList<int>{};
        QTest::newRow("only line breaks") << u8("\n\r\n\r") << comma << Records{} << QList<int>{};

        // Empty fields.
        QTest::newRow("empty fields") << u8(",,\n") << comma << Records{r({"", "", ""})} << QList<int>{1};
        QTest::newRow("trailing separator") << u8("a,\n") << comma << Records{r({"a", ""})} << QList<int>{1};
        QTest::newRow("trailing separator, no line break") << u8("a,") << comma << Records{r({"a", ""})} << QList<int>{1};
        QTest::newRow("quoted empty field is a record") << u8("\"\"\nb") << comma << Records{r({""}), r({"b"})}
                                                        << QList<int>{1, 2};

        // Quoting.
        QTest::newRow("separator in quotes") << u8("\"x,y\",z\n") << comma << Records{r({"x,y", "z"})} << QList<int>{1};
        QTest::newRow("doubled quotes") << u8("\"say \"\"hi\"\"\",z\n") << comma << Records{r({"say \"hi\"", "z"})}
                                        << QList<int>{1};
        QTest::newRow("field of one quote") << u8("\"\"\"\",z") << comma << Records{r({"\"", "z"})} << QList<int>{1};
        QTest::newRow("doubled quotes at both ends") << u8("\"\"\"a\"\"\",b") << comma << Records{r({"\"a\"", "b"})}
                                                     << QList<int>{1};
        QTest::newRow("LF in quotes") << u8("\"l1\nl2\",z\nq") << comma << Records{r({"l1\nl2", "z"}), r({"q"})}
                                      << QList<int>{1, 3};
        QTest::newRow("CRLF in quotes read as LF") << u8("\"l1\r\nl2\",z\r\nq") << comma
                                                   << Records{r({"l1\nl2", "z"}), r({"q"})} << QList<int>{1, 3};
        QTest::newRow("CR in quotes read as LF") << u8("\"l1\rl2\",z\rq") << comma << Records{r({"l1\nl2", "z"}), r({"q"})}
                                                 << QList<int>{1, 3};
        QTest::newRow("blank line in quotes") << u8("\"a\n\nb\"\nc") << comma << Records{r({"a\n\nb"}), r({"c"})}
                                              << QList<int>{1, 4};
        QTest::newRow("quote after leading spaces opens quotes") << u8("a,  \"x,y\"") << comma << Records{r({"a", "x,y"})}
                                                                 << QList<int>{1};
        QTest::newRow("quote inside an unquoted field is literal") << u8("5\" disk,x\n") << comma
                                                                   << Records{r({"5\" disk", "x"})} << QList<int>{1};
        QTest::newRow("spaces kept as written") << u8(" a , b \n") << comma << Records{r({" a ", " b "})} << QList<int>{1};

        // Ragged rows: the reader keeps them as read; the import reports the field count.
        QTest::newRow("ragged rows") << u8("a,b,c\n1\n1,2,3,4\n") << comma
                                     << Records{r({"a", "b", "c"}), r({"1"}), r({"1", "2", "3", "4"})} << QList<int>{1, 2, 3};

        // The other separators.
        QTest::newRow("semicolon") << u8("a;\"b;c\";d,e\n") << QChar(u';') << Records{r({"a", "b;c", "d,e"})}
                                   << QList<int>{1};
        QTest::newRow("tab") << u8("a\t\"b\tc\"\td e\n") << QChar(u'\t') << Records{r({"a", "b\tc", "d e"})}
                             << QList<int>{1};
        QTest::newRow("Chinese text") << u8("名称,地址\n福州示例云科技有限公司,\"福州市鼓楼区，五一路 1 号\"\n") << comma
                                      << Records{r({"名称", "地址"}), r({"福州示例云科技有限公司", "福州市鼓楼区，五一路 1 号"})}
                                      << QList<int>{1, 2};

        // Size: the reader declares no limit of its own (the import caps the file at
        // import_file_max_mib); a 1 MiB field and 10,000 columns are read whole.
        QString big;
        for (int i = 0; i < (1 << 18); ++i)
            big += QStringLiteral("云,\"\n");   // separator, quote and line break: 4 characters
        QString quotedBig = big;
        quotedBig.replace(u'"', QStringLiteral("\"\""));
        QTest::newRow("1 MiB quoted field") << u8("a,b\n\"") + quotedBig + u8("\",z\nq\n") << comma
                                            << Records{r({"a", "b"}), QStringList{big, QStringLiteral("z")}, r({"q"})}
                                            << QList<int>{1, 2, 3 + (1 << 18)};
        QTest::newRow("1 MiB unquoted field") << QString(1 << 20, u'x') + u8(",y") << comma
                                              << Records{QStringList{QString(1 << 20, u'x'), QStringLiteral("y")}}
                                              << QList<int>{1};
        const QStringList wide(10000, QStringLiteral("v"));
        QTest::newRow("10,000 columns") << wide.join(u',') + u8("\n1") << comma << Records{wide, r({"1"})}
                                        << QList<int>{1, 2};
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QChar, separator);
        QFETCH(Records, records);
        QFETCH(QList<int>, lines);
        QString error;
        const QList<CsvRecord> parsed = CsvReader::parse(text, separator, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        Records fields;
        QList<int> starts;
        for (const CsvRecord &record : parsed) {
            fields << record.fields;
            starts << record.line;
        }
        QVERIFY2(fields == records, qPrintable(shown(fields)));
        QCOMPARE(starts, lines);
        if (separator == u',') {   // the two-argument overload reads commas
            const QList<CsvRecord> again = CsvReader::parse(text, &error);
            QCOMPARE(again.size(), parsed.size());
            for (qsizetype i = 0; i < again.size(); ++i)
                QCOMPARE(again.at(i).fields, parsed.at(i).fields);
        }
    }

    // A quote after spaces inside an unquoted field is literal, however many there are: a
    // crafted field of 160,000 characters. (The parser once copied the field at every such
    // quote, so this input took seconds and one near the import's 64 MiB limit hours; the
    // fuzz harness's time limit guards the speed, this test the result.)
    void strayQuotesAfterSpacesAreLiteral()
    {
        QString text = QStringLiteral("x");
        for (int i = 0; i < 80000; ++i)
            text += QStringLiteral(" \"");
        QString error;
        const QList<CsvRecord> records = CsvReader::parse(text, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().fields.first(), text);
    }

    void unterminatedQuote_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");       // where the quote opens
        QTest::addColumn<QStringList>("before");   // first field of each record read before it
        QTest::newRow("never closed") << u8("\"open") << 1 << QStringList{};
        QTest::newRow("doubled quote is not a close") << u8("\"abc\"\"") << 1 << QStringList{};
        QTest::newRow("after two records") << u8("a\nb\n\"open\nmore") << 3 << r({"a", "b"});
        QTest::newRow("in a record's second field") << u8("a\nx,\"open,y\n") << 2 << r({"a"});
        QTest::newRow("after a multi-line field") << u8("a\n\"ok\nstill\",x\ny,\"open\n") << 4 << r({"a", "ok\nstill"});
        QTest::newRow("after blank lines") << u8("a\n\n\n\"open") << 4 << r({"a"});
        QTest::newRow("CR line endings") << u8("a\r\"open\r") << 2 << r({"a"});
        QTest::newRow("CRLF line endings") << u8("a\r\nb\r\n\"open\r\n") << 3 << r({"a", "b"});
    }
    void unterminatedQuote()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QStringList, before);
        QString error;
        const QList<CsvRecord> read = CsvReader::parse(text, &error);
        QVERIFY2(error.startsWith(QStringLiteral("line %1: a quoted field is not closed").arg(line)), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("add the missing \"")), qPrintable(error));   // says what to do
        QStringList firsts;
        for (const CsvRecord &record : read)
            firsts << record.fields.value(0);
        QCOMPARE(firsts, before);
    }

    void decodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("encoding");
        const QString chinese = u8("名称,地址\r\n福州示例云科技有限公司,福州市鼓楼区\r\n");
        const int utf8 = int(CsvReader::Encoding::Utf8);
        const int gb = int(CsvReader::Encoding::Gb18030);
        const int anyUtf16 = int(CsvReader::Encoding::Utf16);

        QTest::newRow("ASCII, line endings untouched") << QByteArray("a,b\r\n1,2\r3\n") << u8("a,b\r\n1,2\r3\n") << utf8;
        QTest::newRow("empty file") << QByteArray() << QString() << utf8;
        QTest::newRow("UTF-8") << chinese.toUtf8() << chinese << utf8;
        QTest::newRow("UTF-8 four-byte characters") << u8("𠀀𩸽,😀\n").toUtf8() << u8("𠀀𩸽,😀\n") << utf8;
        QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + chinese.toUtf8() << chinese
                                        << int(CsvReader::Encoding::Utf8Bom);
        QTest::newRow("UTF-8 BOM only") << QByteArray("\xEF\xBB\xBF") << QString() << int(CsvReader::Encoding::Utf8Bom);
        QTest::newRow("GB18030 (Chinese Excel)") << encoded("GB18030", chinese) << chinese << gb;
        QTest::newRow("GBK traditional characters") << encoded("GB18030", u8("名称\n臺灣雲端資訊股份有限公司\n"))
                                                    << u8("名称\n臺灣雲端資訊股份有限公司\n") << gb;
        QTest::newRow("GB18030 four-byte characters") << encoded("GB18030", u8("名称\n𠀀云数据\n")) << u8("名称\n𠀀云数据\n")
                                                      << gb;
        QTest::newRow("GB18030 with its BOM") << QByteArray("\x84\x31\x95\x33") + encoded("GB18030", chinese) << chinese
                                              << gb;
        // 山水实业 is C9 BD CB AE CA B5 D2 B5 in GB18030: valid UTF-8 too (ɽˮʵҵ). The file
        // as a whole is not UTF-8, so it is GB18030, one line of which happens to be UTF-8.
        QTest::newRow("GB18030 with a line that is also valid UTF-8")
            << encoded("GB18030", u8("名称,人数\n山水实业,50\n福州示例云科技有限公司,80\n"))
            << u8("名称,人数\n山水实业,50\n福州示例云科技有限公司,80\n") << gb;
        QTest::newRow("UTF-16LE with BOM") << QByteArray("\xFF\xFE") + utf16(QStringConverter::Utf16LE, chinese) << chinese
                                           << anyUtf16;
        QTest::newRow("UTF-16BE with BOM") << QByteArray("\xFE\xFF") + utf16(QStringConverter::Utf16BE, chinese) << chinese
                                           << anyUtf16;
        const QString mostlyAscii = u8("name_zh\taddress\r\n福州示例云\t鼓楼区\r\n");
        QTest::newRow("UTF-16LE without BOM") << utf16(QStringConverter::Utf16LE, mostlyAscii) << mostlyAscii << anyUtf16;
        QTest::newRow("UTF-16BE without BOM") << utf16(QStringConverter::Utf16BE, mostlyAscii) << mostlyAscii << anyUtf16;
        QTest::newRow("UTF-16 surrogate pair") << QByteArray("\xFF\xFE") + utf16(QStringConverter::Utf16LE, u8("𠀀,a\n"))
                                               << u8("𠀀,a\n") << anyUtf16;
    }
    void decodes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(int, encoding);
        QString decoded = QStringLiteral("stale"), error;
        CsvReader::Encoding found = CsvReader::Encoding::Utf16;
        QVERIFY2(CsvReader::decode(bytes, &decoded, &found, &error), qPrintable(error));
        QCOMPARE(decoded, text);
        QCOMPARE(int(found), encoding);
        QVERIFY(CsvReader::decode(bytes, &decoded, nullptr, &error));   // the encoding is optional
        QCOMPARE(decoded, text);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");   // the start of the message: the line, what is wrong
        QTest::addColumn<QString>("part");      // more of it that must be there
        const QByteArray gbLine = encoded("GB18030", u8("福州示例云科技有限公司\n"));
        const QByteArray utf8Line = u8("北京云安全有限公司\n").toUtf8();

        QTest::newRow("neither UTF-8 nor GB18030") << QByteArray("name_zh,address\nok,ok\nCaf\xE9, Paris\n")
                                                   << u8("line 3: the text is neither UTF-8 nor GB18030")
                                                   << u8("(bytes E9 2C 20 50)");
        QTest::newRow("Latin-1 that reads as rare GB18030") << QByteArray("name_zh,address\nM\xFCller GmbH,K\xF6ln\n")
                                                            << u8("line 2: the text is not UTF-8, and read as GB18030 it "
                                                                  "gives unlikely characters")
                                                            << u8("Latin-1");
        QTest::newRow("UTF-8, then GB18030") << QByteArray("name_zh\n") + utf8Line + gbLine
                                             << u8("line 3: the file mixes encodings — line 2 is UTF-8, line 3 is not")
                                             << QString();
        QTest::newRow("GB18030, then UTF-8") << QByteArray("name_zh\n") + gbLine + utf8Line
                                             << u8("line 2: the file mixes encodings — line 3 is UTF-8, line 2 is not")
                                             << QString();
        QTest::newRow("UTF-8 BOM, then a byte that is not UTF-8") << QByteArray("\xEF\xBB\xBFname_zh\nb\xFF" "c\n")
                                                                  << u8("line 2: the file says it is UTF-8 but holds bytes "
                                                                        "that are not")
                                                                  << u8("(62 FF 63 0A)");
        QTest::newRow("UTF-8 BOM, then GB18030") << QByteArray("\xEF\xBB\xBFname_zh\n") + gbLine
                                                 << u8("line 2: the file says it is UTF-8") << QString();
        QTest::newRow("overlong UTF-8 after a BOM") << QByteArray("\xEF\xBB\xBFname_zh\nA\xC0\xAF\n")
                                                    << u8("line 2: the file says it is UTF-8") << QString();
        QTest::newRow("overlong UTF-8, three bytes") << QByteArray("name_zh\nok\n\xE0\x80\xAF\n")
                                                     << u8("line 3: the text is neither UTF-8 nor GB18030") << QString();
        QTest::newRow("UTF-8 encoded surrogate") << QByteArray("name_zh\n\xED\xA0\x80\n")
                                                 << u8("line 2: the text is neither UTF-8 nor GB18030") << QString();
        QTest::newRow("NUL byte") << bytes("name_zh\nok\nab\0cd\n") << u8("line 3: the file holds NUL bytes")
                                  << QString();
        QTest::newRow("binary file") << bytes("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0") << QString()
                                     << u8("the file holds NUL bytes");
        // Lines end at CR in these files (parse counts them so); the message should name the
        // line the byte is on.
        QTest::newRow("NUL byte, CR line endings") << bytes("name_zh\rok\rab\0cd\r") << u8("line 3: the file holds NUL bytes")
                                                   << QString();
        QTest::newRow("neither UTF-8 nor GB18030, CR line endings") << QByteArray("name_zh\rok\rCaf\xE9, Paris\r")
                                                                    << u8("line 3: the text is neither UTF-8 nor GB18030")
                                                                    << QString();
        QTest::newRow("UTF-16 with BOM, odd number of bytes") << bytes("\xFF\xFEn\0a\0m") << QString()
                                                              << u8("UTF-16 text with an odd number of bytes");
        QTest::newRow("UTF-16 with BOM, lone surrogate") << bytes("\xFF\xFEn\0\x00\xD8" "a\0") << QString()
                                                         << u8("not valid UTF-16");
        QTest::newRow("UTF-16 without BOM, lone surrogate")
            << bytes("n\0a\0m\0e\0_\0z\0h\0\n\0\x00\xD8" "a\0b\0c\0d\0\n\0") << QString()
                                                            << u8("not valid UTF-16");
        QTest::newRow("UTF-16 NUL character")
            << QByteArray("\xFF\xFE") + utf16(QStringConverter::Utf16LE, u8("a\nb") + QChar(0) + u8("c\n"))
                                              << u8("line 2: the file holds a NUL character") << QString();
        QTest::newRow("UTF-32 (BOM FF FE 00 00)") << bytes("\xFF\xFE\0\0n\0\0\0a\0\0\0")
                                                  << u8("line 1: the file holds a NUL character") << QString();
    }
    void refuses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QFETCH(QString, part);
        QString text, error;
        QVERIFY(!CsvReader::decode(bytes, &text, nullptr, &error));
        QVERIFY2(error.startsWith(message), qPrintable(error));
        QVERIFY2(error.contains(part), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("“CSV UTF-8”")), qPrintable(error));   // says what to do
    }

    void detectsTheSeparator_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("comma") << u8("a,b,c\n1;2;3;4\n") << QChar(u',');
        QTest::newRow("semicolon (European locales)") << u8("a;b;c\n1,5;2,5;3\n") << QChar(u';');
        QTest::newRow("tab (Excel's Unicode text)") << u8("a\tb\tc\n") << QChar(u'\t');
        QTest::newRow("none: comma") << u8("name_zh\n") << QChar(u',');
        QTest::newRow("empty text: comma") << QString() << QChar(u',');
        QTest::newRow("the most frequent") << u8("a;b;c,d\n") << QChar(u';');
        QTest::newRow("comma wins a tie with semicolon") << u8("a,b;c\n") << QChar(u',');
        QTest::newRow("comma wins a tie with tab") << u8("a,b\tc\n") << QChar(u',');
        QTest::newRow("semicolon wins a tie with tab") << u8("a;b\tc\n") << QChar(u';');
        QTest::newRow("separators in quotes do not count") << u8("\"a;b;c\",d\n") << QChar(u',');
        QTest::newRow("doubled quotes in quotes") << u8("\"a\"\";b;c\",d\n") << QChar(u',');
        QTest::newRow("line break in quotes stays in the first record") << u8("\"x\ny\";b;c\nd,e,f,g\n") << QChar(u';');
        QTest::newRow("blank lines before the header") << u8("\n\r\n\na;b\n") << QChar(u';');
        QTest::newRow("only the first record counts") << u8("a;b\nc,d,e,f,g\n") << QChar(u';');
        QTest::newRow("CRLF") << u8("a;b\r\nc,d,e\r\n") << QChar(u';');
        QTest::newRow("CR") << u8("a;b\rc,d,e\r") << QChar(u';');
        // A one-column file (name_zh is the only required column) has no separator on its
        // first record: comma, whatever the records after it hold.
        QTest::newRow("one-column header, a semicolon in a record") << u8("name_zh\n示例有限公司; 分公司\n") << QChar(u',');
    }
    void detectsTheSeparator()
    {
        QFETCH(QString, text);
        QFETCH(QChar, separator);
        QCOMPARE(CsvReader::detectSeparator(text), separator);
    }

    void namesTheSeparator_data()
    {
        QTest::addColumn<QChar>("separator");
        QTest::addColumn<QString>("name");
        QTest::newRow("comma") << QChar(u',') << QStringLiteral("comma");
        QTest::newRow("semicolon") << QChar(u';') << QStringLiteral("semicolon");
        QTest::newRow("tab") << QChar(u'\t') << QStringLiteral("tab");
    }
    void namesTheSeparator()
    {
        QFETCH(QChar, separator);
        QFETCH(QString, name);
        QCOMPARE(CsvReader::separatorName(separator), name);
    }

    // Decode, separator and parse together, on files as spreadsheet programs write them.
    void readsWhatSpreadsheetsWrite_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QChar>("separator");
        QTest::addColumn<Records>("records");
        const QString rows = u8("名称;地址\r\n\"福州示例云;数据\";\"福州市\r\n鼓楼区\"\r\n");
        const Records expected{r({"名称", "地址"}), r({"福州示例云;数据", "福州市\n鼓楼区"})};
        QTest::newRow("Excel, CSV UTF-8, semicolon locale") << QByteArray("\xEF\xBB\xBF") + rows.toUtf8() << QChar(u';')
                                                            << expected;
        QTest::newRow("Chinese Excel, CSV (GB18030)") << encoded("GB18030", QString(rows).replace(u';', u','))
                                                      << QChar(u',')
                                                      << Records{r({"名称", "地址"}), r({"福州示例云,数据", "福州市\n鼓楼区"})};
        QTest::newRow("Excel, Unicode text (UTF-16LE, tab)")
            << QByteArray("\xFF\xFE") + utf16(QStringConverter::Utf16LE, QString(rows).replace(u';', u'\t')) << QChar(u'\t')
            << Records{r({"名称", "地址"}), r({"福州示例云\t数据", "福州市\n鼓楼区"})};
        QTest::newRow("LibreOffice, UTF-8, LF") << QString(rows).remove(u'\r').toUtf8() << QChar(u';') << expected;
    }
    void readsWhatSpreadsheetsWrite()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QChar, separator);
        QFETCH(Records, records);
        QString text, error;
        QVERIFY2(CsvReader::decode(bytes, &text, nullptr, &error), qPrintable(error));
        QCOMPARE(CsvReader::detectSeparator(text), separator);
        Records fields;
        for (const CsvRecord &record : CsvReader::parse(text, separator, &error))
            fields << record.fields;
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(fields == records, qPrintable(shown(fields)));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
