// Commands on the database as a whole: init, demo, backup, check.

#include "clicontext.h"
#include "commandline.h"

#include "checks/databasecheck.h"
#include "db/chainanchor.h"
#include "db/changelog.h"
#include "demo/demodata.h"
#include "repositories/clientrepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CliCommands {

int init(CliContext &c)
{
    const auto db = c.openDatabase(Database::Mode::CreateOrUpgrade);
    if (!db)
        return CommandLine::UsageError;
    c.err << (!db->wasCreated() ? CommandLine::tr("Database ready: %1 (schema version %2).")
                      : CommandLine::tr("New database created: %1 (schema version %2)."))
                 .arg(QDir::toNativeSeparators(db->path()))
                 .arg(db->schemaVersion())
          << Qt::endl;
    return CommandLine::Success;
}

int demo(CliContext &c)
{
    bool ok = true;
    const int count = c.parser.isSet(QStringLiteral("clients")) ? c.parser.value(QStringLiteral("clients")).toInt(&ok) : 200;
    if (!ok || count < 1 || count > 1000000) {
        c.err << CommandLine::tr("--clients needs a whole number from 1 to 1000000.") << Qt::endl;
        return CommandLine::UsageError;
    }
    const uint seed = c.parser.isSet(QStringLiteral("seed")) ? c.parser.value(QStringLiteral("seed")).toUInt(&ok) : 1;
    if (!ok) {
        c.err << CommandLine::tr("--seed needs a whole number from 0 to 4294967295.") << Qt::endl;
        return CommandLine::UsageError;
    }
    const auto db = c.openDatabase(Database::Mode::CreateOrUpgrade);
    if (!db)
        return CommandLine::UsageError;
    QElapsedTimer timer;
    timer.start();
    const DemoData::Result result = DemoData::generate(*db, count, seed);
    if (!result) {
        c.err << result.error << Qt::endl;
        return result.busy ? CommandLine::UsageError : CommandLine::Problems;
    }
    c.err << CommandLine::tr("%n demo client(s), %1 auditors, %2 applications, %3 audit programmes and %4 certificates "
                             "written to %5 in %6 s.",
                             nullptr, result.clients)
                 .arg(result.auditors)
                 .arg(result.applications)
                 .arg(result.programmes)
                 .arg(result.certificates)
                 .arg(QDir::toNativeSeparators(db->path()))
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return CommandLine::Success;
}

int backup(CliContext &c)
{
    if (!c.parser.isSet(QStringLiteral("out"))) {
        c.err << CommandLine::tr("backup needs --out FILE: where to write the copy.") << Qt::endl;
        return CommandLine::UsageError;
    }
    const auto db = c.openDatabase(Database::Mode::Read);
    if (!db)
        return CommandLine::UsageError;
    const QString target = c.parser.value(QStringLiteral("out"));
    QString error;
    if (!db->backupTo(target, &error)) {
        c.err << CommandLine::tr("The backup was not written: %1.").arg(error) << Qt::endl;
        return CommandLine::Problems;
    }
    c.err << CommandLine::tr("Backup written to %1.").arg(QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath()))
          << Qt::endl;
    return CommandLine::Success;
}

int check(CliContext &c)
{
    const auto db = c.openDatabase(Database::Mode::Read, false);
    if (!db)
        return CommandLine::UsageError;
    const CheckReport report = DatabaseCheck::run(*db, ChainAnchor::stored(db->path()));
    if (c.json) {
        QJsonArray findings;
        for (const CheckFinding &f : report.findings)
            findings.append(QJsonObject{
                {QStringLiteral("kind"), f.kind},
                {QStringLiteral("rule"), f.rule.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.rule)},
                {QStringLiteral("severity"), f.severity},
                {QStringLiteral("table"), f.table.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.table)},
                {QStringLiteral("row"), f.row ? QJsonValue(f.row) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("message"), f.message}});
        const QJsonObject root{
            {QStringLiteral("ok"), report.errorCount() == 0},
            {QStringLiteral("schema_version"), report.schemaVersion},
            {QStringLiteral("change_log"), QJsonObject{{QStringLiteral("entries"), report.changeLogEntries},
                                                       {QStringLiteral("head"), report.headHash},
                                                       {QStringLiteral("intact"), report.chainIntact}}},
            {QStringLiteral("errors"), report.errorCount()},
            {QStringLiteral("warnings"), report.warningCount()},
            {QStringLiteral("findings"), findings}};
        c.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        for (const CheckFinding &f : report.findings) {
            const QString severity = f.severity == QLatin1String("error") ? CommandLine::tr("error") : CommandLine::tr("warning");
            c.out << severity << u':' << u' ';
            if (!f.rule.isEmpty())
                c.out << u'[' << f.rule << u']' << u' ';
            c.out << f.message << Qt::endl;
        }
        c.err << (report.chainIntact
                      ? CommandLine::tr("%n change-log entries checked; the chain is intact.", nullptr, int(report.changeLogEntries))
                      : CommandLine::tr("%n change-log entries checked; the chain is BROKEN.", nullptr, int(report.changeLogEntries)))
              << Qt::endl
              << CommandLine::tr("Errors: %1. Warnings: %2.").arg(report.errorCount()).arg(report.warningCount()) << Qt::endl;
    }
    return report.errorCount() == 0 ? CommandLine::Success : CommandLine::Problems;
}

} // namespace CliCommands
