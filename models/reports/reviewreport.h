#pragma once

#include "reports/reportdocument.h"
#include "reports/reportlanguage.h"

#include <QDateTime>
#include <QString>

class Database;

// The application review record (申请评审记录, cb-forms.md): the application's data (number,
// client, address, contact, standard, scope, scope classes, personnel, sites, outsourced
// processes), the review's checks (eligibility E1–E10, competence per scope class, the
// findings by rule), the audit-time calculation (effective personnel, table days, each
// adjustment with its reason, stage 1 / stage 2 / on-site / surveillance / recertification
// days), the decision with its reasons, and the reviewer's and the finaliser's sign-off.
// A finalised review prints the figures it kept; a draft prints them as computed now.
namespace ReviewReport {

// The review `id` in `mode`; *error set (and an empty document) when there is none.
ReportDocument build(Database &db, qint64 id, ReportLanguage::Mode mode, QString *error,
                     const QDateTime &generated = QDateTime::currentDateTime());

} // namespace ReviewReport
