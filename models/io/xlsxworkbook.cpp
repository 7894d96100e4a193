#include "xlsxworkbook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <memory>
#include <utility>

#include <fcntl.h>
#include <unistd.h>

namespace {

constexpr int kMaxSheetName = 31;        // characters, Excel's limit
constexpr qsizetype kMaxCell = 32767;    // characters in one cell, Excel's limit
constexpr qsizetype kMaxRows = 1048576;  // rows of a worksheet, header included
constexpr qsizetype kMaxColumns = 16384;
// Column widths in character cells: narrow columns still show their header's first
// characters, and a long scope text does not push everything else off the screen.
constexpr double kMinWidth = 6;
constexpr double kMaxWidth = 60;

QString shown(const QString &path) { return QDir::toNativeSeparators(path); }

// The workbook until workbook_close() takes it (close frees it, also on failure).
struct WorkbookFree
{
    void operator()(lxw_workbook *workbook) const { lxw_workbook_free(workbook); }
};
using WorkbookPtr = std::unique_ptr<lxw_workbook, WorkbookFree>;

// The new file beside the target: removed again unless it was renamed into place.
class PendingFile
{
public:
    explicit PendingFile(QString path) : m_path(std::move(path)) {}
    ~PendingFile()
    {
        if (!m_path.isEmpty())
            ::unlink(QFile::encodeName(m_path).constData());
    }
    PendingFile(const PendingFile &) = delete;
    PendingFile &operator=(const PendingFile &) = delete;
    const QString &path() const { return m_path; }
    void placed() { m_path.clear(); }

private:
    QString m_path;
};

// Creates an empty file of a new name in the target's folder and returns its path, or
// sets `error` (errno). A hidden name that names the target, so that a file left by a
// power cut says what it was. open(2) with mode 0666 gives it the permissions a new file
// gets under the user's umask; QTemporaryFile would make it 0600, and the export would
// become unreadable to colleagues who could read a file saved any other way.
QString createBeside(const QFileInfo &target, int *error)
{
    for (int attempt = 0; attempt < 64; ++attempt) {
        const QString name = QStringLiteral(".%1.%2.tmp")
                                 .arg(target.fileName().left(64))
                                 .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        const QString path = target.absoluteDir().filePath(name);
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) {
            ::close(fd);
            return path;
        }
        if (errno != EEXIST) {
            *error = errno;
            return {};
        }
    }
    *error = EEXIST;
    return {};
}

// Flushes a closed file (or a folder) to the disk, so that the rename never puts in
// place a file whose contents a power cut could still lose.
bool syncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// East Asian wide (W) and full-width (F) ranges of Unicode's EastAsianWidth.txt, enough
// for Chinese, Japanese and Korean text and the full-width punctuation (；，：) used with it.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

// Text as the package can hold it. XML cannot hold most control characters; OOXML writes
// them as _xHHHH_, which Excel decodes, so a text that itself contains "_xHHHH_" has its
// underscore written as _x005F_ to come back unchanged. libxlsxwriter escapes some control
// characters but not the underscore, and would cut a text at NUL; doing all of it here
// makes the rule one and ours. U+FFFE, U+FFFF and a lone surrogate cannot be stored at all
// and become U+FFFD, the replacement character.
QString packaged(const QString &value)
{
    static const QRegularExpression literal(QStringLiteral("_(?=x[0-9A-Fa-f]{4}_)"));
    QString text = value;
    text.replace(literal, QStringLiteral("_x005F_"));
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') {
            out += QStringLiteral("_x%1_").arg(QString::number(u, 16).toUpper().rightJustified(4, u'0'));
        } else if (u == 0xFFFE || u == 0xFFFF) {
            out += QChar::ReplacementCharacter;
        } else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (c.isSurrogate()) {
            out += QChar::ReplacementCharacter;
        } else {
            out += c;
        }
    }
    return out;
}

QString libraryMessage(const QString &path, lxw_error error)
{
    const QString detail = QString::fromUtf8(lxw_strerror(error));
    switch (error) {
    case LXW_ERROR_MEMORY_MALLOC_FAILED:
        return XlsxWorkbook::tr("The workbook %1 was not written: there is not enough memory (%2). "
                                "Close other programs or export fewer records at a time.").arg(shown(path), detail);
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
        return XlsxWorkbook::tr("The workbook %1 was not written: the temporary folder %2 cannot be used (%3). "
                                "Free space there, or set TMPDIR to a folder you may write to.")
            .arg(shown(path), shown(QDir::tempPath()), detail);
    case LXW_ERROR_CREATING_XLSX_FILE:
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
        return XlsxWorkbook::tr("The workbook %1 was not written: the file could not be created or filled (%2). "
                                "Check that the disk has space and that you may write there, then export again.")
            .arg(shown(path), detail);
    default:
        return XlsxWorkbook::tr("The workbook %1 was not written (%2). This is a fault in the program; please report it "
                                "with the message.").arg(shown(path), detail);
    }
}

} // namespace

