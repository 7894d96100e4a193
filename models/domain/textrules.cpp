#include "textrules.h"

#include <QLocale>

namespace TextRules {

namespace {

QString codePoint(char32_t c) { return QStringLiteral("U+%1").arg(quint32(c), 4, 16, QChar(u'0')).toUpper(); }

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isControl(char32_t c, Kind kind)
{
    if (kind == Kind::MultiLine && (c == u'\n' || c == u'\r' || c == u'\t'))
        return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c);
}

bool isInvisible(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return QChar::isSpace(c) || category == QChar::Other_Format || category == QChar::Other_Control
           || category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing
           || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800;
}

// Calls f(codePoint) for each character; false when the UTF-16 is broken (a lone surrogate).
template <typename F>
bool forEachCodePoint(const QString &value, F f)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 >= value.size() || !value.at(i + 1).isLowSurrogate())
                return false;
            if (!f(QChar::surrogateToUcs4(c, value.at(i + 1))))
                return true;
            ++i;
        } else if (c.isLowSurrogate()) {
            return false;
        } else if (!f(char32_t(c.unicode()))) {
            return true;
        }
    }
    return true;
}

} // namespace

qsizetype length(const QString &value)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < value.size(); ++i, ++n)
        if (value.at(i).isHighSurrogate() && i + 1 < value.size() && value.at(i + 1).isLowSurrogate())
            ++i;
    return n;
}

bool isBlank(const QString &value)
{
    bool blank = true;
    forEachCodePoint(value, [&](char32_t c) {
        if (!isInvisible(c))
            blank = false;
        return blank;
    });
    return blank;
}

QString problem(const QString &value, int maxLength, Kind kind)
{
    char32_t control = 0;
    bool found = false;   // NUL is a control character too, so 0 cannot mean "none"
    const bool whole = forEachCodePoint(value, [&](char32_t c) {
        if (isControl(c, kind)) {
            control = c;
            found = true;
            return false;
        }
        return true;
    });
    if (!whole)
        return QCoreApplication::translate("TextRules", "holds a broken character (an unpaired UTF-16 surrogate); "
                                                        "type or paste it again");
    if (found && (control == u'\n' || control == u'\r'))
        return QCoreApplication::translate("TextRules", "holds a line break; keep it on one line");
    if (found && control == u'\t')
        return QCoreApplication::translate("TextRules", "holds a tab character; use a space instead");
    if (found)
        return QCoreApplication::translate("TextRules", "holds the control character %1, which cannot be shown; "
                                                        "remove it").arg(codePoint(control));
    const qsizetype n = length(value);
    if (maxLength > 0 && n > maxLength)
        return QCoreApplication::translate("TextRules", "is %1 characters long; at most %2 fit")
            .arg(QLocale().toString(qint64(n)), QLocale().toString(maxLength));
    return {};
}

QString shown(const QString &value, int maxShown)
{
    QString text;
    int count = 0;
    bool cut = false;
    forEachCodePoint(value, [&](char32_t c) {
        if (count >= maxShown) {
            cut = true;
            return false;
        }
        ++count;
        if (isControl(c, Kind::SingleLine) || (QChar::category(c) == QChar::Other_Format))
            text += u'⟨' + codePoint(c) + u'⟩';
        else
            text += QString::fromUcs4(&c, 1);
        return true;
    });
    return cut ? text + QStringLiteral("…") : text;
}

} // namespace TextRules
