#include "archive/archiveexportrun.h"

#include <QApplication>
#include <QProgressDialog>

namespace ArchiveExportRun {

ArchiveExport::Result run(QWidget *parent, const Database &db, const QString &path, qint64 clientId)
{
    QProgressDialog progress(QCoreApplication::translate("ArchiveExportRun", "Writing the archive bundle…"),
                             QCoreApplication::translate("ArchiveExportRun", "Cancel"), 0, 1000, parent);
    progress.setObjectName(QStringLiteral("archiveProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    return ArchiveExport::write(db, path, [&](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(std::min<qint64>(999, done * 1000 / total)) : 0);
        QApplication::processEvents();   // the window repaints and Cancel answers
        return !progress.wasCanceled();
    }, clientId);
}

} // namespace ArchiveExportRun
