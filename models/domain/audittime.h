#pragma once

#include "domain/fieldproblem.h"
#include "domain/referencedata.h"
#include "domain/rulefinding.h"
#include "domain/ruleparameters.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The audit-time calculation of an application review (RULES.md 5.2, DESIGN.md
// `csisms-application/1`), as pure functions: the figures the reviewer sees change as they
// type, the review keeps them, the contract carries them, and `application check` prints
// them, all from here.
namespace AuditTime {

// People in scope who do identical, repeatable work (call-centre agents): a group of n
// counts as ⌈√n⌉ (ISO/IEC 27006-1 C.3.4).
struct Group
{
    QString activity;
    int count = 0;
    bool operator==(const Group &) const = default;
};

// A change to the table's days, in percent (negative: a reduction), with its reason.
struct Adjustment
{
    double percent = 0;
    QString reason;
    bool operator==(const Adjustment &) const = default;
};

struct Input
{
    int totalPersonnel = 0;
    QList<Group> groups;
    QList<Adjustment> adjustments;
    double onsitePercent = 100;
    std::optional<double> stage1Days;       // the reviewer's figure; else adjusted × stage1_share
    std::optional<double> manualTableDays;  // the reviewer's figure beyond the table's last row
    bool operator==(const Input &) const = default;
};

struct Result
{
    int effectivePersonnel = 0;
    double tableDays = 0;      // from the table (or the reviewer's figure beyond it)
    double adjustedDays = 0;   // rounded up to the half day
    double stage1Days = 0;
    double stage2Days = 0;
    double onsiteDays = 0;
    double surveillanceDays = 0;
    double recertificationDays = 0;
    double netAdjustmentPercent = 0;
    // AT-table (warning), AT-reduction and AT-onsite (errors).
    QList<RuleFinding> findings;
    bool operator==(const Result &) const = default;
};

// What is wrong with the input itself (a negative headcount, a group larger than the
// total, an adjustment without a reason …), by field: personnel.total,
// personnel.groups[1].count, audit_time.adjustments[0].reason, audit_time.onsite_percent,
// audit_time.stage1_days. The figures are computed only from an input without problems.
QList<FieldProblem> validate(const Input &input);

// total − Σ group counts + Σ ⌈√count⌉.
int effectivePersonnel(int total, const QList<Group> &groups);

// Up to the next half day: 8.4 → 8.5, 9.35 → 9.5, 8.0 → 8.0.
double roundUpToHalfDay(double days);

// The whole calculation (the input valid; `rows` the audit-time table, sorted or not).
Result calculate(const Input &input, const QList<AuditTimeRow> &rows, const RuleParameters &parameters);

// "8.5 days" / "8.5 天".
QString daysText(double days);

} // namespace AuditTime
