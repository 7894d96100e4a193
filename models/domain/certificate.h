#pragma once

#include "domain/fieldproblem.h"
#include "domain/fieldspec.h"
#include "domain/programme.h"
#include "domain/rulefinding.h"
#include "domain/ruleparameters.h"
#include "domain/user.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The certification decision (认证决定) and the certificate (证书) it issues, with the
// certificate's life as a list of events (RULES.md, Certificates). Value types and pure
// rule functions: the decision's preconditions, the certificate's state machine, the
// C-rules.

// A certification decision on one programme's cycle: grant or refuse, by whom, when, why.
struct CertificationDecision
{
    enum class Outcome { Grant, Refuse };
    qint64 id = 0;
    qint64 programmeId = 0;
    Outcome outcome = Outcome::Grant;
    QDate decidedOn;
    qint64 decidedBy = 0;       // user id
    QString deciderName;        // as the user was named then (the record keeps it)
    QString reasons;
    bool operator==(const CertificationDecision &) const = default;
};

// One event of a certificate's life. Events are only ever added: a mistaken one is
// reversed by a Reverse event naming it.
struct CertificateEvent
{
    enum class Kind { Issue, Suspend, Restore, Withdraw, Cancel, Expire, Extend, Reduce, Reverse };
    qint64 id = 0;
    Kind kind = Kind::Issue;
    QDate occurredOn;
    QString reasonCode;         // cnca-codes.json: suspension_reason, withdrawal_reason, change_type
    QString note;
    qint64 reverses = 0;        // Reverse: the event taken back
    QString scopeZh;            // Extend, Reduce (and Issue): the scope from then on
    QString scopeEn;
    QString recordedBy;         // the user's name
    bool operator==(const CertificateEvent &) const = default;
};

// CNCA certificate status codes (cnca-codes.json certificate_status).
enum class CertificateStatus { Valid, Suspended, Withdrawn, Cancelled, Expired };

struct Certificate
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 programmeId = 0;
    qint64 decisionId = 0;
    QString clientName;
    QString number;
    QString scopeZh;            // as issued; the current scope comes from the events
    QString scopeEn;
    QStringList scopeClasses;
    QStringList sites;          // as printed: "name — address"
    QString standard;
    QDate issuedOn;
    QDate firstIssuedOn;        // of the first certificate of an unbroken chain of cycles
    QDate expiresOn;
    QList<CertificateEvent> events;   // in the order recorded
    bool operator==(const Certificate &) const = default;
};

// What the events make of a certificate on a day.
struct CertificateState
{
    CertificateStatus status = CertificateStatus::Valid;
    QDate since;                // the date of the event that set the status (issue, suspension …)
    QString scopeZh;
    QString scopeEn;
    QList<int> effective;       // indexes into events that stand (not reversed), in order
    bool expiredByDate = false; // expired because the expiry date passed, not by an event
};

namespace CertificateFields {
const RecordSpec &certificate();  // client_id, programme_id, decision_id, number, scope_zh, scope_en, scope_classes,
                                  // sites, standard, issued_on, first_issued_on, expires_on, status
const RecordSpec &event();        // kind, occurred_on, reason_code, note, reverses, scope_zh, scope_en, recorded_by
const RecordSpec &decision();     // programme_id, outcome, decided_on, decided_by, decider_name, reasons
} // namespace CertificateFields

