#pragma once

#include "db/changelog.h"
#include "domain/client.h"
#include "repositories/writeresult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class Database;

// One line of the client list: only what the list shows.
struct ClientListRow
{
    qint64 id = 0;
    QString nameZh;
    QString nameEn;
    QString creditCode;
    QString contact;
    QString phone;
    std::optional<int> headcount;
    bool archived = false;
};

// What the client list asks for: a filter (every word must match the Chinese or English
// name, the credit code or the contact), archived clients or not, and a sort order.
struct ClientListQuery
{
    enum Column { NameZh, NameEn, CreditCode, Contact, Phone, Headcount };
    QString filter;
    bool includeArchived = false;
    Column sortColumn = NameZh;
    Qt::SortOrder order = Qt::AscendingOrder;
    // How many rows match, when the caller already counted them (-1: unknown). Only the
    // query plan depends on it: few matches are found faster by a scan and sort than by
    // walking the sort index.
    int knownCount = -1;
    // Below this many matches a filtered list is "few" (scan and sort; first page and
    // count in one pass).
    static constexpr int FewRows = 500;
    bool isFew() const { return !filter.trimmed().isEmpty() && knownCount >= 0 && knownCount < FewRows; }
};

// All SQL of the client register: the client aggregate (client, sites, shifts, legal
// entities), paged list queries, archive and delete. Every write runs in one
// transaction that also appends the change-log entries.
class ClientRepository
{
    Q_DECLARE_TR_FUNCTIONS(ClientRepository)

public:
    explicit ClientRepository(Database &db);

    // The table of the clients themselves, and every table of the client aggregate (the
    // client, its sites, shifts and legal entities): what a logged change to a row of them
    // means to the pages that show clients.
    static QString rootTable();
    static QStringList tables();

    int count(const ClientListQuery &query) const;
    QList<ClientListRow> page(const ClientListQuery &query, int offset, int limit) const;
    // The first rows and the number of all matching rows in one pass, for a query known
    // to match few rows (the pass keeps every match in memory to count it).
    QList<ClientListRow> firstPageOfFew(const ClientListQuery &query, int limit, int *total) const;
    // Row of the client in the list for this query, or -1 when the query hides it.
    int positionOf(const ClientListQuery &query, qint64 id) const;

    std::optional<Client> load(qint64 id) const;
    QList<Client> loadAll() const;
    // Every client's own fields (no sub-records), in id order: the register as a list.
    QList<Client> listRegister() const;
    // Clients whose stored credit code fails the GB 32100 check (data written outside the app).
    QList<QPair<qint64, QString>> invalidCreditCodes() const;
    int totalCount() const;
    int archivedCount() const;
    std::optional<qint64> idForCreditCode(const QString &code) const;

    // Inserts (id 0, or an id no longer in use, as when an undo restores a deleted
    // client) or updates the whole aggregate. Validates first; nothing is written when
    // a problem is found.
    WriteResult save(const Client &client);
    WriteResult setArchived(qint64 id, bool archived);
    // Deletes a client and its sub-records, only when no dossier record refers to it.
    WriteResult remove(qint64 id);
    // Descriptions of the dossier records that keep a client from being deleted.
    QStringList dependentRecords(qint64 id) const;

    // The change-log entries of the client's whole dossier (its sub-records and the records
    // that belong to it, those deleted since as well), newest first: its History tab.
    QList<ChangeEntry> history(qint64 id) const;

    // Problems of a client that need the register (uniqueness) plus the pure rules.
    QList<FieldProblem> validate(const Client &client) const;

    // For bulk writers (import, demo) already inside a Transaction: writes without
    // validating again. Throws SqlError.
    qint64 insertUnchecked(const Client &client);

private:
    void writeSubRecords(const Client &client, qint64 clientId, const Client *previous);
    Database &m_db;
};
