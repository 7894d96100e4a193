#pragma once

#include "reports/reportdocument.h"
#include "reports/reportlanguage.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

class Database;

// The printed lists: the due list of a date range (what the Due page shows, for a manager
// to hand out) and the certificate register (what the body publishes under 5.1.1 (7):
// number, client, scope, status and dates). Each reads the database inside the report's
// language, so the domain's texts (kinds, statuses, reasons) are in that language too. And
// the public information sheet: the eleven items of 5.1.1 with the body's texts (Settings →
// Public information), item (7) with the register's figures on the day.
namespace ListReports {

// What is due from `from` to `to` (inclusive), and what is already late on `from`.
ReportDocument dueList(Database &db, const QDate &from, const QDate &to, ReportLanguage::Mode mode,
                       const QDateTime &generated = QDateTime::currentDateTime());
// Every certificate with its status on `on` (expired ones included when `withEnded`).
ReportDocument certificateRegister(Database &db, const QDate &on, ReportLanguage::Mode mode, bool withEnded = true,
                                   const QDateTime &generated = QDateTime::currentDateTime());

// The public information sheet (5.1.1) with the register's figures on `on`.
ReportDocument informationSheet(Database &db, ReportLanguage::Mode mode, const QDate &on = QDate::currentDate(),
                                const QDateTime &generated = QDateTime::currentDateTime());

} // namespace ListReports
