#include "archive/archiveexportrun.h"

#include "archive/archiveprogress.h"

#include <QCoreApplication>

namespace ArchiveExportRun {

ArchiveExport::Result run(QWidget *parent, const Database &db, const QString &path, qint64 clientId)
{
    ArchiveProgress progress(parent, QCoreApplication::translate("ArchiveExportRun", "Writing the archive bundle…"),
                             QStringLiteral("archiveProgress"));
    return ArchiveExport::write(db, path, [&](qint64 done, qint64 total) { return progress.step(done, total); }, clientId);
}

} // namespace ArchiveExportRun
