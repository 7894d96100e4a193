#pragma once

#include "domain/fieldproblem.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The parts of an application (认证申请, RULES.md 5.1) that are rules rather than data:
// how its number is made from the body's pattern, and which status may follow which.
namespace ApplicationRules {

// The number pattern (a setting): literal text with the fields {yyyy} (year received),
// {yy}, {mm}, {seq} or {seq:N} (the running number within the year, zero-padded to N
// digits), e.g. CSISMS-A-{yyyy}-{seq:4} → CSISMS-A-2026-0007. It must hold {seq}, once.
QList<FieldProblem> validatePattern(const QString &pattern);
// The number for the seq-th application received in `received`'s year (the pattern valid).
QString number(const QString &pattern, const QDate &received, int seq);

// Statuses, in the order of the work: draft → submitted → under review → accepted |
// refused | supplement requested (→ resubmitted → under review …) | withdrawn.
enum class Status { Draft, Submitted, UnderReview, Accepted, Refused, SupplementRequested, Resubmitted, Withdrawn };
QString statusKey(Status status);   // draft, submitted, under_review, accepted, refused, supplement_requested, resubmitted, withdrawn
std::optional<Status> statusFromKey(const QString &key);
QString statusText(Status status);  // in the user's language: 草稿, 已提交, 评审中 …
QList<Status> allStatuses();

// The statuses that may follow `from` (none after accepted, refused or withdrawn: those
// end an application; a new one starts again).
QList<Status> nextStatuses(Status from);
bool mayChange(Status from, Status to);
// Why a change is refused, in the user's language ("" when it is allowed).
QString changeRefusal(Status from, Status to);

} // namespace ApplicationRules
