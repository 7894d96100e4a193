#include "applicationcheck.h"

#include "domain/displayformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

ApplicationCheck ApplicationCheck::run(const ApplicationFile &application, const QList<AuditTimeRow> &table,
                                       const RuleParameters &parameters)
{
    ApplicationCheck check;
    check.conditions = ApplicantEligibility::evaluate(application.eligibility, application.receivedOn, parameters);
    check.findings = ApplicantEligibility::reviewFindings(check.conditions);
    if (application.newToBody && application.type != QLatin1String("initial")) {
        RuleFinding f;
        f.rule = QStringLiteral("R-5.2.4");
        f.message = QCoreApplication::translate("ApplicationCheck",
                                                "The client is new to the body, so this is an initial certification "
                                                "whatever certificates it holds; the application says “%1” (R-5.2.4).")
                        .arg(application.type);
        check.findings << f;
    }
    check.auditTime = AuditTime::calculate(application.auditTime, table, parameters);
    check.findings << check.auditTime.findings;
    check.acceptable = std::none_of(check.findings.begin(), check.findings.end(),
                                    [](const RuleFinding &f) { return f.severity == RuleFinding::Error; });
    return check;
}

QJsonObject ApplicationCheck::toJson() const
{
    QJsonArray conditionList;
    for (const ApplicantEligibility::Condition &c : conditions)
        conditionList << QJsonObject{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("state"), ApplicantEligibility::stateKey(c.state)},
                                     {QStringLiteral("message"), c.message}};
    QJsonArray findingList;
    for (const RuleFinding &f : findings)
        findingList << QJsonObject{{QStringLiteral("rule"), f.rule},
                                   {QStringLiteral("severity"), RuleFinding::severityKey(f.severity)},
                                   {QStringLiteral("message"), f.message}};
    const AuditTime::Result &t = auditTime;
    return {{QStringLiteral("acceptable"), acceptable},
            {QStringLiteral("conditions"), conditionList},
            {QStringLiteral("findings"), findingList},
            {QStringLiteral("audit_time"),
             QJsonObject{{QStringLiteral("effective_personnel"), t.effectivePersonnel},
                         {QStringLiteral("table_days"), t.tableDays},
                         {QStringLiteral("adjusted_days"), t.adjustedDays},
                         {QStringLiteral("stage1_days"), t.stage1Days},
                         {QStringLiteral("stage2_days"), t.stage2Days},
                         {QStringLiteral("onsite_days"), t.onsiteDays},
                         {QStringLiteral("surveillance_days"), t.surveillanceDays},
                         {QStringLiteral("recertification_days"), t.recertificationDays}}}};
}

QString ApplicationCheck::toText(const ApplicationFile &application) const
{
    QString out;
    const QString client = application.clientName.isEmpty() ? QCoreApplication::translate("ApplicationCheck", "(no client name)") : application.clientName;
    out += QCoreApplication::translate("ApplicationCheck", "Application of %1, received %2 (%3)\n")
               .arg(client, DisplayFormat::date(application.receivedOn), application.type);
    out += QCoreApplication::translate("ApplicationCheck", "Eligibility:\n");
    for (const ApplicantEligibility::Condition &c : conditions)
        out += QStringLiteral("  %1  %2 — %3\n").arg(c.id, -3).arg(ApplicantEligibility::stateText(c.state), c.message);
    const AuditTime::Result &t = auditTime;
    out += QCoreApplication::translate("ApplicationCheck",
                                       "Audit time: %1 effective personnel; table %2, adjusted %3 (stage 1 %4, stage 2 "
                                       "%5; on site %6); surveillance %7, recertification %8\n")
               .arg(QLocale().toString(t.effectivePersonnel), AuditTime::daysText(t.tableDays),
                    AuditTime::daysText(t.adjustedDays), AuditTime::daysText(t.stage1Days),
                    AuditTime::daysText(t.stage2Days), AuditTime::daysText(t.onsiteDays),
                    AuditTime::daysText(t.surveillanceDays), AuditTime::daysText(t.recertificationDays));
    if (findings.isEmpty())
        out += QCoreApplication::translate("ApplicationCheck", "No findings.\n");
    for (const RuleFinding &f : findings)
        out += QStringLiteral("%1 %2: %3\n")
                   .arg(f.severity == RuleFinding::Error ? QCoreApplication::translate("ApplicationCheck", "error") : QCoreApplication::translate("ApplicationCheck", "warning"), f.rule, f.message);
    out += acceptable ? QCoreApplication::translate("ApplicationCheck",
                                                    "The application can be accepted as far as the file shows; "
                                                    "competence and agreement are checked in the review.\n")
                      : QCoreApplication::translate("ApplicationCheck", "The application cannot be accepted as it "
                                                                        "stands.\n");
    return out;
}
