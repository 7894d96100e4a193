#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// Dates and times as the user reads them in the language in force (QLocale's default,
// which LanguageManager sets): 2026年11月3日 / 3 Nov 2026, with the time as 14:05. Stored
// values stay ISO 8601; only what is shown goes through here.
namespace DisplayFormat {

QString date(const QDate &date);
QString dateTime(const QDateTime &time);   // shown in local time

} // namespace DisplayFormat
