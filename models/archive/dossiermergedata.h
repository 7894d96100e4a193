#pragma once

// What the parts of DossierMerge share (not for use outside models/archive): the bundle's
// tables as read, the change-log entries, what a plan found, and the helpers that compare
// and name values. dossierbundle.cpp reads the bundle, dossierplanner.cpp plans, and
// dossiermerge.cpp applies.

#include "archive/archiveimport.h"
#include "archive/dossiermerge.h"
#include "archive/dossierschema.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace DossierMerge {

// Tables a merge treats by themselves rather than as records of the dossier.
inline const QString kLinks = QStringLiteral("record_links");
inline const QString kMerges = QStringLiteral("dossier_merges");
inline const QString kPeerLog = QStringLiteral("peer_log_entries");

inline bool isSpecial(const QString &table) { return table == kLinks || table == kMerges || table == kPeerLog; }

struct Table
{
    QStringList columns;
    QList<QVariantList> rows;
    int column(const QString &name) const { return int(columns.indexOf(name)); }
};

// A change-log entry of either side's log, as the bundle holds it.
struct Entry
{
    QString peerDatabase;
    qint64 entryId = 0;
    QVariantList values;   // logged_at … origin, as in peer_log_entries
    QString hash;
};

// The columns of a change-log entry as peer_log_entries keeps them (logged_at … origin).
extern const QStringList kEntryColumns;

// Equal as SQLite values (an integer and the same real are equal; null only to null).
bool sameValue(const QVariant &a, const QVariant &b);
// A row as a JSON object of its columns (blobs left out), for RecordLabels.
QJsonObject imageOf(const QStringList &columns, const QVariantList &values);
// "2026-11-30 10:12 王芳": when and by whom, for a person to read.
QString changeText(const QString &loggedAt, const QString &user);
QString linkKey(const QString &peer, const QString &table, qint64 id);
QString recordKey(const QString &table, qint64 id);

// What plan() found, for apply().
struct PlanData
{
    DossierSchema schema;
    QString ourId;
    QString peer;
    QString head;              // this database's head when planned
    QString bundleHash;
    QString peerHead;
    QHash<QString, Table> tables;
    // bundle id -> local id of every record found here, per table
    QHash<QString, QHash<qint64, qint64>> found;
    // links this database has: (peer database, table, peer id) -> local id
    QHash<QString, qint64> links;
    // the other identities the bundle's links give its records: (table, bundle id) -> (peer, id)
    QHash<QString, QList<std::pair<QString, qint64>>> bundleLinks;
    QList<Entry> peerEntries;  // new here, in the bundle's order
};

// Reads every data/*.json of the bundle (a dossier is small), each checked again against
// the manifest's hash.
QString readTables(const QString &path, const ArchiveImport::Manifest &manifest, QHash<QString, Table> *tables);
// The entries of a log table (change_log or peer_log_entries) of the bundle, each checked
// against its own hash.
QString readEntries(const Table &t, const QString &peer, bool own, QList<Entry> *out);

} // namespace DossierMerge
