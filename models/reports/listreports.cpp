#include "listreports.h"

#include "checks/duelist.h"
#include "db/database.h"
#include "domain/certificate.h"
#include "repositories/bodysettingsrepository.h"
#include "repositories/certificaterepository.h"

#include <map>

namespace ListReports {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ListReports", text, disambiguation, n);
}

using Mode = ReportLanguage::Mode;
const QColor kLate(0xb7, 0x1c, 0x1c);
const QColor kMuted(0x75, 0x75, 0x75);

void frame(ReportDocument &doc, Database &db, const QString &what, const QString &reference, const QDateTime &generated,
           Mode mode)
{
    const QString body = BodySettingsRepository(db).load().bodyName;
    doc.title = body.isEmpty() ? what : tr("%1 · %2").arg(body, what);
    doc.reference = reference;
    doc.footer = tr("Generated on %1 by CSISMS Desk").arg(ReportLanguage::dateTime(generated, mode));
    doc.pageText = tr("Page %1 of %2");
}

} // namespace

ReportDocument dueList(Database &db, const QDate &from, const QDate &to, Mode mode, const QDateTime &generated)
{
    return ReportDocument::inLanguage(mode, [&](Mode) {
        ReportDocument doc;
        frame(doc, db, tr("Due list"),
              tr("%1 – %2").arg(ReportLanguage::date(from, mode), ReportLanguage::date(to, mode)), generated, mode);
        const QList<DueItem> items = DueList::compute(db, from, std::max<qint64>(0, from.daysTo(to)));
        int late = 0;
        std::map<int, int> byKind;
        for (const DueItem &item : items) {
            late += item.late ? 1 : 0;
            ++byKind[int(item.kind)];
        }
        doc.heading(tr("What needs a person from %1 to %2")
                        .arg(ReportLanguage::date(from, mode), ReportLanguage::date(to, mode)));
        doc.paragraph(tr("%1 items, %2 of them already late on %3.")
                          .arg(items.size())
                          .arg(late)
                          .arg(ReportLanguage::date(from, mode)),
                      late > 0 ? kLate : QColor());
        QList<std::pair<QString, QString>> counts;
        for (const auto &[kind, n] : byKind)
            counts.append({DueList::kindLabel(DueItem::Kind(kind)), QString::number(n)});
        if (!counts.isEmpty())
            doc.fields(counts);
        QList<QList<ReportCell>> rows;
        for (const DueItem &item : items)
            rows << QList<ReportCell>{
                {ReportLanguage::date(item.date, mode), item.late, item.late ? kLate : QColor()},
                {DueList::kindLabel(item.kind), false, item.late ? kLate : QColor()},
                {item.clientName, false, QColor()},
                {item.subject, false, QColor()},
                {item.detail, false, QColor()},
            };
        if (rows.isEmpty())
            doc.paragraph(tr("Nothing is due in these dates."), kMuted);
        else
            doc.table({tr("Due"), tr("What"), tr("Client"), tr("Subject"), tr("Detail")}, {1.6, 1.3, 2.0, 1.8, 4.0}, rows);
        doc.signatures({tr("Handed out by"), tr("Received by")}, tr("Signature"), tr("Date"));
        return doc;
    });
}

ReportDocument certificateRegister(Database &db, const QDate &on, Mode mode, bool withEnded, const QDateTime &generated)
{
    return ReportDocument::inLanguage(mode, [&](Mode single) {
        ReportDocument doc;
        frame(doc, db, tr("Certificate register"), tr("Status on %1").arg(ReportLanguage::date(on, mode)), generated, mode);
        doc.landscape = true;
        const QList<CertificateListRow> register_ = CertificateRepository(db).list(on);
        std::map<int, int> byStatus;
        QList<QList<ReportCell>> rows;
        for (const CertificateListRow &c : register_) {
            ++byStatus[int(c.status)];
            const bool ended = c.status != CertificateStatus::Valid && c.status != CertificateStatus::Suspended;
            if (ended && !withEnded)
                continue;
            const QString scope = single == Mode::English && !c.scopeEn.isEmpty() ? c.scopeEn : c.scopeZh;
            rows << QList<ReportCell>{
                {c.number, true, QColor()},
                {c.clientName, false, QColor()},
                {c.creditCode, false, QColor()},
                {scope, false, QColor()},
                {CertificateRules::statusLabel(c.status), false,
                 c.status == CertificateStatus::Valid ? QColor() : (ended ? kMuted : kLate)},
                {ReportLanguage::date(c.firstIssuedOn, mode), false, QColor()},
                {ReportLanguage::date(c.issuedOn, mode), false, QColor()},
                {ReportLanguage::date(c.expiresOn, mode), false, QColor()},
            };
        }
        doc.heading(tr("CSISMS certificates (ISO/IEC 27017:2015)"));
        QList<std::pair<QString, QString>> counts;
        for (const auto &[status, n] : byStatus)
            counts.append({CertificateRules::statusLabel(CertificateStatus(status)), QString::number(n)});
        counts.append({tr("Listed"), QString::number(rows.size())});
        doc.fields(counts);
        if (rows.isEmpty())
            doc.paragraph(tr("No certificate has been issued."), kMuted);
        else
            doc.table({tr("Number"), tr("Client"), tr("Credit code"), tr("Scope"), tr("Status"), tr("First issued"),
                       tr("Issued"), tr("Expires")},
                      {2.3, 2.4, 2.3, 4.0, 1.0, 1.3, 1.3, 1.3}, rows);
        return doc;
    });
}

} // namespace ListReports
