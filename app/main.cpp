// CSISMS Desk: one binary; a command runs the command line, no command opens the window.

#include "cli/commandline.h"
#include "main/guiapplication.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

#include <unistd.h>

namespace {
QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CSISMS"));
    QCoreApplication::setApplicationName(QStringLiteral("CSISMS Desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CSISMS_VERSION));
}
} // namespace

int main(int argc, char **argv)
{
    const QStringList arguments = argumentsOf(argc, argv);
    if (CommandLine::isCommand(arguments)) {
        // Commands that draw pages (PDF reports) need fonts, so a QGuiApplication, on the
        // offscreen platform: a command never needs a display.
        std::unique_ptr<QCoreApplication> application;
        if (CommandLine::drawsPages(arguments)) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            // The folder Qt would fall back to (and warn about on every run) when none is set.
            if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
                const QString runtime = QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(getuid());
                if (QDir().mkpath(runtime) && QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                                                 | QFileDevice::ExeOwner))
                    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
            }
            application = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            application = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication &app = *application;
        nameApplication();
        QTextStream out(stdout);
        QTextStream err(stderr);
        try {
            return CommandLine::run(app.arguments(), out, err);
        } catch (const std::exception &e) {
            // CommandLine::run turns every error of a command into a message; this is the
            // last line for anything before or after it (memory running out).
            err << "csisms: " << QString::fromLocal8Bit(e.what()) << Qt::endl;
            return CommandLine::UsageError;
        }
    }
    GuiApplication app(argc, argv);
    nameApplication();
    return runGui(app, CommandLine::option(arguments, QStringLiteral("db")),
                  CommandLine::option(arguments, QStringLiteral("lang")));
}
