// Benchmarks of the Due page on demo data (budget "Due page computed and shown: 300 ms",
// `demo --clients 20000`): DueList::compute alone (with the reading of the programmes it
// starts from timed apart), and the page given the session with its model filled and the
// view painted; then a keystroke in the filter, a kind chosen and a longer horizon.
//
//   build/tests/bench/bench_due [--clients N] [--db FILE]
//
// Each figure is the median of several runs, in milliseconds.

#include "benchsupport.h"

#include "checks/duelist.h"
#include "common/columnfitter.h"
#include "db/database.h"
#include "demo/demodata.h"
#include "due/duepage.h"
#include "editing/session.h"
#include "itemmodels/duelistmodel.h"
#include "repositories/parameterrepository.h"
#include "repositories/programmerepository.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <map>

namespace {

using BenchSupport::median;
using BenchSupport::timeMs;

constexpr double kBudgetMs = 300;

// Counts the paints of a widget, so a figure "painted" is known to include one.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

// Lets the window system's events (layout, expose, the update request) run: the view paints.
void settle()
{
    QCoreApplication::processEvents();
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const BenchSupport::Options options = BenchSupport::options(app.arguments());
    QString path = options.path;
    QTemporaryDir dir;
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("bench.sqlite"));
    auto db = std::make_unique<Database>();
    if (const DatabaseError error = db->open(path)) {
        out << error.message << Qt::endl;
        return 2;
    }
    if (ProgrammeRepository(*db).count() == 0) {
        DemoData::Result result;
        const double ms = timeMs([&] { result = DemoData::generate(*db, options.clients, 1); });
        out << QStringLiteral("demo --clients %1: %2 ms (%3 programmes)\n").arg(options.clients).arg(ms, 0, 'f', 0).arg(result.programmes);
    }
    const auto count = [&db](const char *table) {
        return db->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt();
    };
    out << QStringLiteral("database: %1 clients, %2 programmes, %3 audits, %4 findings, %5 certificates, %6 contracts, %7 auditors\n")
               .arg(count("clients")).arg(count("programmes")).arg(count("audits")).arg(count("audit_findings"))
               .arg(count("certificates")).arg(count("contracts")).arg(count("auditors"));

    const QDate today = QDate::currentDate();
    const int days = ParameterRepository(*db).load().dueDays();

    // DueList::compute alone, and the programmes it starts from.
    QList<double> computed, programmesRead;
    QList<DueItem> items;
    int programmes = 0;
    for (int run = 0; run < 5; ++run) {
        computed << timeMs([&] { items = DueList::compute(*db, today, days); });
        programmesRead << timeMs([&] { programmes = int(ProgrammeRepository(*db).loadSchedules().size()); });
    }
    std::map<int, int> byKind;
    int late = 0;
    for (const DueItem &item : std::as_const(items)) {
        ++byKind[int(item.kind)];
        late += item.late ? 1 : 0;
    }
    out << QStringLiteral("DueList::compute (%1 days): %2 ms — %3 items, %4 late\n")
               .arg(days).arg(median(computed), 0, 'f', 1).arg(items.size()).arg(late);
    out << QStringLiteral("  of which ProgrammeRepository::loadSchedules: %1 ms (%2 programmes)\n")
               .arg(median(programmesRead), 0, 'f', 1).arg(programmes);
    for (const auto &[kind, n] : byKind)
        out << QStringLiteral("  %1: %2\n").arg(DueList::kindKey(DueItem::Kind(kind)), -22).arg(n);

    // The page: the session given, the model filled and the view painted.
    Session session(std::move(db));
    DuePage page;
    page.resize(1500, 1000);
    PaintCounter viewPaints(page.view()->viewport());
    QList<double> shown;
    int unpainted = 0;
    for (int run = 0; run < 5; ++run) {
        page.setSession(nullptr);
        page.hide();
        QCoreApplication::processEvents();
        const int before = viewPaints.paints;
        shown << timeMs([&] {
            page.setSession(&session);
            page.show();
            settle();
        });
        unpainted += viewPaints.paints == before ? 1 : 0;
    }
    const double shownMs = median(shown);
    out << QStringLiteral("Due page computed and shown: %1 ms (budget %2 ms) — %3 rows%4\n")
               .arg(shownMs, 0, 'f', 1).arg(kBudgetMs, 0, 'f', 0).arg(page.model()->rowCount())
               .arg(shownMs > kBudgetMs ? QStringLiteral(" OVER BUDGET") : QString());
    if (unpainted > 0)
        out << QStringLiteral("  (the list was not painted in %1 of the runs: the figure misses the painting)\n").arg(unpainted);
    out << QStringLiteral("  DueList::compute alone: %1 ms (%2 the budget)\n")
               .arg(median(computed), 0, 'f', 1)
               .arg(median(computed) > kBudgetMs ? QStringLiteral("over") : QStringLiteral("within"));

    // A keystroke in the filter (in memory), a kind chosen, a longer horizon (computed again).
    const QString word = items.isEmpty() ? QStringLiteral("云") : items.first().clientName.left(2);
    QList<double> typed, kind, horizon;
    for (int run = 0; run < 5; ++run) {
        typed << timeMs([&] {
            page.filterEdit()->setText(word);
            settle();
        });
        page.filterEdit()->clear();
        kind << timeMs([&] {
            page.kindBox()->setCurrentIndex(1 + run % int(DueList::kinds().size()));
            settle();
        });
        page.kindBox()->setCurrentIndex(0);
        horizon << timeMs([&] {
            page.daysBox()->setValue(days * 3 + run);
            settle();
        });
    }
    out << QStringLiteral("filter keystroke (“%1”): %2 ms; kind chosen: %3 ms; horizon of %4 days: %5 ms (%6 rows)\n")
               .arg(word).arg(median(typed), 0, 'f', 1).arg(median(kind), 0, 'f', 1).arg(days * 3 + 4)
               .arg(median(horizon), 0, 'f', 1).arg(page.model()->rowCount());

    // Where the page's own time goes, on the list of the parameter's horizon.
    page.daysBox()->setValue(days);
    QCoreApplication::processEvents();
    QList<double> filtered, fitted, painted;
    for (int run = 0; run < 5; ++run) {
        filtered << timeMs([&] { page.model()->setFilter(run % 2 ? QString() : QStringLiteral(" ")); });
        fitted << timeMs([&] { ColumnFitter::fit(page.view(), 24); });
        painted << timeMs([&] { page.repaint(); });
    }
    out << QStringLiteral("  the page's part: model filled from the list %1 ms, columns fitted %2 ms, painted %3 ms\n")
               .arg(median(filtered), 0, 'f', 1).arg(median(fitted), 0, 'f', 1).arg(median(painted), 0, 'f', 1);
    page.setSession(nullptr);
    return 0;
}
