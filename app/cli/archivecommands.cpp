// csisms export: the archive bundle (csisms-archive/1).
#include "clicontext.h"
#include "commandline.h"

#include "archive/archiveexport.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace CliCommands {

int exportBundle(CliContext &c)
{
    const QString out = c.parser.value(QStringLiteral("out"));
    if (!c.parser.isSet(QStringLiteral("out")) || out.trimmed().isEmpty()) {
        c.err << CommandLine::tr("“export” needs --out FILE.zip: where to write the archive bundle.") << Qt::endl;
        return CommandLine::UsageError;
    }
    qint64 client = 0;
    if (c.parser.isSet(QStringLiteral("client"))
        && !(client = c.positiveId(QStringLiteral("client"), CommandLine::tr("“export --client” needs the id of a client "
                                                                              "(csisms clients list shows them)."))))
        return CommandLine::UsageError;
    const auto db = c.openDatabase(Database::Mode::Read);
    if (!db)
        return CommandLine::UsageError;
    if (client && !db->scalar(QStringLiteral("SELECT 1 FROM clients WHERE id = ?"), {client}).isValid()) {
        c.err << CommandLine::tr("There is no client with the id %1 (csisms clients list shows them).").arg(client) << Qt::endl;
        return CommandLine::Problems;
    }
    const ArchiveExport::Result result = ArchiveExport::write(*db, out, {}, client);
    if (!result.error.isEmpty()) {
        c.err << CommandLine::tr("The archive bundle was not written: %1").arg(result.error) << Qt::endl;
        return CommandLine::Problems;
    }
    c.err << (client ? CommandLine::tr("The dossier of client %1 written to %2: %3 tables, %4 records, %5 programme "
                                       "reports, %6 MB before compression.")
                           .arg(client)
                     : CommandLine::tr("Archive bundle written to %1: %2 tables, %3 records, %4 programme reports, %5 MB "
                                       "before compression."))
                 .arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()))
                 .arg(result.tables)
                 .arg(QLocale().toString(result.rows))
                 .arg(result.reports)
                 .arg(QLocale().toString(result.bytes / 1048576.0, 'f', 1))
          << Qt::endl;
    return CommandLine::Success;
}

} // namespace CliCommands

#include "archive/archiveimport.h"
#include "archive/dossiermerge.h"
#include "db/chainanchor.h"

#include <QFile>

