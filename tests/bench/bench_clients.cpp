// Benchmarks of the client register on demo data (DESIGN.md budgets, 20,000 clients):
// demo generation, the list shown, one filter keystroke, sorting, the whole check.
//
//   build/tests/bench/bench_clients [--clients N] [--db FILE]
//
// Each interactive figure is the median of several runs, in milliseconds.

#include "checks/databasecheck.h"
#include "db/database.h"
#include "demo/clientdemo.h"
#include "itemmodels/clientlistmodel.h"
#include "repositories/clientrepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

// Paints the view now (offscreen), as the first paint after a change would.
void paint(QTableView &view)
{
    view.viewport()->grab();
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QTextStream out(stdout);
    int clients = 20000;
    QString path;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--clients"))
            clients = args.at(i + 1).toInt();
        if (args.at(i) == QLatin1String("--db"))
            path = args.at(i + 1);
    }
    QTemporaryDir dir;
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("bench.sqlite"));

    Database db;
    if (const DatabaseError error = db.open(path)) {
        out << error.message << Qt::endl;
        return 2;
    }
    ClientRepository repository(db);
    if (repository.totalCount() == 0) {
        QString error;
        const double ms = timeMs([&] { ClientDemo::generate(db, clients, 1, {}, &error); });
        out << QStringLiteral("demo --clients %1: %2 ms\n").arg(clients).arg(ms, 0, 'f', 0);
    }
    clients = repository.totalCount();
    out << QStringLiteral("clients in database: %1\n").arg(clients);

    QList<double> shown;
    for (int run = 0; run < 7; ++run) {
        shown << timeMs([&] {
            ClientListModel model;
            QTableView view;
            view.resize(1200, 700);
            view.setSortingEnabled(true);
            view.setModel(&model);
            model.setDatabase(&db);
            view.show();
            paint(view);
        });
    }
    out << QStringLiteral("list page shown (model + view, first paint): %1 ms (budget 100)\n").arg(median(shown), 0, 'f', 1);

    ClientListModel model;
    QTableView view;
    view.resize(1200, 700);
    view.setModel(&model);
    model.setDatabase(&db);
    view.show();
    paint(view);

    QList<double> keystrokes;
    const QStringList typed{QStringLiteral("上"), QStringLiteral("上海"), QStringLiteral("上海云"), QStringLiteral("云"),
                            QStringLiteral("Tech"), QStringLiteral("9131"), QStringLiteral("王"), QString()};
    QHash<QString, QList<double>> perText;
    for (int run = 0; run < 5; ++run)
        for (const QString &text : typed) {
            const double ms = timeMs([&] {
                model.setFilter(text);
                paint(view);
            });
            keystrokes << ms;
            perText[text] << ms;
        }
    for (const QString &text : typed)
        out << QStringLiteral("  filter “%1”: median %2 ms, %3 rows\n")
                   .arg(text).arg(median(perText.value(text)), 0, 'f', 1).arg([&] { model.setFilter(text); return model.rowCount(); }());
    out << QStringLiteral("filter keystroke (query + repaint): median %1 ms, worst %2 ms (budget 50)\n")
               .arg(median(keystrokes), 0, 'f', 1)
               .arg(*std::max_element(keystrokes.begin(), keystrokes.end()), 0, 'f', 1);

    QList<double> sorts;
    for (int column = 0; column < ClientListModel::ColumnCount; ++column)
        sorts << timeMs([&] {
            model.sort(column, column % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
            paint(view);
        });
    out << QStringLiteral("sort by a column (query + repaint): median %1 ms\n").arg(median(sorts), 0, 'f', 1);

    const double scroll = timeMs([&] {
        view.scrollToBottom();
        paint(view);
    });
    out << QStringLiteral("jump to the last row: %1 ms; rows held in memory: %2 of %3\n")
               .arg(scroll, 0, 'f', 1).arg(model.cachedRowCount()).arg(model.rowCount());

    const double check = timeMs([&] { DatabaseCheck::run(db); });
    out << QStringLiteral("check (integrity, chain, records, rules): %1 ms\n").arg(check, 0, 'f', 0);
    return 0;
}
