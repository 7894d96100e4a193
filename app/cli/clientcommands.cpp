// Commands on the client register: clients import, clients list.

#include "clicontext.h"
#include "commandline.h"

#include "domain/client.h"
#include "io/clientimport.h"
#include "io/csvreader.h"
#include "repositories/clientrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CliCommands {

int clientsImport(CliContext &c)
{
    const auto db = c.openDatabase(false);
    if (!db)
        return CommandLine::UsageError;
    const QString file = c.words.at(2);
    const ImportResult result = ClientImport::importFile(*db, file);
    if (!result.ok) {
        for (const ImportProblem &p : result.problems)
            c.err << p.text() << Qt::endl;
        c.err << CommandLine::tr("Nothing was imported: correct the file and import it again.") << Qt::endl;
        return CommandLine::Problems;
    }
    c.err << CommandLine::tr("%n client(s) imported.", nullptr, result.imported) << Qt::endl;
    return CommandLine::Success;
}

int clientsList(CliContext &c)
{
    const auto db = c.openDatabase(false);
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
    c.out << header.join(u',') << Qt::endl;
    for (const Client &client : clients) {
        const QStringList fields{QString::number(client.id), client.nameZh, client.nameEn, client.creditCode,
                                 client.address, client.legalRepresentative, client.contact, client.phone,
                                 client.email, client.headcount ? QString::number(*client.headcount) : QString()};
        QStringList quoted;
        for (const QString &f : fields)
            quoted << CsvReader::quote(f);
        c.out << quoted.join(u',') << Qt::endl;
    }
    return CommandLine::Success;
}

} // namespace CliCommands
