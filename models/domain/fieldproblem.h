#pragma once

#include <QString>

// A field of a record that fails validation, with the message to show beside it; every
// record type's rules give these (ClientRules::validate, AuditorRules::validate, …).
struct FieldProblem
{
    QString field;     // the field's key as its RecordSpec declares it (name_zh, credit_code,
                       // …), or a sub-record's field: sites[2].name
    QString message;   // in the user's language
    QString rule;      // the rule's ID in RULES.md when a certification rule is broken
                       // (E3, P-5.4.1.4-first); empty for plain data checks
    bool operator==(const FieldProblem &) const = default;
};
