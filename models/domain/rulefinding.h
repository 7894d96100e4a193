#pragma once

#include <QList>
#include <QString>

// One finding of a rule check: the rule ID of RULES.md, error or warning, a message in the
// user's language, and the record it is about (table and id, when there is one) so a page
// can open it. `csisms check --json` prints rule, severity (severityKey) and message.
struct RuleFinding
{
    enum Severity { Error, Warning };

    QString rule;             // e.g. "A-4.2"
    Severity severity = Error;
    QString message;
    QString table;            // record concerned, e.g. "auditors"; empty when none
    qint64 rowId = 0;

    static QString severityKey(Severity severity)
    {
        return severity == Error ? QStringLiteral("error") : QStringLiteral("warning");
    }
    bool operator==(const RuleFinding &) const = default;
};
