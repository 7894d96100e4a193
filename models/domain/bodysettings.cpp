#include "bodysettings.h"

#include "domain/application.h"

#include "domain/textrules.h"

QStringList BodySettings::keys()
{
    return {QString::fromLatin1(BodySettingKey::ApplicationNumberPattern), QString::fromLatin1(BodySettingKey::ContractNumberPattern),
            QString::fromLatin1(BodySettingKey::CertificateNumberPattern), QString::fromLatin1(BodySettingKey::BodyName),
            QString::fromLatin1(BodySettingKey::BodyNameEn), QString::fromLatin1(BodySettingKey::BodyAddress),
            QString::fromLatin1(BodySettingKey::BodyAddressEn), QString::fromLatin1(BodySettingKey::ApprovalNumber),
            QString::fromLatin1(BodySettingKey::BodyLogo)};
}

QString BodySettings::value(const QString &key) const
{
    if (key == QLatin1String(BodySettingKey::ApplicationNumberPattern))
        return applicationNumberPattern;
    if (key == QLatin1String(BodySettingKey::ContractNumberPattern))
        return contractNumberPattern;
    if (key == QLatin1String(BodySettingKey::BodyName))
        return bodyName;
    if (key == QLatin1String(BodySettingKey::CertificateNumberPattern))
        return certificateNumberPattern;
    if (key == QLatin1String(BodySettingKey::ApprovalNumber))
        return approvalNumber;
    if (key == QLatin1String(BodySettingKey::BodyNameEn))
        return bodyNameEn;
    if (key == QLatin1String(BodySettingKey::BodyAddress))
        return bodyAddress;
    if (key == QLatin1String(BodySettingKey::BodyAddressEn))
        return bodyAddressEn;
    if (key == QLatin1String(BodySettingKey::BodyLogo))
        return bodyLogo;
    return {};
}

void BodySettings::setValue(const QString &key, const QString &value)
{
    if (key == QLatin1String(BodySettingKey::ApplicationNumberPattern))
        applicationNumberPattern = value;
    else if (key == QLatin1String(BodySettingKey::ContractNumberPattern))
        contractNumberPattern = value;
    else if (key == QLatin1String(BodySettingKey::BodyName))
        bodyName = value;
    else if (key == QLatin1String(BodySettingKey::CertificateNumberPattern))
        certificateNumberPattern = value;
    else if (key == QLatin1String(BodySettingKey::ApprovalNumber))
        approvalNumber = value;
    else if (key == QLatin1String(BodySettingKey::BodyNameEn))
        bodyNameEn = value;
    else if (key == QLatin1String(BodySettingKey::BodyAddress))
        bodyAddress = value;
    else if (key == QLatin1String(BodySettingKey::BodyAddressEn))
        bodyAddressEn = value;
    else if (key == QLatin1String(BodySettingKey::BodyLogo))
        bodyLogo = value;
}

QByteArray BodySettings::logoPng() const
{
    if (bodyLogo.isEmpty())
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(bodyLogo.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

QList<FieldProblem> BodySettings::validate(const QString &key, const QString &value)
{
    if (key == QLatin1String(BodySettingKey::BodyName) || key == QLatin1String(BodySettingKey::BodyNameEn)) {
        if (const QString problem = TextRules::problem(value, 200); !problem.isEmpty())
            return {FieldProblem{key, problem}};
        return {};
    }
    if (key == QLatin1String(BodySettingKey::BodyAddress) || key == QLatin1String(BodySettingKey::BodyAddressEn)) {
        if (const QString problem = TextRules::problem(value, 300); !problem.isEmpty())
            return {FieldProblem{key, problem}};
        return {};
    }
    if (key == QLatin1String(BodySettingKey::BodyLogo)) {
        if (value.isEmpty())
            return {};
        if (value.size() > kMaxLogoLength)
            return {FieldProblem{key, QCoreApplication::translate("BodySettings", "The logo is too large; choose a smaller picture.")}};
        static const QByteArray pngSignature("\x89PNG\r\n\x1a\n", 8);
        const auto decoded = QByteArray::fromBase64Encoding(value.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || !decoded.decoded.startsWith(pngSignature))
            return {FieldProblem{key, QCoreApplication::translate("BodySettings", "The logo is not a PNG picture; choose it again in Settings.")}};
        return {};
    }
    if (key == QLatin1String(BodySettingKey::BodyName)) {
        if (const QString problem = TextRules::problem(value, 200); !problem.isEmpty())
            return {FieldProblem{key, problem}};
        return {};
    }
    if (key == QLatin1String(BodySettingKey::ApprovalNumber)) {
        if (const QString problem = TextRules::problem(value, 60); !problem.isEmpty())
            return {FieldProblem{key, problem}};
        return {};
    }
    if (key == QLatin1String(BodySettingKey::ApplicationNumberPattern) || key == QLatin1String(BodySettingKey::ContractNumberPattern)
        || key == QLatin1String(BodySettingKey::CertificateNumberPattern)) {
        QList<FieldProblem> problems = ApplicationRules::validatePattern(value);
        for (FieldProblem &p : problems)
            p.field = key;
        return problems;
    }
    return {FieldProblem{key, QCoreApplication::translate("BodySettings", "There is no setting %1.").arg(key)}};
}

QString BodySettings::label(const QString &key)
{
    if (key == QLatin1String(BodySettingKey::ApplicationNumberPattern))
        return QCoreApplication::translate("BodySettings", "Application number pattern");
    if (key == QLatin1String(BodySettingKey::ContractNumberPattern))
        return QCoreApplication::translate("BodySettings", "Contract number pattern");
    if (key == QLatin1String(BodySettingKey::BodyName))
        return QCoreApplication::translate("BodySettings", "The body's name in contracts");
    if (key == QLatin1String(BodySettingKey::CertificateNumberPattern))
        return QCoreApplication::translate("BodySettings", "Certificate number pattern");
    if (key == QLatin1String(BodySettingKey::ApprovalNumber))
        return QCoreApplication::translate("BodySettings", "CNCA approval number (批准号)");
    if (key == QLatin1String(BodySettingKey::BodyNameEn))
        return QCoreApplication::translate("BodySettings", "The body's name in English");
    if (key == QLatin1String(BodySettingKey::BodyAddress))
        return QCoreApplication::translate("BodySettings", "The body's address");
    if (key == QLatin1String(BodySettingKey::BodyAddressEn))
        return QCoreApplication::translate("BodySettings", "The body's address in English");
    if (key == QLatin1String(BodySettingKey::BodyLogo))
        return QCoreApplication::translate("BodySettings", "The body's logo");
    return key;
}

namespace BodySettingFields {

const RecordSpec &setting()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Setting"), {
        {"setting_key", QT_TRANSLATE_NOOP("Fields", "Setting")},
        {"setting_value", QT_TRANSLATE_NOOP("Fields", "Value"), BodySettings::kMaxLogoLength},
    }, "setting_key"};
    return spec;
}

} // namespace BodySettingFields
