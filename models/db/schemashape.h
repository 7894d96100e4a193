#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The tables of a database and the columns of each, as SQLite lists them: what opening
// compares with the shape the shipped migrations give, so a file whose tables were
// dropped or changed outside the application is refused with what is missing instead
// of failing later in the middle of a command.
struct SchemaShape
{
    Q_DECLARE_TR_FUNCTIONS(SchemaShape)

public:
    QMap<QString, QStringList> columns;   // table -> column names in table order

    bool isEmpty() const { return columns.isEmpty(); }
    bool operator==(const SchemaShape &) const = default;

    // Reads the shape of an open connection (SQLite's own tables left out). Returns false
    // with *error set when the schema cannot be read.
    static bool read(const QSqlDatabase &db, SchemaShape *shape, QString *error);
    // The shape the shipped migrations 1..version give, built once per version by running
    // the real migration runner on a database in memory.
    static SchemaShape expected(int version);

    // Sentences (in the user's language) naming each table or column that is missing from,
    // or not part of, the expected shape; empty when the shapes match.
    QStringList differencesFrom(const SchemaShape &expected) const;
    // True when at least half of the expected tables (two or more) are here: a database of
    // this program changed outside it rather than another program's file.
    bool sharesMostTablesWith(const SchemaShape &expected) const;
};
