#pragma once

// What the benchmarks share: the median of runs, a timed piece of work, the process's peak
// memory, and the options
// --clients N (demo size, default 20000) and --db FILE (an existing database, else a
// temporary one).

#include "db/database.h"
#include "demo/demodata.h"
#include "repositories/programmerepository.h"

#include <QElapsedTimer>
#include <QTextStream>
#include <QList>
#include <QStringList>

#include <algorithm>
#include <functional>

#include <sys/resource.h>

namespace BenchSupport {

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// The most memory the process has held so far (its peak resident set), in MiB.
inline double peakMemoryMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;   // kilobytes on Linux
}

inline double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

struct Options
{
    int clients = 20000;
    QString path;   // empty: a temporary database
};

inline Options options(const QStringList &args)
{
    Options o;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--clients"))
            o.clients = args.at(i + 1).toInt();
        if (args.at(i) == QLatin1String("--db"))
            o.path = args.at(i + 1);
    }
    return o;
}

// Opens the database at `path`, filling it with the demo of `clients` (timed, printed) when
// it has no programme yet; false after printing why it cannot be opened.
inline bool openDemo(Database &db, const QString &path, int clients, QTextStream &out)
{
    if (const DatabaseError error = db.open(path)) {
        out << error.message << Qt::endl;
        return false;
    }
    if (ProgrammeRepository(db).count() == 0) {
        const double ms = timeMs([&] { DemoData::generate(db, clients, 1); });
        out << QStringLiteral("demo --clients %1: %2 ms\n").arg(clients).arg(ms, 0, 'f', 0);
    }
    return true;
}

} // namespace BenchSupport
