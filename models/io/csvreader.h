#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One record of a CSV file and the line of the file where it starts.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// Reads CSV as spreadsheets write it (RFC 4180: comma separated, fields in double quotes
// may hold commas, doubled quotes and line breaks). Decodes UTF-8 with or without BOM,
// UTF-16 with BOM, and GB18030 (what Chinese Excel writes) when the bytes are not UTF-8.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    enum class Encoding { Utf8, Utf8Bom, Utf16, Gb18030 };

    // Decodes the bytes; sets *encoding to what was detected.
    static QString decode(const QByteArray &bytes, Encoding *encoding = nullptr);
    // Splits decoded text into records; blank lines are skipped. On an unterminated
    // quoted field sets *error (with its line) and returns what was read before it.
    static QList<CsvRecord> parse(const QString &text, QString *error);

    // Writes one field, quoted when it needs to be.
    static QString quote(const QString &field);
};
