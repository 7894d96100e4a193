#pragma once

#include "domain/fieldproblem.h"

#include "fieldspec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// A place where the client works (sites are sampled in audits).
struct ClientSite
{
    qint64 id = 0;
    QString name;
    QString address;
    std::optional<int> headcount;
    bool operator==(const ClientSite &) const = default;
};

// A shift the client works in; audit rule P-5.4.1.5 needs them.
struct ClientShift
{
    qint64 id = 0;
    QString name;
    QString hours;
    std::optional<int> headcount;
    bool operator==(const ClientShift &) const = default;
};

// A cloud service the client offers within its scope; the typical ones (典型产品和服务)
// are sampled by the initial and the recertification audit (P-5.4.1.3-services).
struct ClientService
{
    qint64 id = 0;
    QString name;
    bool typical = false;
    bool operator==(const ClientService &) const = default;
};

// A legal entity covered by the certification (document D2 per entity).
struct LegalEntity
{
    qint64 id = 0;
    QString name;
    QString creditCode;
    bool operator==(const LegalEntity &) const = default;
};

// A client of the body (认证委托人) with its sub-records: the aggregate that the
// client editor edits and ClientRepository saves in one transaction.
struct Client
{
    qint64 id = 0;
    QString nameZh;
    QString nameEn;
    QString creditCode;
    QString address;
    QString legalRepresentative;
    QString contact;
    QString phone;
    QString email;
    std::optional<int> headcount;
    QString notes;
    bool archived = false;
    QList<ClientSite> sites;
    QList<ClientShift> shifts;
    QList<LegalEntity> legalEntities;
    QList<ClientService> services;
    bool operator==(const Client &) const = default;
};

// The fields of the client aggregate, declared once (column order).
namespace ClientFields {
const RecordSpec &client();        // name_zh … archived
const RecordSpec &site();          // name, address, headcount
const RecordSpec &shift();         // name, hours, headcount
const RecordSpec &legalEntity();   // name, credit_code
const RecordSpec &service();       // name, typical
} // namespace ClientFields

namespace ClientRules {

// The stable keys of the client columns an import file and `clients list` use (import
// header keys, JSON keys): the client fields that have a Chinese header.
QStringList columnKeys();
// The label of a column key in the user's language.
QString columnLabel(const QString &key);
// The Chinese label of a column key, as accepted in import headers.
QString chineseColumnLabel(const QString &key);

// The most characters a text column holds ("name_zh", "sites.name", ...; 0 when unlimited).
int maxLength(const QString &key);

// Pure checks of one client (no uniqueness; that needs the register).
QList<FieldProblem> validate(const Client &client);

bool isValidEmail(const QString &email);
bool isValidPhone(const QString &phone);
// Parses a headcount: empty gives nullopt with ok=true; otherwise a non-negative integer.
std::optional<int> parseHeadcount(const QString &text, bool *ok);

} // namespace ClientRules
