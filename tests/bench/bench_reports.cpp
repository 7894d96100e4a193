// Printed reports on the demo: one audit programme report built and written as PDF (budget
// 300 ms, DESIGN.md) in each language, and a batch of 1,000 programme reports into one PDF
// and into one PDF per client. Every report carries the body's letterhead with a logo (a
// 600 × 240 picture is set, logged, when the database has none).
//   bench_reports [--clients N] [--db FILE]

#include "benchsupport.h"

#include "db/database.h"
#include "demo/demodata.h"
#include "repositories/bodysettingsrepository.h"
#include "reports/programmereport.h"
#include "reports/reportbatch.h"
#include "repositories/programmerepository.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using BenchSupport::median;
using BenchSupport::timeMs;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const BenchSupport::Options options = BenchSupport::options(app.arguments());
    QTemporaryDir dir;
    const QString path = options.path.isEmpty() ? dir.filePath(QStringLiteral("bench.sqlite")) : options.path;
    Database db;
    if (!BenchSupport::openDemo(db, path, options.clients, out))
        return 2;
    if (BodySettingsRepository(db).load().bodyLogo.isEmpty()) {
        QImage logo(600, 240, QImage::Format_RGB32);
        logo.fill(Qt::white);
        QPainter painter(&logo);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor(0x1f, 0x4e, 0x79));
        painter.drawEllipse(QRectF(10, 10, 220, 220));
        for (int i = 0; i < 6; ++i)
            painter.drawRect(QRectF(260 + i * 55, 80, 30, 80));
        painter.end();
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        logo.save(&buffer, "PNG");
        BodySettingsRepository(db).setValue(QStringLiteral("body_logo"), QString::fromLatin1(png.toBase64()));
    }
    QList<qint64> ids;
    QSqlQuery q = db.exec(QStringLiteral("SELECT p.id FROM programmes p ORDER BY (SELECT count(*) FROM audits a "
                                         "WHERE a.programme_id = p.id) DESC, p.id LIMIT 1000"));
    while (q.next())
        ids << q.value(0).toLongLong();
    out << QStringLiteral("database: %1 programmes; reports of the %2 with the most audits\n")
               .arg(ProgrammeRepository(db).count())
               .arg(ids.size());

    // One report: read, built and written, in each language.
    for (ReportLanguage::Mode mode : {ReportLanguage::Mode::Chinese, ReportLanguage::Mode::English, ReportLanguage::Mode::Bilingual}) {
        QList<double> times;
        int pages = 0;
        for (int i = 0; i < 15 && i < ids.size(); ++i)
            times << timeMs([&] {
                QString error;
                const auto data = ProgrammeReportData::readProgramme(db, ids.at(i), &error);
                ReportRenderer::writePdf(ProgrammeReport::build(*data, mode), dir.filePath(QStringLiteral("one.pdf")), &pages);
            });
        out << QStringLiteral("one programme report (%1), read + built + PDF written: %2 ms median (budget 300 ms), %3 pages\n")
                   .arg(ReportLanguage::key(mode))
                   .arg(median(times), 0, 'f', 1)
                   .arg(pages);
    }

    // A batch of 1,000.
    ReportBatch::Result result;
    double ms = timeMs([&] {
        result = ReportBatch::write(db, ids, ReportLanguage::Mode::Chinese, ReportBatch::Target::OneFile,
                                    dir.filePath(QStringLiteral("batch.pdf")));
    });
    out << QStringLiteral("batch of %1 into one PDF: %2 s, %3 pages, %4 MB%5\n")
               .arg(result.reports)
               .arg(ms / 1000, 0, 'f', 1)
               .arg(result.pages)
               .arg(QFileInfo(dir.filePath(QStringLiteral("batch.pdf"))).size() / 1048576.0, 0, 'f', 1)
               .arg(result.error.isEmpty() ? QString() : QStringLiteral(" — ") + result.error);
    ms = timeMs([&] {
        result = ReportBatch::write(db, ids, ReportLanguage::Mode::Chinese, ReportBatch::Target::FilePerClient,
                                    dir.filePath(QStringLiteral("each")));
    });
    out << QStringLiteral("batch of %1, one PDF per client: %2 s, %3 files\n")
               .arg(result.reports)
               .arg(ms / 1000, 0, 'f', 1)
               .arg(result.files.size());
    return 0;
}
