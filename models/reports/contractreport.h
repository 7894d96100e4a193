#pragma once

#include "reports/reportdocument.h"
#include "reports/reportlanguage.h"

#include <QDateTime>
#include <QString>

class Database;

// The contract summary (认证合同摘要): number, version and what it amends, the parties, the
// status with its dates, the application and scope it covers, the audit time carried from
// the review, the fee items with their total, and the duties of both parties (rules 5.3.2)
// each marked acknowledged or not; signature boxes for both parties.
namespace ContractReport {

ReportDocument build(Database &db, qint64 id, ReportLanguage::Mode mode, QString *error,
                     const QDateTime &generated = QDateTime::currentDateTime());

} // namespace ContractReport
