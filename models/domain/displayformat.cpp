#include "displayformat.h"

#include <QLocale>

namespace DisplayFormat {

QString date(const QDate &date)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    if (locale.language() == QLocale::Chinese)
        return locale.toString(date, QStringLiteral("yyyy年M月d日"));
    return locale.toString(date, QStringLiteral("d MMM yyyy"));
}

QString dateTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    return date(local.date()) + u' ' + QLocale().toString(local.time(), QStringLiteral("HH:mm"));
}

} // namespace DisplayFormat
