#include "csvreader.h"

#include <QStringDecoder>

namespace {

QString saveAsUtf8()
{
    return CsvReader::tr("Save it as “CSV UTF-8” in your spreadsheet program and import it again.");
}

// Offset of the first byte at which a decoder fed one byte at a time reports an error
// (the line's length when it never does).
qsizetype firstError(QByteArrayView line, QStringDecoder decoder)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QString decoded = decoder(line.sliced(i, 1));
        Q_UNUSED(decoded);
        if (decoder.hasError())
            return i;
    }
    return line.size();
}

QString hexBytes(const QByteArray &bytes, qsizetype from, int count = 4)
{
    QStringList parts;
    for (qsizetype i = from; i < bytes.size() && i < from + count; ++i)
        parts << QStringLiteral("%1").arg(quint8(bytes.at(i)), 2, 16, QChar(u'0')).toUpper();
    return parts.join(u' ');
}

// The line an offset is on, counting line breaks as the parser does: LF, CRLF and a lone CR.
template <class Text>
int lineOfOffset(const Text &text, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i)
        if (text.at(i) == '\n' || (text.at(i) == '\r' && (i + 1 >= text.size() || text.at(i + 1) != '\n')))
            ++line;
    return line;
}

// Utf8Only: valid UTF-8 and not GB18030; Both: valid as either (a UTF-8 line of Chinese
// whose byte count is even, or a GB18030 line such as 山水实业 whose pairs happen to form
// UTF-8); Gb18030Only: not UTF-8 but valid GB18030.
enum class LineKind { Ascii, Utf8Only, Both, Gb18030Only, Invalid };

bool isAscii(QByteArrayView line)
{
    for (char c : line)
        if (quint8(c) >= 0x80)
            return false;
    return true;
}

LineKind classify(QByteArrayView line, bool haveGb)
{
    if (isAscii(line))
        return LineKind::Ascii;
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString asUtf8 = utf8(line);
    Q_UNUSED(asUtf8);
    const bool isUtf8 = !utf8.hasError();
    if (!haveGb)
        return isUtf8 ? LineKind::Utf8Only : LineKind::Invalid;
    QStringDecoder gb("GB18030", QStringConverter::Flag::Stateless);
    const QString asGb = gb(line);
    Q_UNUSED(asGb);
    const bool isGb = !gb.hasError();
    if (isUtf8)
        return isGb ? LineKind::Both : LineKind::Utf8Only;
    return isGb ? LineKind::Gb18030Only : LineKind::Invalid;
}

// GB18030 text written by Chinese software uses common characters, whose second byte is
// 0xA1 or above; Latin-1 text that happens to decode as GB18030 pairs an accented letter
// with the ASCII letter after it (Müller -> M黮ler), giving rare characters whose second
// byte is ASCII. Counts both kinds of two-byte character.
void countGbPairs(QByteArrayView line, int *pairs, int *asciiTrails)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        const quint8 lead = quint8(line.at(i));
        if (lead < 0x80 || i + 1 >= line.size())
            continue;
        const quint8 trail = quint8(line.at(i + 1));
        if (trail >= 0x30 && trail <= 0x39) {
            i += 3;   // four-byte sequence
            continue;
        }
        ++*pairs;
        if (trail < 0x80)
            ++*asciiTrails;
        ++i;
    }
}

bool hasUnpairedSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return true;
            ++i;
        } else if (c.isLowSurrogate()) {
            return true;
        }
    }
    return false;
}

// UTF-16 without a BOM shows itself by NUL bytes on one side of most ASCII characters.
bool guessUtf16(const QByteArray &bytes, QStringConverter::Encoding *encoding)
{
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i)
        if (bytes.at(i) == 0)
            (i % 2 ? oddZeros : evenZeros)++;
    const qsizetype half = bytes.size() / 2;
    if (half == 0 || bytes.size() % 2)
        return false;
    if (oddZeros * 10 >= half * 3 && evenZeros * 10 < half) {
        *encoding = QStringConverter::Utf16LE;
        return true;
    }
    if (evenZeros * 10 >= half * 3 && oddZeros * 10 < half) {
        *encoding = QStringConverter::Utf16BE;
        return true;
    }
    return false;
}

