#pragma once

#include "domain/fieldproblem.h"
#include "domain/fieldspec.h"
#include "domain/finding.h"
#include "domain/rulefinding.h"
#include "domain/ruleparameters.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The audit programme of one client and one certification cycle (审核方案, RULES.md 5.4)
// as value types, and the P-rules as pure functions over them. The same types hold a
// programme read from a `csisms-programme/1` file and one kept in the database, so the
// command line, the programme page and `csisms check` give the same findings.

// A cloud service the client offers within the scope; the typical ones (典型产品和服务)
// must be sampled by the initial and the recertification audit (P-5.4.1.3-services).
struct CloudService
{
    QString name;
    bool typical = false;
    bool operator==(const CloudService &) const = default;
};

// A person on an audit team: the auditor's id in the database (0 in a file) and role.
struct TeamMember
{
    enum class Role { Leader, Member, Expert };
    qint64 auditorId = 0;
    QString name;        // as shown (kept for files and messages)
    Role role = Role::Member;
    bool operator==(const TeamMember &) const = default;
};

struct ProgrammeAudit
{
    enum class Kind { Stage1, Stage2, Surveillance, Recertification, Special };
    enum class Status { Planned, Confirmed, Done, Cancelled };
    enum class Method { OnSite, Remote, Combined };

    qint64 id = 0;
    Kind kind = Kind::Surveillance;
    QDate plannedStart;
    QDate plannedEnd;
    QDate actualStart;                   // null until recorded
    QDate actualEnd;
    std::optional<double> days;          // auditor days planned (P-days)
    Method method = Method::OnSite;
    Status status = Status::Planned;
    QStringList shifts;                  // the client's shifts this audit covers
    QMap<QString, QString> shiftReasons; // shift not covered -> why (P-5.4.1.5)
    bool allControls = false;            // covers the whole catalogue
    QStringList controls;                // catalogue IDs covered (when not all)
    QStringList services;                // cloud services sampled
    QStringList sites;                   // sites visited
    QList<TeamMember> team;
    QList<AuditFinding> findings;        // nonconformities and observations (审核发现)
    QString notes;

    // The operative dates (RULES.md conventions): the actual ones once recorded.
    QDate start() const { return actualStart.isValid() ? actualStart : plannedStart; }
    QDate end() const { return actualEnd.isValid() ? actualEnd : plannedEnd; }
    bool counts() const { return status != Status::Cancelled; }
    bool covers(const QString &control) const { return allControls || controls.contains(control); }
    bool operator==(const ProgrammeAudit &) const = default;
};

// The days the review calculated for each kind of audit (P-days); absent: not known.
struct ReviewDays
{
    std::optional<double> stage1;
    std::optional<double> stage2;
    std::optional<double> surveillance;
    std::optional<double> recertification;
    std::optional<double> forKind(ProgrammeAudit::Kind kind) const;
    bool operator==(const ReviewDays &) const = default;
};

struct Programme
{
    enum class Cycle { Initial, Recertification };

    qint64 id = 0;
    qint64 clientId = 0;
    qint64 contractId = 0;
    QString clientName;
    QStringList clientShifts;            // the client works in shifts when not empty
    QList<CloudService> services;
    QStringList clientSites;
    QStringList scopeClasses;            // of the application (the team must cover them, A-4.2)
    Cycle cycle = Cycle::Initial;
    QDate contractSignedOn;              // null: no signed contract known
    QDate plannedDecision;               // the certification decision, as planned
    QDate actualDecision;                // as recorded (next issue: the decision record)
    QDate expiry;                        // null: from the decision (cycle_years)
    ReviewDays reviewDays;
    QList<ProgrammeAudit> audits;
    QString notes;

    // D: the recorded decision, else the planned one.
    QDate decisionDate() const { return actualDecision.isValid() ? actualDecision : plannedDecision; }
    // E: as given, else D + cycle years − 1 day.
    QDate expiryDate(int cycleYears) const;
    bool operator==(const Programme &) const = default;
};

