#include "archiveimport.h"

#include "archive/archiveexport.h"
#include "archive/sha256.h"
#include "archive/zipreader.h"
#include "db/changelog.h"
#include "db/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace ArchiveImport {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ArchiveImport", text); }

constexpr qint64 kMaxManifest = 64 << 20;

QString parseManifest(const QByteArray &bytes, Manifest *m)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return tr("its manifest.json is not a JSON object (%1)").arg(parseError.errorString());
    const QJsonObject o = document.object();
    m->format = o.value(QLatin1String("format")).toString();
    if (m->format != QLatin1String(ArchiveExport::kFormat))
        return tr("it is not a CSISMS Desk archive bundle: its format is “%1”, not %2")
            .arg(m->format.left(60), QLatin1String(ArchiveExport::kFormat));
    m->schemaVersion = o.value(QLatin1String("schema_version")).toInt();
    if (m->schemaVersion > Database::latestSchemaVersion())
        return tr("it was made by a newer version of CSISMS Desk (schema version %1; this one has %2): restore it with "
                  "that version")
            .arg(m->schemaVersion)
            .arg(Database::latestSchemaVersion());
    if (m->schemaVersion < 1)
        return tr("its schema version (%1) is not one CSISMS Desk has ever had").arg(o.value(QLatin1String("schema_version")).toVariant().toString().left(20));
    m->scope = o.value(QLatin1String("scope")).toString();
    m->databaseId = o.value(QLatin1String("database_id")).toString();
    m->clientName = o.value(QLatin1String("client")).toObject().value(QLatin1String("name_zh")).toString();
    const QJsonObject log = o.value(QLatin1String("change_log")).toObject();
    m->headHash = log.value(QLatin1String("head_hash")).toString();
    m->logEntries = log.value(QLatin1String("entries")).toInteger(-1);
    const QJsonArray files = o.value(QLatin1String("files")).toArray();
    for (const QJsonValue &value : files) {
        const QJsonObject f = value.toObject();
        const QString path = f.value(QLatin1String("path")).toString();
        const qint64 size = f.value(QLatin1String("size")).toInteger(-1);
        const QByteArray sha = f.value(QLatin1String("sha256")).toString().toLatin1();
        if (const QString problem = ZipReader::pathProblem(path); !problem.isEmpty())
            return tr("its manifest names a file badly: %1").arg(problem);
        if (size < 0 || sha.size() != 64 || m->files.contains(path) || path == QLatin1String("manifest.json"))
            return tr("its manifest's entry for “%1” is not valid").arg(path);
        m->files.insert(path, {size, sha});
    }
    if (m->files.isEmpty())
        return tr("its manifest lists no files");
    return {};
}

} // namespace

QVariant valueOf(const QJsonValue &v, bool *ok)
{
    *ok = true;
    if (v.isNull())
        return QVariant();
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const qint64 n = v.toInteger(std::numeric_limits<qint64>::min());
        if (n == std::numeric_limits<qint64>::min() && v.toDouble() != double(n))
            *ok = false;
        return n;
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.size() == 1 && o.value(QLatin1String("real")).isString()) {
            const double d = o.value(QLatin1String("real")).toString().toDouble(ok);
            return d;
        }
        if (o.size() == 1 && o.value(QLatin1String("blob")).isString()) {
            const auto decoded = QByteArray::fromBase64Encoding(o.value(QLatin1String("blob")).toString().toLatin1(),
                                                                QByteArray::AbortOnBase64DecodingErrors);
            *ok = bool(decoded);
            return decoded.decoded;
        }
    }
    *ok = false;
    return {};
}

