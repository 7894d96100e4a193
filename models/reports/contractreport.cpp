#include "contractreport.h"

#include "db/database.h"
#include "domain/contract.h"
#include "repositories/applicationrepository.h"
#include "repositories/contractrepository.h"
#include "reports/reportframe.h"

#include <QCoreApplication>

namespace ContractReport {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ContractReport", text, disambiguation, n);
}

using Mode = ReportLanguage::Mode;
const QColor kBad(0xb7, 0x1c, 0x1c);

ReportDocument buildOne(Database &db, const Contract &k, const std::optional<Application> &application, Mode single, Mode mode,
                        const QDateTime &generated)
{
    const bool zh = single == Mode::Chinese;
    ReportDocument doc;
    ReportFrame::read(db).apply(doc, tr("Certification contract"), tr("%1 · version %2").arg(k.number).arg(k.version),
                                generated, mode, single);

    doc.heading(tr("1 Contract"));
    QString status = ContractRules::statusText(k.status);
    if (k.status == Contract::Status::Signed)
        status = tr("%1 on %2").arg(status, ReportLanguage::date(k.signedOn, mode));
    else if (k.status == Contract::Status::Terminated)
        status = tr("%1 on %2: %3").arg(status, ReportLanguage::date(k.terminatedOn, mode), k.terminationReason);
    QString amends;
    if (k.amendsId > 0)
        if (const std::optional<Contract> previous = ContractRepository(db).load(k.amendsId))
            amends = tr("%1 version %2").arg(previous->number).arg(previous->version);
    doc.fields({
        {tr("Number"), k.number},
        {tr("Version"), QString::number(k.version)},
        {tr("Amends"), amends},
        {tr("Client"), k.clientParty},
        {tr("Certification body"), k.bodyParty},
        {tr("Status"), status},
        {tr("Application"), application ? application->number : QString()},
        {tr("Standard"), application ? application->standards : QString()},
        {tr("Scope"), application ? (zh || application->scopeEn.isEmpty() ? application->scopeZh : application->scopeEn) : QString()},
        {tr("Scope classes"), application ? application->scopeClasses.join(QStringLiteral(", ")) : QString()},
    });

    doc.heading(tr("2 Audit time"));
    if (k.figures)
        doc.fields({
            {tr("Stage 1 / stage 2"), QStringLiteral("%1 / %2").arg(AuditTime::daysText(k.figures->stage1Days),
                                                                      AuditTime::daysText(k.figures->stage2Days))},
            {tr("Each surveillance"), AuditTime::daysText(k.figures->surveillanceDays)},
            {tr("Recertification"), AuditTime::daysText(k.figures->recertificationDays)},
        });
    else
        doc.paragraph(tr("Not carried from a review."));

    doc.heading(tr("3 Fees"));
    QList<QList<ReportCell>> fees;
    for (const FeeItem &f : k.fees)
        fees << QList<ReportCell>{{f.item, false, QColor()}, {ContractRules::amountText(f.amountFen), false, QColor()}};
    fees << QList<ReportCell>{{tr("Total"), true, QColor()}, {ContractRules::amountText(k.totalFen()), true, QColor()}};
    doc.table({tr("Item"), tr("Amount")}, {5, 2}, fees);

    doc.heading(tr("4 Duties of the parties (rules 5.3.2)"));
    QList<QList<ReportCell>> duties;
    for (const ContractDuty &d : ContractDuties::shipped()) {
        const bool ticked = k.acknowledged.contains(d.code);
        duties << QList<ReportCell>{{d.code, true, QColor()},
                                    {d.party == QLatin1String("body") ? tr("the body") : tr("the client"), false, QColor()},
                                    {zh ? d.textZh : d.textEn, false, QColor()},
                                    {ticked ? tr("✓ acknowledged") : tr("✗ not acknowledged"), false, ticked ? QColor() : kBad}};
    }
    doc.table({tr("Clause"), tr("Party"), tr("Duty"), tr("Acknowledged")}, {1.1, 1.0, 6, 1.5}, duties);
    if (!k.notes.isEmpty()) {
        doc.heading(tr("5 Notes"));
        doc.paragraph(k.notes);
    }
    doc.signatures({tr("For the client"), tr("For the certification body")}, tr("Signature and seal"), tr("Date"));
    return doc;
}

} // namespace

ReportDocument build(Database &db, qint64 id, Mode mode, QString *error, const QDateTime &generated)
{
    const std::optional<Contract> contract = ContractRepository(db).load(id);
    if (!contract) {
        *error = QCoreApplication::translate("ContractReport", "There is no contract %1.").arg(id);
        return {};
    }
    const std::optional<Application> application = ApplicationRepository(db).load(contract->applicationId);
    return ReportDocument::inLanguage(
        mode, [&](Mode single) { return buildOne(db, *contract, application, single, mode, generated); });
}

} // namespace ContractReport
