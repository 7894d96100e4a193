// Commands on applications: application check (no database), application export, applications list.

#include "clicontext.h"
#include "commandline.h"

#include "checks/applicationcheck.h"
#include "io/applicationfile.h"
#include "io/clientimport.h"
#include "io/csvwriter.h"
#include "repositories/applicationrepository.h"
#include "repositories/reviewrepository.h"
#include "repositories/referencerepository.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CliCommands {

int applicationCheck(CliContext &c)
{
    // No database: the shipped audit-time table and the default rule parameters.
    const RuleParameters parameters;
    const QString path = c.words.value(2);
    QByteArray bytes;
    ImportProblem problem;
    if (!ClientImport::readFile(path, qint64(parameters.importFileMaxMiB()) * 1024 * 1024, &bytes, &problem)) {
        c.err << problem.message << Qt::endl;
        return CommandLine::UsageError;
    }
    QString error;
    const std::optional<ApplicationFile> application = ApplicationFileFormat::parse(bytes, &error);
    if (!application) {
        c.err << QDir::toNativeSeparators(path) << QStringLiteral(": ") << error << Qt::endl;
        return CommandLine::UsageError;
    }
    const ApplicationCheck check =
        ApplicationCheck::run(*application, ReferenceRepository::shippedAuditTimeRows(), parameters);
    if (c.json)
        c.out << QJsonDocument(check.toJson()).toJson(QJsonDocument::Indented);
    else
        c.out << check.toText(*application);
    return check.acceptable ? CommandLine::Success : CommandLine::Problems;
}

int applicationExport(CliContext &c)
{
    const qint64 id = c.positiveId(QStringLiteral("id"), CommandLine::tr("“application export” needs --id N, the number of "
                                                                         "the application in the list (applications list "
                                                                         "shows it)."));
    if (id == 0)
        return CommandLine::UsageError;
    const auto db = c.openDatabase(Database::Mode::Read);
    if (!db)
        return CommandLine::UsageError;
    const std::optional<ApplicationFile> file = ReviewRepository(*db).exportFile(id);
    if (!file) {
        c.err << CommandLine::tr("There is no application with id %1; applications list shows the ids.").arg(id) << Qt::endl;
        return CommandLine::Problems;
    }
    c.out << QString::fromUtf8(ApplicationFileFormat::write(*file));
    return CommandLine::Success;
}

int applicationsList(CliContext &c)
{
    ApplicationListQuery query;
    if (c.parser.isSet(QStringLiteral("status"))) {
        const QString key = c.parser.value(QStringLiteral("status"));
        const std::optional<ApplicationRules::Status> status = ApplicationRules::statusFromKey(key);
        if (!status) {
            QStringList keys;
            for (ApplicationRules::Status s : ApplicationRules::allStatuses())
                keys << ApplicationRules::statusKey(s);
            c.err << CommandLine::tr("“%1” is not a status of an application; use one of: %2.")
                         .arg(key, keys.join(QStringLiteral(", "))) << Qt::endl;
            return CommandLine::UsageError;
        }
        query.statuses = {*status};
    }
    const auto db = c.openDatabase(Database::Mode::Read);
    if (!db)
        return CommandLine::UsageError;
    const QList<ApplicationListRow> rows = ApplicationRepository(*db).list(query);
    auto date = [](const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    if (c.json) {
        QJsonArray array;
        for (const ApplicationListRow &row : rows)
            array.append(QJsonObject{
                {QStringLiteral("id"), row.id},
                {QStringLiteral("number"), row.number},
                {QStringLiteral("client_id"), row.clientId},
                {QStringLiteral("client"), row.clientName},
                {QStringLiteral("type"), row.type},
                {QStringLiteral("received_on"), date(row.receivedOn)},
                {QStringLiteral("status"), ApplicationRules::statusKey(row.status)},
                {QStringLiteral("status_changed_on"), date(row.statusChangedOn)},
                {QStringLiteral("scope_classes"), QJsonArray::fromStringList(
                     row.scopeClasses.split(QStringLiteral(", "), Qt::SkipEmptyParts))},
                {QStringLiteral("personnel_total"), row.personnelTotal ? QJsonValue(*row.personnelTotal) : QJsonValue()}});
        c.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return CommandLine::Success;
    }
    c.out << CsvWriter::row({QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("client_id"), QStringLiteral("client"),
                             QStringLiteral("type"), QStringLiteral("received_on"), QStringLiteral("status"),
                             QStringLiteral("status_changed_on"), QStringLiteral("scope_classes"),
                             QStringLiteral("personnel_total")})
          << Qt::endl;
    for (const ApplicationListRow &row : rows)
        c.out << CsvWriter::row({QString::number(row.id), row.number, QString::number(row.clientId), row.clientName, row.type,
                                 date(row.receivedOn), ApplicationRules::statusKey(row.status), date(row.statusChangedOn),
                                 row.scopeClasses, row.personnelTotal ? QString::number(*row.personnelTotal) : QString()})
              << Qt::endl;
    return CommandLine::Success;
}

} // namespace CliCommands