QString verify(const QString &path, Manifest *manifest)
{
    Manifest m;
    QByteArray manifestBytes;
    QHash<QString, std::pair<qint64, QByteArray>> seen;
    ZipReader zip(path);
    const bool read = zip.forEach([&](const ZipReader::Entry &entry, const ZipReader::ReadPiece &piece) {
        Sha256 hash;
        qint64 size = 0;
        const bool isManifest = entry.path == QLatin1String("manifest.json");
        for (QByteArray data = piece(); !data.isEmpty(); data = piece()) {
            hash.addData(data);
            size += data.size();
            if (isManifest) {
                if (size > kMaxManifest)
                    return false;
                manifestBytes += data;
            }
        }
        seen.insert(entry.path, {size, hash.result().toHex()});
        return true;
    });
    if (!read)
        return zip.errorString().isEmpty() ? tr("The bundle could not be read.") : zip.errorString();
    if (!seen.contains(QStringLiteral("manifest.json")))
        return tr("The bundle is refused: it has no manifest.json.");
    m.hash = QString::fromLatin1(Sha256::hex(manifestBytes));
    if (const QString problem = parseManifest(manifestBytes, &m); !problem.isEmpty())
        return tr("The bundle is refused: %1.").arg(problem);
    for (auto it = m.files.constBegin(); it != m.files.constEnd(); ++it) {
        if (!seen.contains(it.key()))
            return tr("The bundle is refused: “%1”, listed in its manifest, is missing.").arg(it.key());
        if (seen.value(it.key()).first != it.value().first)
            return tr("The bundle is refused: “%1” has %2 bytes, its manifest says %3.")
                .arg(it.key())
                .arg(seen.value(it.key()).first)
                .arg(it.value().first);
        if (seen.value(it.key()).second != it.value().second)
            return tr("The bundle is refused: “%1” is not what its manifest says (its SHA-256 differs): it was changed "
                      "or damaged.")
                .arg(it.key());
    }
    for (auto it = seen.constBegin(); it != seen.constEnd(); ++it)
        if (it.key() != QLatin1String("manifest.json") && !m.files.contains(it.key()))
            return tr("The bundle is refused: it holds “%1”, which its manifest does not list.").arg(it.key());
    if (manifest)
        *manifest = m;
    return {};
}

bool isEmpty(const Database &db)
{
    for (const QString &table : ArchiveExport::tables(db))   // names from the schema
        if (db.scalar(QStringLiteral("SELECT 1 FROM \"%1\" LIMIT 1").arg(table)).isValid())
            return false;
    return true;
}

