#pragma once

#include "domain/auditor.h"
#include "domain/rulefinding.h"
#include "domain/ruleparameters.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One reason why an auditor may not work on an audit, with its rule ID,
// a message in the user's language, and the period or scope class it concerns.
struct EligibilityReason
{
    enum Kind {
        InvalidDates,               // the audit dates themselves are not a range (P-dates)
        Inactive,                   // no longer works for the body
        NotAnAuditor,               // technical expert
        NoRegistration,             // number or validity dates not recorded
        RegistrationNotValid,       // not valid on some day of the audit (from..to)
        QualificationNotConfirmed,  // body's 资格确认 missing or later than the first day
        CompetenceMissing,          // scope class not confirmed (scopeClass)
        ConflictOfInterest,         // declared relation within the look-back (from..to)
        ImpartialityNotSigned,      // no impartiality statement signed by the first day
    };
    Kind kind = InvalidDates;
    QString rule;
    QString message;
    QDate from;             // period concerned, when there is one
    QDate to;
    QString scopeClass;     // scope class concerned, for CompetenceMissing
    bool operator==(const EligibilityReason &) const = default;
};

// Whether one auditor may work on an audit, and every reason why not.
struct AuditorEligibility
{
    qint64 auditorId = 0;
    QString name;
    bool eligible = false;
    bool mayLead = false;    // eligible and registered as auditor or senior auditor
    QList<EligibilityReason> reasons;
};

// The question: which auditors may work on this client, for these scope classes, on
// every day from `from` to `to` (inclusive)?
struct EligibilityRequest
{
    qint64 clientId = 0;
    QStringList scopeClasses;            // scope_classes.code
    QDate from;
    QDate to;
    QHash<QString, QString> classNames;  // optional: code -> name shown in messages
};

// The people rules as pure functions over value types.
//
// Decisions, documented here because RULES.md leaves them open:
// - A technical expert (技术专家) is not an auditor: never eligible as one, never
//   counted for a team's competence; a team may include experts without a finding.
// - An intern (实习审核员) is eligible but may not lead (mayLead false).
// - Registration, qualification (资格确认), competence and impartiality statement must be
//   in place on the audit's first day; the registration on every day of the audit.
// - A conflict declaration counts when the relation overlaps the period from `from`
//   minus the look-back (conflict_lookback_months) to `to`; the look-back applies to the
//   end of a relation, an ongoing one always counts, and one starting after the audit
//   does not.
// - Dates in messages are ISO 8601 (the reasons carry the dates for other formats).
namespace Eligibility {

AuditorEligibility evaluate(const Auditor &auditor, const EligibilityRequest &request,
                            const RuleParameters &parameters);
QList<AuditorEligibility> evaluate(const QList<Auditor> &auditors, const EligibilityRequest &request,
                                   const RuleParameters &parameters);

// for a team as a whole: members' registrations, conflicts and qualifications, a
// member who may lead, and for every requested scope class at least one eligible auditor
// (not an expert) with confirmed competence for it. Errors; empty when the team is fine.
QList<RuleFinding> checkTeam(const QList<Auditor> &team, const EligibilityRequest &request,
                             const RuleParameters &parameters);

// the auditor's continuing-education hours in `year` against the minimum; a
// warning when below. Only for active auditors (not experts) registered in that year.
std::optional<RuleFinding> checkEducation(const Auditor &auditor, int year, const RuleParameters &parameters);

// Findings over all auditors for `csisms check` (all warnings; nothing breaks a rule until
// an auditor is put on a team): active auditors with no registration, an expired one,
// an unconfirmed qualification, no impartiality statement, or last year's education
// below the minimum.
QList<RuleFinding> auditorFindings(const QList<Auditor> &auditors, const QDate &today,
                                   const RuleParameters &parameters);

} // namespace Eligibility
