#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;
class RuleParameters;
struct Certificate;

// The retention date of each client's dossier (rule Records, Retention::keepUntil) from
// what the database holds: every certificate of the client and the day its dossier was
// last written (its latest change-log entry).
namespace RetentionCheck {

struct Dossier
{
    qint64 clientId = 0;
    QString clientName;
    QDate keepUntil;   // invalid: nothing recorded
};

// Every client's dossier, in client id order; with a client id, that client's only.
// `certificates`: every certificate, when the caller has loaded them already (all clients).
QList<Dossier> dossiers(const Database &db, const RuleParameters &parameters, qint64 clientId = 0,
                        const QList<Certificate> *certificates = nullptr);

// "Kept until 2032-05-01" with the rule's reason, for the dossier tab and the archive.
QString describe(const QDate &keepUntil, const QDate &today);

} // namespace RetentionCheck
