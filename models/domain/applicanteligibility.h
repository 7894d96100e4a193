#pragma once

#include "domain/rulefinding.h"
#include "domain/ruleparameters.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// Whether an applicant may be certified (RULES.md 5.1.2, E1–E10, and the review rules
// and R-5.2.3 (1) that read them), as pure functions over the facts of an
// application: the states of DESIGN.md's `csisms-application/1`, the date tests computed
// with A = the application's received date and the rule parameters, each with its reason
// in words ("运行 2 个月 12 天；需满 3 个月 (E3)").
namespace ApplicantEligibility {

enum class State { Met, NotMet, NotApplicable, Unknown };
QString stateKey(State state);                          // met, not_met, not_applicable, unknown
std::optional<State> stateFromKey(const QString &key);
QString stateText(State state);                         // in the user's language

// A date the application gives for a condition: absent (unknown), null (none: the event
// never happened), or a date.
struct DateFact
{
    bool given = false;
    QDate date;   // invalid when given as null
    static DateFact absent() { return {}; }
    static DateFact none() { return {true, {}}; }
    static DateFact on(const QDate &d) { return {true, d}; }
    bool operator==(const DateFact &) const = default;
};

// A condition the reviewer states (E1, E2, E10): the state they chose, with evidence.
struct Stated
{
    std::optional<State> state;   // absent: unknown
    QString evidence;
    bool operator==(const Stated &) const = default;
};

struct Facts
{
    Stated legalPerson;                      // E1
    Stated permits;                          // E2 (may be not applicable)
    DateFact operatingSince;                 // E3: ISMS and CSISMS operating since
    DateFact formerSuspension;               // E4: a former body suspended/withdrew, for the applicant's reasons
    DateFact formerBodyWithdrawn;            // E5: the former body lost its CSISMS qualification
    std::optional<bool> orderedToSuspend;    // E6: ordered to suspend business for rectification
    std::optional<bool> onDishonestyList;    // E7: on the serious-violation / dishonesty lists
    DateFact majorIncident;                  // E8: major incident with an order to stop
    DateFact failedSpotCheck;                // E9: failed national spot check
    bool spotCheckRectified = false;         // E9
    Stated other;                            // E10
    bool operator==(const Facts &) const = default;
};

struct Condition
{
    QString id;        // E1 … E10
    State state = State::Unknown;
    QString message;   // why, in the user's language, ending with the ID: "… (E3)"
    bool operator==(const Condition &) const = default;
};

// The ten conditions in order, for an application received on `receivedOn`.
QList<Condition> evaluate(const Facts &facts, const QDate &receivedOn, const RuleParameters &parameters);

// A condition as one line of a checks list: "✓ E3 met: …", "✗ …", "? …" (unknown).
QString conditionLine(const Condition &condition);

// R-5.2.2 (E6 or E7 not met: refuse, whatever else stands) and R-5.2.3 (1) (a condition
// not met or unknown), as errors that block acceptance.
QList<RuleFinding> reviewFindings(const QList<Condition> &conditions);

// Whole months and days from `from` to `to` as the rules count them: the largest m with
// from <= to.addMonths(-m), then the days from `from` to to.addMonths(-m). 0 months when
// `from` is after `to` (days then negative).
struct MonthsAndDays
{
    int months = 0;
    int days = 0;
    bool operator==(const MonthsAndDays &) const = default;
};
MonthsAndDays elapsed(const QDate &from, const QDate &to);
QString elapsedText(const MonthsAndDays &elapsed);   // "2 months 12 days" / "2 个月 12 天"

} // namespace ApplicantEligibility
