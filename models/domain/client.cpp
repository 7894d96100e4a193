#include "client.h"
#include "creditcode.h"

#include <QRegularExpression>

namespace ClientRules {

QStringList columnKeys()
{
    return {QStringLiteral("name_zh"), QStringLiteral("name_en"), QStringLiteral("credit_code"),
            QStringLiteral("address"), QStringLiteral("legal_representative"), QStringLiteral("contact"),
            QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("headcount")};
}

QString columnLabel(const QString &key)
{
    if (key == QLatin1String("name_zh")) return QCoreApplication::translate("ClientRules", "Name (Chinese)");
    if (key == QLatin1String("name_en")) return QCoreApplication::translate("ClientRules", "Name (English)");
    if (key == QLatin1String("credit_code")) return QCoreApplication::translate("ClientRules", "Unified social credit code");
    if (key == QLatin1String("address")) return QCoreApplication::translate("ClientRules", "Address");
    if (key == QLatin1String("legal_representative")) return QCoreApplication::translate("ClientRules", "Legal representative");
    if (key == QLatin1String("contact")) return QCoreApplication::translate("ClientRules", "Contact person");
    if (key == QLatin1String("phone")) return QCoreApplication::translate("ClientRules", "Phone");
    if (key == QLatin1String("email")) return QCoreApplication::translate("ClientRules", "E-mail");
    if (key == QLatin1String("headcount")) return QCoreApplication::translate("ClientRules", "Headcount");
    if (key == QLatin1String("notes")) return QCoreApplication::translate("ClientRules", "Notes");
    return key;
}

QString chineseColumnLabel(const QString &key)
{
    static const QHash<QString, QString> labels{
        {QStringLiteral("name_zh"), QStringLiteral("名称")},
        {QStringLiteral("name_en"), QStringLiteral("英文名称")},
        {QStringLiteral("credit_code"), QStringLiteral("统一社会信用代码")},
        {QStringLiteral("address"), QStringLiteral("地址")},
        {QStringLiteral("legal_representative"), QStringLiteral("法定代表人")},
        {QStringLiteral("contact"), QStringLiteral("联系人")},
        {QStringLiteral("phone"), QStringLiteral("电话")},
        {QStringLiteral("email"), QStringLiteral("电子邮箱")},
        {QStringLiteral("headcount"), QStringLiteral("人数")},
    };
    return labels.value(key);
}

bool isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(email).hasMatch();
}

bool isValidPhone(const QString &phone)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+?[0-9][0-9 ()\\-]{4,30}(\\s*(ext\\.?|x|转)\\s*[0-9]{1,6})?$"));
    return pattern.match(phone.trimmed()).hasMatch();
}

std::optional<int> parseHeadcount(const QString &text, bool *ok)
{
    const QString trimmed = text.trimmed();
    *ok = true;
    if (trimmed.isEmpty())
        return std::nullopt;
    bool number = false;
    const qlonglong value = trimmed.toLongLong(&number);
    if (!number || value < 0 || value > 10000000) {
        *ok = false;
        return std::nullopt;
    }
    return int(value);
}

QList<FieldProblem> validate(const Client &c)
{
    QList<FieldProblem> problems;
    if (c.nameZh.trimmed().isEmpty())
        problems << FieldProblem{QStringLiteral("name_zh"), QCoreApplication::translate("ClientRules", "Enter the client's Chinese name; it is required.")};
    if (const QString code = CreditCode::normalized(c.creditCode); !code.isEmpty()) {
        const auto problem = CreditCode::validate(code);
        if (problem != CreditCode::Problem::None)
            problems << FieldProblem{QStringLiteral("credit_code"), CreditCode::problemText(problem, code)};
    }
    if (!c.email.isEmpty() && !isValidEmail(c.email))
        problems << FieldProblem{QStringLiteral("email"),
                                 QCoreApplication::translate("ClientRules", "“%1” is not an e-mail address; write it as name@example.com.").arg(c.email)};
    if (!c.phone.isEmpty() && !isValidPhone(c.phone))
        problems << FieldProblem{QStringLiteral("phone"),
                                 QCoreApplication::translate("ClientRules", "“%1” is not a phone number; use digits, spaces, +, - and brackets only.").arg(c.phone)};
    if (c.headcount && *c.headcount < 0)
        problems << FieldProblem{QStringLiteral("headcount"), QCoreApplication::translate("ClientRules", "The headcount cannot be negative.")};

    for (int i = 0; i < c.sites.size(); ++i) {
        if (c.sites[i].name.trimmed().isEmpty())
            problems << FieldProblem{QStringLiteral("sites[%1].name").arg(i),
                                     QCoreApplication::translate("ClientRules", "Site %1 has no name; name it or remove the row.").arg(i + 1)};
        if (c.sites[i].headcount && *c.sites[i].headcount < 0)
            problems << FieldProblem{QStringLiteral("sites[%1].headcount").arg(i),
                                     QCoreApplication::translate("ClientRules", "Site %1: the headcount cannot be negative.").arg(i + 1)};
    }
    for (int i = 0; i < c.shifts.size(); ++i) {
        if (c.shifts[i].name.trimmed().isEmpty())
            problems << FieldProblem{QStringLiteral("shifts[%1].name").arg(i),
                                     QCoreApplication::translate("ClientRules", "Shift %1 has no name; name it or remove the row.").arg(i + 1)};
        if (c.shifts[i].headcount && *c.shifts[i].headcount < 0)
            problems << FieldProblem{QStringLiteral("shifts[%1].headcount").arg(i),
                                     QCoreApplication::translate("ClientRules", "Shift %1: the headcount cannot be negative.").arg(i + 1)};
    }
    for (int i = 0; i < c.legalEntities.size(); ++i) {
        const LegalEntity &e = c.legalEntities[i];
        if (e.name.trimmed().isEmpty())
            problems << FieldProblem{QStringLiteral("legal_entities[%1].name").arg(i),
                                     QCoreApplication::translate("ClientRules", "Legal entity %1 has no name; name it or remove the row.").arg(i + 1)};
        if (const QString code = CreditCode::normalized(e.creditCode); !code.isEmpty()) {
            const auto problem = CreditCode::validate(code);
            if (problem != CreditCode::Problem::None)
                problems << FieldProblem{QStringLiteral("legal_entities[%1].credit_code").arg(i),
                                         QCoreApplication::translate("ClientRules", "Legal entity %1: %2").arg(i + 1).arg(CreditCode::problemText(problem, code))};
        }
    }
    return problems;
}

} // namespace ClientRules
