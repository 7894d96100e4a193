#include "reportframe.h"

#include "repositories/bodysettingsrepository.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ReportFrame", text); }

using Mode = ReportLanguage::Mode;

QString either(const QString &preferred, const QString &fallback)
{
    return preferred.trimmed().isEmpty() ? fallback : preferred;
}

// The logo decoded once for all the reports that show it: copies of one QImage share its
// cache key, so a PDF of a thousand reports embeds the picture once.
QImage decodedLogo(const BodySettings &body)
{
    static QMutex mutex;
    static QString lastValue;
    static QImage lastImage;
    const QMutexLocker locker(&mutex);
    if (body.bodyLogo != lastValue) {
        lastImage = QImage();
        if (const QByteArray png = body.logoPng(); !png.isEmpty())
            lastImage.loadFromData(png, "PNG");
        lastValue = body.bodyLogo;
    }
    return lastImage;
}

} // namespace

ReportFrame::ReportFrame(const BodySettings &body) : m_body(body), m_logo(decodedLogo(body)) {}

ReportFrame ReportFrame::read(Database &db) { return ReportFrame(BodySettingsRepository(db).load()); }

QString ReportFrame::name(Mode single) const
{
    return single == Mode::English ? either(m_body.bodyNameEn, m_body.bodyName) : m_body.bodyName;
}

QString ReportFrame::address(Mode single) const
{
    return single == Mode::English ? either(m_body.bodyAddressEn, m_body.bodyAddress) : m_body.bodyAddress;
}

void ReportFrame::apply(ReportDocument &doc, const QString &what, const QString &reference, const QDateTime &generated,
                        Mode mode, Mode single) const
{
    const QString body = mode == Mode::Bilingual ? m_body.bodyName : name(single);
    doc.title = body.isEmpty() ? what : tr("%1 · %2").arg(body, what);
    doc.reference = reference;
    doc.footer = tr("Generated on %1 by CSISMS Desk").arg(ReportLanguage::dateTime(generated, mode));
    doc.pageText = tr("Page %1 of %2");
    doc.letterhead.name = name(single);
    doc.letterhead.address = address(single);
    doc.letterhead.approval = m_body.approvalNumber.isEmpty() ? QString() : tr("CNCA approval %1").arg(m_body.approvalNumber);
    doc.letterhead.logo = m_logo;
}
