#include "bodysettings.h"

#include "domain/application.h"

QStringList BodySettings::keys() { return {QString::fromLatin1(BodySettingKey::ApplicationNumberPattern)}; }

QString BodySettings::value(const QString &key) const
{
    if (key == QLatin1String(BodySettingKey::ApplicationNumberPattern))
        return applicationNumberPattern;
    return {};
}

void BodySettings::setValue(const QString &key, const QString &value)
{
    if (key == QLatin1String(BodySettingKey::ApplicationNumberPattern))
        applicationNumberPattern = value;
}

QList<FieldProblem> BodySettings::validate(const QString &key, const QString &value)
{
    if (key == QLatin1String(BodySettingKey::ApplicationNumberPattern)) {
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
    return key;
}

namespace BodySettingFields {

const RecordSpec &setting()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Setting"), {
        {"setting_key", QT_TRANSLATE_NOOP("Fields", "Setting")},
        {"setting_value", QT_TRANSLATE_NOOP("Fields", "Value"), 200},
    }, "setting_key"};
    return spec;
}

} // namespace BodySettingFields
