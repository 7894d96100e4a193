#pragma once

#include "domain/applicanteligibility.h"
#include "domain/application.h"
#include "domain/audittime.h"
#include "domain/auditor.h"
#include "domain/fieldproblem.h"
#include "domain/fieldspec.h"
#include "domain/rulefinding.h"
#include "domain/ruleparameters.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The review of an application (申请评审, RULES.md 5.2) as a value type and pure rules: the
// checks, R-5.2.3 (1)(2)(3), R-5.2.4 and the audit time (AT-*), computed from the
// application, the body's auditors and the parameters; the decision and whether it
// may be taken. A finalised review is a record; a correction is a new review that supersedes it.

struct ReviewAdjustment
{
    qint64 id = 0;
    double percent = 0;
    QString reason;
    bool operator==(const ReviewAdjustment &) const = default;
};

struct ApplicationReview
{
    enum class Decision { None, Accept, Refuse, Supplement };

    qint64 id = 0;
    qint64 applicationId = 0;
    QString reviewer;
    QDate reviewedOn;
    QDate plannedFrom;              // the audit period the competence check covers
    QDate plannedTo;
    QList<ReviewAdjustment> adjustments;
    double onsitePercent = 100;
    std::optional<double> stage1Days;
    std::optional<double> manualTableDays;   // beyond the table's last row (AT-table)
    bool partiesAgreed = false;              // R-5.2.3 (3)
    QDate agreedOn;
    Decision decision = Decision::None;
    QString reasons;
    // The figures, kept when the review is finalised (absent before).
    std::optional<AuditTime::Result> figures;
    QDate finalisedOn;
    QString finalisedBy;
    qint64 supersedesId = 0;
    QString notes;

    bool isFinal() const { return finalisedOn.isValid(); }
    // The audit-time input: the application's personnel with this review's choices.
    AuditTime::Input auditTimeInput(const Application &application) const;
    bool operator==(const ApplicationReview &) const = default;
};

namespace ReviewFields {
const RecordSpec &review();       // application_id … notes (columns in order)
const RecordSpec &adjustment();   // percent, reason
} // namespace ReviewFields

namespace ReviewRules {

QString decisionKey(ApplicationReview::Decision decision);   // none, accept, refuse, supplement
std::optional<ApplicationReview::Decision> decisionFromKey(const QString &key);
QString decisionText(ApplicationReview::Decision decision);
QList<ApplicationReview::Decision> decisions();

// R-5.2.3 (2) for one scope class: the auditors eligible for it over the planned period
// (registration valid, competence confirmed, qualification, no conflict with the client).
struct Competence
{
    QString scopeClass;
    QStringList qualified;   // names
};
QList<Competence> competence(const QList<Auditor> &auditors, qint64 clientId, const QStringList &scopeClasses,
                             const QDate &from, const QDate &to, const RuleParameters &parameters);

// Everything the review checks, in the order a reviewer reads them.
struct Checks
{
    QList<ApplicantEligibility::Condition> conditions;   // E1–E10
    QList<Competence> competence;
    std::optional<AuditTime::Result> auditTime;          // absent while the input has problems
    QList<FieldProblem> auditTimeProblems;
    QList<RuleFinding> findings;                         // R-5.2.3 (1)(2)(3), R-5.2.4, AT-*
    // The errors that keep the application from being accepted.
    QList<RuleFinding> blocking() const;
};
Checks check(const ApplicationReview &review, const Application &application, const QList<Auditor> &auditors,
             const QList<AuditTimeRow> &rows, const RuleParameters &parameters);

// Problems of the review as it stands (field keys: reviewed_on, planned_to, onsite_percent,
// stage1_days, manual_table_days, agreed_on, decision, reasons, adjustments[1].reason …),
// with the checks: accept is refused while a blocking finding stands, naming it.
QList<FieldProblem> validate(const ApplicationReview &review, const Checks &checks);
// The pure part alone (no application at hand).
QList<FieldProblem> validate(const ApplicationReview &review);

// The status a finalised decision gives the application.
std::optional<ApplicationRules::Status> statusAfter(ApplicationReview::Decision decision);

} // namespace ReviewRules
