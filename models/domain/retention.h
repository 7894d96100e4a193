#pragma once

#include <QDate>
#include <QList>

class RuleParameters;
struct Certificate;

// Rule "Records" (RULES.md): how long a client's dossier must be kept. Records are kept at
// least for the current cycle plus one full cycle (cycle_years), and at least
// record_retention_years after a certificate expires, is withdrawn or is cancelled.
namespace Retention {

struct Facts
{
    QList<QDate> certificateEnds;   // each certificate's end (certificateEnd)
    QDate lastRecorded;             // the day the dossier was last written (its latest change-log entry)
};

// The day a certificate's cycle ended or ends: the day it was withdrawn or cancelled
// (by events that stand), else its expiry date.
QDate certificateEnd(const Certificate &certificate);

// The day until which the dossier is kept: the latest of each certificate's end plus one
// full cycle and plus record_retention_years, and of the last recorded day plus one full
// cycle (a dossier whose cycle has no certificate — an application refused or still in
// progress — is kept for a full cycle after its last step). Invalid for a dossier with
// nothing recorded.
QDate keepUntil(const Facts &facts, const RuleParameters &parameters);

// True when the dossier may be disposed of on `today` under the rule: its retention date
// has passed.
bool isPast(const Facts &facts, const QDate &today, const RuleParameters &parameters);

} // namespace Retention
