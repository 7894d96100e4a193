#pragma once

#include "domain/ruleparameters.h"
#include "repositories/writeresult.h"

#include <QCoreApplication>
#include <QString>

class Database;

// All SQL of the rule parameters: the body's values in rule_parameters, read as a
// RuleParameters (defaults for missing or unusable values), changed one at a time with
// validation, every change logged. The definitions live in ParameterDefinitions.
class ParameterRepository
{
    Q_DECLARE_TR_FUNCTIONS(ParameterRepository)

public:
    explicit ParameterRepository(Database &db);
    // The table the values are kept in (what logged changes to them name).
    static QString tableName();

    RuleParameters load() const;
    // Whether the key has a row of its own (false: the default applies).
    bool isStored(const QString &key) const;

    // Validates, then stores and logs the value (nothing written when invalid or equal).
    WriteResult setValue(const QString &key, double value);
    WriteResult resetToDefault(const QString &key);
    // Every parameter back to its default, in one transaction.
    WriteResult resetAll();

    // Inserts a row with the default for every defined key that has none (so the values in
    // force are part of the records). Inside a Transaction; throws SqlError.
    static void seedMissing(Database &db);

private:
    Database &m_db;
};
