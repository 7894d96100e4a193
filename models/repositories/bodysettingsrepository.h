#pragma once

#include "domain/bodysettings.h"
#include "repositories/writeresult.h"

#include <QCoreApplication>

class Database;

// All SQL of the body's text settings (body_settings): read as BodySettings (defaults for
// keys without a row), changed one at a time with validation, every change logged.
class BodySettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(BodySettingsRepository)

public:
    explicit BodySettingsRepository(Database &db);
    static QString tableName();

    BodySettings load() const;
    // Validates, then stores and logs (nothing written when invalid or equal). Inside or
    // outside a transaction.
    WriteResult setValue(const QString &key, const QString &value);

private:
    Database &m_db;
};
