#pragma once

#include "domain/applicanteligibility.h"
#include "domain/audittime.h"
#include "io/applicationfile.h"

#include <QJsonObject>

// The check of one application (DESIGN.md `application check`): the eligibility conditions
// E1–E10, the review findings, R-5.2.3 (1) and, and the audit time with its
// findings (AT-table, AT-reduction, AT-onsite). From a file, competence (R-5.2.3 (2)) and
// the parties' agreement (3) are not checked; the review in the database checks them.
struct ApplicationCheck
{
    QList<ApplicantEligibility::Condition> conditions;
    QList<RuleFinding> findings;
    AuditTime::Result auditTime;
    bool acceptable = false;   // no error found

    static ApplicationCheck run(const ApplicationFile &application, const QList<AuditTimeRow> &table,
                                const RuleParameters &parameters);

    // {"acceptable", "conditions", "findings", "audit_time"} exactly as DESIGN.md prints it.
    QJsonObject toJson() const;
    // The same for a person, in the user's language.
    QString toText(const ApplicationFile &application) const;
};
