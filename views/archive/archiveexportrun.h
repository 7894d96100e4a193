#pragma once

#include "archive/archiveexport.h"

class Database;
class QWidget;

// The archive export from the window: the bundle written with a progress dialog over the
// window (modal, so nothing is written to the database meanwhile) that shows how far it
// has come and offers Cancel; a cancelled or failed export leaves no file.
namespace ArchiveExportRun {

// clientId > 0: that client's dossier only.
ArchiveExport::Result run(QWidget *parent, const Database &db, const QString &path, qint64 clientId = 0);

} // namespace ArchiveExportRun
