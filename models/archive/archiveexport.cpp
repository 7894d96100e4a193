#include "archiveexport.h"

#include "checks/retentioncheck.h"
#include "repositories/parameterrepository.h"

#include "archive/dossierschema.h"
#include "reports/programmereport.h"
#include "reports/reportbatch.h"
#include "reports/reportdocument.h"
#include "archive/zipwriter.h"
#include "db/changelog.h"
#include "db/database.h"
#include "db/sqlitehandle.h"
#include "io/csvwriter.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>

#include <charconv>

#include <sqlite3.h>

namespace ArchiveExport {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ArchiveExport", text); }

// A report counts as this many rows in the progress.
constexpr qint64 kReportWeight = 400;

// Pages are drawn with fonts, which a program has only with a GUI application object.
bool canDrawReports() { return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr; }

constexpr qsizetype kChunk = 1 << 20;   // bytes gathered before they go to the zip

// A JSON string literal of UTF-8 `text` (RFC 8259: quote, backslash and control
// characters escaped, everything else as it is).
void appendString(QByteArray &out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const char *run = utf8.data();
    const char *const end = run + utf8.size();
    for (const char *p = run; p < end; ++p) {
        const auto u = static_cast<unsigned char>(*p);
        if (u >= 0x20 && u != '"' && u != '\\')
            continue;
        out.append(run, p - run);
        if (u < 0x20) {
            const char escaped[6] = {'\\', 'u', '0', '0', hex[u >> 4], hex[u & 15]};
            out.append(escaped, 6);
        } else {
            const char escaped[2] = {'\\', char(u)};
            out.append(escaped, 2);
        }
        run = p + 1;
    }
    out.append(run, end - run);
    out += '"';
}

void appendInteger(QByteArray &out, qint64 value)
{
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, end - digits);
}

QByteArrayView textOf(sqlite3_stmt *statement, int column)
{
    const unsigned char *text = sqlite3_column_text(statement, column);
    return text ? QByteArrayView(reinterpret_cast<const char *>(text), sqlite3_column_bytes(statement, column)) : QByteArrayView();
}

// One value as the bundle's JSON holds it.
void appendJson(QByteArray &json, sqlite3_stmt *statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_NULL:
        json += "null";
        return;
    case SQLITE_INTEGER:
        appendInteger(json, sqlite3_column_int64(statement, column));
        return;
    case SQLITE_FLOAT:
        json += "{\"real\":\"" + QByteArray::number(sqlite3_column_double(statement, column), 'g', QLocale::FloatingPointShortest)
            + "\"}";
        return;
    case SQLITE_BLOB:
        json += "{\"blob\":\""
            + QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, column)), sqlite3_column_bytes(statement, column))
                  .toBase64()
            + "\"}";
        return;
    default:
        appendString(json, textOf(statement, column));
        return;
    }
}

// One value as its CSV cell (a null as an empty cell, a blob in base64).
void appendCsv(QByteArray &csv, sqlite3_stmt *statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_NULL:
        return;
    case SQLITE_INTEGER:
        appendInteger(csv, sqlite3_column_int64(statement, column));
        return;
    case SQLITE_FLOAT:
        csv += QByteArray::number(sqlite3_column_double(statement, column), 'g', QLocale::FloatingPointShortest);
        return;
    case SQLITE_BLOB:
        csv += QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, column)), sqlite3_column_bytes(statement, column))
                   .toBase64();
        return;
    default:
        CsvWriter::appendCell(csv, textOf(statement, column));
        return;
    }
}

// Finalizes the statement however the export leaves.
struct Statement
{
    sqlite3_stmt *handle = nullptr;
    ~Statement() { sqlite3_finalize(handle); }
};

[[noreturn]] void fail(sqlite3 *connection, const QString &what)
{
    const QString text = connection ? QString::fromUtf8(sqlite3_errmsg(connection)) : QStringLiteral("no open database");
    throw SqlError(QStringLiteral("%1: %2").arg(what, text));
}

} // namespace

QStringList tables(const Database &db)
{
    QStringList names;
    QSqlQuery q = db.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                         "ORDER BY name"));
    while (q.next())
        names << q.value(0).toString();
    return names;
}

