#include "clientimport.h"
#include "csvreader.h"
#include "csvwriter.h"

#include "db/database.h"
#include "domain/creditcode.h"
#include "domain/ruleparameters.h"
#include "domain/textrules.h"
#include "repositories/clientrepository.h"
#include "repositories/parameterrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

QString ImportProblem::text() const
{
    if (line <= 0)
        return message;
    if (column.isEmpty())
        return QCoreApplication::translate("ClientImport", "line %1: %2").arg(line).arg(message);
    return QCoreApplication::translate("ClientImport", "line %1: %2: %3").arg(line).arg(column, message);
}

void ImportProblems::add(const ImportProblem &problem)
{
    if (shown.size() < kShown)
        shown << problem;
    ++total;
}

void ImportProblems::add(const QList<ImportProblem> &problems)
{
    for (const ImportProblem &p : problems)
        add(p);
}

QStringList ImportProblems::lines() const
{
    QStringList lines;
    for (const ImportProblem &p : shown)
        lines << p.text();
    if (total > shown.size())
        lines << QCoreApplication::translate("ClientImport", "… and %n more problem(s) not shown.", nullptr,
                                             int(total - shown.size()));
    return lines;
}

QString ClientImport::columnKey(const QString &header)
{
    const QString h = header.trimmed();
    for (const QString &key : ClientRules::columnKeys())
        if (h.compare(key, Qt::CaseInsensitive) == 0 || h == ClientRules::chineseColumnLabel(key))
            return key;
    return {};
}

qint64 ClientImport::maxFileBytes(Database &db)
{
    return qint64(ParameterRepository(db).load().importFileMaxMiB()) * 1024 * 1024;
}

bool ClientImport::readFile(const QString &path, qint64 maxBytes, QByteArray *bytes, ImportProblem *problem)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    const QString limit = QLocale().toString(double(maxBytes) / (1024 * 1024), 'f', 0);
    auto tooLarge = [&] {
        *problem = ImportProblem{0, {}, tr("The file %1 is larger than the import limit of %2 MiB, so it was not read. "
                                           "Split it into smaller files, or ask an administrator to raise the limit "
                                           "(Settings, rule parameters).").arg(shown, limit)};
        bytes->clear();
        return false;
    };
    if (info.isDir()) {
        *problem = ImportProblem{0, {}, tr("%1 is a folder; choose a CSV file.").arg(shown)};
        return false;
    }
    if (info.isFile() && info.size() > maxBytes)
        return tooLarge();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = ImportProblem{0, {}, tr("The file %1 cannot be read: %2").arg(shown, file.errorString())};
        return false;
    }
    // Read in pieces up to the limit: a pipe or a device has no size to check first.
    bytes->clear();
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0) {
            *problem = ImportProblem{0, {}, tr("The file %1 cannot be read: %2").arg(shown, file.errorString())};
            bytes->clear();
            return false;
        }
        if (n == 0)
            break;
        if (bytes->size() + n > maxBytes)
            return tooLarge();
        bytes->append(chunk.constData(), n);
    }
    return true;
}

