#include "audittime.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace AuditTime {

namespace {

RuleFinding finding(const char *rule, RuleFinding::Severity severity, const QString &message)
{
    RuleFinding f;
    f.rule = QLatin1String(rule);
    f.severity = severity;
    f.message = message;
    return f;
}

QString percentText(double percent)
{
    return QLocale().toString(percent, 'g', 6) + u'%';
}

} // namespace

QList<FieldProblem> validate(const Input &input)
{
    QList<FieldProblem> problems;
    if (input.totalPersonnel < 1)
        problems << FieldProblem{QStringLiteral("personnel.total"),
                                 QCoreApplication::translate("AuditTime", "Enter the number of people in scope: a whole number of at least 1.")};
    int grouped = 0;
    for (qsizetype i = 0; i < input.groups.size(); ++i) {
        const Group &g = input.groups.at(i);
        const QString key = QStringLiteral("personnel.groups[%1]").arg(i);
        if (g.count < 1)
            problems << FieldProblem{key + QStringLiteral(".count"),
                                     QCoreApplication::translate("AuditTime", "A group of identical activities needs at least 1 person.")};
        if (g.activity.trimmed().isEmpty())
            problems << FieldProblem{key + QStringLiteral(".activity"),
                                     QCoreApplication::translate("AuditTime", "Say which activity the group's people share.")};
        grouped += std::max(0, g.count);
    }
    if (input.totalPersonnel >= 1 && grouped > input.totalPersonnel)
        problems << FieldProblem{QStringLiteral("personnel.groups"),
                                 QCoreApplication::translate("AuditTime", "The groups hold %1 people, more than the %2 in scope.")
                                     .arg(QLocale().toString(grouped), QLocale().toString(input.totalPersonnel))};
    for (qsizetype i = 0; i < input.adjustments.size(); ++i) {
        const Adjustment &a = input.adjustments.at(i);
        const QString key = QStringLiteral("audit_time.adjustments[%1]").arg(i);
        if (!std::isfinite(a.percent) || a.percent <= -100 || a.percent > 100)
            problems << FieldProblem{key + QStringLiteral(".percent"),
                                     QCoreApplication::translate("AuditTime", "An adjustment is a percentage above −100 and at most 100.")};
        if (a.reason.trimmed().isEmpty())
            problems << FieldProblem{key + QStringLiteral(".reason"), QCoreApplication::translate("AuditTime", "Give the reason for the adjustment.")};
    }
    if (!std::isfinite(input.onsitePercent) || input.onsitePercent < 0 || input.onsitePercent > 100)
        problems << FieldProblem{QStringLiteral("audit_time.onsite_percent"),
                                 QCoreApplication::translate("AuditTime", "The on-site share is a percentage from 0 to 100.")};
    if (input.stage1Days && (!std::isfinite(*input.stage1Days) || *input.stage1Days < 0))
        problems << FieldProblem{QStringLiteral("audit_time.stage1_days"),
                                 QCoreApplication::translate("AuditTime", "Stage 1 days are a number of at least 0, or empty for the usual share.")};
    if (input.manualTableDays && (!std::isfinite(*input.manualTableDays) || *input.manualTableDays <= 0))
        problems << FieldProblem{QStringLiteral("audit_time.table_days"),
                                 QCoreApplication::translate("AuditTime", "The days set by hand are a number above 0.")};
    return problems;
}

int effectivePersonnel(int total, const QList<Group> &groups)
{
    int effective = total;
    for (const Group &g : groups) {
        if (g.count <= 0)
            continue;
        effective -= g.count;
        effective += int(std::ceil(std::sqrt(double(g.count)) - 1e-9));
    }
    return effective;
}

double roundUpToHalfDay(double days)
{
    // A tolerance for the binary fractions of products such as 12 × 0.7 = 8.3999…: a value
    // within a millionth of a half day is that half day.
    return std::ceil(days * 2 - 1e-6) / 2;
}

