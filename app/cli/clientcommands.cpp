// Commands on the client register: clients import, clients list.

#include "clicontext.h"
#include "commandline.h"

#include "domain/client.h"
#include "io/clientimport.h"
#include "io/csvwriter.h"
#include "repositories/clientrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CliCommands {

int clientsImport(CliContext &c)
{
    const auto db = c.openDatabase(Database::Mode::Write);
    if (!db)
        return CommandLine::UsageError;
    const QString file = c.words.at(2);
    const ImportResult result = ClientImport::importFile(*db, file);
    switch (result.outcome) {
    case ImportResult::Imported:
        c.err << CommandLine::tr("%n client(s) imported.", nullptr, result.imported) << Qt::endl;
        return CommandLine::Success;
    case ImportResult::Rejected:
        for (const QString &line : result.problems.lines())
            c.err << line << Qt::endl;
        c.err << CommandLine::tr("Nothing was imported: correct the file and import it again.") << Qt::endl;
        return CommandLine::Problems;
    case ImportResult::Busy:
    case ImportResult::Failed:
        c.err << result.message << Qt::endl;
        return CommandLine::UsageError;
    }
    return CommandLine::UsageError;
}

int clientsList(CliContext &c)
{
    const auto db = c.openDatabase(Database::Mode::Read);
    if (!db)
        return CommandLine::UsageError;
    const QList<Client> clients = ClientRepository(*db).listRegister();
    if (c.json) {
        QJsonArray array;
        for (const Client &client : clients) {
            array.append(QJsonObject{
                {QStringLiteral("id"), client.id},
                {QStringLiteral("name_zh"), client.nameZh},
                {QStringLiteral("name_en"), client.nameEn},
                {QStringLiteral("credit_code"), client.creditCode},
                {QStringLiteral("address"), client.address},
                {QStringLiteral("legal_representative"), client.legalRepresentative},
                {QStringLiteral("contact"), client.contact},
                {QStringLiteral("phone"), client.phone},
                {QStringLiteral("email"), client.email},
                {QStringLiteral("headcount"), client.headcount ? QJsonValue(*client.headcount) : QJsonValue(QJsonValue::Null)}});
        }
        c.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return CommandLine::Success;
    }
    // CSV with the import keys as header: the list can be imported into another database.
    QStringList header{QStringLiteral("id")};
    header << ClientRules::columnKeys();
    c.out << CsvWriter::row(header) << Qt::endl;
    for (const Client &client : clients) {
        c.out << CsvWriter::row({QString::number(client.id), client.nameZh, client.nameEn, client.creditCode,
                                 client.address, client.legalRepresentative, client.contact, client.phone,
                                 client.email, client.headcount ? QString::number(*client.headcount) : QString()})
              << Qt::endl;
    }
    return CommandLine::Success;
}

} // namespace CliCommands
