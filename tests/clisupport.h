#pragma once

// Runs the command line in-process, as `csisms ARGUMENTS…` would, and keeps its exit
// status and both output streams.

#include "cli/commandline.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace CliSupport {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

inline Run csisms(const QStringList &arguments)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.status = CommandLine::run(QStringList{QStringLiteral("csisms")} + arguments, out, err);
    out.flush();
    err.flush();
    return run;
}

} // namespace CliSupport
