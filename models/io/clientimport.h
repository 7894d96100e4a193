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

// The problems of a file: the first ones in full (at most ImportProblems::kShown) and how
// many there are in all.
struct ImportProblems
{
    static constexpr int kShown = 100;
    QList<ImportProblem> shown;
    int total = 0;

    bool isEmpty() const { return total == 0; }
    void add(const ImportProblem &problem);
    void add(const QList<ImportProblem> &problems);
    // Every shown problem's text, then "… and N more problems" when some are not shown.
    QStringList lines() const;
};

struct ImportResult
{
    enum Outcome {
        Imported,
        Rejected,   // the file has problems (listed); nothing was written
        Busy,       // another program kept the database locked; nothing was written
        Failed,     // the database could not store the rows (message); nothing was written
    };
    Outcome outcome = Rejected;
    bool ok = false;
    int imported = 0;
    ImportProblems problems;
    QString message;   // for Busy and Failed, in the user's language
};

// Imports clients from a CSV file: a header row naming columns (keys such as name_zh or
// their Chinese labels such as 名称, in any order), one client per row, separated by
// commas, semicolons or tabs. All rows or none: every problem of every row is found and
// nothing is written unless all are valid. The rows are checked against the register in
// the same write transaction that stores them, so a credit code another import has just
// taken is a problem of its line, not a failed statement.
class ClientImport
{
    Q_DECLARE_TR_FUNCTIONS(ClientImport)

public:
    // Reads a file of at most maxBytes (larger ones are refused before they are read whole:
    // a device such as /dev/zero never ends). Returns false with *problem set.
    static bool readFile(const QString &path, qint64 maxBytes, QByteArray *bytes, ImportProblem *problem);

    // Parses and validates against the register; fills *clients (and *lines, the line of
    // each) when no problem is found.
    static ImportProblems parse(const Database &db, const QByteArray &bytes, QList<Client> *clients,
                                QList<int> *lines = nullptr);
    static ImportResult importData(Database &db, const QByteArray &bytes);
    // readFile with the limit from the rule parameters, then importData.
    static ImportResult importFile(Database &db, const QString &path);
    // The size limit for import files in force in this database, in bytes.
    static qint64 maxFileBytes(Database &db);
    // Maps a header cell (key or Chinese label, any case, spaces trimmed) to its key.
    static QString columnKey(const QString &header);
};
