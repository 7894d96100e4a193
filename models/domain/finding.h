#pragma once

#include "domain/fieldproblem.h"
#include "domain/fieldspec.h"
#include "domain/ruleparameters.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// A finding of an audit (审核发现): a nonconformity, major (严重不符合) or minor (一般不符合),
// or an observation (观察项). A nonconformity names the requirement it is against, the
// evidence, the deadline for its correction, what the client did (correction, corrective
// action) and the auditor's verification of it. For a major nonconformity the verification
// accepts the correction as implemented (closed); for a minor one it accepts the client's
// corrective-action plan. An observation needs neither.
struct AuditFinding
{
    enum class Grade { Major, Minor, Observation };
    enum class Verdict { Open, Accepted, Rejected };

    qint64 id = 0;
    Grade grade = Grade::Minor;
    QString requirement;        // a catalogue control ("CLD.6.3.1") or another clause ("ISO/IEC 27001 9.2")
    QString statement;          // the nonconformity as written
    QString evidence;
    QDate raisedOn;             // the audit's last day, as a rule
    QDate dueOn;                // deadline for the correction; null: from the grade's parameter
    QString correction;         // 纠正
    QString correctiveAction;   // 纠正措施
    Verdict verdict = Verdict::Open;
    QDate verifiedOn;
    qint64 verifiedBy = 0;      // auditor id; 0: nobody yet
    QString verifierName;       // as shown (kept for files and messages)

    bool isNonconformity() const { return grade != Grade::Observation; }
    // Still needs the client or the auditor: a nonconformity not accepted.
    bool isOpen() const { return isNonconformity() && verdict != Verdict::Accepted; }
    bool operator==(const AuditFinding &) const = default;
};
Q_DECLARE_TYPEINFO(AuditFinding, Q_RELOCATABLE_TYPE);   // implicitly shared values and plain values only

namespace FindingFields {
const RecordSpec &finding();   // grade, requirement, statement, evidence, raised_on, due_on, correction,
                               // corrective_action, verdict, verified_on, verified_by
} // namespace FindingFields

namespace FindingRules {
QString gradeKey(AuditFinding::Grade grade);       // major, minor, observation
std::optional<AuditFinding::Grade> gradeFromKey(const QString &key);
QString gradeLabel(AuditFinding::Grade grade);     // in the user's language
QList<AuditFinding::Grade> grades();
QString verdictKey(AuditFinding::Verdict verdict); // open, accepted, rejected
std::optional<AuditFinding::Verdict> verdictFromKey(const QString &key);
// "Accepted" reads "closed" for a major nonconformity and "plan accepted" for a minor one.
QString verdictLabel(AuditFinding::Verdict verdict, AuditFinding::Grade grade);
QList<AuditFinding::Verdict> verdicts();

// The deadline: as set, else `raisedOn` + the grade's days (major_correction_days,
// minor_correction_days); an observation has none.
QDate deadline(const AuditFinding &finding, const RuleParameters &parameters);
// F-correction: an open nonconformity whose deadline is before `today`.
bool overdue(const AuditFinding &finding, const QDate &today, const RuleParameters &parameters);

// What keeps a finding from being saved (field keys of FindingFields, prefixed by the
// caller): a requirement and a statement; the raised date; a deadline not before it; a
// verdict other than open needs its date and who verified; no verification before the
// finding was raised; texts within their limits.
QList<FieldProblem> validate(const AuditFinding &finding);
} // namespace FindingRules
