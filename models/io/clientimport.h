#pragma once

#include "domain/client.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// A problem with one cell of an import file: "line N: column: problem".
struct ImportProblem
{
    int line = 0;
    QString column;
    QString message;
    QString text() const;
};

struct ImportResult
{
    bool ok = false;
    int imported = 0;
    QList<ImportProblem> problems;
};

// Imports clients from a CSV file: a header row naming columns (keys such as name_zh or
// their Chinese labels such as 名称, in any order), one client per row. All rows or none:
// every problem of every row is reported and nothing is written unless all are valid.
class ClientImport
{
    Q_DECLARE_TR_FUNCTIONS(ClientImport)

public:
    // Parses and validates against the register; fills *clients when no problem is found.
    static QList<ImportProblem> parse(const Database &db, const QByteArray &bytes, QList<Client> *clients);
    static ImportResult importData(Database &db, const QByteArray &bytes);
    static ImportResult importFile(Database &db, const QString &path);
    // Maps a header cell (key or Chinese label, any case, spaces trimmed) to its key.
    static QString columnKey(const QString &header);
};