namespace {

// Streams the rows of `table` (in rowid order) into the zip as one entry, each row
// formatted by `row`; the pieces go to the zip a megabyte at a time. Counts the rows; false
// when the zip failed or the user cancelled (after zip.cancel()).
template<typename Row>
bool streamTable(sqlite3 *connection, ZipWriter &zip, const QString &table, const QString &where, const QString &entry,
                 QByteArray head, const QByteArray &tail, Row row, qint64 *rows, const std::function<bool()> &tick)
{
    Statement statement;
    const QByteArray sql = QStringLiteral("SELECT * FROM \"%1\" %2 ORDER BY rowid").arg(table, where).toUtf8();
    if (sqlite3_prepare_v2(connection, sql.constData(), int(sql.size()), &statement.handle, nullptr) != SQLITE_OK)
        fail(connection, table);
    if (!zip.begin(entry))
        return false;
    QByteArray buffer = std::move(head);
    buffer.reserve(kChunk + kChunk / 4);
    const int columns = sqlite3_column_count(statement.handle);
    int step = 0;
    *rows = 0;
    while ((step = sqlite3_step(statement.handle)) == SQLITE_ROW) {
        row(buffer, statement.handle, columns, *rows);
        ++*rows;
        if (buffer.size() >= kChunk) {
            if (!zip.write(std::move(buffer)))
                return false;
            buffer = QByteArray();
            buffer.reserve(kChunk + kChunk / 4);
        }
        if (*rows % 5000 == 0 && !tick())
            return false;
    }
    if (step != SQLITE_DONE)
        fail(connection, table);
    buffer += tail;
    return zip.write(std::move(buffer)) && zip.end();
}

void jsonRow(QByteArray &out, sqlite3_stmt *statement, int columns, qint64 index)
{
    out += index == 0 ? "\n[" : ",\n[";
    for (int i = 0; i < columns; ++i) {
        if (i > 0)
            out += ',';
        appendJson(out, statement, i);
    }
    out += ']';
}

void csvRow(QByteArray &out, sqlite3_stmt *statement, int columns, qint64)
{
    for (int i = 0; i < columns; ++i) {
        if (i > 0)
            out += ',';
        appendCsv(out, statement, i);
    }
    out += "\r\n";
}

} // namespace

QList<std::pair<QString, QString>> selection(const Database &db, qint64 clientId)
{
    QList<std::pair<QString, QString>> chosen;
    if (clientId <= 0) {
        for (const QString &table : tables(db))
            chosen.append({table, QString()});
        return chosen;
    }
    const DossierSchema schema = DossierSchema::of(db);
    QStringList names = schema.tables() + schema.external();
    names << QStringLiteral("change_log");
    names.sort();
    // The external rows the dossier refers to: the values of its keys, then of theirs and
    // of their parts', until nothing more is found.
    QHash<QString, QHash<QString, QSet<QString>>> wanted;   // table -> column -> SQL literals
    const auto collect = [&](const QString &table, const QString &rows) {
        bool grew = false;
        for (const DossierSchema::ForeignKey &key : schema.keys(table)) {
            if (schema.isDossier(key.table))
                continue;
            QSqlQuery q = db.exec(QStringLiteral("SELECT DISTINCT \"%1\" FROM \"%2\" WHERE (%3) AND \"%1\" IS NOT NULL")
                                      .arg(key.column, table, rows));
            QSet<QString> &values = wanted[key.table][key.target];
            while (q.next()) {
                const QVariant v = q.value(0);
                const QString literal = v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int
                                            ? QString::number(v.toLongLong())
                                            : u'\'' + v.toString().replace(u'\'', QStringLiteral("''")) + u'\'';
                if (!values.contains(literal)) {
                    values.insert(literal);
                    grew = true;
                }
            }
        }
        return grew;
    };
    for (const QString &table : schema.tables())
        collect(table, QStringLiteral("id IN (%1)").arg(schema.ownedIds(table, clientId)));
    QHash<QString, QString> rowsOf;   // table -> SQL condition
    for (bool grew = true; grew;) {
        grew = false;
        for (const QString &table : schema.external()) {
            QStringList parts;
            const auto columns = wanted.value(table);
            for (auto c = columns.constBegin(); c != columns.constEnd(); ++c) {
                QStringList values(c.value().cbegin(), c.value().cend());
                values.sort();
                if (!values.isEmpty())
                    parts << QStringLiteral("\"%1\" IN (%2)").arg(c.key(), values.join(u','));
            }
            rowsOf.insert(table, parts.isEmpty() ? QStringLiteral("0") : parts.join(QStringLiteral(" OR ")));
        }
        for (const QString &table : schema.externalChildren()) {
            const DossierSchema::ForeignKey parent = schema.parentKey(table);
            rowsOf.insert(table, QStringLiteral("\"%1\" IN (SELECT \"%2\" FROM \"%3\" WHERE %4)")
                                     .arg(parent.column, parent.target, parent.table, rowsOf.value(parent.table, QStringLiteral("0"))));
        }
        for (auto it = rowsOf.constBegin(); it != rowsOf.constEnd(); ++it)
            grew = collect(it.key(), it.value()) || grew;
    }
    QStringList extra = schema.externalChildren();
    names += extra;
    names.sort();
    for (const QString &table : std::as_const(names)) {
        if (table == QLatin1String("change_log"))
            chosen.append({table, QStringLiteral("WHERE client_id = %1").arg(clientId)});
        else if (schema.isDossier(table))
            chosen.append({table, QStringLiteral("WHERE id IN (%1)").arg(schema.ownedIds(table, clientId))});
        else
            chosen.append({table, QStringLiteral("WHERE ") + rowsOf.value(table, QStringLiteral("0"))});
    }
    return chosen;
}

