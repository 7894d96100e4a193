#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QVariant>
#include <QString>
#include <QStringList>

#include <functional>

class Database;

// Restores a database from an archive bundle (csisms-archive/1, see ArchiveExport). First
// the whole bundle is checked without writing anything: the zip itself (ZipReader: paths,
// links, duplicates, sizes, damage), the manifest (the format, a schema version this
// program has, every file listed with its size and SHA-256, nothing unlisted), and every
// file's hash. Then, into an empty database and in one transaction, every table's rows
// go in as the bundle holds them (each entry hashed again as it is read); the restored
// change log must end in the manifest's head hash and verify, and the foreign keys hold,
// or everything is rolled back. A bundle of an older schema version is loaded into a
// staging database of its own version beside the target, upgraded there by the shipped
// migrations, and then copied into the target in one transaction (its data/*.json are then
// of the new schema when exported again).
namespace ArchiveImport {

struct Manifest
{
    QString format;
    int schemaVersion = 0;
    QString scope;
    QString headHash;
    qint64 logEntries = 0;
    QString databaseId;      // the identity of the database it comes from
    QString clientName;      // a client's dossier: the client's name
    QString hash;            // SHA-256 of manifest.json (hex), which stands for the bundle
    QHash<QString, std::pair<qint64, QByteArray>> files;   // path -> size, sha256 (hex)
};

struct Result
{
    QString error;   // empty on success; nothing was written when set
    int tables = 0;
    qint64 rows = 0;
};

// Called with the entries done of the total; return false to cancel (nothing is written).
using Progress = std::function<bool(int done, int total)>;

// Checks the bundle; the reason it is refused, or empty (and *manifest filled).
QString verify(const QString &path, Manifest *manifest = nullptr);

// A value of a bundle's data/*.json as SQLite holds it (see ArchiveExport); *ok false for
// anything the format does not have.
QVariant valueOf(const QJsonValue &value, bool *ok);

// True when `db` holds no record at all (a restore goes into such a database only).
bool isEmpty(const Database &db);

Result restore(Database &db, const QString &path, const Progress &progress = {});

} // namespace ArchiveImport