ImportProblems ClientImport::parse(const Database &db, const QByteArray &bytes, QList<Client> *clients,
                                   QList<int> *lines)
{
    ImportProblems problems;
    QString text;
    QString error;
    if (!CsvReader::decode(bytes, &text, nullptr, &error)) {
        problems.add(ImportProblem{0, {}, error});
        return problems;
    }
    const QChar separator = CsvReader::detectSeparator(text);
    const QList<CsvRecord> records = CsvReader::parse(text, separator, &error);
    if (!error.isEmpty()) {
        problems.add(ImportProblem{0, {}, error});
        return problems;
    }
    if (records.isEmpty()) {
        problems.add(ImportProblem{1, {}, tr("the file is empty; it needs a header row and at least one client.")});
        return problems;
    }

    // Header: known columns only, each once, the Chinese name among them.
    const CsvRecord &header = records.first();
    QList<QString> keys;
    QHash<QString, QString> shownName;  // key -> header text as written
    QList<ImportProblem> headerProblems;
    for (const QString &cell : header.fields) {
        const QString key = columnKey(cell);
        const QString written = TextRules::shown(cell.trimmed());
        if (key.isEmpty()) {
            headerProblems << ImportProblem{header.line, written,
                                            tr("unknown column. Use these: %1 (or their Chinese names).")
                                                .arg(ClientRules::columnKeys().join(QStringLiteral(", ")))};
        } else if (shownName.contains(key)) {
            headerProblems << ImportProblem{header.line, written, tr("this column appears twice; keep one.")};
        } else {
            shownName.insert(key, cell.trimmed());
        }
        keys << key;
    }
    if (shownName.isEmpty()) {
        // Nothing on the first line is a column of ours: say what the file seems to be, not
        // every cell of it.
        problems.add(ImportProblem{header.line, {},
                                   tr("this is not a client list: its first line names none of the columns %1 "
                                      "(it begins “%2”). The first line must name the columns, separated by "
                                      "commas, semicolons or tabs.")
                                       .arg(ClientRules::columnKeys().join(QStringLiteral(", ")),
                                            TextRules::shown(header.fields.join(separator), 40))});
        return problems;
    }
    problems.add(headerProblems);
    if (!shownName.contains(QStringLiteral("name_zh")))
        problems.add(ImportProblem{header.line, {},
                                   tr("the column name_zh (名称) is missing; every client needs its Chinese name.")});
    if (!problems.isEmpty())
        return problems;
    if (records.size() == 1) {
        problems.add(ImportProblem{header.line, {}, tr("there are no clients below the header row.")});
        return problems;
    }

    const ClientRepository repository(const_cast<Database &>(db));
    QHash<QString, int> codeLines;  // credit code -> first line in this file
    QList<Client> parsed;
    QList<int> parsedLines;
    for (int r = 1; r < records.size(); ++r) {
        const CsvRecord &record = records.at(r);
        if (record.fields.size() != keys.size()) {
            problems.add(ImportProblem{record.line, {},
                                       tr("the row has %1 fields but the header has %2; check for a missing or extra "
                                          "%3.").arg(record.fields.size()).arg(keys.size())
                                           .arg(CsvReader::separatorName(separator))});
            continue;
        }
        Client c;
        QList<ImportProblem> rowProblems;
        for (int i = 0; i < keys.size(); ++i) {
            const QString &key = keys.at(i);
            // A cell written with a protective apostrophe (CsvWriter) reads back as stored.
            const QString value = CsvWriter::restore(record.fields.at(i)).trimmed();
            if (key == QLatin1String("name_zh")) c.nameZh = value;
            else if (key == QLatin1String("name_en")) c.nameEn = value;
            else if (key == QLatin1String("credit_code")) c.creditCode = CreditCode::normalized(value);
            else if (key == QLatin1String("address")) c.address = value;
            else if (key == QLatin1String("legal_representative")) c.legalRepresentative = value;
            else if (key == QLatin1String("contact")) c.contact = value;
            else if (key == QLatin1String("phone")) c.phone = value;
            else if (key == QLatin1String("email")) c.email = value;
            else if (key == QLatin1String("headcount")) {
                bool ok = false;
                c.headcount = ClientRules::parseHeadcount(value, &ok);
                if (!ok)
                    rowProblems << ImportProblem{record.line, shownName.value(key),
                                                 tr("“%1” is not a number of people; write a whole number such as 120.")
                                                     .arg(TextRules::shown(value))};
            }
        }
        for (const FieldProblem &p : repository.validate(c))
            if (p.field != QLatin1String("headcount") || c.headcount)
                rowProblems << ImportProblem{record.line, shownName.value(p.field, p.field), p.message};
        if (!c.creditCode.isEmpty()) {
            const auto first = codeLines.constFind(c.creditCode);
            if (first != codeLines.constEnd())
                rowProblems << ImportProblem{record.line, shownName.value(QStringLiteral("credit_code")),
                                             tr("the credit code %1 is also on line %2; each client appears once.")
                                                 .arg(TextRules::shown(c.creditCode)).arg(*first)};
            else
                codeLines.insert(c.creditCode, record.line);
        }
        // Report a row's problems in the order of its columns.
        std::stable_sort(rowProblems.begin(), rowProblems.end(), [&](const ImportProblem &a, const ImportProblem &b) {
            return keys.indexOf(shownName.key(a.column)) < keys.indexOf(shownName.key(b.column));
        });
        problems.add(rowProblems);
        if (problems.isEmpty()) {
            parsed << c;
            parsedLines << record.line;
        }
    }
    if (problems.isEmpty()) {
        if (clients)
            *clients = parsed;
        if (lines)
            *lines = parsedLines;
    }
    return problems;
}

ImportResult ClientImport::importData(Database &db, const QByteArray &bytes)
{
    ImportResult result;
    try {
        // The write lock first: checked against the register as it is while no one else
        // can add to it, so the check and the insert see the same register.
        Transaction transaction(db);
        QList<Client> clients;
        QList<int> lines;
        result.problems = parse(db, bytes, &clients, &lines);
        if (!result.problems.isEmpty())
            return result;
        ClientRepository repository(db);
        for (int i = 0; i < clients.size(); ++i) {
            try {
                repository.insertUnchecked(clients.at(i));
            } catch (const SqlError &e) {
                if (e.kind() != SqlError::Constraint)
                    throw;
                result.problems.add(ImportProblem{lines.at(i), {},
                                                  tr("this client cannot be stored (%1); nothing was imported.")
                                                      .arg(e.message())});
                return result;
            }
        }
        transaction.commit();
        result.outcome = ImportResult::Imported;
        result.ok = true;
        result.imported = int(clients.size());
    } catch (const SqlError &e) {
        if (e.isBusy()) {
            result.outcome = ImportResult::Busy;
            result.message = tr("Another program is writing to the database, so nothing was imported. "
                                "Try again in a moment.");
        } else {
            result.outcome = ImportResult::Failed;
            result.message = tr("The clients could not be stored, so none were imported: %1").arg(e.explanation());
        }
    }
    return result;
}

ImportResult ClientImport::importFile(Database &db, const QString &path)
{
    ImportResult result;
    QByteArray bytes;
    ImportProblem problem;
    qint64 limit = 0;
    try {
        limit = maxFileBytes(db);
    } catch (const SqlError &e) {
        result.outcome = e.isBusy() ? ImportResult::Busy : ImportResult::Failed;
        result.message = e.explanation();
        return result;
    }
    if (!readFile(path, limit, &bytes, &problem)) {
        result.problems.add(problem);
        return result;
    }
    return importData(db, bytes);
}
