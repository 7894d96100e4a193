#pragma once

#include "domain/fieldproblem.h"
#include "domain/fieldspec.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The body's settings that are text rather than numbers (those are rule parameters): the
// patterns its record numbers are made from, its name as it signs contracts, and its CNCA
// approval number. Kept in body_settings (setting_key,
// setting_value), every change logged; a key without a row takes its default.
namespace BodySettingKey {
inline constexpr char ApplicationNumberPattern[] = "application_number_pattern";
inline constexpr char ContractNumberPattern[] = "contract_number_pattern";
inline constexpr char BodyName[] = "body_name";
inline constexpr char CertificateNumberPattern[] = "certificate_number_pattern";
inline constexpr char ApprovalNumber[] = "approval_number";
} // namespace BodySettingKey

struct BodySettings
{
    QString applicationNumberPattern = defaultApplicationNumberPattern();
    QString contractNumberPattern = defaultContractNumberPattern();
    QString bodyName;   // the body's name as it signs contracts
    QString certificateNumberPattern = defaultCertificateNumberPattern();
    QString approvalNumber;   // 认证机构批准号 (CNCA approval), e.g. CNCA-R-2002-001, for the CNCA report

    static QString defaultApplicationNumberPattern() { return QStringLiteral("CSISMS-A-{yyyy}-{seq:4}"); }
    static QString defaultContractNumberPattern() { return QStringLiteral("CSISMS-C-{yyyy}-{seq:4}"); }
    static QString defaultCertificateNumberPattern() { return QStringLiteral("CSISMS-{yyyy}-{seq:4}"); }
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
