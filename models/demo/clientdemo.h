#pragma once

#include "domain/client.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

class Database;

// Deterministic demo dossiers: realistic Chinese cloud-service companies with English
// names, valid unified social credit codes, sites, shifts and legal entities. The same
// count and seed always give the same clients.
class ClientDemo
{
    Q_DECLARE_TR_FUNCTIONS(ClientDemo)

public:
    // Pure: the clients for a count and seed (ids are 0).
    static QList<Client> makeClients(int count, quint32 seed);

    // Writes them into an empty client register in one transaction (all or none).
    // progress(done, total) may return false to cancel; nothing is then written.
    // Returns the number written, or -1 with *error set.
    static int generate(Database &db, int count, quint32 seed,
                        const std::function<bool(int, int)> &progress, QString *error);
};
