#include "reportbatch.h"

#include "db/database.h"
#include "reports/programmereport.h"
#include "reports/reportdocument.h"

#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTemporaryDir>

namespace {

struct Built
{
    ReportDocument document;
    QString clientName;
    qint64 programmeId = 0;
};

} // namespace

QString ReportBatch::fileName(qint64 programmeId, const QString &clientName)
{
    QString name = clientName;
    // Characters no file system takes, and control characters, become "_".
    for (QChar &c : name)
        if (c.unicode() < 0x20 || QStringLiteral("/\\\\:*?\"<>|").contains(c))
            c = u'_';
    name = name.trimmed().left(80);
    return QStringLiteral("AP-%1 %2.pdf").arg(programmeId, 6, 10, QLatin1Char('0')).arg(name).trimmed();
}

ReportBatch::Result ReportBatch::write(Database &db, const QList<qint64> &programmeIds, ReportLanguage::Mode mode,
                                       Target target, const QString &path, const Progress &progress)
{
    Result result;
    const int total = int(programmeIds.size());
    if (total == 0) {
        result.error = tr("There is no programme report to write: no client has audits in those dates.");
        return result;
    }
    const auto build = [&](qint64 id, Built *out) -> bool {
        QString error;
        const std::optional<ProgrammeReportData> data = ProgrammeReportData::readProgramme(db, id, &error);
        if (!data) {
            result.error = error;
            return false;
        }
        out->document = ProgrammeReport::build(*data, mode);
        out->clientName = data->client.nameZh;
        out->programmeId = id;
        return true;
    };

    if (target == Target::OneFile) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            result.error = tr("The file %1 cannot be written: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString());
            return result;
        }
        {
            QPdfWriter writer(&file);
            writer.setCreator(QStringLiteral("CSISMS Desk"));
            writer.setTitle(tr("Audit programme reports"));
            writer.setResolution(600);
            ReportRenderer::setUpPage(writer);
            QPainter painter(&writer);
            for (int i = 0; i < total && result.error.isEmpty() && !result.cancelled; ++i) {
                Built built;
                if (!build(programmeIds.at(i), &built))
                    break;
                result.pages += ReportRenderer::renderInto(built.document, writer, painter, i > 0);
                ++result.reports;
                if (progress && !progress(i + 1, total))
                    result.cancelled = true;
            }
            painter.end();
        }
        if (!result.error.isEmpty() || result.cancelled) {
            file.cancelWriting();
            return result;
        }
        if (!file.commit()) {
            result.error = tr("The file %1 cannot be written: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString());
            return result;
        }
        result.files << path;
        return result;
    }

    // One file per client: all into a temporary folder beside the target, then moved in.
    const QDir folder(path);
    if (!folder.exists() && !QDir().mkpath(path)) {
        result.error = tr("The folder %1 cannot be made.").arg(QDir::toNativeSeparators(path));
        return result;
    }
    QTemporaryDir staging(folder.filePath(QStringLiteral(".csisms-reports-XXXXXX")));
    if (!staging.isValid()) {
        result.error = tr("The folder %1 cannot be written: %2").arg(QDir::toNativeSeparators(path), staging.errorString());
        return result;
    }
    QStringList names;
    for (int i = 0; i < total; ++i) {
        Built built;
        if (!build(programmeIds.at(i), &built))
            return result;
        const QString name = fileName(built.programmeId, built.clientName);
        int pages = 0;
        const QString error = ReportRenderer::writePdf(built.document, QDir(staging.path()).filePath(name), &pages);
        if (!error.isEmpty()) {
            result.error = error;
            return result;
        }
        names << name;
        result.pages += pages;
        ++result.reports;
        if (progress && !progress(i + 1, total)) {
            result.cancelled = true;
            return result;   // the staging folder goes with its files
        }
    }
    for (const QString &name : std::as_const(names)) {
        const QString target = folder.filePath(name);
        if (QFileInfo::exists(target))
            QFile::remove(target);   // a report of the same programme from an earlier batch
        if (!QFile::rename(QDir(staging.path()).filePath(name), target)) {
            result.error = tr("The report %1 cannot be moved into %2.").arg(name, QDir::toNativeSeparators(path));
            return result;
        }
        result.files << target;
    }
    return result;
}
