#pragma once

#include <QString>
#include <QStringList>

// Writes CSV that a spreadsheet opens safely and that reads back exactly. A cell that
// begins with = + - @, a tab or a carriage return would be taken by Excel or LibreOffice
// as a formula ("formula injection": =cmd|' /C calc'!A0); such a cell gets an apostrophe
// in front, which spreadsheets show as text and do not display. So that the apostrophe
// never changes a value, a value that already begins with apostrophes followed by one of
// those characters gets one more; restore() removes exactly one, giving back the value
// as stored. Every CSV the program writes goes through here.
class CsvWriter
{
public:
    // One cell: neutralised when it could be read as a formula, quoted when it holds a
    // comma, a double quote or a line break.
    static QString cell(const QString &value);
    // The same cell, of a UTF-8 value, appended to `out` as UTF-8 (for exports of millions
    // of values: the characters that matter are all ASCII, so the rules are the same).
    static void appendCell(QByteArray &out, QByteArrayView utf8);
    // A record of cells joined with commas (no line end).
    static QString row(const QStringList &values);
    // The stored value of a cell as read from a file that cell() wrote (or a person typed).
    static QString restore(const QString &cell);
    // True when a value would be neutralised.
    static bool needsNeutralising(const QString &value);
};
