#pragma once

// What the benchmarks share: the median of runs, a timed piece of work, and the options
// --clients N (demo size, default 20000) and --db FILE (an existing database, else a
// temporary one).

#include <QElapsedTimer>
#include <QList>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace BenchSupport {

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
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

} // namespace BenchSupport
