#pragma once

#include <QDate>

class Database;
class QRandomGenerator;

// Demo findings, decisions and certificates for `csisms demo`, after the programmes: the
// audits done have nonconformities and observations, verified by a member of the team
// within their deadlines (those of the last weeks still open); every cycle whose decision
// date has passed is granted by the demo decision-maker, who is on no team, and its
// certificate lives through what certificates meet: most stay valid, some are suspended
// (then restored, withdrawn, or still suspended), some have their scope extended, one now
// and then is cancelled at the client's request, and those past their expiry are recorded
// as expired. One open nonconformity is past its deadline (F-correction), as a reviewer
// meets it. The same generator state and `today` give the same data.
class CertificateDemo
{
public:
    struct Counts
    {
        int findings = 0;
        int decisions = 0;
        int certificates = 0;
    };
    // Inside the caller's Transaction; throws SqlError.
    static Counts generate(Database &db, QRandomGenerator &random, const QDate &today = QDate::currentDate());
};
