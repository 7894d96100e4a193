#include "listreports.h"

#include "checks/duelist.h"
#include "db/database.h"
#include "domain/certificate.h"
#include "repositories/certificaterepository.h"
#include "repositories/informationsheetrepository.h"
#include "reports/reportframe.h"

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


} // namespace

ReportDocument dueList(Database &db, const QDate &from, const QDate &to, Mode mode, const QDateTime &generated)
{
    const ReportFrame frame = ReportFrame::read(db);
    return ReportDocument::inLanguage(mode, [&](Mode single) {
        ReportDocument doc;
        frame.apply(doc, tr("Due list"), tr("%1 – %2").arg(ReportLanguage::date(from, mode), ReportLanguage::date(to, mode)),
                    generated, mode, single);
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
    const ReportFrame frame = ReportFrame::read(db);
    return ReportDocument::inLanguage(mode, [&](Mode single) {
        ReportDocument doc;
        frame.apply(doc, tr("Certificate register"), tr("Status on %1").arg(ReportLanguage::date(on, mode)), generated, mode,
                    single);
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

ReportDocument informationSheet(Database &db, Mode mode, const QDate &on, const QDateTime &generated)
{
    const ReportFrame frame = ReportFrame::read(db);
    const QList<InformationItem> items = InformationSheetRepository(db).items();
    // Item (7): the register's figures on the day, besides the body's text.
    std::map<int, int> byStatus;
    for (const CertificateListRow &c : CertificateRepository(db).list(on))
        ++byStatus[int(c.status)];
    return ReportDocument::inLanguage(mode, [&](Mode single) {
        const bool zh = single == Mode::Chinese;
        ReportDocument doc;
        frame.apply(doc, tr("Public information"), tr("As of %1").arg(ReportLanguage::date(on, mode)), generated, mode,
                    single);
        doc.heading(tr("Information made public to the client (CSISMS certification rules 5.1.1)"));
        doc.paragraph(tr("Under rule 5.1.1 the body makes at least the following public to every client (认证委托人)."),
                      kMuted);
        if (items.isEmpty())
            doc.paragraph(tr("The sheet's items have not been entered: open Settings → Public information."), kLate);
        for (const InformationItem &item : items) {
            doc.heading(tr("(%1) %2").arg(item.item).arg(InformationSheet::title(item, zh)));
            doc.paragraph(InformationSheet::text(item, zh));
            if (item.item == 7) {
                QList<std::pair<QString, QString>> counts;
                int total = 0;
                for (CertificateStatus status : {CertificateStatus::Valid, CertificateStatus::Suspended,
                                                 CertificateStatus::Withdrawn, CertificateStatus::Cancelled,
                                                 CertificateStatus::Expired}) {
                    const int n = byStatus.count(int(status)) ? byStatus.at(int(status)) : 0;
                    total += n;
                    counts.append({CertificateRules::statusLabel(status), QString::number(n)});
                }
                counts.append({tr("Certificates in the register on %1").arg(ReportLanguage::date(on, mode)),
                               QString::number(total)});
                doc.fields(counts);
            }
        }
        doc.signatures({tr("Issued by")}, tr("Signature"), tr("Date"));
        return doc;
    });
}

} // namespace ListReports