Result calculate(const Input &input, const QList<AuditTimeRow> &rows, const RuleParameters &parameters)
{
    Result r;
    r.effectivePersonnel = effectivePersonnel(input.totalPersonnel, input.groups);

    // The table's days; beyond its last row, the last row's until the reviewer sets a figure.
    if (const std::optional<double> days = ReferenceData::auditDays(rows, r.effectivePersonnel)) {
        r.tableDays = *days;
    } else {
        const auto last = std::max_element(rows.begin(), rows.end(), [](const AuditTimeRow &a, const AuditTimeRow &b) {
            return a.maxPersonnel < b.maxPersonnel;
        });
        const bool beyond = last != rows.end() && r.effectivePersonnel > last->maxPersonnel;
        if (input.manualTableDays) {
            r.tableDays = *input.manualTableDays;
        } else if (beyond) {
            r.tableDays = last->days;
            r.findings << finding("AT-table", RuleFinding::Warning,
                                  QCoreApplication::translate("AuditTime", "%1 effective personnel lie beyond the audit-time table's last row (%2 to %3 "
                                     "persons, %4); its days stand until you set a figure by hand, with a reason "
                                     "(AT-table).")
                                      .arg(QLocale().toString(r.effectivePersonnel), QLocale().toString(last->minPersonnel),
                                           QLocale().toString(last->maxPersonnel), daysText(last->days)));
        } else {
            r.findings << finding("AT-table", RuleFinding::Warning,
                                  QCoreApplication::translate("AuditTime", "The audit-time table has no row for %1 effective personnel; set the days by "
                                     "hand, with a reason (AT-table).")
                                      .arg(QLocale().toString(r.effectivePersonnel)));
        }
    }

    for (const Adjustment &a : input.adjustments)
        r.netAdjustmentPercent += a.percent;
    r.adjustedDays = roundUpToHalfDay(r.tableDays * (1 + r.netAdjustmentPercent / 100));
    const double maxReduction = parameters.maxTotalReductionPercent();
    if (-r.netAdjustmentPercent > maxReduction + 1e-9)
        r.findings << finding("AT-reduction", RuleFinding::Error,
                              QCoreApplication::translate("AuditTime", "The adjustments reduce the table's audit time by %1 in all; at most %2 is allowed "
                                 "(AT-reduction).")
                                  .arg(percentText(-r.netAdjustmentPercent), percentText(maxReduction)));
    const double minOnsite = parameters.minOnsitePercent();
    if (input.onsitePercent < minOnsite - 1e-9)
        r.findings << finding("AT-onsite", RuleFinding::Error,
                              QCoreApplication::translate("AuditTime", "Only %1 of the audit time is on site; at least %2 must be (AT-onsite).")
                                  .arg(percentText(input.onsitePercent), percentText(minOnsite)));

    // Every other figure from the rounded adjusted days, each rounded up in turn; stage 2
    // is what stage 1 leaves.
    const double adjusted = r.adjustedDays;
    r.stage1Days = std::min(adjusted, input.stage1Days ? roundUpToHalfDay(*input.stage1Days)
                                                       : roundUpToHalfDay(adjusted * parameters.stage1Share()));
    r.stage2Days = adjusted - r.stage1Days;
    r.onsiteDays = roundUpToHalfDay(adjusted * input.onsitePercent / 100);
    r.surveillanceDays = roundUpToHalfDay(adjusted * parameters.surveillanceFraction());
    r.recertificationDays = roundUpToHalfDay(adjusted * parameters.recertificationFraction());
    return r;
}

QString daysText(double days)
{
    const QString number = QLocale().toString(days, 'g', 6);
    return days == 1 ? QCoreApplication::translate("AuditTime", "1 day", "auditor days") : QCoreApplication::translate("AuditTime", "%1 days", "auditor days; %1 may hold a half: 8.5").arg(number);
}

} // namespace AuditTime