namespace CertificateRules {
QString statusCode(CertificateStatus status);          // 01 … 05
std::optional<CertificateStatus> statusFromCode(const QString &code);
QString statusLabel(CertificateStatus status);         // in the user's language
QList<CertificateStatus> statuses();
QString eventKey(CertificateEvent::Kind kind);         // issue, suspend, restore, withdraw, cancel, expire, extend, reduce, reverse
std::optional<CertificateEvent::Kind> eventFromKey(const QString &key);
QString eventLabel(CertificateEvent::Kind kind);
QList<CertificateEvent::Kind> eventKinds();
QString outcomeKey(CertificationDecision::Outcome outcome);   // grant, refuse
std::optional<CertificationDecision::Outcome> outcomeFromKey(const QString &key);
QString outcomeLabel(CertificationDecision::Outcome outcome);

// The certificate as its events leave it on `day` (events after `day` do not count; a
// null day: all events). A valid or suspended certificate past its expiry date is expired.
CertificateState stateOn(const Certificate &certificate, const QDate &day = QDate());

// The events that may follow in a state (the state machine): valid → suspend, withdraw,
// cancel, expire, extend, reduce; suspended → restore, withdraw, cancel, expire, reduce;
// withdrawn, cancelled, expired → none. Reverse is possible whenever an event other than
// the issue stands.
QList<CertificateEvent::Kind> allowedEvents(CertificateStatus status);

// The reason codes an event needs, by the list of cnca-codes.json it takes them from
// (suspension_reason, withdrawal_reason, change_type), empty when it needs none.
QString reasonList(CertificateEvent::Kind kind);

// Why `event` cannot be added to the certificate on `today` (empty: it can). `codes`: the
// valid reason codes of the list the event needs. Field keys: kind, occurred_on,
// reason_code, note, reverses, scope_zh.
QList<FieldProblem> eventProblems(const Certificate &certificate, const CertificateEvent &event, const QDate &today,
                                  const QStringList &codes);

// The C-rules on `today`:
// - C-suspend-max: a suspended certificate is restored or withdrawn within
//   suspension_max_months; a warning while suspended, an error once that is passed;
// - C-surveillance-overdue: a valid certificate whose programme has a surveillance
//   audit not done when its window closed (or no surveillance when the first should have
//   ended) is due for suspension. `programme` may be null (no programme known: no finding).
QList<RuleFinding> check(const Certificate &certificate, const Programme *programme, const QDate &today,
                         const RuleParameters &parameters);
// The last day of the suspension's allowed length (null when not suspended on `today`).
QDate suspensionLimit(const Certificate &certificate, const QDate &today, const RuleParameters &parameters);
// The surveillance audits (indexes) of the programme whose window has closed without the
// audit done; -1 in the list: no surveillance planned and the first one's time has passed.
QList<int> overdueSurveillances(const Programme &programme, const QDate &today, const RuleParameters &parameters);
} // namespace CertificateRules

// What the decision rests on and who takes it.
struct DecisionBasis
{
    Programme programme;                 // the cycle decided on
    QList<ProgrammeAudit> decisive;      // the audits the decision rests on: stage 1 and 2 of an
                                         // initial cycle, the previous cycle's recertification audit
    User decider;
    QDate today;
    QDate previousExpiry;                // recertification: the expiry of the certificate it follows
    QDate previousFirstIssue;
    bool alreadyDecided = false;
};

namespace DecisionRules {
// Why the decision cannot be taken (empty: it can), each with its rule ID:
// - C-decision-role: only a user with the decision-maker role decides;
// - C-decision-impartial: nobody on the team of an audit of the cycle, or of an audit the
//   decision rests on, decides (ISO/IEC 17021-1; RULES.md People);
// - C-decision-audits: the audits it rests on are done, and it is dated on or after the last
//   of them and not after today; one decision per cycle;
// - C-decision-findings (a grant): every major nonconformity of those audits is verified
//   closed and every minor one has an accepted corrective-action plan.
// Field keys: decided_by, decided_on, outcome, reasons.
QList<FieldProblem> problems(const DecisionBasis &basis, const CertificationDecision &decision);

// A grant's certificate dates: issue = the decision date; expiry = D + cycle years − 1 day,
// or, for a recertification decided on or before the previous expiry E, E + cycle years
// (the cycle continues, and so does the original issue date).
struct Dates
{
    QDate issued;
    QDate firstIssued;
    QDate expires;
};
Dates certificateDates(const DecisionBasis &basis, const QDate &decidedOn, const RuleParameters &parameters);
} // namespace DecisionRules
