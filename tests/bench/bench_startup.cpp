// Start to first paint (DESIGN.md budget < 1 s): the main window built, the database
// opened (with its checks) and the client list painted, on a demo database.
//
//   build/tests/bench/bench_startup --db FILE      (make FILE with: csisms --db FILE demo --clients 20000)

#include "i18n/language.h"
#include "main/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTextStream>

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);  // leave the user's settings alone
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int at = args.indexOf(QStringLiteral("--db"));
    if (at < 0 || at + 1 >= args.size()) {
        out << "usage: bench_startup --db FILE\n";
        return 2;
    }
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("zh_CN"));
    MainWindow window(languages);
    window.resize(1280, 800);
    window.show();
    const double windowMs = sinceStart.nsecsElapsed() / 1e6;
    const DatabaseError error = window.openDatabase(args.at(at + 1));
    if (error) {
        out << error.message << '\n';
        return 2;
    }
    window.grab();  // paints the window with the list filled
    out << QStringLiteral("window shown: %1 ms; database opened and list painted: %2 ms (budget 1000)\n")
               .arg(windowMs, 0, 'f', 0)
               .arg(sinceStart.nsecsElapsed() / 1e6, 0, 'f', 0);
    return 0;
}
