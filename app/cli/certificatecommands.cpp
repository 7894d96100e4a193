// Commands on certificates and what is due: due (the Due page's list), certificates list
// (the register).

#include "clicontext.h"
#include "commandline.h"

#include "checks/duelist.h"
#include "io/csvwriter.h"
#include "repositories/certificaterepository.h"
#include "repositories/parameterrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CliCommands {

namespace {
QString iso(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
} // namespace

int due(CliContext &c)
{
    std::optional<int> days;
    if (c.parser.isSet(QStringLiteral("days"))) {
        bool ok = false;
        const int n = c.parser.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || n < 0 || n > 3650) {
            c.err << CommandLine::tr("--days takes a whole number of days from 0 to 3650, not “%1”.")
                         .arg(c.parser.value(QStringLiteral("days")))
                  << Qt::endl;
            return CommandLine::UsageError;
        }
        days = n;
    }
    const auto db = c.openDatabase(Database::Mode::Read);
    if (!db)
        return CommandLine::UsageError;
    const int horizon = days.value_or(ParameterRepository(*db).load().dueDays());
    const QDate today = QDate::currentDate();
    const QList<DueItem> items = DueList::compute(*db, today, horizon);
    if (c.json) {
        QJsonArray array;
        for (const DueItem &i : items)
            array.append(QJsonObject{{QStringLiteral("kind"), DueList::kindKey(i.kind)},
                                     {QStringLiteral("date"), iso(i.date)},
                                     {QStringLiteral("late"), i.late},
                                     {QStringLiteral("table"), i.table},
                                     {QStringLiteral("id"), i.row},
                                     {QStringLiteral("client_id"), i.clientId ? QJsonValue(i.clientId) : QJsonValue()},
                                     {QStringLiteral("name"), i.clientName},
                                     {QStringLiteral("subject"), i.subject},
                                     {QStringLiteral("detail"), i.detail}});
        c.out << QJsonDocument(QJsonObject{{QStringLiteral("today"), iso(today)},
                                           {QStringLiteral("days"), horizon},
                                           {QStringLiteral("items"), array}})
                     .toJson(QJsonDocument::Indented);
        return CommandLine::Success;
    }
    c.out << CsvWriter::row({QStringLiteral("date"), QStringLiteral("late"), QStringLiteral("kind"), QStringLiteral("name"),
                             QStringLiteral("subject"), QStringLiteral("detail"), QStringLiteral("table"), QStringLiteral("id")})
          << Qt::endl;
    for (const DueItem &i : items)
        c.out << CsvWriter::row({iso(i.date), i.late ? QStringLiteral("yes") : QStringLiteral("no"), DueList::kindKey(i.kind),
                                 i.clientName, i.subject, i.detail, i.table, QString::number(i.row)})
              << Qt::endl;
    return CommandLine::Success;
}

int certificatesList(CliContext &c)
{
    const auto db = c.openDatabase(Database::Mode::Read);
    if (!db)
        return CommandLine::UsageError;
    const QList<CertificateListRow> rows = CertificateRepository(*db).list(QDate::currentDate());
    if (c.json) {
        QJsonArray array;
        for (const CertificateListRow &r : rows)
            array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                     {QStringLiteral("number"), r.number},
                                     {QStringLiteral("client_id"), r.clientId},
                                     {QStringLiteral("client"), r.clientName},
                                     {QStringLiteral("credit_code"), r.creditCode},
                                     {QStringLiteral("status"), CertificateRules::statusCode(r.status)},
                                     {QStringLiteral("status_text"), CertificateRules::statusLabel(r.status)},
                                     {QStringLiteral("first_issued_on"), iso(r.firstIssuedOn)},
                                     {QStringLiteral("issued_on"), iso(r.issuedOn)},
                                     {QStringLiteral("expires_on"), iso(r.expiresOn)},
                                     {QStringLiteral("scope_zh"), r.scopeZh},
                                     {QStringLiteral("scope_en"), r.scopeEn}});
        c.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return CommandLine::Success;
    }
    c.out << CsvWriter::row({QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("client_id"), QStringLiteral("client"),
                             QStringLiteral("credit_code"), QStringLiteral("status"), QStringLiteral("first_issued_on"),
                             QStringLiteral("issued_on"), QStringLiteral("expires_on"), QStringLiteral("scope_zh"),
                             QStringLiteral("scope_en")})
          << Qt::endl;
    for (const CertificateListRow &r : rows)
        c.out << CsvWriter::row({QString::number(r.id), r.number, QString::number(r.clientId), r.clientName, r.creditCode,
                                 CertificateRules::statusCode(r.status), iso(r.firstIssuedOn), iso(r.issuedOn), iso(r.expiresOn),
                                 r.scopeZh, r.scopeEn})
              << Qt::endl;
    return CommandLine::Success;
}

} // namespace CliCommands
