#pragma once

#include "fieldspec.h"

#include <QList>
#include <QString>

// One finding of a rule check: the rule ID of RULES.md, error or warning, a message in the
// user's language, and the record it is about (its record type and id, when there is one)
// so a page can open it. The domain names record types, never tables: the repositories
// know which table holds which type. `csisms check --json` prints rule, severity
// (severityKey) and message.
struct RuleFinding
{
    enum Severity { Error, Warning };

    QString rule;             // e.g. "A-4.2"
    Severity severity = Error;
    QString message;
    const RecordSpec *record = nullptr;   // type of the record concerned (AuditorFields::auditor() …)
    qint64 rowId = 0;

    static QString severityKey(Severity severity)
    {
        return severity == Error ? QStringLiteral("error") : QStringLiteral("warning");
    }
    bool operator==(const RuleFinding &) const = default;
};