int XlsxWorkbook::displayWidth(const QString &text)
{
    int widest = 0;
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        if (c == U'\n') {
            widest = std::max(widest, width);
            width = 0;
        } else if (c != U'\r') {
            width += isWide(c) ? 2 : 1;
        }
    }
    return std::max(widest, width);
}

QString XlsxWorkbook::sheetNameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("A sheet has no name. Give every sheet a name of 1 to 31 characters.");
    if (name.size() > kMaxSheetName)   // UTF-16 units, as Excel counts: stricter than code points
        return tr("The sheet name “%1” is longer than 31 characters, which Excel does not allow. Shorten it.").arg(name);
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (const QChar c : name) {
        if (forbidden.contains(c))
            return tr("The sheet name “%1” contains “%2”; Excel does not allow any of [ ] : * ? / \\ in sheet names. "
                      "Remove it.").arg(name, c);
    }
    for (const char32_t c : name.toUcs4()) {   // a lone surrogate stays as its own value
        if (QChar::category(c) == QChar::Other_Control || QChar::isSurrogate(c) || QChar::isNonCharacter(c))
            return tr("The sheet name “%1” contains a control or invalid character. Use letters, digits and "
                      "punctuation only.").arg(name);
    }
    if (name.startsWith(u'\'') || name.endsWith(u'\''))
        return tr("The sheet name “%1” begins or ends with an apostrophe, which Excel does not allow. Remove it.").arg(name);
    return {};
}

QString XlsxWorkbook::validate(const QList<XlsxSheet> &sheets)
{
    if (sheets.isEmpty())
        return tr("The workbook has no sheets, so there is nothing to write. This is a fault in the program; please "
                  "report it.");
    QSet<QString> names;   // case-folded: Excel treats "Plans" and "plans" as one sheet
    for (const XlsxSheet &sheet : sheets) {
        if (const QString problem = sheetNameProblem(sheet.name); !problem.isEmpty())
            return problem;
        const QString folded = sheet.name.toCaseFolded();
        if (names.contains(folded))
            return tr("Two sheets are named “%1” (Excel does not tell upper from lower case in sheet names). "
                      "Give each sheet its own name.").arg(sheet.name);
        names.insert(folded);
        if (sheet.headers.size() > kMaxColumns)
            return tr("Sheet “%1” has %2 columns; a worksheet holds at most %3.")
                .arg(sheet.name).arg(sheet.headers.size()).arg(kMaxColumns);
        if (sheet.rows.size() + 1 > kMaxRows)
            return tr("Sheet “%1” has %2 rows; a worksheet holds at most %3 below its header. Export fewer records at a time.")
                .arg(sheet.name).arg(sheet.rows.size()).arg(kMaxRows - 1);
        auto tooLong = [&](qsizetype row, qsizetype column, const QString &value) {
            return tr("Sheet “%1”, row %2, column “%3” holds %4 characters; a spreadsheet cell holds at most %5. "
                      "Shorten the text.")
                .arg(sheet.name).arg(row + 1).arg(sheet.headers.value(column)).arg(value.size()).arg(kMaxCell);
        };
        for (qsizetype c = 0; c < sheet.headers.size(); ++c) {
            if (sheet.headers.at(c).size() > kMaxCell)
                return tooLong(0, c, sheet.headers.at(c));
        }
        for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
            const QStringList &row = sheet.rows.at(r);
            if (row.size() > sheet.headers.size())
                return tr("Row %1 of sheet “%2” has %3 values, more than the sheet has columns (%4). This is a "
                          "fault in the program; please report it.")
                    .arg(r + 1).arg(sheet.name).arg(row.size()).arg(sheet.headers.size());
            for (qsizetype c = 0; c < row.size(); ++c) {
                if (row.at(c).size() > kMaxCell)
                    return tooLong(r + 1, c, row.at(c));
            }
        }
    }
    return {};
}

