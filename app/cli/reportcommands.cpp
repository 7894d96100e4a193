// Reports written to files: report cnca (the CNCA monthly information report) and report
// certsearch (the IAF CertSearch upload sheet). Both only read the database.

#include "clicontext.h"
#include "commandline.h"

#include "repositories/bodysettingsrepository.h"
#include "reports/listreports.h"
#include "reports/programmereport.h"
#include "reports/regulatoryexport.h"
#include "reports/reviewreport.h"

#include <QDir>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace CliCommands {

namespace {

// The --out of a report command, or empty after saying what is missing.
QString outPath(CliContext &c, const QString &command, const QString &example)
{
    const QString out = c.parser.isSet(QStringLiteral("out")) ? c.parser.value(QStringLiteral("out")) : QString();
    if (out.trimmed().isEmpty())
        c.err << CommandLine::tr("“%1” needs --out %2: the file to write the report to.").arg(command, example) << Qt::endl;
    return out.trimmed().isEmpty() ? QString() : out;
}

} // namespace

int reportCnca(CliContext &c)
{
    const QString command = QStringLiteral("report cnca");
    if (!c.parser.isSet(QStringLiteral("month"))) {
        c.err << CommandLine::tr("“report cnca” needs --month YYYY-MM: the month to report, e.g. --month 2026-03 "
                                 "for March 2026.")
              << Qt::endl;
        return CommandLine::UsageError;
    }
    const QString given = c.parser.value(QStringLiteral("month"));
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(given.trimmed());
    const int year = match.hasMatch() ? match.captured(1).toInt() : 0;
    const int month = match.hasMatch() ? match.captured(2).toInt() : 0;
    if (!match.hasMatch() || year < 1 || month < 1 || month > 12) {
        c.err << CommandLine::tr("--month takes a month as YYYY-MM, the year and the month 01 to 12 (e.g. 2026-03), "
                                 "not “%1”.")
                     .arg(given)
              << Qt::endl;
        return CommandLine::UsageError;
    }
    const QString out = outPath(c, command, QStringLiteral("FILE.xlsx"));
    if (out.isEmpty())
        return CommandLine::UsageError;

    const auto db = c.openDatabase(Database::Mode::Read);
    if (!db)
        return CommandLine::UsageError;
    if (BodySettingsRepository(*db).load().approvalNumber.trimmed().isEmpty())
        c.err << CommandLine::tr("Warning: the body's CNCA approval number (认证机构批准号) is not set, so the 批准号 "
                                 "columns are empty. Set it in the settings before uploading the report.")
              << Qt::endl;
    CncaMonth written;
    const QString error = RegulatoryExport::writeCnca(*db, year, month, out, &written);
    if (!error.isEmpty()) {
        c.err << error << Qt::endl;
        return CommandLine::Problems;
    }
    // The audit results sheet has a row per team member (one for an audit without a team).
    int resultRows = 0;
    for (const CncaAuditResult &r : std::as_const(written.results))
        resultRows += std::max(1, int(r.team.size()));
    c.err << CommandLine::tr("CNCA report %1-%2, rows: %3 audit plans, %4 certificates, %5 audit results written to %6.")
                 .arg(year, 4, 10, QLatin1Char('0'))
                 .arg(month, 2, 10, QLatin1Char('0'))
                 .arg(written.plans.size())
                 .arg(written.certificates.size())
                 .arg(resultRows)
                 .arg(QDir::toNativeSeparators(out))
          << Qt::endl;
    return CommandLine::Success;
}

int reportCertSearch(CliContext &c)
{
    const QString out = outPath(c, QStringLiteral("report certsearch"), QStringLiteral("FILE.xlsx"));
    if (out.isEmpty())
        return CommandLine::UsageError;
    const auto db = c.openDatabase(Database::Mode::Read);
    if (!db)
        return CommandLine::UsageError;
    QStringList problems;
    QList<CertSearchEntry> written;
    const QString error = RegulatoryExport::writeCertSearch(*db, QDate::currentDate(), out, &problems, &written);
    for (const QString &problem : std::as_const(problems))
        c.err << problem << Qt::endl;
    if (!error.isEmpty()) {
        c.err << error << Qt::endl;
        return CommandLine::Problems;
    }
    c.err << CommandLine::tr("IAF CertSearch sheet, rows: %1 certificates written to %2. Accreditation Status is “%3” "
                             "for every certificate: CSISMS does not record accreditation.")
                 .arg(written.size())
                 .arg(QDir::toNativeSeparators(out), RegulatoryExport::accreditationStatus())
          << Qt::endl;
    return CommandLine::Success;
}

} // namespace CliCommands

