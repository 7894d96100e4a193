#pragma once

#include <QDate>
#include <QMetaType>
#include <QString>
#include <QVariant>

// Conversions between value-type fields and bound SQL values shared by the repositories:
// dates are ISO 'YYYY-MM-DD' text, an invalid date or empty text is NULL.
namespace SqlValues {

inline QVariant date(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

inline QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

// Text for a NOT NULL column: trimmed, and never a null QString (which binds as NULL).
inline QVariant text(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isNull() ? QVariant(QStringLiteral("")) : QVariant(trimmed);
}

// Like text() but keeps leading and trailing spaces and line breaks (notes).
inline QVariant longText(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

inline QVariant nullableText(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(trimmed);
}

inline QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QVariant flag(bool value) { return value ? 1 : 0; }

// A LIKE pattern matching the word anywhere, with % _ \ escaped (use ESCAPE '\').
inline QString containsPattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace SqlValues