QString XlsxWorkbook::write(const QString &path, const QList<XlsxSheet> &sheets, const QDateTime &created)
{
    if (const QString problem = validate(sheets); !problem.isEmpty())
        return problem;

    // Saving over a symbolic link replaces the file it points to, as an editor would, and
    // keeps the link; the new file is made beside that file, on its file system.
    const QFileInfo given(path);
    const QFileInfo target(given.isSymLink() ? given.symLinkTarget() : path);
    if (path.isEmpty() || target.fileName().isEmpty())
        return tr("No file name was given for the workbook. Choose a file to save it as.");
    if (target.isDir())
        return tr("%1 is a folder; choose a file name for the workbook.").arg(shown(path));
    if (!QFileInfo(target.absolutePath()).isDir())
        return tr("The folder %1 does not exist. Choose an existing folder for the workbook.")
            .arg(shown(target.absolutePath()));

    int error = 0;
    const QString pendingPath = createBeside(target, &error);
    if (pendingPath.isEmpty())
        return tr("The workbook cannot be saved in the folder %1: %2. Choose a folder you may write to.")
            .arg(shown(target.absolutePath()), qt_error_string(error));
    PendingFile pending(pendingPath);

    // libxlsxwriter keeps each part of the package in a temporary file before zipping it.
    // Its default is tmpfile(3), which ignores TMPDIR; QDir::tempPath() honours it.
    QByteArray tmpdir = QFile::encodeName(QDir::tempPath());
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;   // formats per column and widths need the whole sheet
    options.tmpdir = tmpdir.data();
    options.use_zip64 = LXW_FALSE;
    const QByteArray pendingName = QFile::encodeName(pending.path());
    WorkbookPtr workbook(workbook_new_opt(pendingName.constData(), &options));
    if (!workbook)
        return libraryMessage(path, LXW_ERROR_MEMORY_MALLOC_FAILED);

    lxw_doc_properties properties{};
    properties.created = time_t((created.isValid() ? created : QDateTime::currentDateTime()).toSecsSinceEpoch());
    if (const lxw_error e = workbook_set_properties(workbook.get(), &properties); e != LXW_NO_ERROR)
        return libraryMessage(path, e);

    // "@" is the text number format: what a person types into the column later stays text.
    lxw_format *text = workbook_add_format(workbook.get());
    format_set_num_format(text, "@");
    lxw_format *header = workbook_add_format(workbook.get());
    format_set_num_format(header, "@");
    format_set_bold(header);

    for (const XlsxSheet &sheet : sheets) {
        const QByteArray name = sheet.name.toUtf8();
        lxw_worksheet *worksheet = workbook_add_worksheet(workbook.get(), name.constData());
        if (!worksheet)
            return libraryMessage(path, LXW_ERROR_PARAMETER_VALIDATION);
        const auto columns = lxw_col_t(sheet.headers.size());
        QList<int> widths(columns, 0);
        auto put = [&](lxw_row_t row, lxw_col_t column, const QString &value, lxw_format *format) {
            widths[column] = std::max(widths[column], displayWidth(value));
            if (value.isEmpty())   // the column's text format covers an empty cell
                return LXW_NO_ERROR;
            return worksheet_write_string(worksheet, row, column, packaged(value).toUtf8().constData(), format);
        };
        for (lxw_col_t c = 0; c < columns; ++c) {
            if (const lxw_error e = put(0, c, sheet.headers.at(c), header); e != LXW_NO_ERROR)
                return libraryMessage(path, e);
        }
        for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
            const QStringList &row = sheet.rows.at(r);
            for (qsizetype c = 0; c < row.size(); ++c) {   // missing cells at the end stay empty
                if (const lxw_error e = put(lxw_row_t(r + 1), lxw_col_t(c), row.at(c), text); e != LXW_NO_ERROR)
                    return libraryMessage(path, e);
            }
        }
        for (lxw_col_t c = 0; c < columns; ++c) {
            // Bold header text is a little wider; two cells of margin.
            const double width = std::clamp(std::ceil(widths.at(c) * 1.1) + 2, kMinWidth, kMaxWidth);
            if (const lxw_error e = worksheet_set_column(worksheet, c, c, width, text); e != LXW_NO_ERROR)
                return libraryMessage(path, e);
        }
        worksheet_freeze_panes(worksheet, 1, 0);
    }

    // workbook_close() writes the file and frees the workbook, whatever the outcome.
    if (const lxw_error e = workbook_close(workbook.release()); e != LXW_NO_ERROR)
        return libraryMessage(path, e);
    if (!syncPath(pending.path(), O_RDONLY))
        return tr("The workbook %1 was not saved: the finished file could not be flushed to the disk (%2). "
                  "Check the disk and export again.").arg(shown(path), qt_error_string(errno));
    if (::rename(pendingName.constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0)
        return tr("The workbook could not be put in place as %1 (%2); any file of that name is unchanged. "
                  "Choose another name or folder.").arg(shown(path), qt_error_string(errno));
    pending.placed();
    // The rename itself reaches the disk with the folder; if that fails the file is in
    // place all the same, so it is not reported.
    syncPath(target.absolutePath(), O_RDONLY | O_DIRECTORY);
    return {};
}
