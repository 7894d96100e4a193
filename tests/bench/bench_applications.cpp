// Benchmarks of the Applications page on demo data (DESIGN.md budgets, `demo --clients
// 20000`): the page shown with each status filter (the work queue first, as it opens), one
// filter keystroke, the received-date filter, sorting, and opening an application in the
// editor.
//
//   build/tests/bench/bench_applications [--clients N] [--db FILE]
//
// Each figure is the median of several runs, in milliseconds.

#include "benchsupport.h"

#include "applications/applicationeditor.h"
#include "applications/applicationspage.h"
#include "db/database.h"
#include "demo/demodata.h"
#include "editing/session.h"
#include "itemmodels/applicationlistmodel.h"
#include "repositories/applicationrepository.h"

#include <QApplication>
#include <QComboBox>
#include <QScrollBar>
#include <QElapsedTimer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

namespace {

using BenchSupport::median;
using BenchSupport::timeMs;

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const BenchSupport::Options options = BenchSupport::options(app.arguments());
    const int clients = options.clients;
    QString path = options.path;
    QTemporaryDir dir;
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("bench.sqlite"));
    auto db = std::make_unique<Database>();
    if (const DatabaseError error = db->open(path)) {
        out << error.message << Qt::endl;
        return 2;
    }
    if (ApplicationRepository(*db).count() == 0) {
        DemoData::Result result;
        const double ms = timeMs([&] { result = DemoData::generate(*db, clients, 1); });
        out << QStringLiteral("demo --clients %1: %2 ms (%3 applications)\n").arg(clients).arg(ms, 0, 'f', 0).arg(result.applications);
    }
    const int total = ApplicationRepository(*db).count();
    out << QStringLiteral("applications in database: %1\n").arg(total);
    Session session(std::move(db));

    ApplicationsPage page;
    page.resize(1400, 900);
    page.setSession(&session);
    page.show();
    const auto paint = [&page] { page.view()->viewport()->grab(); };
    paint();

    const QStringList filters{QStringLiteral("work queue"), QStringLiteral("all open"), QStringLiteral("all")};
    for (int f = 0; f < 3; ++f) {
        QList<double> runs;
        for (int run = 0; run < 7; ++run) {
            page.setStatusFilter(f == 0 ? 1 : 0);   // away and back: the list is read again
            runs << timeMs([&] {
                page.setStatusFilter(f);
                paint();
            });
        }
        out << QStringLiteral("list shown, %1 (%2 rows): median %3 ms (budget 100)\n")
                   .arg(filters.at(f)).arg(page.model()->rowCount()).arg(median(runs), 0, 'f', 1);
    }
    page.setStatusFilter(0);
    for (int f : {0, 2}) {
        page.setStatusFilter(f);
        QList<double> keystrokes;
        const QStringList typed{QStringLiteral("成"), QStringLiteral("成都"), QStringLiteral("2026"), QStringLiteral("2026-0"),
                                QStringLiteral("科技"), QString()};
        for (int run = 0; run < 5; ++run)
            for (const QString &text : typed)
                keystrokes << timeMs([&] {
                    page.model()->setFilter(text);
                    paint();
                });
        out << QStringLiteral("filter keystroke in %1: median %2 ms, worst %3 ms (budget 50)\n")
                   .arg(filters.at(f)).arg(median(keystrokes), 0, 'f', 1)
                   .arg(*std::max_element(keystrokes.begin(), keystrokes.end()), 0, 'f', 1);
    }
    page.setStatusFilter(2);
    QList<double> ranges;
    for (int run = 0; run < 5; ++run)
        ranges << timeMs([&] {
            page.model()->setReceivedRange(QDate::currentDate().addDays(-90 - run), QDate());
            paint();
        });
    out << QStringLiteral("received in the last 90 days, of all (%1 rows): median %2 ms\n")
               .arg(page.model()->rowCount()).arg(median(ranges), 0, 'f', 1);
    page.model()->setReceivedRange(QDate(), QDate());
    QList<double> jumps;
    for (int run = 0; run < 5; ++run) {
        page.model()->refresh();
        jumps << timeMs([&] {
            page.view()->scrollToBottom();
            paint();
        });
    }
    out << QStringLiteral("all: jump to the last row (its page read): median %1 ms; rows held in memory: %2 of %3\n")
               .arg(median(jumps), 0, 'f', 1).arg(page.model()->cachedRowCount()).arg(page.model()->rowCount());
    QList<double> sorts;
    for (int column = 0; column < ApplicationListModel::ColumnCount; ++column)
        sorts << timeMs([&] {
            page.model()->sort(column, Qt::AscendingOrder);
            paint();
        });
    out << QStringLiteral("sort all (%1 rows) by a column: median %2 ms, worst %3 ms\n")
               .arg(page.model()->rowCount()).arg(median(sorts), 0, 'f', 1)
               .arg(*std::max_element(sorts.begin(), sorts.end()), 0, 'f', 1);
    QList<double> opens;
    for (int row = 0; row < 15; ++row) {
        const qint64 id = page.model()->idAt(row * 97 % page.model()->rowCount());
        opens << timeMs([&] {
            page.editor()->openRecord(id);
            page.editor()->grab();
        });
    }
    out << QStringLiteral("an application opened in the editor (read, checks, paint): median %1 ms, worst %2 ms\n")
               .arg(median(opens), 0, 'f', 1).arg(*std::max_element(opens.begin(), opens.end()), 0, 'f', 1);
    return 0;
}
