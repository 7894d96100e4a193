#pragma once

#include <QString>

class QApplication;

// Runs the desktop application: chooses the language (the argument, else the saved
// setting, else the system's), shows the main window with its remembered layout,
// opens the database (the argument, else the last one used when it still exists,
// else Database::defaultPath()), asks for the user profile when none is remembered for
// it, and runs the event loop. Returns the exit code.
// The caller sets the organisation and application names first (QSettings uses them).
int runGui(QApplication &app, const QString &databasePath, const QString &language);
