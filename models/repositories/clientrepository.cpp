#include "clientrepository.h"

#include "db/changelog.h"
#include "db/recordlabels.h"
#include "db/database.h"
#include "domain/creditcode.h"
#include "rowwriter.h"
#include "sqlvalues.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>

namespace {

// Columns in the order the field declarations give (ClientFields); the values below follow it.
const QStringList kClientColumnList = ClientFields::client().keys();
const QString kClientColumns = kClientColumnList.join(QStringLiteral(", "));
const QString kClients = QStringLiteral("clients");

// A sub-record table of the client aggregate, as plain rows of column values.
struct SubTable
{
    QString table;
    QStringList columns;
};
using SubRow = RowWriter::Row;

const SubTable kSites{QStringLiteral("client_sites"), ClientFields::site().keys()};
const SubTable kShifts{QStringLiteral("client_shifts"), ClientFields::shift().keys()};
const SubTable kEntities{QStringLiteral("client_legal_entities"), ClientFields::legalEntity().keys()};
const SubTable kServices{QStringLiteral("client_services"), ClientFields::service().keys()};

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

using SqlValues::nullableText;
using SqlValues::text;

std::optional<int> toOptionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QList<SubRow> rowsOf(const Client &c, const SubTable &spec)
{
    QList<SubRow> rows;
    if (spec.table == kSites.table)
        for (const ClientSite &s : c.sites)
            rows << SubRow{s.id, {text(s.name), text(s.address), optionalInt(s.headcount)}};
    else if (spec.table == kShifts.table)
        for (const ClientShift &s : c.shifts)
            rows << SubRow{s.id, {text(s.name), text(s.hours), optionalInt(s.headcount)}};
    else if (spec.table == kServices.table)
        for (const ClientService &s : c.services)
            rows << SubRow{s.id, {text(s.name.trimmed()), SqlValues::flag(s.typical)}};
    else
        for (const LegalEntity &e : c.legalEntities)
            rows << SubRow{e.id, {text(e.name), nullableText(CreditCode::normalized(e.creditCode))}};
    return rows;
}

QVariantList clientValues(const Client &c)
{
    return {text(c.nameZh), text(c.nameEn), nullableText(CreditCode::normalized(c.creditCode)),
            text(c.address), text(c.legalRepresentative), text(c.contact), text(c.phone),
            text(c.email), optionalInt(c.headcount), SqlValues::longText(c.notes), SqlValues::flag(c.archived)};
}

// SQL sort key of a list column; NULLs sort as the lowest value. When few rows match
// a filter, the key is an expression (same order), so the database scans and sorts those
// rows instead of walking the whole sort index row by row looking for them.
QString sortKey(const ClientListQuery &query)
{
    const bool sparse = query.isFew();
    auto text = [sparse](const char *column) {
        return sparse ? QStringLiteral("COALESCE(%1, '')").arg(QLatin1String(column)) : QString::fromLatin1(column);
    };
    switch (query.sortColumn) {
    case ClientListQuery::NameZh: return text("name_zh");
    case ClientListQuery::NameEn: return text("name_en");
    case ClientListQuery::CreditCode: return QStringLiteral("COALESCE(credit_code, '')");
    case ClientListQuery::Contact: return text("contact");
    case ClientListQuery::Phone: return text("phone");
    case ClientListQuery::Headcount: return QStringLiteral("COALESCE(headcount, -1)");
    }
    return text("name_zh");
}


// WHERE clause and its bound values for a list query.
QString whereClause(const ClientListQuery &query, QVariantList *values)
{
    QStringList conditions;
    if (!query.includeArchived)
        conditions << QStringLiteral("archived = 0");
    const QStringList words = query.filter.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        conditions << QStringLiteral("(name_zh LIKE ? ESCAPE '\\' OR name_en LIKE ? ESCAPE '\\' "
                                     "OR credit_code LIKE ? ESCAPE '\\' OR contact LIKE ? ESCAPE '\\')");
        const QString pattern = SqlValues::containsPattern(word);
        *values << pattern << pattern << pattern << pattern;
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

ClientRepository::ClientRepository(Database &db) : m_db(db) {}

QString ClientRepository::rootTable() { return kClients; }

QStringList ClientRepository::tables() { return {kClients, kSites.table, kShifts.table, kEntities.table, kServices.table}; }

int ClientRepository::count(const ClientListQuery &query) const
{
    QVariantList values;
    const QString where = whereClause(query, &values);
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM clients") + where, values).toInt();
}

QList<ClientListRow> ClientRepository::page(const ClientListQuery &query, int offset, int limit) const
{
    QVariantList values;
    const QString where = whereClause(query, &values);
    const QString direction = query.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    values << limit << offset;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, name_zh, name_en, credit_code, contact, phone, headcount, archived "
                                           "FROM clients%1 ORDER BY %2 %3, id %3 LIMIT ? OFFSET ?")
                                .arg(where, sortKey(query), direction),
                            values);
    QList<ClientListRow> rows;
    rows.reserve(limit);
    while (q.next())
        rows << ClientListRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                              toOptionalInt(q.value(6)), q.value(7).toInt() != 0};
    return rows;
}

