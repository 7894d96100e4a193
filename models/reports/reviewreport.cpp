#include "reviewreport.h"

#include "db/database.h"
#include "domain/review.h"
#include "repositories/applicationrepository.h"
#include "reports/reportframe.h"
#include "repositories/clientrepository.h"
#include "repositories/reviewrepository.h"

#include <QCoreApplication>

namespace ReviewReport {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ReviewReport", text, disambiguation, n);
}

using Mode = ReportLanguage::Mode;
const QColor kGood(0x2e, 0x7d, 0x32);
const QColor kBad(0xb7, 0x1c, 0x1c);

QString number(double v) { return QString::number(v, 'g', 6); }

ReportDocument buildOne(Database &db, const ApplicationReview &review, const Application &application, const Client &client,
                        Mode single, Mode mode, const QDateTime &generated)
{
    const bool zh = single == Mode::Chinese;
    ReportDocument doc;
    ReportFrame::read(db).apply(doc, tr("Application review record"),
                                tr("Review %1 of application %2").arg(review.id).arg(application.number), generated, mode,
                                single);

    doc.heading(tr("1 Application"));
    QStringList sites;
    for (const ClientSite &s : client.sites)
        if (application.siteIds.contains(s.id))
            sites << QStringLiteral("%1 — %2").arg(s.name, s.address);
    QStringList groups;
    for (const PersonnelGroup &g : application.groups)
        groups << tr("%1: %2 people").arg(g.activity).arg(g.count);
    QStringList outsourced;
    for (const OutsourcedProcess &o : application.outsourced)
        outsourced << QStringLiteral("%1 — %2").arg(o.process, o.provider);
    doc.fields({
        {tr("Application"), tr("%1, received %2").arg(application.number, ReportLanguage::date(application.receivedOn, mode))},
        {tr("Client"), zh || client.nameEn.isEmpty() ? client.nameZh : client.nameEn},
        {tr("Unified social credit code"), client.creditCode},
        {tr("Address"), client.address},
        {tr("Contact"), QStringList{client.contact, client.phone, client.email}.join(QStringLiteral("  "))},
        {tr("Standard"), application.standards},
        {tr("Scope"), zh || application.scopeEn.isEmpty() ? application.scopeZh : application.scopeEn},
        {tr("Scope classes"), application.scopeClasses.join(QStringLiteral(", "))},
        {tr("Personnel in scope"), application.personnelTotal ? QString::number(*application.personnelTotal) : QString()},
        {tr("Groups doing the same work"), groups.join(u'\n')},
        {tr("Sites"), sites.join(u'\n')},
        {tr("Outsourced processes"), outsourced.join(u'\n')},
    });

    const ReviewRules::Checks checks = ReviewRepository(db).checks(review);
    doc.heading(tr("2 Eligibility of the applicant"));
    QList<QList<ReportCell>> conditions;
    for (const ApplicantEligibility::Condition &c : checks.conditions)
        conditions << QList<ReportCell>{{c.id, true, QColor()},
                                        {ApplicantEligibility::conditionLine(c), false,
                                         c.state == ApplicantEligibility::State::Met ? QColor()
                                         : c.state == ApplicantEligibility::State::NotMet ? kBad
                                                                                         : QColor()}};
    doc.table({tr("Condition"), tr("Finding")}, {1.2, 8}, conditions);

    doc.heading(tr("3 Competence for the scope classes"));
    QList<QList<ReportCell>> competence;
    for (const ReviewRules::Competence &c : checks.competence)
        competence << QList<ReportCell>{{c.scopeClass, true, QColor()},
                                        {c.qualified.isEmpty() ? tr("no eligible auditor") : c.qualified.join(QStringLiteral(", ")),
                                         false, c.qualified.isEmpty() ? kBad : QColor()}};
    doc.table({tr("Scope class"), tr("Auditors eligible over the planned period")}, {1.2, 7}, competence);
    doc.paragraph(tr("Eligibility and competence as the register stands on %1.")
                      .arg(ReportLanguage::date(generated.date(), mode)));

    doc.heading(tr("4 Audit time"));
    const std::optional<AuditTime::Result> figures = review.isFinal() && review.figures ? review.figures : checks.auditTime;
    if (!figures) {
        QStringList problems;
        for (const FieldProblem &p : checks.auditTimeProblems)
            problems << p.message;
        doc.paragraph(tr("Not computed: %1").arg(problems.join(QStringLiteral("; "))), kBad);
    } else {
        QList<std::pair<QString, QString>> rows{
            {tr("Effective personnel"), QString::number(figures->effectivePersonnel)},
            {tr("Days from the table"), number(figures->tableDays)},
        };
        for (const ReviewAdjustment &a : review.adjustments)
            rows.append({tr("Adjustment"), tr("%1 %: %2").arg(a.percent > 0 ? QStringLiteral("+") + number(a.percent) : number(a.percent), a.reason)});
        double net = 0;
        for (const ReviewAdjustment &a : review.adjustments)
            net += a.percent;
        rows.append({tr("Net adjustment"), tr("%1 %").arg(number(net))});
        rows.append({tr("Adjusted days"), AuditTime::daysText(figures->adjustedDays)});
        rows.append({tr("Stage 1 / stage 2"), QStringLiteral("%1 / %2").arg(AuditTime::daysText(figures->stage1Days),
                                                                              AuditTime::daysText(figures->stage2Days))});
        rows.append({tr("On site"), tr("%1 (%2 % of stage 2)").arg(AuditTime::daysText(figures->onsiteDays), number(review.onsitePercent))});
        rows.append({tr("Each surveillance"), AuditTime::daysText(figures->surveillanceDays)});
        rows.append({tr("Recertification"), AuditTime::daysText(figures->recertificationDays)});
        doc.fields(rows);
        if (review.isFinal())
            doc.paragraph(tr("The figures as kept when the review was finalised."));
    }

    doc.heading(tr("5 Findings of the review"));
    if (checks.findings.isEmpty()) {
        doc.paragraph(tr("✓ No rule is broken."), kGood);
    } else {
        QList<QList<ReportCell>> rows;
        for (const RuleFinding &f : checks.findings)
            rows << QList<ReportCell>{{f.rule, true, QColor()},
                                      {f.severity == RuleFinding::Error ? tr("error") : tr("warning"), false,
                                       f.severity == RuleFinding::Error ? kBad : QColor()},
                                      {f.message, false, QColor()}};
        doc.table({tr("Rule"), tr("Severity"), tr("Finding")}, {1.3, 0.9, 7}, rows);
    }

    doc.heading(tr("6 Conclusion"));
    doc.fields({
        {tr("Decision"), ReviewRules::decisionText(review.decision)},
        {tr("Reasons"), review.reasons},
        {tr("Agreed with the client"), review.partiesAgreed ? tr("yes, %1").arg(ReportLanguage::date(review.agreedOn, mode)) : tr("no")},
        {tr("Reviewed"), tr("%1 on %2").arg(review.reviewer, ReportLanguage::date(review.reviewedOn, mode))},
        {tr("Finalised"), review.isFinal() ? tr("%1 on %2").arg(review.finalisedBy, ReportLanguage::date(review.finalisedOn, mode))
                                           : tr("not yet: a draft")},
        {tr("Notes"), review.notes},
    });
    doc.signatures({tr("Reviewer"), tr("Approved by")}, tr("Signature"), tr("Date"));
    return doc;
}

} // namespace

ReportDocument build(Database &db, qint64 id, Mode mode, QString *error, const QDateTime &generated)
{
    const std::optional<ApplicationReview> review = ReviewRepository(db).load(id);
    const std::optional<Application> application = review ? ApplicationRepository(db).load(review->applicationId) : std::nullopt;
    const std::optional<Client> client = application ? ClientRepository(db).load(application->clientId) : std::nullopt;
    if (!review || !application || !client) {
        *error = QCoreApplication::translate("ReviewReport", "There is no application review %1.").arg(id);
        return {};
    }
    return ReportDocument::inLanguage(
        mode, [&](Mode single) { return buildOne(db, *review, *application, *client, single, mode, generated); });
}

} // namespace ReviewReport