namespace CliCommands {

namespace {

// A client's dossier into the database: what differs is shown, and taken from the bundle
// or kept as it is here only as --take says.
int importDossier(CliContext &c, const QString &bundle)
{
    const QString take = c.parser.value(QStringLiteral("take"));
    if (c.parser.isSet(QStringLiteral("take")) && take != QLatin1String("here") && take != QLatin1String("bundle")) {
        c.err << CommandLine::tr("--take is “here” (keep this database's values where they differ) or “bundle” (take the "
                                 "bundle's), not “%1”.")
                     .arg(take)
              << Qt::endl;
        return CommandLine::UsageError;
    }
    const auto db = c.openDatabase(Database::Mode::CreateOrUpgrade);
    if (!db)
        return CommandLine::UsageError;
    const DossierMerge::Plan plan = DossierMerge::plan(*db, bundle);
    if (!plan.error.isEmpty()) {
        c.err << plan.error << Qt::endl;
        return CommandLine::Problems;
    }
    c.out << (plan.localClientId ? CommandLine::tr("Dossier of %1 (client %2 here): %3 records new here, %4 differ, %5 the "
                                                   "same, %6 only here (kept).")
                                       .arg(plan.clientName)
                                       .arg(plan.localClientId)
                                 : CommandLine::tr("Dossier of %1, a client new here: %3 records new here, %4 differ, %5 the "
                                                   "same, %6 only here (kept).")
                                       .arg(plan.clientName, QString()))
                 .arg(plan.added())
                 .arg(plan.differing())
                 .arg(plan.same)
                 .arg(plan.localOnly)
          << Qt::endl;
    for (const DossierMerge::Record &r : plan.records) {
        if (r.kind != DossierMerge::Record::Differs)
            continue;
        c.out << CommandLine::tr("%1 differs (here: %2; bundle: %3):").arg(r.name, r.hereChanged, r.bundleChanged) << Qt::endl;
        for (const DossierMerge::Difference &f : r.differences)
            c.out << QStringLiteral("  %1: %2 | %3").arg(f.label, DossierMerge::displayValue(f.here),
                                                       DossierMerge::displayValue(f.bundle))
                  << Qt::endl;
    }
    if (plan.differing() > 0 && take.isEmpty()) {
        c.err << CommandLine::tr("Nothing was written: %n records differ. Choose record by record in the application (File → "
                                 "Import client dossier…), or pass --take here or --take bundle for all of them.",
                                 nullptr, plan.differing())
              << Qt::endl;
        return CommandLine::Problems;
    }
    if (!plan.hasWork()) {
        c.err << CommandLine::tr("Nothing to import: this database already holds the dossier as the bundle has it.") << Qt::endl;
        return CommandLine::Success;
    }
    QSet<int> chosen;
    if (take == QLatin1String("bundle"))
        for (int i = 0; i < plan.records.size(); ++i)
            chosen.insert(i);
    const DossierMerge::Result result = DossierMerge::apply(*db, plan, chosen);
    if (!result.error.isEmpty()) {
        c.err << result.error << Qt::endl;
        return CommandLine::Problems;
    }
    ChainAnchor::follow(*db);
    c.err << CommandLine::tr("Dossier imported as client %1: %2 records added, %3 taken from the bundle, %4 kept as they "
                             "were; %5 change-log entries of the other database kept.")
                 .arg(result.clientId)
                 .arg(result.added)
                 .arg(result.taken)
                 .arg(result.kept)
                 .arg(result.peerEntries)
          << Qt::endl;
    return CommandLine::Success;
}

} // namespace

int importBundle(CliContext &c)
{
    const QString bundle = c.words.value(1);
    const QString target = c.databasePath;
    const bool existed = QFile::exists(target);
    // Refused before the database is touched: a bad bundle writes nothing anywhere.
    ArchiveImport::Manifest manifest;
    if (const QString problem = ArchiveImport::verify(bundle, &manifest); !problem.isEmpty()) {
        c.err << problem << Qt::endl;
        return CommandLine::Problems;
    }
    if (manifest.scope == QLatin1String("client"))
        return importDossier(c, bundle);
    if (c.parser.isSet(QStringLiteral("take"))) {
        c.err << CommandLine::tr("--take applies to a client's dossier; this bundle is a whole database.") << Qt::endl;
        return CommandLine::UsageError;
    }
    int status = CommandLine::Success;
    {
        Database db;
        if (const DatabaseError error = db.open(target, Database::Mode::CreateOrUpgrade)) {
            c.err << error.message << Qt::endl;
            return CommandLine::UsageError;
        }
        if (!ArchiveImport::isEmpty(db)) {
            c.err << CommandLine::tr("%1 already holds records; a bundle is restored only into a new, empty database "
                                     "(--db NEW.sqlite).")
                         .arg(QDir::toNativeSeparators(target))
                  << Qt::endl;
            return CommandLine::UsageError;
        }
        const ArchiveImport::Result result = ArchiveImport::restore(db, bundle);
        if (!result.error.isEmpty()) {
            c.err << result.error << Qt::endl;
            status = CommandLine::Problems;
        } else {
            ChainAnchor::follow(db);
            c.err << CommandLine::tr("Restored %1 from %2: %3 tables, %4 records; the change log verifies.")
                         .arg(QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath()), QDir::toNativeSeparators(bundle))
                         .arg(result.tables)
                         .arg(QLocale().toString(result.rows))
                  << Qt::endl;
        }
    }
    // A database made for the restore goes again when the restore failed.
    if (status != CommandLine::Success && !existed)
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(target + suffix);
    return status;
}

} // namespace CliCommands
