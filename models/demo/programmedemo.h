#pragma once

#include <QDate>

class Database;
class QRandomGenerator;

// Demo audit programmes for `csisms demo`: one for each signed contract, the decision
// planned some weeks after the signing (recorded once it is past), the audits proposed by
// the generator; audits past are done (now and then a day later than planned), those of
// the next weeks confirmed, one now and then cancelled; teams of eligible auditors with a
// leader where the register has them. Most programmes pass every rule; some carry what
// a reviewer meets in practice: a surveillance planned too late (P-5.4.1.4-interval), a
// stage 1 without the reason for a shift it does not cover (P-5.4.1.5). Clients get their
// cloud services (one or two typical). The same generator state and `today` give the same data.
class ProgrammeDemo
{
public:
    // Inside the caller's Transaction; throws SqlError. Returns the programmes written.
    static int generate(Database &db, QRandomGenerator &random, const QDate &today = QDate::currentDate());
};
