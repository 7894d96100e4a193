// Commands on audit programmes: programme check and programme propose (no database),
// programme export (one client's current programme from the database).

#include "clicontext.h"
#include "commandline.h"

#include "io/clientimport.h"
#include "io/programmefile.h"
#include "repositories/parameterrepository.h"
#include "repositories/programmerepository.h"
#include "repositories/referencerepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace CliCommands {

namespace {

ProgrammePlanner::Catalogue shippedCatalogue()
{
    ProgrammePlanner::Catalogue catalogue;
    for (const Control &c : ReferenceRepository::shippedControls()) {
        catalogue.ids << c.code;
        catalogue.clauses << c.clause;
    }
    return catalogue;
}

// The programme file named on the command line, or nullopt after saying why.
std::optional<Programme> readProgramme(CliContext &c, const RuleParameters &parameters, const QStringList &catalogue)
{
    const QString path = c.words.value(2);
    QByteArray bytes;
    ImportProblem problem;
    if (!ClientImport::readFile(path, qint64(parameters.importFileMaxMiB()) * 1024 * 1024, &bytes, &problem)) {
        c.err << problem.message << Qt::endl;
        return std::nullopt;
    }
    QString error;
    std::optional<Programme> programme = ProgrammeFileFormat::parse(bytes, catalogue, &error);
    if (!programme)
        c.err << QDir::toNativeSeparators(path) << QStringLiteral(": ") << error << Qt::endl;
    return programme;
}

} // namespace

QJsonObject programmeCheckJson(const QList<ProgrammeViolation> &violations)
{
    QJsonArray list;
    for (const ProgrammeViolation &v : violations)
        list.append(QJsonObject{{QStringLiteral("rule"), v.finding.rule},
                                {QStringLiteral("severity"), RuleFinding::severityKey(v.finding.severity)},
                                {QStringLiteral("audit"), v.audit >= 0 ? QJsonValue(v.audit) : QJsonValue()},
                                {QStringLiteral("message"), v.finding.message}});
    return QJsonObject{{QStringLiteral("valid"), !ProgrammeRules::hasErrors(violations)},
                       {QStringLiteral("violations"), list}};
}

int programmeCheck(CliContext &c)
{
    // No database: the shipped catalogue and the default rule parameters.
    const RuleParameters parameters;
    const ProgrammePlanner::Catalogue catalogue = shippedCatalogue();
    const std::optional<Programme> programme = readProgramme(c, parameters, catalogue.ids);
    if (!programme)
        return CommandLine::UsageError;
    const QList<ProgrammeViolation> violations = ProgrammeRules::check(*programme, catalogue.ids, parameters);
    if (c.json) {
        c.out << QJsonDocument(programmeCheckJson(violations)).toJson(QJsonDocument::Indented);
    } else {
        for (const ProgrammeViolation &v : violations) {
            const QString where = v.audit >= 0 ? CommandLine::tr("audit %1").arg(v.audit) : CommandLine::tr("programme");
            c.out << (v.finding.severity == RuleFinding::Error ? CommandLine::tr("error") : CommandLine::tr("warning"))
                  << QStringLiteral("  ") << where << QStringLiteral("  ") << v.finding.message << Qt::endl;
        }
        int errors = 0;
        for (const ProgrammeViolation &v : violations)
            errors += v.finding.severity == RuleFinding::Error;
        c.out << (errors ? CommandLine::tr("Not valid: %n error(s)", nullptr, errors)
                         : CommandLine::tr("Valid"))
              << CommandLine::tr(", %n warning(s).", nullptr, int(violations.size()) - errors) << Qt::endl;
    }
    return ProgrammeRules::hasErrors(violations) ? CommandLine::Problems : CommandLine::Success;
}

int programmePropose(CliContext &c)
{
    const RuleParameters parameters;
    const ProgrammePlanner::Catalogue catalogue = shippedCatalogue();
    const std::optional<Programme> programme = readProgramme(c, parameters, catalogue.ids);
    if (!programme)
        return CommandLine::UsageError;
    const Programme proposed = ProgrammePlanner::propose(*programme, catalogue, parameters);
    const QByteArray bytes = ProgrammeFileFormat::write(proposed, parameters.cycleYears());
    if (c.parser.isSet(QStringLiteral("out"))) {
        const QString out = c.parser.value(QStringLiteral("out"));
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            c.err << CommandLine::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(out), file.errorString()) << Qt::endl;
            return CommandLine::UsageError;
        }
    } else {
        c.out << QString::fromUtf8(bytes);
    }
    // What the rules still find (the audits given may not allow a clean programme).
    const QList<ProgrammeViolation> violations = ProgrammeRules::check(proposed, catalogue.ids, parameters);
    for (const ProgrammeViolation &v : violations)
        c.err << v.finding.message << Qt::endl;
    return ProgrammeRules::hasErrors(violations) ? CommandLine::Problems : CommandLine::Success;
}

int programmeExport(CliContext &c)
{
    const qint64 clientId = c.positiveId(
        QStringLiteral("client"), CommandLine::tr("“programme export” needs --client ID, the id of the client (clients list shows it)."));
    if (clientId == 0)
        return CommandLine::UsageError;
    const auto db = c.openDatabase(Database::Mode::Read);
    if (!db)
        return CommandLine::UsageError;
    const ProgrammeRepository programmes(*db);
    const qint64 id = programmes.currentOf(clientId);
    const std::optional<Programme> programme = id > 0 ? programmes.load(id) : std::nullopt;
    if (!programme) {
        c.err << CommandLine::tr("Client %1 has no audit programme; programmes are made from a signed contract.").arg(clientId)
              << Qt::endl;
        return CommandLine::Problems;
    }
    c.out << QString::fromUtf8(ProgrammeFileFormat::write(*programme, ParameterRepository(*db).load().cycleYears()));
    return CommandLine::Success;
}

} // namespace CliCommands
