#include "bodysettingsrepository.h"

#include "db/database.h"
#include "repositories/rowwriter.h"
#include "repositories/sqlvalues.h"

#include <QSqlQuery>

BodySettingsRepository::BodySettingsRepository(Database &db) : m_db(db) {}

QString BodySettingsRepository::tableName() { return QStringLiteral("body_settings"); }

BodySettings BodySettingsRepository::load() const
{
    BodySettings settings;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT setting_key, setting_value FROM body_settings"));
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        // A value written outside the program that the rules refuse keeps the default.
        if (BodySettings::keys().contains(key) && BodySettings::validate(key, value).isEmpty())
            settings.setValue(key, value);
    }
    return settings;
}

WriteResult BodySettingsRepository::setValue(const QString &key, const QString &value)
{
    WriteResult result;
    result.problems = BodySettings::validate(key, value.trimmed());
    if (!result.problems.isEmpty()) {
        result.message = tr("The setting was not changed: %1").arg(result.problems.first().message);
        return result;
    }
    try {
        Transaction transaction(m_db);
        const QVariant id = m_db.scalar(QStringLiteral("SELECT id FROM body_settings WHERE setting_key = ?"), {key});
        const QStringList columns{QStringLiteral("setting_key"), QStringLiteral("setting_value")};
        if (id.isValid()) {
            result.id = id.toLongLong();
            RowWriter::update(m_db, tableName(), result.id, columns, {key, SqlValues::text(value)});
        } else {
            result.id = RowWriter::insert(m_db, tableName(), columns, {key, SqlValues::text(value)});
        }
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.message = tr("The setting could not be stored, and nothing was changed: %1").arg(e.message());
    }
    return result;
}
