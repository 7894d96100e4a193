#pragma once

#include "archive/archiveimport.h"

class Database;
class QWidget;

// A restore from an archive bundle in the window (File → Restore archive bundle…): the
// bundle put into `db` (a new, empty database) with a modal progress dialog over the
// window that offers Cancel; a cancelled or failed restore writes nothing.
namespace ArchiveRestoreRun {

ArchiveImport::Result run(QWidget *parent, Database &db, const QString &bundle);

} // namespace ArchiveRestoreRun
