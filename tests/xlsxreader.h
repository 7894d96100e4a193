#pragma once

// Reads an .xlsx workbook back with another implementation, openpyxl (python3-openpyxl),
// so that a test checks what a spreadsheet program sees: sheet names and order, the rows
// as text, the cell types, bold headers, the frozen pane, column widths, the creation time.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

namespace XlsxReader {

// Prints every sheet of the workbook argv[1] as JSON (ASCII, so no encoding question):
// its name, its rows as Excel reads them (empty cells ""), the types of the cells that hold a value,
// whether each header cell is bold, the frozen pane, the column widths; and the
// workbook's creation time.
inline constexpr char kDump[] = R"PY(
import json, re, sys, openpyxl
import openpyxl.reader.excel
from openpyxl.cell.text import Text
from openpyxl.utils import get_column_letter
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import iterparse
# Shared strings decoded as Excel decodes them: each _xHHHH_ once, left to right. openpyxl
# 3.0 only deletes "x005F_", which turns "_x005F_x005F_" into "_" instead of "_x005F_".
def read_string_table(source):
    strings = []
    for _, node in iterparse(source):
        if node.tag == "{%s}si" % SHEET_MAIN_NS:
            strings.append(re.sub("_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), Text.from_tree(node).content))
            node.clear()
    return strings
openpyxl.reader.excel.read_string_table = read_string_table
wb = openpyxl.load_workbook(sys.argv[1])
sheets = []
for ws in wb.worksheets:
    rows = [["" if v is None else v for v in row] for row in ws.iter_rows(values_only=True)]
    types = sorted({c.data_type for row in ws.iter_rows() for c in row if c.value is not None})
    sheets.append({"name": ws.title, "rows": rows, "types": types,
                   "bold": [bool(c.font.b) for c in ws[1]],
                   "freeze": ws.freeze_panes or "",
                   "widths": [ws.column_dimensions[get_column_letter(i + 1)].width for i in range(ws.max_column)]})
print(json.dumps({"created": wb.properties.created.strftime("%Y-%m-%dT%H:%M:%S"), "sheets": sheets}))
)PY";

// The Debian package installs openpyxl for the system Python; a python3 of pyenv or a
// virtual environment found first on PATH would not have it.
inline QString python()
{
    const QString system = QStringLiteral("/usr/bin/python3");
    return QFile::exists(system) ? system : QStringLiteral("python3");
}

inline QJsonObject readBack(const QString &path)
{
    QProcess process;
    process.start(python(), {QStringLiteral("-c"), QString::fromLatin1(kDump), path});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QTest::qFail(qPrintable(QStringLiteral("openpyxl could not read %1: %2")
                                    .arg(path, QString::fromUtf8(process.readAllStandardError()))),
                     __FILE__, __LINE__);
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

inline QJsonArray sheetsOf(const QString &path) { return readBack(path).value(QStringLiteral("sheets")).toArray(); }

inline QStringList namesOf(const QJsonArray &sheets)
{
    QStringList names;
    for (const QJsonValue &sheet : sheets)
        names << sheet.toObject().value(QStringLiteral("name")).toString();
    return names;
}

// The rows of a sheet; a cell that is not text shows as "<not text>" so a comparison fails.
inline QList<QStringList> rowsOf(const QJsonObject &sheet)
{
    QList<QStringList> rows;
    for (const QJsonValue &row : sheet.value(QStringLiteral("rows")).toArray()) {
        QStringList cells;
        for (const QJsonValue &cell : row.toArray())
            cells << (cell.isString() ? cell.toString() : QStringLiteral("<not text>"));
        rows << cells;
    }
    return rows;
}

// The value in `header`'s column of data row `row` (0 = the first below the header).
inline QString cell(const QList<QStringList> &rows, int row, const QString &header)
{
    const qsizetype column = rows.value(0).indexOf(header);
    if (column < 0)
        return QStringLiteral("<no column %1>").arg(header);
    return rows.value(row + 1).value(column, QStringLiteral("<no row %1>").arg(row));
}

} // namespace XlsxReader