bool decodeUtf16(const QByteArray &bytes, QStringConverter::Encoding encoding, QString *text, QString *error)
{
    if (bytes.size() % 2) {
        *error = CsvReader::tr("the file is UTF-16 text with an odd number of bytes, so its end is cut off. %1")
                     .arg(saveAsUtf8());
        return false;
    }
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    *text = decoder(bytes);
    if (decoder.hasError() || hasUnpairedSurrogate(*text)) {
        *error = CsvReader::tr("the file is not valid UTF-16 text (a character is broken). %1")
                     .arg(saveAsUtf8());
        return false;
    }
    if (const qsizetype nul = text->indexOf(QChar(0)); nul >= 0) {
        *error = CsvReader::tr("line %1: the file holds a NUL character; it is not a text file. %2")
                     .arg(lineOfOffset(*text, nul))
                     .arg(saveAsUtf8());
        return false;
    }
    return true;
}

} // namespace

bool CsvReader::decode(const QByteArray &bytes, QString *text, Encoding *encoding, QString *error)
{
    text->clear();
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        if (encoding)
            *encoding = Encoding::Utf16;
        return decodeUtf16(bytes.mid(2), bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE
                                                                       : QStringConverter::Utf16BE,
                           text, error);
    }
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        QStringConverter::Encoding utf16;
        if (guessUtf16(bytes, &utf16)) {
            if (encoding)
                *encoding = Encoding::Utf16;
            return decodeUtf16(bytes, utf16, text, error);
        }
        *error = tr("line %1: the file holds NUL bytes, so it is not a CSV text file. %2")
                     .arg(lineOfOffset(bytes, nul)).arg(saveAsUtf8());
        return false;
    }

    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArray body = bom ? bytes.mid(3) : bytes;
    QStringDecoder probe("GB18030");
    const bool haveGb = probe.isValid();

    int firstUtf8 = 0, firstGb = 0, pairs = 0, asciiTrails = 0, firstLatin1Like = 0;
    int lineNumber = 0;
    qsizetype start = 0;
    while (start <= body.size()) {
        // Lines end as the parser ends them: LF, CRLF or a lone CR.
        qsizetype end = start;
        while (end < body.size() && body.at(end) != '\n' && body.at(end) != '\r')
            ++end;
        const qsizetype next = end < body.size() && body.at(end) == '\r' && end + 1 < body.size()
                                       && body.at(end + 1) == '\n'
                                   ? end + 2 : end + 1;
        const QByteArrayView line(body.constData() + start, end - start);
        ++lineNumber;
        switch (classify(line, haveGb && !bom)) {
        case LineKind::Ascii:
        case LineKind::Both:   // the other lines decide
            break;
        case LineKind::Utf8Only:
            if (!firstUtf8)
                firstUtf8 = lineNumber;
            break;
        case LineKind::Gb18030Only: {
            if (!firstGb)
                firstGb = lineNumber;
            int linePairs = 0, lineAscii = 0;
            countGbPairs(line, &linePairs, &lineAscii);
            pairs += linePairs;
            asciiTrails += lineAscii;
            if (lineAscii && !firstLatin1Like)
                firstLatin1Like = lineNumber;
            break;
        }
        case LineKind::Invalid: {
            // Show the bytes where decoding fails (GB18030 fails later than UTF-8 on Chinese text).
            const qsizetype at = bom || !haveGb
                                     ? firstError(line, QStringDecoder(QStringConverter::Utf8))
                                     : firstError(line, QStringDecoder("GB18030"));
            const QString shown = hexBytes(body, start + std::max<qsizetype>(0, at - 1));
            *error = bom ? tr("line %1: the file says it is UTF-8 but holds bytes that are not (%2). %3")
                               .arg(lineNumber).arg(shown, saveAsUtf8())
                         : tr("line %1: the text is neither UTF-8 nor GB18030 (bytes %2); it may be in another "
                              "encoding such as Latin-1. %3")
                               .arg(lineNumber).arg(shown, saveAsUtf8());
            return false;
        }
        }
        start = next;
    }

    if (firstUtf8 && firstGb) {
        *error = tr("line %1: the file mixes encodings — line %2 is UTF-8, line %1 is not. %3")
                     .arg(firstGb).arg(firstUtf8).arg(saveAsUtf8());
        return false;
    }
    if (firstGb) {
        if (asciiTrails * 2 > pairs) {
            *error = tr("line %1: the text is not UTF-8, and read as GB18030 it gives unlikely characters; it may "
                        "be in another encoding such as Latin-1. %2").arg(firstLatin1Like).arg(saveAsUtf8());
            return false;
        }
        QStringDecoder gb("GB18030", QStringConverter::Flag::Stateless);
        *text = gb(body);
        if (encoding)
            *encoding = Encoding::Gb18030;
    } else {
        *text = QString::fromUtf8(body);
        if (encoding)
            *encoding = bom ? Encoding::Utf8Bom : Encoding::Utf8;
    }
    if (text->startsWith(QChar(0xFEFF)))
        text->remove(0, 1);
    return true;
}