QList<ClientListRow> ClientRepository::firstPageOfFew(const ClientListQuery &query, int limit, int *total) const
{
    QVariantList values;
    const QString where = whereClause(query, &values);
    const QString direction = query.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    ClientListQuery few = query;
    few.knownCount = 0;  // scan and sort
    values << limit;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, name_zh, name_en, credit_code, contact, phone, headcount, archived, "
                                           "count(*) OVER () FROM clients%1 ORDER BY %2 %3, id %3 LIMIT ?")
                                .arg(where, sortKey(few), direction),
                            values);
    QList<ClientListRow> rows;
    *total = 0;
    while (q.next()) {
        rows << ClientListRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                              toOptionalInt(q.value(6)), q.value(7).toInt() != 0};
        *total = q.value(8).toInt();
    }
    return rows;
}

int ClientRepository::positionOf(const ClientListQuery &query, qint64 id) const
{
    QVariantList values;
    QString where = whereClause(query, &values);
    const QString key = sortKey(query);
    const QVariant keyValue = m_db.scalar(QStringLiteral("SELECT %1 FROM clients%2%3 id = ?")
                                              .arg(key, where, where.isEmpty() ? QStringLiteral(" WHERE") : QStringLiteral(" AND")),
                                          QVariantList(values) << id);
    if (!keyValue.isValid())
        return -1;
    const QString cmp = query.order == Qt::AscendingOrder ? QStringLiteral("<") : QStringLiteral(">");
    values << keyValue << keyValue << id;
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM clients%1%2 (%3 %4 ? OR (%3 = ? AND id %4 ?))")
                           .arg(where, where.isEmpty() ? QStringLiteral(" WHERE") : QStringLiteral(" AND"), key, cmp),
                       values)
        .toInt();
}

namespace {
Client clientFrom(const QSqlQuery &q)
{
    Client c;
    c.id = q.value(0).toLongLong();
    c.nameZh = q.value(1).toString();
    c.nameEn = q.value(2).toString();
    c.creditCode = q.value(3).toString();
    c.address = q.value(4).toString();
    c.legalRepresentative = q.value(5).toString();
    c.contact = q.value(6).toString();
    c.phone = q.value(7).toString();
    c.email = q.value(8).toString();
    c.headcount = toOptionalInt(q.value(9));
    c.notes = q.value(10).toString();
    c.archived = q.value(11).toInt() != 0;
    return c;
}
} // namespace

