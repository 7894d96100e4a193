#include "archive/archiverestorerun.h"

#include <QApplication>
#include <QProgressDialog>

namespace ArchiveRestoreRun {

ArchiveImport::Result run(QWidget *parent, Database &db, const QString &bundle)
{
    QProgressDialog progress(QCoreApplication::translate("ArchiveRestoreRun", "Restoring the archive bundle…"),
                             QCoreApplication::translate("ArchiveRestoreRun", "Cancel"), 0, 1000, parent);
    progress.setObjectName(QStringLiteral("restoreProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    return ArchiveImport::restore(db, bundle, [&](int done, int total) {
        progress.setValue(total > 0 ? std::min(999, int(qint64(done) * 1000 / total)) : 0);
        QApplication::processEvents();   // the window repaints and Cancel answers
        return !progress.wasCanceled();
    });
}

} // namespace ArchiveRestoreRun