namespace {

// Puts every table of the bundle's data/*.json into `db` (whose schema is the bundle's),
// inside the caller's transaction; the reason it cannot, or empty.
QString loadData(Database &db, const QString &path, const Manifest &manifest, const Progress &progress, Result *result)
{
    const QStringList tables = ArchiveExport::tables(db);
    const int total = int(manifest.files.size());
    int done = 0;
    QSet<QString> restored;
    db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    ZipReader zip(path);
    QString problem;
    const bool read = zip.forEach([&](const ZipReader::Entry &entry, const ZipReader::ReadPiece &piece) {
        if (progress && !progress(done++, total)) {
            problem = tr("The restore was cancelled; nothing was written.");
            return false;
        }
        if (!entry.path.startsWith(QLatin1String("data/")))
            return true;   // the CSVs, reports and the manifest were checked; the data is what restores
        const QString table = entry.path.mid(5).chopped(5);
        if (!entry.path.endsWith(QLatin1String(".json")) || !tables.contains(table)) {
            problem = tr("The bundle is refused: “%1” is not a table of this database.").arg(entry.path);
            return false;
        }
        // The rows are read as the pieces come, a line at a time (the export writes the
        // head, then one row per line, then the end): a table of millions of rows is never
        // held whole.
        QStringList schemaColumns;
        QSqlQuery info = db.exec(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {table});
        while (info.next())
            schemaColumns << info.value(0).toString();
        const QString notAsWritten =
            tr("The bundle is refused: “%1” does not hold the table %2 as this schema has it.").arg(entry.path, table);
        QSqlQuery insert(db.handle());
        bool headRead = false, ended = false, comma = false;
        qint64 rows = 0;
        const auto line = [&](QByteArray text) -> bool {
            if (!headRead) {
                if (!text.endsWith("\"rows\":[")) {
                    problem = notAsWritten;
                    return false;
                }
                QJsonParseError parseError;
                const QJsonObject t = QJsonDocument::fromJson(text + "]}", &parseError).object();
                QStringList columns;
                for (const QJsonValue &c : t.value(QLatin1String("columns")).toArray())
                    columns << c.toString();
                if (parseError.error != QJsonParseError::NoError || t.value(QLatin1String("table")).toString() != table
                    || columns != schemaColumns) {
                    problem = notAsWritten;
                    return false;
                }
                QStringList marks, quoted;
                for (const QString &c : std::as_const(columns)) {
                    marks << QStringLiteral("?");
                    quoted << u'"' + c + u'"';
                }
                insert.prepare(QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)").arg(table, quoted.join(u','), marks.join(u',')));
                headRead = true;
                comma = true;   // the first row needs none
                return true;
            }
            if (ended) {
                problem = notAsWritten;
                return false;
            }
            if (text == "]}") {
                ended = true;
                if (rows > 0 && comma) {
                    problem = notAsWritten;
                    return false;
                }
                return true;
            }
            if (!comma) {
                problem = notAsWritten;
                return false;
            }
            comma = text.endsWith(',');
            if (comma)
                text.chop(1);
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
            const QJsonArray row = document.array();
            if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
                problem = notAsWritten;
                return false;
            }
            ++rows;
            if (row.size() != schemaColumns.size()) {
                problem = tr("The bundle is refused: row %1 of %2 does not have %3 values.").arg(rows).arg(table).arg(schemaColumns.size());
                return false;
            }
            for (qsizetype i = 0; i < row.size(); ++i) {
                bool ok = false;
                insert.bindValue(int(i), valueOf(row.at(i), &ok));
                if (!ok) {
                    problem = tr("The bundle is refused: row %1 of %2 holds a value this format does not have.").arg(rows).arg(table);
                    return false;
                }
            }
            if (!insert.exec()) {
                problem = tr("Row %1 of %2 could not be restored: %3").arg(rows).arg(table, insert.lastError().text());
                return false;
            }
            return true;
        };
        QByteArray pending;
        Sha256 hash;
        for (QByteArray data = piece(); !data.isEmpty(); data = piece()) {
            hash.addData(data);
            pending += data;
            qsizetype from = 0;
            for (qsizetype newline = pending.indexOf('\n'); newline >= 0; newline = pending.indexOf('\n', from)) {
                if (!line(pending.mid(from, newline - from)))
                    return false;
                from = newline + 1;
            }
            pending.remove(0, from);
        }
        if (hash.result().toHex() != manifest.files.value(entry.path).second) {
            problem = tr("The bundle changed while it was being restored (“%1”); nothing was written.").arg(entry.path);
            return false;
        }
        if (!pending.isEmpty() || !ended) {
            problem = notAsWritten;
            return false;
        }
        result->rows += rows;
        ++result->tables;
        restored.insert(table);
        return true;
    });
    if (!read)
        return problem.isEmpty() ? zip.errorString() : problem;
    for (const QString &table : tables)
        if (!restored.contains(table))
            return tr("The bundle is refused: it holds no data for the table %1.").arg(table);
    if (db.scalar(QStringLiteral("SELECT 1 FROM pragma_foreign_key_check LIMIT 1")).isValid())
        return tr("The bundle is refused: its records refer to records it does not hold.");
    return {};
}

// The restored change log is the exported one: its chain verifies and ends where the
// manifest says.
QString checkLog(const Database &db, const Manifest &manifest)
{
    if (ChangeLog::headHash(db) != manifest.headHash
        || db.scalar(QStringLiteral("SELECT count(*) FROM change_log")).toLongLong() != manifest.logEntries
        || !ChangeLog::verifyChain(db).isEmpty())
        return tr("The bundle is refused: its change log does not verify or does not end where its manifest says.");
    return {};
}

