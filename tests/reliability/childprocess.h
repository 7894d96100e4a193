#pragma once

// Starts the real `csisms` program as a child process in an environment of its own (its
// settings and data folders in a temporary folder, never the user's), for the harnesses
// that need a process boundary: SIGKILL at any moment, several processes on one file.

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace ChildProcess {

inline QProcessEnvironment environment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

inline std::unique_ptr<QProcess> start(const QString &home, const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment(home));
    process->setProgram(QStringLiteral(CSISMS_PROGRAM));
    process->setArguments(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
    process->start();
    return process;
}

struct Result
{
    int status = -1;
    bool crashed = false;
    QString out;
    QString err;
    qint64 ms = 0;
};

inline Result finish(QProcess &process, int timeoutMs = 120000)
{
    Result r;
    QElapsedTimer timer;
    timer.start();
    if (!process.waitForFinished(timeoutMs))
        process.kill(), process.waitForFinished();
    r.ms = timer.elapsed();
    r.crashed = process.exitStatus() == QProcess::CrashExit;
    r.status = process.exitCode();
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

inline Result run(const QString &home, const QStringList &arguments, int timeoutMs = 120000)
{
    QElapsedTimer timer;
    timer.start();
    auto process = start(home, arguments);
    Result r = finish(*process, timeoutMs);
    r.ms = timer.elapsed();
    return r;
}

} // namespace ChildProcess
