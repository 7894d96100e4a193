#pragma once

#include <QByteArray>
#include <QChar>
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

// Reads CSV as spreadsheets write it (RFC 4180: fields in double quotes may hold the
// separator, doubled quotes and line breaks), with the separator a spreadsheet's locale
// chooses: comma, semicolon or tab.
//
// Decoding is strict: UTF-8 (with or without BOM), UTF-16 (with BOM, or without one when
// its NUL bytes show the byte order) and GB18030 (what Chinese Excel writes) are read,
// and anything else — a byte sequence invalid in both UTF-8 and GB18030, lines in
// different encodings, Latin-1 text that happens to decode as rare GB18030 characters,
// overlong or surrogate UTF-8, NUL bytes — is refused with the line it is on, never
// turned into replacement characters or mojibake.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    enum class Encoding { Utf8, Utf8Bom, Utf16, Gb18030 };

    // Decodes the bytes into *text; on failure returns false with *error saying on which
    // line what is wrong and what to do.
    static bool decode(const QByteArray &bytes, QString *text, Encoding *encoding, QString *error);

    // The separator the first record uses: the one of comma, semicolon and tab that occurs
    // most often outside quotes on it (comma when none does).
    static QChar detectSeparator(const QString &text);

    // Splits decoded text into records; blank lines are skipped. On an unterminated
    // quoted field sets *error (with its line) and returns what was read before it.
    static QList<CsvRecord> parse(const QString &text, QChar separator, QString *error);
    static QList<CsvRecord> parse(const QString &text, QString *error) { return parse(text, u',', error); }

    // The name of a separator for messages ("comma", "semicolon", "tab").
    static QString separatorName(QChar separator);
};
