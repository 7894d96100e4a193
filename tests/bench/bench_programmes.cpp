// Benchmarks of audit programmes on demo data (DESIGN.md and issue 9 budgets, `demo
// --clients 20000`): every programme in the database checked as `csisms check` does it
// (load all, every P-rule and the teams; budget 2 s), the Programmes page shown, one
// programme opened in the editor (timeline, audits, coverage, rule check), and one date
// edit re-checked with everything it updates (budget 50 ms).
//
//   build/tests/bench/bench_programmes [--clients N] [--db FILE]
//
// Each figure is the median of several runs, in milliseconds.

#include "benchsupport.h"

#include "db/database.h"
#include "demo/demodata.h"
#include "editing/session.h"
#include "itemmodels/programmelistmodel.h"
#include "programmes/auditform.h"
#include "programmes/programmeeditor.h"
#include "programmes/programmespage.h"
#include "repositories/auditorrepository.h"
#include "repositories/parameterrepository.h"
#include "repositories/programmerepository.h"
#include "common/optionaldateedit.h"

#include <QApplication>
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
    if (ProgrammeRepository(*db).count() == 0) {
        DemoData::Result result;
        const double ms = timeMs([&] { result = DemoData::generate(*db, clients, 1); });
        out << QStringLiteral("demo --clients %1: %2 ms (%3 programmes)\n").arg(clients).arg(ms, 0, 'f', 0).arg(result.programmes);
    }
    const int total = ProgrammeRepository(*db).count();
    const int audits = db->scalar(QStringLiteral("SELECT count(*) FROM audits")).toInt();
    out << QStringLiteral("programmes in database: %1, audits: %2\n").arg(total).arg(audits);

    // Every programme checked, as check does it.
    QList<double> load, checked, all;
    int findings = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const ProgrammeRepository repository(*db);
        const ProgrammeCheckContext context = ProgrammeCheckContext::load(*db);
        const QList<Programme> programmes = repository.loadAll();
        load << timer.nsecsElapsed() / 1e6;
        findings = 0;
        const double checkMs = timeMs([&] {
            for (const Programme &p : programmes)
                findings += int(ProgrammeRepository::check(p, context).size());
        });
        checked << checkMs;
        all << timer.nsecsElapsed() / 1e6;
    }
    out << QStringLiteral("all programmes checked: %1 ms (loading %2 ms, rules %3 ms; %4 findings)\n")
               .arg(median(all), 0, 'f', 1).arg(median(load), 0, 'f', 1).arg(median(checked), 0, 'f', 1).arg(findings);

    QList<double> listed;
    for (int run = 0; run < 5; ++run)
        listed << timeMs([&] { (void)ProgrammeRepository(*db).list(); });
    out << QStringLiteral("the list read (ProgrammeRepository::list): %1 ms\n").arg(median(listed), 0, 'f', 1);

    Session session(std::move(db));
    ProgrammesPage page;
    page.resize(1500, 1000);
    QList<double> shown;
    for (int run = 0; run < 5; ++run)
        shown << timeMs([&] {
            page.setSession(&session);
            page.show();
            QCoreApplication::processEvents();
        });
    out << QStringLiteral("page shown with the list: %1 ms (%2 rows)\n").arg(median(shown), 0, 'f', 1).arg(page.model()->rowCount());

    ProgrammeEditor *editor = page.editor();
    QList<double> opened, edited;
    for (int run = 0; run < 7; ++run) {
        const qint64 id = page.model()->idAt(run % page.model()->rowCount());
        opened << timeMs([&] {
            page.openStored(id);
            QCoreApplication::processEvents();
        });
        editor->tabs()->setCurrentIndex(ProgrammeEditor::AuditsTab);
        editor->selectAudit(int(editor->auditsView()->model()->rowCount()) - 1);
        QCoreApplication::processEvents();
        OptionalDateEdit *end = editor->auditForm()->plannedEnd();
        const QDate day = end->value();
        edited << timeMs([&] {
            end->setValue(day.addDays(1));
            QCoreApplication::processEvents();
        });
        editor->revert();
    }
    out << QStringLiteral("programme opened in the editor: %1 ms\n").arg(median(opened), 0, 'f', 1);
    out << QStringLiteral("one date edit re-checked (rules, timeline, table, coverage, violations): %1 ms (worst %2)\n")
               .arg(median(edited), 0, 'f', 1).arg(*std::max_element(edited.begin(), edited.end()), 0, 'f', 1);
    return 0;
}
