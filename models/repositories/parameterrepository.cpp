#include "parameterrepository.h"

#include "db/database.h"
#include "repositories/rowwriter.h"

#include <QSqlQuery>

namespace {
const QString kTable = QStringLiteral("rule_parameters");
}

ParameterRepository::ParameterRepository(Database &db) : m_db(db) {}

QString ParameterRepository::tableName() { return kTable; }

RuleParameters ParameterRepository::load() const
{
    RuleParameters parameters;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT param_key, param_value FROM rule_parameters"));
    while (q.next()) {
        const QString key = q.value(0).toString();
        const double value = q.value(1).toDouble();
        // Unknown keys (a newer program's) and values that fail validation (changed behind
        // the application's back) leave the default in force.
        if (ParameterDefinitions::find(key) && ParameterDefinitions::validate(key, value).isEmpty())
            parameters.setValue(key, value);
    }
    return parameters;
}

bool ParameterRepository::isStored(const QString &key) const
{
    return m_db.scalar(QStringLiteral("SELECT 1 FROM rule_parameters WHERE param_key = ?"), {key}).isValid();
}

WriteResult ParameterRepository::setValue(const QString &key, double value)
{
    WriteResult result;
    const ParameterDefinition *definition = ParameterDefinitions::find(key);
    const QString problem = ParameterDefinitions::validate(key, value);
    if (!problem.isEmpty()) {
        result.problems << FieldProblem{key, problem};
        result.message = definition ? tr("The parameter “%1” was not changed: %2").arg(definition->meaning(), problem)
                                    : problem;
        return result;
    }
    if (definition->integral)
        value = double(qRound64(value));
    try {
        Transaction transaction(m_db);
        const QVariant id = m_db.scalar(QStringLiteral("SELECT id FROM rule_parameters WHERE param_key = ?"), {key});
        if (id.isValid()) {
            result.id = id.toLongLong();
            RowWriter::update(m_db, kTable, result.id, {QStringLiteral("param_value")}, {value});
        } else {
            result.id = RowWriter::insert(m_db, kTable, {QStringLiteral("param_key"), QStringLiteral("param_value")},
                                             {key, value});
        }
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.message = tr("The parameter could not be saved, and nothing was changed: %1").arg(e.message());
    }
    return result;
}

WriteResult ParameterRepository::resetToDefault(const QString &key)
{
    const ParameterDefinition *definition = ParameterDefinitions::find(key);
    if (!definition) {
        WriteResult result;
        result.message = ParameterDefinitions::validate(key, 0);
        return result;
    }
    return setValue(key, definition->defaultValue);
}

WriteResult ParameterRepository::resetAll()
{
    WriteResult result;
    try {
        Transaction transaction(m_db);
        for (const ParameterDefinition &definition : ParameterDefinitions::all()) {
            const WriteResult one = setValue(definition.key, definition.defaultValue);
            if (!one.ok) {
                result.message = one.message;
                return result;   // the guard rolls everything back
            }
        }
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.message = tr("The parameters could not be reset, and nothing was changed: %1").arg(e.message());
    }
    return result;
}

void ParameterRepository::seedMissing(Database &db)
{
    QSet<QString> stored;
    QSqlQuery q = db.exec(QStringLiteral("SELECT param_key FROM rule_parameters"));
    while (q.next())
        stored.insert(q.value(0).toString());
    for (const ParameterDefinition &definition : ParameterDefinitions::all())
        if (!stored.contains(definition.key))
            RowWriter::insert(db, kTable, {QStringLiteral("param_key"), QStringLiteral("param_value")},
                                 {definition.key, definition.defaultValue});
}
