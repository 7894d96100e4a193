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
    const auto db = c.openDatabase(Database::Mode::Read);
    if (!db)
        return CommandLine::UsageError;
    const ArchiveExport::Result result = ArchiveExport::write(*db, out);
    if (!result.error.isEmpty()) {
        c.err << CommandLine::tr("The archive bundle was not written: %1").arg(result.error) << Qt::endl;
        return CommandLine::Problems;
    }
    c.err << CommandLine::tr("Archive bundle written to %1: %2 tables, %3 records, %4 MB before compression.")
                 .arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()))
                 .arg(result.tables)
                 .arg(QLocale().toString(result.rows))
                 .arg(QLocale().toString(result.bytes / 1048576.0, 'f', 1))
          << Qt::endl;
    return CommandLine::Success;
}

} // namespace CliCommands

#include "archive/archiveimport.h"
#include "db/chainanchor.h"

#include <QFile>

namespace CliCommands {

int importBundle(CliContext &c)
{
    const QString bundle = c.words.value(1);
    const QString target = c.databasePath;
    const bool existed = QFile::exists(target);
    // Refused before the database is touched: a bad bundle writes nothing anywhere.
    if (const QString problem = ArchiveImport::verify(bundle); !problem.isEmpty()) {
        c.err << problem << Qt::endl;
        return CommandLine::Problems;
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
