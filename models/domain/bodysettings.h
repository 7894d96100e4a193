#pragma once

#include "domain/fieldproblem.h"
#include "domain/fieldspec.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The body's settings that are text rather than numbers (those are rule parameters): the
// patterns its record numbers are made from, and its name as it signs contracts. Kept in body_settings (setting_key,
// setting_value), every change logged; a key without a row takes its default.
namespace BodySettingKey {
inline constexpr char ApplicationNumberPattern[] = "application_number_pattern";
inline constexpr char ContractNumberPattern[] = "contract_number_pattern";
inline constexpr char BodyName[] = "body_name";
} // namespace BodySettingKey

struct BodySettings
{
    QString applicationNumberPattern = defaultApplicationNumberPattern();
    QString contractNumberPattern = defaultContractNumberPattern();
    QString bodyName;   // the body's name as it signs contracts

    static QString defaultApplicationNumberPattern() { return QStringLiteral("CSISMS-A-{yyyy}-{seq:4}"); }
    static QString defaultContractNumberPattern() { return QStringLiteral("CSISMS-C-{yyyy}-{seq:4}"); }
    static QStringList keys();
    QString value(const QString &key) const;
    void setValue(const QString &key, const QString &value);
    // What is wrong with a value for `key` (the problems name the key).
    static QList<FieldProblem> validate(const QString &key, const QString &value);
    // The setting's label in the user's language.
    static QString label(const QString &key);
    bool operator==(const BodySettings &) const = default;
};

namespace BodySettingFields {
const RecordSpec &setting();   // setting_key, setting_value
} // namespace BodySettingFields
