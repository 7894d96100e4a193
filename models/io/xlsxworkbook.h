#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// One worksheet of a workbook: its tab name, the header row and the data rows. Every
// value is text as the caller formatted it; the writer changes nothing.
struct XlsxSheet
{
    QString name;
    QStringList headers;
    QList<QStringList> rows;
};

// Writes .xlsx workbooks (the regulators' uploads want spreadsheets, not CSV) through
// libxlsxwriter. Every cell is a text cell, so a code keeps its leading zeros ("0101"),
// a date stays as the caller wrote it and a value beginning with "=" is never a formula;
// the columns are formatted as text too, so what a person types in later stays text. The
// header row is bold and frozen, and each column is about as wide as its longest value.
//
// The file appears complete or not at all: the workbook is written to a new file beside
// the target and renamed over it only when finished (rename(2) replaces atomically), so a
// failure leaves neither a partial file nor a changed one where an older file stood.
class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbook)

public:
    // Writes `sheets`, in order, to `path`. `created` is the creation time stored in the
    // document properties (now when invalid); a fixed value makes the same sheets give
    // the same bytes. Returns an empty string on success, else what is wrong and what to
    // do, in the user's language; nothing is written when the sheets are refused.
    static QString write(const QString &path, const QList<XlsxSheet> &sheets, const QDateTime &created = QDateTime());

    // The checks write() makes before it writes: sheet names, row lengths, Excel's limits.
    // Empty when the sheets can be written. A row with fewer cells than headers is fine
    // (the rest stay empty); one with more is a fault of the caller, reported, not fatal.
    static QString validate(const QList<XlsxSheet> &sheets);
    // Empty when `name` is a sheet name Excel accepts: 1 to 31 characters, none of
    // [ ] : * ? / \ and no apostrophe at either end.
    static QString sheetNameProblem(const QString &name);
    // The width of `text` in character cells: East Asian wide and full-width characters
    // count two, as a spreadsheet shows them; for several lines, the longest line.
    static int displayWidth(const QString &text);
};
