#pragma once

#include "domain/eligibility.h"
#include "domain/rulefinding.h"

#include <QDate>
#include <QList>

class Database;

// The people rules over a whole database, for `csisms check`, the Due page and later
// issues: loads auditors, rule parameters and scope-class names and runs the pure
// functions of Eligibility. Throws SqlError (callers at a user boundary catch it).
class PeopleCheck
{
public:
    // A-4.x findings over every active auditor (see Eligibility::auditorFindings): all
    // warnings; each names the auditor (table "auditors", rowId).
    static QList<RuleFinding> findings(Database &db, const QDate &today = QDate::currentDate());

    // Every active auditor with eligible yes/no and every reason why not, for a client,
    // scope classes and audit days. Scope-class names in the messages are added here.
    static QList<AuditorEligibility> eligibility(Database &db, EligibilityRequest request);
};