// A bundle of an older schema goes first into a staging database of that schema beside
// the target, is upgraded there by the same migrations that upgrade a database file, and
// is then copied into the target in one transaction.
QString restoreOlder(Database &db, const QString &path, const Manifest &manifest, const Progress &progress,
                     Result *result)
{
    const QFileInfo target(db.path());
    QTemporaryDir dir(target.isAbsolute() && target.dir().exists()
                          ? target.dir().filePath(QStringLiteral(".csisms-restore-XXXXXX"))
                          : QDir::temp().filePath(QStringLiteral("csisms-restore-XXXXXX")));
    if (!dir.isValid())
        return tr("A staging file for the restore could not be made: %1").arg(dir.errorString());
    const QString stagingPath = dir.filePath(QStringLiteral("staging.sqlite"));
    QStringList tables;
    {
        Database staging(QStringLiteral("csisms-restore-staging"));
        QString error;
        if (!staging.openUnmigrated(stagingPath, &error) || !staging.migrateTo(manifest.schemaVersion, &error))
            return tr("A staging database for the restore could not be made: %1").arg(error);
        {
            Transaction transaction(staging);
            if (const QString problem = loadData(staging, path, manifest, progress, result); !problem.isEmpty())
                return problem;
            transaction.commit();
        }
        if (!staging.migrateTo(Database::latestSchemaVersion(), &error))
            return tr("The bundle's records could not be upgraded from schema version %1: %2")
                .arg(manifest.schemaVersion)
                .arg(error);
        tables = ArchiveExport::tables(staging);
        staging.close();
    }
    const QStringList targetTables = ArchiveExport::tables(db);
    db.exec(QStringLiteral("ATTACH DATABASE ? AS staging"), {stagingPath});
    QString problem;
    try {
        Transaction transaction(db);
        db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        for (const QString &table : targetTables) {
            if (!tables.contains(table))
                continue;
            QStringList quoted;
            QSqlQuery info = db.exec(QStringLiteral("SELECT name FROM pragma_table_info(?, 'main') ORDER BY cid"), {table});
            while (info.next())
                quoted << u'"' + info.value(0).toString() + u'"';
            db.exec(QStringLiteral("INSERT INTO main.\"%1\" (%2) SELECT %2 FROM staging.\"%1\"").arg(table, quoted.join(u',')));
        }
        if (db.scalar(QStringLiteral("SELECT 1 FROM pragma_foreign_key_check LIMIT 1")).isValid())
            problem = tr("The bundle is refused: its records refer to records it does not hold.");
        if (problem.isEmpty())
            problem = checkLog(db, manifest);
        if (problem.isEmpty())
            transaction.commit();
    } catch (const SqlError &) {
        db.exec(QStringLiteral("DETACH DATABASE staging"));
        throw;
    }
    db.exec(QStringLiteral("DETACH DATABASE staging"));
    return problem;
}

} // namespace

Result restore(Database &db, const QString &path, const Progress &progress)
{
    Result result;
    Manifest manifest;
    if (const QString problem = verify(path, &manifest); !problem.isEmpty()) {
        result.error = problem;
        return result;
    }
    try {
        if (manifest.scope == QLatin1String("client")) {
            result.error = tr("This bundle holds one client's dossier, not a whole database: import it into a database "
                              "(File → Import client dossier…, or csisms import with --db).");
            return result;
        }
        if (!isEmpty(db)) {
            result.error = tr("The database already holds records; a bundle is restored only into an empty one (a new "
                              "file).");
            return result;
        }
        QString problem;
        if (manifest.schemaVersion < Database::latestSchemaVersion()) {
            problem = restoreOlder(db, path, manifest, progress, &result);
        } else {
            Transaction transaction(db);
            problem = loadData(db, path, manifest, progress, &result);
            if (problem.isEmpty())
                problem = checkLog(db, manifest);
            if (problem.isEmpty())
                transaction.commit();
        }
        if (!problem.isEmpty()) {
            result = Result{};
            result.error = problem;   // the transaction rolled back
        }
    } catch (const SqlError &e) {
        result = Result{};
        result.error = tr("The database could not be written, and nothing was restored: %1").arg(e.message());
    }
    return result;
}

} // namespace ArchiveImport