std::optional<Client> ClientRepository::load(qint64 id) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, %1 FROM clients WHERE id = ?").arg(kClientColumns), {id});
    if (!q.next())
        return std::nullopt;
    Client c = clientFrom(q);

    QSqlQuery s = m_db.exec(QStringLiteral("SELECT id, name, address, headcount FROM client_sites WHERE client_id = ? ORDER BY id"), {id});
    while (s.next())
        c.sites << ClientSite{s.value(0).toLongLong(), s.value(1).toString(), s.value(2).toString(), toOptionalInt(s.value(3))};
    QSqlQuery h = m_db.exec(QStringLiteral("SELECT id, name, hours, headcount FROM client_shifts WHERE client_id = ? ORDER BY id"), {id});
    while (h.next())
        c.shifts << ClientShift{h.value(0).toLongLong(), h.value(1).toString(), h.value(2).toString(), toOptionalInt(h.value(3))};
    QSqlQuery e = m_db.exec(QStringLiteral("SELECT id, name, credit_code FROM client_legal_entities WHERE client_id = ? ORDER BY id"), {id});
    while (e.next())
        c.legalEntities << LegalEntity{e.value(0).toLongLong(), e.value(1).toString(), e.value(2).toString()};
    QSqlQuery v = m_db.exec(QStringLiteral("SELECT id, name, typical FROM client_services WHERE client_id = ? ORDER BY id"), {id});
    while (v.next())
        c.services << ClientService{v.value(0).toLongLong(), v.value(1).toString(), v.value(2).toInt() != 0};
    return c;
}

QList<Client> ClientRepository::loadAll() const
{
    // Five queries whatever the number of clients (not five per client).
    QList<Client> clients = listRegister();
    QHash<qint64, Client *> byId;
    byId.reserve(clients.size());
    for (Client &c : clients)
        byId.insert(c.id, &c);
    QSqlQuery s = m_db.exec(QStringLiteral("SELECT id, client_id, name, address, headcount FROM client_sites ORDER BY id"));
    while (s.next())
        if (Client *c = byId.value(s.value(1).toLongLong()))
            c->sites << ClientSite{s.value(0).toLongLong(), s.value(2).toString(), s.value(3).toString(), toOptionalInt(s.value(4))};
    QSqlQuery h = m_db.exec(QStringLiteral("SELECT id, client_id, name, hours, headcount FROM client_shifts ORDER BY id"));
    while (h.next())
        if (Client *c = byId.value(h.value(1).toLongLong()))
            c->shifts << ClientShift{h.value(0).toLongLong(), h.value(2).toString(), h.value(3).toString(), toOptionalInt(h.value(4))};
    QSqlQuery e = m_db.exec(QStringLiteral("SELECT id, client_id, name, credit_code FROM client_legal_entities ORDER BY id"));
    while (e.next())
        if (Client *c = byId.value(e.value(1).toLongLong()))
            c->legalEntities << LegalEntity{e.value(0).toLongLong(), e.value(2).toString(), e.value(3).toString()};
    QSqlQuery v = m_db.exec(QStringLiteral("SELECT id, client_id, name, typical FROM client_services ORDER BY id"));
    while (v.next())
        if (Client *c = byId.value(v.value(1).toLongLong()))
            c->services << ClientService{v.value(0).toLongLong(), v.value(2).toString(), v.value(3).toInt() != 0};
    return clients;
}

QList<Client> ClientRepository::listRegister() const
{
    QList<Client> clients;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, %1 FROM clients ORDER BY id").arg(kClientColumns));
    while (q.next())
        clients << clientFrom(q);
    return clients;
}

QList<QPair<qint64, QString>> ClientRepository::invalidCreditCodes() const
{
    QList<QPair<qint64, QString>> invalid;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, credit_code FROM clients WHERE credit_code IS NOT NULL ORDER BY id"));
    while (q.next())
        if (!CreditCode::isValid(q.value(1).toString()))
            invalid << qMakePair(q.value(0).toLongLong(), q.value(1).toString());
    return invalid;
}

int ClientRepository::totalCount() const { return m_db.scalar(QStringLiteral("SELECT count(*) FROM clients")).toInt(); }

int ClientRepository::archivedCount() const
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM clients WHERE archived = 1")).toInt();
}

