#include "clientimport.h"
#include "csvreader.h"

#include "db/database.h"
#include "domain/creditcode.h"
#include "repositories/clientrepository.h"

#include <QFile>
#include <QHash>

QString ImportProblem::text() const
{
    if (line <= 0)
        return message;
    if (column.isEmpty())
        return QCoreApplication::translate("ClientImport", "line %1: %2").arg(line).arg(message);
    return QCoreApplication::translate("ClientImport", "line %1: %2: %3").arg(line).arg(column, message);
}

QString ClientImport::columnKey(const QString &header)
{
    const QString h = header.trimmed();
    for (const QString &key : ClientRules::columnKeys())
        if (h.compare(key, Qt::CaseInsensitive) == 0 || h == ClientRules::chineseColumnLabel(key))
            return key;
    return {};
}

QList<ImportProblem> ClientImport::parse(const Database &db, const QByteArray &bytes, QList<Client> *clients)
{
    QList<ImportProblem> problems;
    QString csvError;
    const QList<CsvRecord> records = CsvReader::parse(CsvReader::decode(bytes), &csvError);
    if (!csvError.isEmpty())
        return {ImportProblem{0, {}, csvError}};
    if (records.isEmpty())
        return {ImportProblem{1, {}, tr("the file is empty; it needs a header row and at least one client.")}};

    // Header: known columns only, each once, the Chinese name among them.
    const CsvRecord &header = records.first();
    QList<QString> keys;
    QHash<QString, QString> shownName;  // key -> header text as written
    for (const QString &cell : header.fields) {
        const QString key = columnKey(cell);
        if (key.isEmpty()) {
            problems << ImportProblem{header.line, cell.trimmed(),
                                      tr("unknown column. Use these: %1 (or their Chinese names).")
                                          .arg(ClientRules::columnKeys().join(QStringLiteral(", ")))};
        } else if (shownName.contains(key)) {
            problems << ImportProblem{header.line, cell.trimmed(), tr("this column appears twice; keep one.")};
        } else {
            shownName.insert(key, cell.trimmed());
        }
        keys << key;
    }
    if (!shownName.contains(QStringLiteral("name_zh")))
        problems << ImportProblem{header.line, {}, tr("the column name_zh (名称) is missing; every client needs its Chinese name.")};
    if (!problems.isEmpty())
        return problems;
    if (records.size() == 1)
        return {ImportProblem{header.line, {}, tr("there are no clients below the header row.")}};

    const ClientRepository repository(const_cast<Database &>(db));
    QHash<QString, int> codeLines;  // credit code -> first line in this file
    QList<Client> parsed;
    for (int r = 1; r < records.size(); ++r) {
        const CsvRecord &record = records.at(r);
        if (record.fields.size() != keys.size()) {
            problems << ImportProblem{record.line, {},
                                      tr("the row has %1 fields but the header has %2; check for a missing or extra comma.")
                                          .arg(record.fields.size()).arg(keys.size())};
            continue;
        }
        Client c;
        QList<ImportProblem> rowProblems;
        for (int i = 0; i < keys.size(); ++i) {
            const QString &key = keys.at(i);
            const QString value = record.fields.at(i).trimmed();
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
                                              tr("“%1” is not a number of people; write a whole number such as 120.").arg(value)};
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
                                              .arg(c.creditCode).arg(*first)};
            else
                codeLines.insert(c.creditCode, record.line);
        }
        // Report a row's problems in the order of its columns.
        std::stable_sort(rowProblems.begin(), rowProblems.end(), [&](const ImportProblem &a, const ImportProblem &b) {
            return keys.indexOf(shownName.key(a.column)) < keys.indexOf(shownName.key(b.column));
        });
        problems << rowProblems;
        parsed << c;
    }
    if (problems.isEmpty() && clients)
        *clients = parsed;
    return problems;
}

ImportResult ClientImport::importData(Database &db, const QByteArray &bytes)
{
    ImportResult result;
    QList<Client> clients;
    result.problems = parse(db, bytes, &clients);
    if (!result.problems.isEmpty())
        return result;
    try {
        Transaction transaction(db);
        ClientRepository repository(db);
        for (const Client &c : std::as_const(clients))
            repository.insertUnchecked(c);
        transaction.commit();
        result.ok = true;
        result.imported = clients.size();
    } catch (const SqlError &e) {
        result.problems << ImportProblem{0, {}, tr("the clients could not be stored, so none were imported: %1").arg(e.message())};
    }
    return result;
}

ImportResult ClientImport::importFile(Database &db, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult result;
        result.problems << ImportProblem{0, {}, tr("the file %1 cannot be read: %2").arg(path, file.errorString())};
        return result;
    }
    return importData(db, file.readAll());
}