QChar CsvReader::detectSeparator(const QString &text)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool inQuotes = false;
    bool content = false;   // the first record has begun (blank lines before it do not count)
    for (const QChar c : text) {
        if (c == u'"') {
            inQuotes = !inQuotes;
            content = true;
            continue;
        }
        if (inQuotes)
            continue;
        if (c == u'\n' || c == u'\r') {
            if (content)
                break;   // the first record decides, even when it has no separator
            continue;
        }
        if (!c.isSpace())
            content = true;
        if (c == u',') ++commas;
        else if (c == u';') ++semicolons;
        else if (c == u'\t') ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return u';';
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return u',';
}

QString CsvReader::separatorName(QChar separator)
{
    if (separator == u';')
        return tr("semicolon");
    if (separator == u'\t')
        return tr("tab");
    return tr("comma");
}

QList<CsvRecord> CsvReader::parse(const QString &text, QChar separator, QString *error)
{
    QList<CsvRecord> records;
    CsvRecord current;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;  // something (even "") was read for this record
    bool fieldHasText = false;  // the field holds more than spaces (a quote then is literal)
    int line = 1;
    int quoteLine = 0;
    current.line = 1;

    auto endField = [&] {
        current.fields << field;
        field.clear();
        fieldHasText = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = current.fields.size() == 1 && current.fields.first().trimmed().isEmpty() && !fieldStarted;
        if (!blank)
            records << current;
        current = CsvRecord();
        fieldStarted = false;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    fieldHasText = true;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                    continue;  // keep the line break as \n
                if (c == u'\r')
                    ++line;
                field += (c == u'\r') ? QChar(u'\n') : c;
                if (!c.isSpace())
                    fieldHasText = true;
            }
            continue;
        }
        if (current.fields.isEmpty() && field.isEmpty() && !fieldStarted)
            current.line = line;
        if (c == u'"' && !fieldHasText) {
            field.clear();
            inQuotes = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == separator) {
            endField();
            fieldStarted = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            current.line = line;
        } else {
            field += c;
            if (!c.isSpace())
                fieldHasText = true;
        }
    }
    if (inQuotes) {
        if (error)
            *error = tr("line %1: a quoted field is not closed; add the missing \" and import again.").arg(quoteLine);
        return records;
    }
    if (!field.isEmpty() || !current.fields.isEmpty() || fieldStarted)
        endRecord();
    return records;
}
