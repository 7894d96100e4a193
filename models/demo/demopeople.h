#pragma once

#include <QDate>
#include <QList>

class Database;
class QRandomGenerator;

// Realistic demo people for `csisms demo`: the body's auditors (Chinese names with their
// pinyin, CCAA-style registration numbers, levels, validity periods, qualification and
// competence confirmations, continuing education, impartiality statements, a few
// conflict-of-interest declarations with the given clients) and, on a database without
// user profiles, one profile per role. The same generator state and `today` give the
// same data.
class DemoPeople
{
public:
    // Writes through the repositories (validated and logged) in one transaction, after
    // seeding the reference data if needed. Throws SqlError; nothing is written then.
    static void generate(Database &db, QRandomGenerator &random, int auditorCount,
                         const QList<qint64> &clientIds, const QDate &today = QDate::currentDate());
};
