// Commands on applications: application check (no database).

#include "clicontext.h"
#include "commandline.h"

#include "checks/applicationcheck.h"
#include "io/applicationfile.h"
#include "io/clientimport.h"
#include "repositories/referencerepository.h"

#include <QDir>
#include <QJsonDocument>

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

} // namespace CliCommands
