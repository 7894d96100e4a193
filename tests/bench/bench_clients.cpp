// Benchmarks of the client register on demo data (DESIGN.md budgets, 20,000 clients):
// demo generation, the list shown, one filter keystroke, sorting, a deep page (how long
// data() blocks the GUI thread, how long until the worker's page arrives, and what reading
// it on the GUI thread would cost), the whole check.
//
//   build/tests/bench/bench_clients [--clients N] [--db FILE]
//
// Each interactive figure is the median of several runs, in milliseconds.

#include "benchsupport.h"

#include "checks/databasecheck.h"
#include "db/database.h"
#include "demo/clientdemo.h"
#include "itemmodels/clientlistmodel.h"
#include "repositories/clientrepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace {

using BenchSupport::median;
using BenchSupport::timeMs;

// Paints the view now (offscreen), as the first paint after a change would.
void paint(QTableView &view)
{
    view.viewport()->grab();
}

// What asking for a row on a page not loaded costs: how long data() blocks the calling
// (GUI) thread, and how long until the page has arrived (dataChanged for the row), both from
// the call. Milliseconds; arrival is negative when the page did not come within 30 s.
struct DeepRead
{
    double blockedMs = 0;
    double arrivedMs = 0;
};

DeepRead readDeepRow(ClientListModel &model, int row)
{
    DeepRead result;
    QEventLoop loop;
    bool arrived = false;
    const auto connection = QObject::connect(&model, &QAbstractItemModel::dataChanged, &loop,
                                             [&](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                                                 if (topLeft.row() <= row && row <= bottomRight.row()) {
                                                     arrived = true;
                                                     loop.quit();
                                                 }
                                             });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    model.index(row, ClientListModel::NameZh).data();
    result.blockedMs = timer.nsecsElapsed() / 1e6;
    if (!model.isLoading(row))
        arrived = true;   // read on this thread (no worker)
    else
        loop.exec();
    result.arrivedMs = arrived ? timer.nsecsElapsed() / 1e6 : -1;
    QObject::disconnect(connection);
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const BenchSupport::Options options = BenchSupport::options(app.arguments());
    int clients = options.clients;
    QString path = options.path;
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
    out << QStringLiteral("jump to the last row (its page read by the worker): %1 ms; rows held in memory: %2 of %3\n")
               .arg(scroll, 0, 'f', 1).arg(model.cachedRowCount()).arg(model.rowCount());

    {
        // A deep page on a fresh model: the first request also starts the worker and opens its
        // connection (Database::open checks the file); the next ones reuse it.
        ClientListModel deep;
        deep.setDatabase(&db);
        deep.index(0, 0).data();   // the first screenful, as a view shows it
        const int rows = deep.rowCount();
        const DeepRead first = readDeepRow(deep, rows * 3 / 4);
        QList<double> blocked;
        QList<double> arrived;
        QList<double> synchronous;
        for (int i = 1; i <= 9; ++i) {
            const int row = rows * i / 10 + 7;   // a page not read yet
            const DeepRead read = readDeepRow(deep, row);
            blocked << read.blockedMs;
            arrived << read.arrivedMs;
            const int offset = row / ClientListModel::PageSize * ClientListModel::PageSize;
            synchronous << timeMs([&] { ClientRepository(db).page(deep.query(), offset, ClientListModel::PageSize); });
        }
        out << QStringLiteral("deep page, first one (worker starts, opens its connection): data() blocks %1 µs, "
                              "page arrives after %2 ms\n")
                   .arg(first.blockedMs * 1000, 0, 'f', 0).arg(first.arrivedMs, 0, 'f', 1);
        out << QStringLiteral("deep page (rows 10%..90% of %1): data() blocks median %2 µs, worst %3 µs; "
                              "page arrives after median %4 ms, worst %5 ms\n")
                   .arg(rows)
                   .arg(median(blocked) * 1000, 0, 'f', 0)
                   .arg(*std::max_element(blocked.begin(), blocked.end()) * 1000, 0, 'f', 0)
                   .arg(median(arrived), 0, 'f', 1)
                   .arg(*std::max_element(arrived.begin(), arrived.end()), 0, 'f', 1);
        out << QStringLiteral("  the same pages read on the GUI thread, as data() did before: median %1 ms, worst %2 ms\n")
                   .arg(median(synchronous), 0, 'f', 1)
                   .arg(*std::max_element(synchronous.begin(), synchronous.end()), 0, 'f', 1);

        // Dragging the scroll bar: each step paints placeholders at once.
        QTableView dragged;
        dragged.resize(1200, 700);
        dragged.setModel(&deep);
        deep.refresh();
        dragged.show();
        paint(dragged);
        QList<double> steps;
        QScrollBar *bar = dragged.verticalScrollBar();
        for (int i = 1; i <= 20; ++i)
            steps << timeMs([&] {
                bar->setValue(bar->maximum() * i / 21);
                paint(dragged);
            });
        out << QStringLiteral("scroll bar dragged in 20 steps (set + repaint, pages not loaded): median %1 ms, worst %2 ms\n")
                   .arg(median(steps), 0, 'f', 2).arg(*std::max_element(steps.begin(), steps.end()), 0, 'f', 2);
    }

    const double check = timeMs([&] { DatabaseCheck::run(db); });
    out << QStringLiteral("check (integrity, chain, records, rules): %1 ms\n").arg(check, 0, 'f', 0);
    return 0;
}