std::optional<qint64> ClientRepository::idForCreditCode(const QString &code) const
{
    const QVariant id = m_db.scalar(QStringLiteral("SELECT id FROM clients WHERE credit_code = ?"),
                                    {CreditCode::normalized(code)});
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

QList<FieldProblem> ClientRepository::validate(const Client &client) const
{
    QList<FieldProblem> problems = ClientRules::validate(client);
    const QString code = CreditCode::normalized(client.creditCode);
    if (!code.isEmpty() && CreditCode::isValid(code)) {
        const QVariant other = m_db.scalar(QStringLiteral("SELECT name_zh FROM clients WHERE credit_code = ? AND id <> ?"),
                                           {code, client.id});
        if (other.isValid())
            problems << FieldProblem{QStringLiteral("credit_code"),
                                     tr("The credit code %1 is already registered for “%2”. Each client has its own code; "
                                        "open that client instead of adding it again.").arg(code, other.toString())};
    }
    // A site or legal entity an application refers to stays while the application does.
    if (client.id > 0) {
        QSet<qint64> sites, entities, shifts, services;
        for (const ClientSite &site : client.sites)
            sites.insert(site.id);
        for (const ClientShift &shift : client.shifts)
            shifts.insert(shift.id);
        for (const ClientService &service : client.services)
            services.insert(service.id);
        for (const LegalEntity &entity : client.legalEntities)
            entities.insert(entity.id);
        QSqlQuery used = m_db.exec(QStringLiteral(
            "SELECT 'site', s.site_id, cs.name, a.number FROM application_sites s JOIN applications a ON a.id = s.application_id "
            "JOIN client_sites cs ON cs.id = s.site_id WHERE cs.client_id = ? "
            "UNION ALL SELECT 'entity', d.legal_entity_id, e.name, a.number FROM application_documents d "
            "JOIN applications a ON a.id = d.application_id JOIN client_legal_entities e ON e.id = d.legal_entity_id "
            "WHERE e.client_id = ? "
            "UNION ALL SELECT 'audit_site', s.site_id, cs.name, p.id FROM audit_sites s JOIN audits u ON u.id = s.audit_id "
            "JOIN programmes p ON p.id = u.programme_id JOIN client_sites cs ON cs.id = s.site_id WHERE cs.client_id = ? "
            "UNION ALL SELECT 'audit_shift', s.shift_id, cs.name, p.id FROM audit_shifts s JOIN audits u ON u.id = s.audit_id "
            "JOIN programmes p ON p.id = u.programme_id JOIN client_shifts cs ON cs.id = s.shift_id WHERE cs.client_id = ? "
            "UNION ALL SELECT 'audit_service', s.service_id, cs.name, p.id FROM audit_services s JOIN audits u ON u.id = s.audit_id "
            "JOIN programmes p ON p.id = u.programme_id JOIN client_services cs ON cs.id = s.service_id WHERE cs.client_id = ?"),
            {client.id, client.id, client.id, client.id, client.id});
        QSet<QString> reported;
        while (used.next()) {
            const QString kind = used.value(0).toString();
            const bool site = kind == QLatin1String("site");
            const qint64 id = used.value(1).toLongLong();
            const QString key = kind + QString::number(id);
            if (reported.contains(key))
                continue;
            if (kind.startsWith(QLatin1String("audit_"))) {
                const bool kept = kind == QLatin1String("audit_site") ? sites.contains(id)
                                  : kind == QLatin1String("audit_shift") ? shifts.contains(id) : services.contains(id);
                if (kept)
                    continue;
                reported.insert(key);
                const QString field = kind == QLatin1String("audit_site") ? QStringLiteral("sites")
                                      : kind == QLatin1String("audit_shift") ? QStringLiteral("shifts") : QStringLiteral("services");
                problems << FieldProblem{field, tr("“%1” is named by an audit of the client's audit programme, so it stays; "
                                                   "take it out of that audit first.").arg(used.value(2).toString())};
                continue;
            }
            if ((site ? sites : entities).contains(id))
                continue;
            reported.insert(key);
            problems << FieldProblem{site ? QStringLiteral("sites") : QStringLiteral("legal_entities"),
                                     site ? tr("The site “%1” is in the scope of application %2, so it stays; take it out of "
                                               "the application's scope first.").arg(used.value(2).toString(), used.value(3).toString())
                                          : tr("The legal entity “%1” has a legal status proof (D2) in application %2, so it "
                                               "stays.").arg(used.value(2).toString(), used.value(3).toString())};
        }
    }
    return problems;
}

void ClientRepository::writeSubRecords(const Client &client, qint64 clientId, const Client *previous)
{
    for (const SubTable &spec : {kSites, kShifts, kEntities, kServices})
        RowWriter::sync(m_db, spec.table, QStringLiteral("client_id"), clientId, spec.columns, rowsOf(client, spec),
                           previous ? rowsOf(*previous, spec) : QList<SubRow>(), clientId);
}

qint64 ClientRepository::insertUnchecked(const Client &client)
{
    const qint64 newId = RowWriter::insert(m_db, kClients, kClientColumnList, clientValues(client), RowWriter::OwnId,
                                              client.id > 0 ? client.id : 0);
    writeSubRecords(client, newId, nullptr);
    return newId;
}

WriteResult ClientRepository::save(const Client &client)
{
    WriteResult result;
    try {
        result.problems = validate(client);
        if (!result.problems.isEmpty()) {
            result.message = tr("The client was not saved: %1").arg(result.problems.first().message);
            return result;
        }
        Transaction transaction(m_db);
        const std::optional<Client> previous = client.id > 0 ? load(client.id) : std::nullopt;
        if (!previous) {
            result.id = insertUnchecked(client);
        } else {
            result.id = client.id;
            RowWriter::update(m_db, kClients, client.id, kClientColumnList, clientValues(client), client.id);
            writeSubRecords(client, client.id, &*previous);
        }
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.ok = false;
        result.message = tr("The client could not be saved, and nothing was changed: %1").arg(e.message());
    }
    return result;
}

WriteResult ClientRepository::setArchived(qint64 id, bool archived)
{
    std::optional<Client> client = load(id);
    if (!client)
        return WriteResult{false, id, tr("The client no longer exists; the list was out of date."), {}};
    client->archived = archived;
    return save(*client);
}

QList<ChangeEntry> ClientRepository::history(qint64 id) const
{
    return ChangeLog::clientHistory(m_db, id);
}

QStringList ClientRepository::dependentRecords(qint64 id) const
{
    static const QStringList ownTables{kSites.table, kShifts.table, kEntities.table, kServices.table};
    QStringList records;
    for (const auto &[table, column] : m_db.referencingColumns(QStringLiteral("clients"))) {
        if (ownTables.contains(table))
            continue;
        const int n = m_db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?").arg(table, column), {id}).toInt();
        if (n > 0)
            records << tr("%n record(s) in %1", nullptr, n).arg(RecordLabels::table(table));
    }
    return records;
}

WriteResult ClientRepository::remove(qint64 id)
{
    WriteResult result;
    result.id = id;
    try {
        const QStringList records = dependentRecords(id);
        if (!records.isEmpty()) {
            result.message = tr("This client has dossier records (%1), so it cannot be deleted. "
                                "Archive it instead: it is then hidden from the list but kept.")
                                 .arg(records.join(QStringLiteral(", ")));
            return result;
        }
        Transaction transaction(m_db);
        const std::optional<Client> previous = load(id);
        if (!previous) {
            result.message = tr("The client no longer exists; the list was out of date.");
            return result;
        }
        Client empty = *previous;
        empty.sites.clear();
        empty.shifts.clear();
        empty.legalEntities.clear();
        empty.services.clear();
        writeSubRecords(empty, id, &*previous);
        RowWriter::remove(m_db, kClients, id, id);
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.message = tr("The client could not be deleted, and nothing was changed: %1").arg(e.message());
    }
    return result;
}