namespace CliCommands {

namespace {

// The report's language: --lang, else the language of the messages.
ReportLanguage::Mode reportLanguage(const CliContext &c)
{
    const QString requested = c.parser.isSet(QStringLiteral("lang")) ? c.parser.value(QStringLiteral("lang")) : QLocale().name();
    return ReportLanguage::fromKey(requested).value_or(ReportLanguage::Mode::English);
}

// --from or --to as a date, or invalid after saying what is wrong.
QDate dayOption(CliContext &c, const QString &name, const QString &command)
{
    const QString given = c.parser.value(name).trimmed();
    const QDate day = QDate::fromString(given, Qt::ISODate);
    if (!c.parser.isSet(name))
        c.err << CommandLine::tr("“%1” needs --%2 YYYY-MM-DD.").arg(command, name) << Qt::endl;
    else if (!day.isValid() || given.size() != 10)
        c.err << CommandLine::tr("--%1 takes a date as YYYY-MM-DD (e.g. 2026-03-31), not “%2”.").arg(name, given) << Qt::endl;
    return given.size() == 10 ? day : QDate();
}

int writePdfReport(CliContext &c, const ReportDocument &document, const QString &out, const QString &what,
                   ReportLanguage::Mode mode)
{
    int pages = 0;
    const QString error = ReportRenderer::writePdf(document, out, &pages);
    if (!error.isEmpty()) {
        c.err << error << Qt::endl;
        return CommandLine::Problems;
    }
    c.err << CommandLine::tr("%1 (%n page(s), %2) written to %3.", nullptr, pages)
                 .arg(what, ReportLanguage::key(mode), QDir::toNativeSeparators(out))
          << Qt::endl;
    return CommandLine::Success;
}

} // namespace

int reportDue(CliContext &c)
{
    const QString command = QStringLiteral("report due");
    const QDate from = dayOption(c, QStringLiteral("from"), command);
    if (!from.isValid())
        return CommandLine::UsageError;
    const QDate to = dayOption(c, QStringLiteral("to"), command);
    if (!to.isValid())
        return CommandLine::UsageError;
    if (to < from || from.daysTo(to) > 3650) {
        c.err << CommandLine::tr("--to must be on or after --from, and at most ten years later.") << Qt::endl;
        return CommandLine::UsageError;
    }
    const QString out = outPath(c, command, QStringLiteral("FILE.pdf"));
    if (out.isEmpty())
        return CommandLine::UsageError;
    const ReportLanguage::Mode mode = reportLanguage(c);
    const auto db = c.openDatabase(Database::Mode::Read);
    if (!db)
        return CommandLine::UsageError;
    return writePdfReport(c, ListReports::dueList(*db, from, to, mode), out, CommandLine::tr("Due list"), mode);
}

namespace {

// A report of the whole database that needs nothing but --out (and --lang): the register,
// the information sheet.
int databaseReport(CliContext &c, const QString &command, const QString &what,
                   const std::function<ReportDocument(Database &, ReportLanguage::Mode)> &build)
{
    const QString out = outPath(c, command, QStringLiteral("FILE.pdf"));
    if (out.isEmpty())
        return CommandLine::UsageError;
    const ReportLanguage::Mode mode = reportLanguage(c);
    const auto db = c.openDatabase(Database::Mode::Read);
    if (!db)
        return CommandLine::UsageError;
    return writePdfReport(c, build(*db, mode), out, what, mode);
}

} // namespace

int reportRegister(CliContext &c)
{
    return databaseReport(c, QStringLiteral("report register"), CommandLine::tr("Certificate register"),
                          [](Database &db, ReportLanguage::Mode mode) {
                              return ListReports::certificateRegister(db, QDate::currentDate(), mode);
                          });
}

int reportInfoSheet(CliContext &c)
{
    return databaseReport(c, QStringLiteral("report info-sheet"), CommandLine::tr("Public information sheet"),
                          [](Database &db, ReportLanguage::Mode mode) { return ListReports::informationSheet(db, mode); });
}

int reportReview(CliContext &c)
{
    const qint64 id = c.positiveId(QStringLiteral("id"), CommandLine::tr("“report review” needs --id N, the id of the application review."));
    if (id == 0)
        return CommandLine::UsageError;
    const QString out = outPath(c, QStringLiteral("report review"), QStringLiteral("FILE.pdf"));
    if (out.isEmpty())
        return CommandLine::UsageError;
    const ReportLanguage::Mode mode = reportLanguage(c);
    const auto db = c.openDatabase(Database::Mode::Read);
    if (!db)
        return CommandLine::UsageError;
    QString error;
    const ReportDocument document = ReviewReport::build(*db, id, mode, &error);
    if (!error.isEmpty()) {
        c.err << error << Qt::endl;
        return CommandLine::Problems;
    }
    return writePdfReport(c, document, out, CommandLine::tr("Application review record"), mode);
}

int reportProgramme(CliContext &c)
{
    const QString command = QStringLiteral("report programme");
    const qint64 clientId = c.positiveId(
        QStringLiteral("client"), CommandLine::tr("“report programme” needs --client ID, the id of the client (clients list shows it)."));
    if (clientId == 0)
        return CommandLine::UsageError;
    const QString out = outPath(c, command, QStringLiteral("FILE.pdf"));
    if (out.isEmpty())
        return CommandLine::UsageError;
    const ReportLanguage::Mode mode = reportLanguage(c);

    const auto db = c.openDatabase(Database::Mode::Read);
    if (!db)
        return CommandLine::UsageError;
    QString error;
    const std::optional<ProgrammeReportData> data = ProgrammeReportData::read(*db, clientId, &error);
    if (!data) {
        c.err << error << Qt::endl;
        return CommandLine::Problems;
    }
    return writePdfReport(c, ProgrammeReport::build(*data, mode), out,
                          CommandLine::tr("Audit programme report of %1").arg(data->client.nameZh), mode);
}

} // namespace CliCommands
