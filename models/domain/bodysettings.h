#pragma once

#include "domain/fieldproblem.h"
#include "domain/fieldspec.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The body's settings that are text rather than numbers (those are rule parameters): the
// patterns its record numbers are made from, its name as it signs contracts (and in
// English), its address in both languages and its logo for the heading of printed reports,
// and its CNCA approval number. Kept in body_settings (setting_key, setting_value), every
// change logged; a key without a row takes its default.
namespace BodySettingKey {
inline constexpr char ApplicationNumberPattern[] = "application_number_pattern";
inline constexpr char ContractNumberPattern[] = "contract_number_pattern";
inline constexpr char BodyName[] = "body_name";
inline constexpr char CertificateNumberPattern[] = "certificate_number_pattern";
inline constexpr char ApprovalNumber[] = "approval_number";
inline constexpr char BodyNameEn[] = "body_name_en";
inline constexpr char BodyAddress[] = "body_address";
inline constexpr char BodyAddressEn[] = "body_address_en";
inline constexpr char BodyLogo[] = "body_logo";   // a PNG image, base64
} // namespace BodySettingKey

struct BodySettings
{
    QString applicationNumberPattern = defaultApplicationNumberPattern();
    QString contractNumberPattern = defaultContractNumberPattern();
    QString bodyName;   // the body's name as it signs contracts
    QString certificateNumberPattern = defaultCertificateNumberPattern();
    QString approvalNumber;   // 认证机构批准号 (CNCA approval), e.g. CNCA-R-2002-001, for the CNCA report
    QString bodyNameEn;       // the body's name in English reports (empty: the Chinese name)
    QString bodyAddress;      // postal address, Chinese
    QString bodyAddressEn;    // postal address, English (empty: the Chinese one)
    QString bodyLogo;         // PNG, base64 (empty: no logo)

    // The longest logo kept (characters of base64, about 700 KB of PNG); the window scales a
    // chosen picture down so that it fits.
    static constexpr int kMaxLogoLength = 1000000;

    static QString defaultApplicationNumberPattern() { return QStringLiteral("CSISMS-A-{yyyy}-{seq:4}"); }
    static QString defaultContractNumberPattern() { return QStringLiteral("CSISMS-C-{yyyy}-{seq:4}"); }
    static QString defaultCertificateNumberPattern() { return QStringLiteral("CSISMS-{yyyy}-{seq:4}"); }
    // Every key, in the order Settings shows them (the logo last).
    static QStringList keys();
    QString value(const QString &key) const;
    void setValue(const QString &key, const QString &value);
    // What is wrong with a value for `key` (the problems name the key).
    static QList<FieldProblem> validate(const QString &key, const QString &value);
    // The setting's label in the user's language.
    static QString label(const QString &key);
    // The logo's PNG bytes (empty when there is none).
    QByteArray logoPng() const;
    bool operator==(const BodySettings &) const = default;
};

namespace BodySettingFields {
const RecordSpec &setting();   // setting_key, setting_value
} // namespace BodySettingFields
