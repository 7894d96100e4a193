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
