#pragma once

#include "domain/audittime.h"
#include "domain/fieldproblem.h"
#include "domain/fieldspec.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The certification contract (认证合同, RULES.md 5.3) as a value type and pure rules: made
// from an accepted review, with the parties, fee items in CNY, the audit-time figures the
// review kept, and the duties of the body (5.3.2 (1)–(3)) and the client (5.3.3 (1)–(6)) as
// acknowledged checklists. Draft → signed → terminated; a signed contract is read only, and
// a change is an amendment: a new version naming the one it amends.

// One duty of the rules' contract clauses (reference data, both languages).
struct ContractDuty
{
    QString code;      // "5.3.2(1)"
    QString party;     // "body" or "client"
    QString textZh;
    QString textEn;
    QString text() const;   // in the user's language
};

namespace ContractDuties {
// The duties shipped in resources/reference/contract-duties.json, in order.
const QList<ContractDuty> &shipped();
QStringList codes();
} // namespace ContractDuties

struct FeeItem
{
    qint64 id = 0;
    QString item;
    qint64 amountFen = 0;   // CNY in fen (分): exact sums
    bool operator==(const FeeItem &) const = default;
};

struct Contract
{
    enum class Status { Draft, Signed, Terminated };

    qint64 id = 0;
    qint64 applicationId = 0;
    qint64 reviewId = 0;
    QString number;
    int version = 1;
    qint64 amendsId = 0;
    QString clientParty;           // the client's name as it signs
    QString bodyParty;             // the body's name
    Status status = Status::Draft;
    QDate signedOn;
    QDate terminatedOn;
    QString terminationReason;
    std::optional<AuditTime::Result> figures;   // carried from the review
    QList<FeeItem> fees;
    QStringList acknowledged;      // duty codes ticked
    QString notes;

    qint64 totalFen() const;
    bool isReadOnly() const { return status != Status::Draft; }
    bool operator==(const Contract &) const = default;
};

namespace ContractFields {
const RecordSpec &contract();    // application_id … notes
const RecordSpec &fee();         // item, amount_fen
} // namespace ContractFields

namespace ContractRules {

QString statusKey(Contract::Status status);   // draft, signed, terminated
std::optional<Contract::Status> statusFromKey(const QString &key);
QString statusText(Contract::Status status);

// "12,345.60" (in the user's locale, with the currency: ¥12,345.60) and back ("12345.6",
// "12,345.60", "¥12 345,60" in a locale that writes so); nullopt when it is no amount.
QString amountText(qint64 fen);
std::optional<qint64> parseAmount(const QString &text);

// Problems of a draft as it stands (parties, fee items: a name each, amounts ≥ 0).
QList<FieldProblem> validate(const Contract &contract);
// What signing needs beyond that: the signing date (not before the review's
// acceptance), at least one fee item, every duty acknowledged.
QList<FieldProblem> signingProblems(const Contract &contract, const QDate &signedOn, const QDate &acceptedOn);

} // namespace ContractRules
