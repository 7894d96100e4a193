// The archive bundle of the whole demo database: its data (data/*.json, csv/*.csv,
// manifest with SHA-256) timed against `sqlite3 -csv` dumping the same tables in the same
// run (budget: within 3×, DESIGN.md); then the whole bundle with every programme report
// (reports/*.pdf); then the restore of the bundle into a new database, with the process's
// peak memory.
//   bench_archive [--clients N] [--db FILE] [--data-only]   (--data-only: no reports, no restore)

#include "benchsupport.h"

#include "archive/archiveexport.h"
#include "db/database.h"
#include "demo/demodata.h"
#include "repositories/programmerepository.h"

#include "archive/archiveimport.h"

#include <QGuiApplication>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using BenchSupport::timeMs;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");   // fonts for the reports, no display
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const BenchSupport::Options options = BenchSupport::options(app.arguments());
    QTemporaryDir dir;
    const QString path = options.path.isEmpty() ? dir.filePath(QStringLiteral("bench.sqlite")) : options.path;
    QStringList tables;
    {
        Database db;
        if (!BenchSupport::openDemo(db, path, options.clients, out))
            return 2;
        tables = ArchiveExport::tables(db);
        out << QStringLiteral("database: %1 MB, %2 tables\n").arg(QFileInfo(path).size() / 1048576.0, 0, 'f', 0).arg(tables.size());
        ArchiveExport::Result result;
        const QString bundle = dir.filePath(QStringLiteral("bundle.zip"));
        const double ms = timeMs([&] { result = ArchiveExport::write(db, bundle, {}, 0, false); });
        out << QStringLiteral("archive bundle, data only: %1 s, %2 records, %3 MB of files, %4 MB zip%5\n")
                   .arg(ms / 1000, 0, 'f', 1)
                   .arg(result.rows)
                   .arg(result.bytes / 1048576.0, 0, 'f', 0)
                   .arg(QFileInfo(bundle).size() / 1048576.0, 0, 'f', 0)
                   .arg(result.error.isEmpty() ? QString() : QStringLiteral(" — ") + result.error);
        // sqlite3 -csv on the same tables, each to its own file.
        const double dump = timeMs([&] {
            for (const QString &table : std::as_const(tables)) {
                QProcess p;
                p.setStandardOutputFile(dir.filePath(table + QStringLiteral(".csv")));
                p.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), QStringLiteral("-csv"), QStringLiteral("-header"), path,
                                                    QStringLiteral("SELECT * FROM \"%1\"").arg(table)});
                p.waitForFinished(-1);
            }
        });
        qint64 csvBytes = 0;
        for (const QString &table : std::as_const(tables))
            csvBytes += QFileInfo(dir.filePath(table + QStringLiteral(".csv"))).size();
        out << QStringLiteral("sqlite3 -csv of the same tables: %1 s, %2 MB; the bundle takes %3×\n")
                   .arg(dump / 1000, 0, 'f', 1)
                   .arg(csvBytes / 1048576.0, 0, 'f', 0)
                   .arg(ms / dump, 0, 'f', 2);
        out.flush();
        if (app.arguments().contains(QStringLiteral("--data-only")))
            return 0;
        const QString whole = dir.filePath(QStringLiteral("whole.zip"));
        const double withReports = timeMs([&] { result = ArchiveExport::write(db, whole); });
        out << QStringLiteral("archive bundle with reports: %1 s, %2 programme reports (%3 ms each beyond the data), %4 MB zip%5\n")
                   .arg(withReports / 1000, 0, 'f', 1)
                   .arg(result.reports)
                   .arg(result.reports ? (withReports - ms) / result.reports : 0.0, 0, 'f', 1)
                   .arg(QFileInfo(whole).size() / 1048576.0, 0, 'f', 0)
                   .arg(result.error.isEmpty() ? QString() : QStringLiteral(" — ") + result.error);
        out.flush();
        Database restored(QStringLiteral("restored"));
        if (restored.open(dir.filePath(QStringLiteral("restored.sqlite"))))
            return 2;
        ArchiveImport::Result r;
        const double restoreMs = timeMs([&] { r = ArchiveImport::restore(restored, bundle); });
        out << QStringLiteral("restore of the data bundle into a new database: %1 s, %2 records, peak memory of the process %3 MB%4\n")
                   .arg(restoreMs / 1000, 0, 'f', 1)
                   .arg(r.rows)
                   .arg(BenchSupport::peakMemoryMiB(), 0, 'f', 0)
                   .arg(r.error.isEmpty() ? QString() : QStringLiteral(" — ") + r.error);
    }
    return 0;
}
