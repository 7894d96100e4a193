#include "archive/archiverestorerun.h"

#include "archive/archiveprogress.h"

#include <QCoreApplication>

namespace ArchiveRestoreRun {

ArchiveImport::Result run(QWidget *parent, Database &db, const QString &bundle)
{
    ArchiveProgress progress(parent, QCoreApplication::translate("ArchiveRestoreRun", "Restoring the archive bundle…"),
                             QStringLiteral("restoreProgress"));
    return ArchiveImport::restore(db, bundle, [&](int done, int total) { return progress.step(done, total); });
}

} // namespace ArchiveRestoreRun