Result write(const Database &db, const QString &path, const Progress &progress, qint64 clientId, bool withReports)
{
    Result result;
    ZipWriter zip(path);
    if (!zip.open()) {
        result.error = zip.errorString();
        return result;
    }
    try {
        const ReadSnapshot snapshot(db);
        sqlite3 *connection = SqliteHandle::of(db);
        if (!connection)
            fail(connection, QStringLiteral("SQLite"));
        QJsonObject client;
        if (clientId > 0) {
            QSqlQuery c = db.exec(QStringLiteral("SELECT credit_code, name_zh FROM clients WHERE id = ?"), {clientId});
            if (!c.next())
                throw SqlError(tr("there is no client with the id %1").arg(clientId));
            client = QJsonObject{{QStringLiteral("id"), clientId},
                                 {QStringLiteral("credit_code"), c.value(0).isNull() ? QJsonValue() : c.value(0).toString()},
                                 {QStringLiteral("name_zh"), c.value(1).toString()}};
            // Rule Records: the day until which this dossier is to be kept.
            const QList<RetentionCheck::Dossier> kept =
                RetentionCheck::dossiers(db, ParameterRepository(const_cast<Database &>(db)).load(), clientId);
            if (!kept.isEmpty() && kept.constFirst().keepUntil.isValid())
                client.insert(QStringLiteral("keep_until"), kept.constFirst().keepUntil.toString(Qt::ISODate));
        }
        const QList<std::pair<QString, QString>> chosen = selection(db, clientId);
        qint64 total = 0, logEntries = 0;
        for (const auto &[table, where] : chosen) {   // names come from the schema
            const qint64 n = db.scalar(QStringLiteral("SELECT count(*) FROM \"%1\" %2").arg(table, where)).toLongLong();
            total += n;
            if (table == QLatin1String("change_log"))
                logEntries = n;
        }
        const QString head = ChangeLog::headHash(db);
        QList<qint64> reportProgrammes;
        if (withReports && canDrawReports()) {
            QSqlQuery ids = db.exec(QStringLiteral("SELECT id FROM programmes WHERE ? = 0 OR client_id = ? ORDER BY id"),
                                    {clientId, clientId});
            while (ids.next())
                reportProgrammes << ids.value(0).toLongLong();
            total += reportProgrammes.size() * kReportWeight / 2;
        }
        qint64 done = 0;
        bool cancelled = false;
        // Twice a row: once in JSON, once in CSV.
        const auto tick = [&] {
            cancelled = progress && !progress(done + 2500, 2 * total);
            done += 2500;
            return !cancelled;
        };
        QJsonArray tableList;
        for (const auto &[table, where] : chosen) {
            if (progress && !progress(done, 2 * total)) {
                cancelled = true;
                break;
            }
            // The column names, from the schema.
            QStringList columns;
            QSqlQuery info = db.exec(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {table});
            while (info.next())
                columns << info.value(0).toString();
            QByteArray jsonHead = "{\"table\":";
            appendString(jsonHead, table.toUtf8());
            jsonHead += ",\"columns\":" + QJsonDocument(QJsonArray::fromStringList(columns)).toJson(QJsonDocument::Compact)
                + ",\"rows\":[";
            qint64 rows = 0, csvRows = 0;
            if (!streamTable(connection, zip, table, where, QStringLiteral("data/%1.json").arg(table), jsonHead, "\n]}\n", jsonRow,
                             &rows, tick)
                || !streamTable(connection, zip, table, where, QStringLiteral("csv/%1.csv").arg(table),
                                "\xEF\xBB\xBF" + CsvWriter::row(columns).toUtf8() + "\r\n", QByteArray(), csvRow, &csvRows,
                                tick))
                break;
            done += (rows % 5000) + (csvRows % 5000);
            tableList.append(QJsonObject{{QStringLiteral("name"), table}, {QStringLiteral("rows"), rows}});
            result.rows += rows;
            ++result.tables;
        }
        // reports/: each programme's audit programme report (审核方案), in both languages, as
        // the Programmes page prints it; drawn when the program can draw pages (the window and
        // the command line can; a program without a GUI application object has no fonts).
        if (!cancelled && zip.errorString().isEmpty() && !reportProgrammes.isEmpty()) {
            // One after another on this thread: a report switches the program's translators
            // to its languages while it is built and drawn, which no other thread may do.
            for (const qint64 id : reportProgrammes) {
                if (progress && !progress(done, 2 * total)) {
                    cancelled = true;
                    break;
                }
                QString error;
                const std::optional<ProgrammeReportData> data =
                    ProgrammeReportData::readProgramme(const_cast<Database &>(db), id, &error);
                if (!data)
                    throw SqlError(error);
                const QByteArray pdf = ReportRenderer::pdfBytes(ProgrammeReport::build(*data, ReportLanguage::Mode::Bilingual));
                if (pdf.isEmpty())
                    throw SqlError(tr("the audit programme report AP-%1 could not be drawn").arg(id));
                if (!zip.add(QStringLiteral("reports/") + ReportBatch::fileName(id, data->client.nameZh), pdf))
                    break;
                ++result.reports;
                done += kReportWeight;
            }
        }
        if (cancelled) {
            zip.cancel();
            result.cancelled = true;
            result.error = zip.errorString();
            return result;
        }
        if (zip.flush()) {
            QJsonArray files;
            for (const ZipWriter::Entry &e : zip.entries()) {
                files.append(QJsonObject{{QStringLiteral("path"), e.path},
                                         {QStringLiteral("size"), e.size},
                                         {QStringLiteral("sha256"), QString::fromLatin1(e.sha256)}});
                result.bytes += e.size;
            }
            QJsonObject manifest{
                {QStringLiteral("format"), QString::fromLatin1(kFormat)},
                {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                {QStringLiteral("application"), QStringLiteral("CSISMS Desk %1").arg(QCoreApplication::applicationVersion())},
                {QStringLiteral("schema_version"), db.schemaVersion()},
                {QStringLiteral("scope"), clientId > 0 ? QStringLiteral("client") : QStringLiteral("database")},
                {QStringLiteral("database_id"), ChangeLog::databaseId(db)},
                {QStringLiteral("change_log"), QJsonObject{{QStringLiteral("entries"), logEntries},
                                                           {QStringLiteral("head_hash"), head}}},
                {QStringLiteral("tables"), tableList},
                {QStringLiteral("files"), files},
            };
            if (clientId > 0)
                manifest.insert(QStringLiteral("client"), client);
            zip.add(QStringLiteral("manifest.json"), QJsonDocument(manifest).toJson(QJsonDocument::Indented));
        }
        if (progress)
            progress(2 * total, 2 * total);
    } catch (const SqlError &e) {
        zip.cancel();
        result.error = tr("No bundle was written: %1").arg(e.message());
        return result;
    }
    if (!zip.close())
        result.error = zip.errorString();
    return result;
}

} // namespace ArchiveExport
