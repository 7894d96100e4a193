#pragma once

#include "domain/application.h"
#include "domain/certificate.h"
#include "domain/client.h"
#include "domain/programme.h"
#include "repositories/programmerepository.h"
#include "reports/reportdocument.h"
#include "reports/reportframe.h"
#include "reports/reportlanguage.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

class Database;

// The audit programme report (审核方案): what CB programme forms hold that applies to
// CSISMS (../shared/domain/cb-forms.md) — the client, sites and shifts, scope, services,
// certificate and cycle dates; the cycle's timeline as a picture; every audit with its
// window, dates, days, method, team, shifts, services, coverage and findings; coverage by
// clause; the rule check with every violation; and the sign-offs. Not held, so not printed:
// the client's permits, outsourced processes and multi-site sampling reasons.
struct ProgrammeReportData
{
    ReportFrame frame;                         // the body: header, letterhead, footer
    Client client;
    Programme programme;
    std::optional<Application> application;   // of the contract the programme was made from
    QString contractNumber;
    std::optional<Certificate> certificate;   // issued from this cycle's decision
    ProgrammeCheckContext context;             // catalogue, auditors, rule parameters
    int version = 0;                           // change-log entries of the programme
    QDateTime generated;

    // The client's current programme (the newest cycle), read from the database; nullopt
    // with *error set when the client or its programme does not exist.
    static std::optional<ProgrammeReportData> read(Database &db, qint64 clientId, QString *error);
    // The same for one programme.
    static std::optional<ProgrammeReportData> readProgramme(Database &db, qint64 programmeId, QString *error);
};

namespace ProgrammeReport {

// The report in `mode` (built once per language it holds).
ReportDocument build(const ProgrammeReportData &data, ReportLanguage::Mode mode);

} // namespace ProgrammeReport
