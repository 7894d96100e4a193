#include "csvreader.h"

#include <QStringDecoder>

QString CsvReader::decode(const QByteArray &bytes, Encoding *encoding)
{
    Encoding found = Encoding::Utf8;
    QString text;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        found = Encoding::Utf8Bom;
        text = QString::fromUtf8(bytes.mid(3));
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        found = Encoding::Utf16;
        QStringDecoder decoder(QStringConverter::Utf16);
        text = decoder(bytes);
    } else {
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        text = utf8(bytes);
        if (utf8.hasError()) {
            QStringDecoder gb("GB18030");
            if (gb.isValid()) {
                found = Encoding::Gb18030;
                text = gb(bytes);
            }
        }
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (encoding)
        *encoding = found;
    return text;
}

QList<CsvRecord> CsvReader::parse(const QString &text, QString *error)
{
    QList<CsvRecord> records;
    CsvRecord current;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;  // something (even "") was read for this record
    int line = 1;
    int quoteLine = 0;
    current.line = 1;

    auto endField = [&] {
        current.fields << field;
        field.clear();
    };
    auto endRecord = [&] {
        endField();
        const bool blank = current.fields.size() == 1 && current.fields.first().trimmed().isEmpty() && !fieldStarted;
        if (!blank)
            records << current;
        current = CsvRecord();
        fieldStarted = false;
    };

    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                    continue;  // keep the line break as \n
                field += (c == u'\r') ? QChar(u'\n') : c;
            }
            continue;
        }
        if (current.fields.isEmpty() && field.isEmpty() && !fieldStarted)
            current.line = line;
        if (c == u'"' && field.trimmed().isEmpty()) {
            field.clear();
            inQuotes = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == u',') {
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

QString CsvReader::quote(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    QString escaped = field;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}
