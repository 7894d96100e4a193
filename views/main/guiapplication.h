#pragma once

#include <QApplication>
#include <QString>

// The desktop application object. Qt does not let exceptions pass through its event
// loop; an exception that a handler did not catch (a database error the code did not
// expect, memory running out) is caught here and shown in a message box instead of
// ending the program. The write it interrupted has rolled back by then.
class GuiApplication : public QApplication
{
    Q_OBJECT

public:
    GuiApplication(int &argc, char **argv);
    bool notify(QObject *receiver, QEvent *event) override;

private:
    void report(const QString &what);
    bool m_reporting = false;
};

// Runs the desktop application: chooses the language (the argument, else the saved
// setting, else the system's), shows the main window with its remembered layout,
// opens the database (the argument, else the last one used when it still exists,
// else Database::defaultPath()), asks for the user profile when none is remembered for
// it, and runs the event loop. Returns the exit code.
// The caller sets the organisation and application names first (QSettings uses them).
int runGui(QApplication &app, const QString &databasePath, const QString &language);
