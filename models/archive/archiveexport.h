#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class Database;

// Writes the whole database as an archive bundle (csisms-archive/1, DESIGN.md): one .zip
// holding
// - data/<table>.json for every table, the change log included: the columns, and every
//   row in id order with each value as SQLite holds it (null, integer, text; a real as
//   {"real": "…"} and a blob as {"blob": base64}) — lossless, so a restore gives back the
//   same records and the same change-log hashes;
// - csv/<table>.csv: the same rows for a spreadsheet (UTF-8 with BOM, a header row, cells
//   that a spreadsheet would take as formulas made safe by CsvWriter);
// - reports/AP-<id> <client>.pdf: each programme's audit programme report in both
//   languages, as printed from the Programmes page (when the program can draw pages: it
//   has a GUI application object, as the window and the command line have);
// - manifest.json, written last: the format, when and by what it was made, the schema
//   version, the change log's entry count and head hash, and every file's path, size and
//   SHA-256, and the database's identity (ChangeLog::databaseId).
// The bundle is read inside one read snapshot (other writers may go on), written whole or
// not at all (a failed or cancelled export leaves no file), and the database is only read.
namespace ArchiveExport {

inline constexpr char kFormat[] = "csisms-archive/1";

struct Result
{
    QString error;          // empty on success
    bool cancelled = false;
    int tables = 0;
    qint64 rows = 0;
    qint64 bytes = 0;       // of the files in the bundle, uncompressed
    int reports = 0;        // reports/*.pdf written
};

// Called now and then with the rows written so far of `total`; return false to cancel.
using Progress = std::function<bool(qint64 done, qint64 total)>;

// The tables a bundle holds, in the order written (every table of the schema).
QStringList tables(const Database &db);

// With a client id, one client's dossier instead (scope "client"): the rows of the
// dossier tables that belong to the client (DossierSchema), the rows of the external
// tables they refer to (the auditors of its audits, ...), and the change-log entries
// filed under the client; the manifest names the client and the database it comes from.
// `withReports` false leaves reports/ out (the benchmark times the data by itself).
Result write(const Database &db, const QString &path, const Progress &progress = {}, qint64 clientId = 0,
             bool withReports = true);

} // namespace ArchiveExport
