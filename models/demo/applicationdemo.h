#pragma once

#include <QDate>
#include <QList>

class Database;
class QRandomGenerator;

// Demo applications for `csisms demo`: most clients applied once for an initial
// certification some years ago (accepted), some lately (a reviewer's work queue in every
// status: drafts, submitted, under review, supplement requested and resubmitted), some were
// refused (one of them an applicant ordered to suspend business, R-5.2.2) or withdrew, and
// some applied again for recertification. Scope classes, sites, groups doing identical work,
// outsourced processes, eligibility facts, documents D1–D9 (D2 per legal entity, now and
// then one missing) and, on the first applications, attached files. The status history is
// dated and consistent with the flow. The same generator state and `today` give the same data.
class ApplicationDemo
{
public:
    // Inside the caller's Transaction; throws SqlError. Returns the applications written.
    static int generate(Database &db, QRandomGenerator &random, const QList<qint64> &clientIds,
                        const QDate &today = QDate::currentDate());
};