// Made only of Qt's implicitly shared values, dates and plain values: a list may move them
// with memmove when it grows (the Due page reads tens of thousands).
Q_DECLARE_TYPEINFO(CloudService, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(TeamMember, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(ProgrammeAudit, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Programme, Q_RELOCATABLE_TYPE);

// One violation: the finding (rule ID, severity, sentence) and the audit it concerns (its
// index in Programme::audits; -1 for the programme as a whole).
struct ProgrammeViolation
{
    RuleFinding finding;
    int audit = -1;
    bool operator==(const ProgrammeViolation &) const = default;
};

// The fields of the programme aggregate, declared once (column order; a sub-record's
// parent column is not among its fields).
namespace ProgrammeFields {
const RecordSpec &programme();   // client_id, contract_id, cycle, planned_decision_on, decided_on, expires_on, notes
const RecordSpec &audit();       // kind … notes
const RecordSpec &team();        // auditor_id, role
const RecordSpec &shift();       // shift_id, covered, reason
const RecordSpec &service();     // service_id
const RecordSpec &site();        // site_id
} // namespace ProgrammeFields

namespace ProgrammeRules {

// What keeps a programme from being saved (the P-rules are findings, not refusals): a
// planned decision date, an expiry after it, each audit's planned dates (start not after
// end), recorded dates as a pair, a done audit's recorded dates, days not negative, a
// team with at most one leader and nobody twice, reasons no longer than a note. Field
// keys: planned_decision_on, expires_on, audits[2].planned_start, audits[0].team …
QList<FieldProblem> validate(const Programme &programme);

QString kindKey(ProgrammeAudit::Kind kind);          // stage1, stage2, surveillance, recertification, special
std::optional<ProgrammeAudit::Kind> kindFromKey(const QString &key);
QString kindLabel(ProgrammeAudit::Kind kind);        // in the user's language
QList<ProgrammeAudit::Kind> kinds();
QString statusKey(ProgrammeAudit::Status status);    // planned, confirmed, done, cancelled
std::optional<ProgrammeAudit::Status> statusFromKey(const QString &key);
QString statusLabel(ProgrammeAudit::Status status);
QList<ProgrammeAudit::Status> statuses();
QString methodKey(ProgrammeAudit::Method method);    // onsite, remote, combined
std::optional<ProgrammeAudit::Method> methodFromKey(const QString &key);
QString methodLabel(ProgrammeAudit::Method method);
QList<ProgrammeAudit::Method> methods();
QString cycleKey(Programme::Cycle cycle);            // initial, recertification
std::optional<Programme::Cycle> cycleFromKey(const QString &key);
QString cycleLabel(Programme::Cycle cycle);
QString roleKey(TeamMember::Role role);              // leader, member, expert
std::optional<TeamMember::Role> roleFromKey(const QString &key);
QString roleLabel(TeamMember::Role role);

// "the second surveillance audit" / "第二次监督审核": the audit at `index` named by its kind
// and its place among the counted audits of that kind (by end date).
QString auditName(const Programme &programme, int index);

// The window the rules allow an audit of a kind to take place in (its end date), for the
// timeline: stage audits between the contract and D; the first surveillance after D up to
// D + 12 months; the next one up to 15 months after the one before, within the calendar
// year the year rule asks for; the recertification audit up to E (the last
// `recertification_warning_days` of it are a warning). Null dates: no bound known.
struct Window
{
    QDate from;
    QDate to;
    QDate warnFrom;       // from here to `to` is allowed with a warning
};
Window window(const Programme &programme, int index, const RuleParameters &parameters);

// Every P-rule of RULES.md over the programme, in the order of the table. Cancelled
// audits count for nothing. `catalogue` is the control IDs of the ISO/IEC 27017 catalogue.
// Decisions where RULES.md is silent (documented in README):
// - a recertification programme needs surveillance(s) and a recertification audit, no
//   stage audits (they belong to the initial cycle);
// - P-5.4.1.3 and -services say nothing about audit kinds that are missing (P-5.4.1.2 does);
// - P-dates also asks every audit to have its dates and the recertification audit to
//   start after D;
// - without a contract date P-5.3.1 gives no finding (a file without one; in the database
//   a programme always comes from a signed contract).
QList<ProgrammeViolation> check(const Programme &programme, const QStringList &catalogue,
                                const RuleParameters &parameters);
bool hasErrors(const QList<ProgrammeViolation> &violations);

// The controls of `catalogue` that the given audits do not cover together.
QStringList uncovered(const Programme &programme, const QList<int> &audits, const QStringList &catalogue);

// P-sites: how many sites an audit of a kind must visit for a client with n sites.
int sitesRequired(ProgrammeAudit::Kind kind, int siteCount, const RuleParameters &parameters);

} // namespace ProgrammeRules

// The programme generator (`programme propose`, the page's Propose): keeps every audit
// given and adds the ones missing, with dates, days, shifts and reasons, services, sites
// and controls, so that the result passes every P-rule with no error and no warning
// whenever the audits given allow it.
namespace ProgrammePlanner {

struct Catalogue
{
    QStringList ids;        // in catalogue order
    QStringList clauses;    // the clause of each id (same order)
};

Programme propose(const Programme &programme, const Catalogue &catalogue, const RuleParameters &parameters);

} // namespace ProgrammePlanner
