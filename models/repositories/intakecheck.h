#pragma once

#include "domain/rulefinding.h"

#include <QList>

class Database;

// The intake rules (RULES.md 5.1 to 5.3) over a whole database, for `csisms check`: every
// application against, R-5.2.3 (1) and as stored (an application accepted
// although a condition blocks it, a client new to the body recorded for another type), its
// status against its dated history, the D2 proofs of an accepted application, every signed
// contract against 5.3.1 (signed after the acceptance) and 5.3 (every duty acknowledged),
// and every attached file against the SHA-256 and size its logged row holds. Throws SqlError.
class IntakeCheck
{
public:
    static QList<RuleFinding> findings(Database &db);
};
