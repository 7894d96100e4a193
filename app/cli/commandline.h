#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// The command-line front end: `csisms [--db FILE] [--lang L] COMMAND ...`. Parses the
// arguments, opens the database, runs one command and returns the exit status
// (0 success or nothing found, 1 problems found or input rejected, 2 usage error or the
// database cannot be opened). Messages go to err in the chosen language.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum Status { Success = 0, Problems = 1, UsageError = 2 };

    // True when the arguments name a command (or ask for help/version) rather than the GUI.
    static bool isCommand(const QStringList &arguments);
    // Whether the command draws pages (a PDF report), so needs a QGuiApplication.
    static bool drawsPages(const QStringList &arguments);
    // The --db and --lang values given, for the GUI.
    static QString option(const QStringList &arguments, const QString &name);

    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
