#include "csvwriter.h"

namespace {

bool isFormulaStart(QChar c)
{
    // A line feed is not a formula, but a reader turns a quoted carriage return into one,
    // so it is treated alike to read back the same.
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r' || c == u'\n';
}

// Apostrophes at the start, then a character that starts a formula.
bool hasFormulaPrefix(const QString &value, qsizetype *apostrophes)
{
    qsizetype n = 0;
    while (n < value.size() && value.at(n) == u'\'')
        ++n;
    *apostrophes = n;
    return n < value.size() && isFormulaStart(value.at(n));
}

} // namespace

bool CsvWriter::needsNeutralising(const QString &value)
{
    qsizetype apostrophes = 0;
    return hasFormulaPrefix(value, &apostrophes);
}

QString CsvWriter::cell(const QString &value)
{
    QString text = needsNeutralising(value) ? u'\'' + value : value;
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    text.replace(u'"', QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

void CsvWriter::appendCell(QByteArray &out, QByteArrayView utf8)
{
    qsizetype n = 0;
    while (n < utf8.size() && utf8.at(n) == '\'')
        ++n;
    const bool neutralise = n < utf8.size() && isFormulaStart(QChar::fromLatin1(utf8.at(n)));
    bool quote = false;
    for (const char c : utf8)
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    if (quote)
        out += '"';
    if (neutralise)
        out += '\'';
    if (!quote) {
        out += utf8;
        return;
    }
    const char *run = utf8.data();
    const char *const end = run + utf8.size();
    for (const char *p = run; p < end; ++p)
        if (*p == '"') {
            out.append(run, p - run + 1);   // the quote, then once more
            run = p;
        }
    out.append(run, end - run);
    out += '"';
}

QString CsvWriter::row(const QStringList &values)
{
    // A record of one empty or blank field, written as it is, would read back as a blank
    // line (which readers skip): quote it.
    if (values.size() == 1 && values.first().trimmed().isEmpty())
        return u'"' + values.first() + u'"';
    QStringList cells;
    cells.reserve(values.size());
    for (const QString &value : values)
        cells << cell(value);
    return cells.join(u',');
}

QString CsvWriter::restore(const QString &cell)
{
    qsizetype apostrophes = 0;
    if (hasFormulaPrefix(cell, &apostrophes) && apostrophes > 0)
        return cell.mid(1);
    return cell;
}
