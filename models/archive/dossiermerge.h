#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariant>

#include <memory>

class Database;

// Bringing one client's dossier (an archive bundle of scope "client", ArchiveExport) into
// a database: the office's dossier onto a reviewer's laptop, and the laptop's work back.
//
// plan() reads and checks the bundle (ArchiveImport::verify, and every change-log entry
// in it against its own hash) and finds, record by record, what it holds that this
// database has too. A record is the same record when
// - the bundle comes from this database (same ChangeLog::databaseId) and has its id,
// - a record link (record_links) written by an earlier exchange, on either side, says so,
// - or it has the same natural key (a UNIQUE column set: the client's credit code, an
//   application's number, a contract's number and version, …) within the client's dossier.
// The records the bundle refers to outside the dossier (auditors, users, attachments,
// scope classes) are found by their natural key or equal values, and added when missing.
//
// apply() writes, in one transaction: the records new here (with new ids), the bundle's
// values of the differing records the user chose to take (every other record stays as it
// is: nothing is overwritten without that choice, and no record is deleted), links for
// the next exchange, a dossier_merges row, and the bundle's change-log entries this
// database did not have, kept as they were in peer_log_entries (each verifiable by its
// hash; the merge row holds their digest). Every record written is logged with origin
// "merge", so this database's own chain stays whole.
namespace DossierMerge {

struct Difference
{
    QString column;
    QString label;      // the field's name in the user's language
    QVariant here;
    QVariant bundle;    // as it would be stored here (references translated to this database)
};

struct Record
{
    enum Kind { Added, Differs };
    Kind kind = Added;
    QString table;
    qint64 bundleId = 0;
    qint64 localId = 0;          // 0 for a record new here
    bool external = false;       // an auditor, user, attachment or scope class the dossier refers to
    QString name;                // "Application “SQ-2026-001”"
    QList<Difference> differences;
    QString hereChanged;         // the last logged change of each side: "2026-11-30 10:12 王芳"
    QString bundleChanged;
};

struct PlanData;

struct Plan
{
    QString error;               // the bundle is refused (nothing can be applied)
    QString clientName;
    qint64 localClientId = 0;    // 0: the client is new here
    QList<Record> records;       // every added and every differing record
    int same = 0;                // records equal on both sides
    int localOnly = 0;           // records of the dossier only here (kept)
    int peerEntries = 0;         // change-log entries of the bundle new here
    std::shared_ptr<const PlanData> data;

    int added() const;
    int differing() const;
    // True when applying would write something.
    bool hasWork() const { return added() > 0 || differing() > 0 || peerEntries > 0; }
};

Plan plan(const Database &db, const QString &bundlePath);

struct Result
{
    QString error;               // nothing was written when set
    qint64 clientId = 0;         // the client's id here
    int added = 0, taken = 0, kept = 0, peerEntries = 0;
};

// `take`: the indexes into plan.records of the differing records whose bundle values are
// to replace this database's. Refused when the database changed since the plan.
Result apply(Database &db, const Plan &plan, const QSet<int> &take);

// The value of a field for a person to read (empty for none).
QString displayValue(const QVariant &value);

} // namespace DossierMerge
