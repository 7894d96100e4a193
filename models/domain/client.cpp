#include "client.h"

#include <QSet>
#include "creditcode.h"
#include "textrules.h"

#include <QRegularExpression>

namespace ClientFields {

// Column sizes as in migration 0001; notes is TEXT, kept to a size a person writes.
const RecordSpec &client()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Client"), {
        {"name_zh", QT_TRANSLATE_NOOP("Fields", "Name (Chinese)"), 200, false, "名称"},
        {"name_en", QT_TRANSLATE_NOOP("Fields", "Name (English)"), 200, false, "英文名称"},
        {"credit_code", QT_TRANSLATE_NOOP("Fields", "Unified social credit code"), 18, false, "统一社会信用代码"},
        {"address", QT_TRANSLATE_NOOP("Fields", "Address"), 400, false, "地址"},
        {"legal_representative", QT_TRANSLATE_NOOP("Fields", "Legal representative"), 100, false, "法定代表人"},
        {"contact", QT_TRANSLATE_NOOP("Fields", "Contact person"), 100, false, "联系人"},
        {"phone", QT_TRANSLATE_NOOP("Fields", "Phone"), 50, false, "电话"},
        {"email", QT_TRANSLATE_NOOP("Fields", "E-mail"), 200, false, "电子邮箱"},
        {"headcount", QT_TRANSLATE_NOOP("Fields", "Headcount"), 0, false, "人数"},
        {"notes", QT_TRANSLATE_NOOP("Fields", "Notes"), 20000, true},
        {"archived", QT_TRANSLATE_NOOP("Fields", "Archived")},
    }};
    return spec;
}

const RecordSpec &site()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Site"), {
        {"name", QT_TRANSLATE_NOOP("Fields", "Name"), 200},
        {"address", QT_TRANSLATE_NOOP("Fields", "Address"), 400},
        {"headcount", QT_TRANSLATE_NOOP("Fields", "Headcount")},
    }};
    return spec;
}

const RecordSpec &shift()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Shift"), {
        {"name", QT_TRANSLATE_NOOP("Fields", "Name"), 100},
        {"hours", QT_TRANSLATE_NOOP("Fields", "Hours"), 100},
        {"headcount", QT_TRANSLATE_NOOP("Fields", "Headcount")},
    }};
    return spec;
}

const RecordSpec &service()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Cloud service"), {
        {"name", QT_TRANSLATE_NOOP("Fields", "Name"), 200},
        {"typical", QT_TRANSLATE_NOOP("Fields", "Typical")},
    }};
    return spec;
}

const RecordSpec &legalEntity()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Legal entity"), {
        {"name", QT_TRANSLATE_NOOP("Fields", "Name"), 200},
        {"credit_code", QT_TRANSLATE_NOOP("Fields", "Credit code"), 18},
    }};
    return spec;
}

} // namespace ClientFields

namespace ClientRules {

QStringList columnKeys()
{
    QStringList keys;
    for (const FieldSpec &f : ClientFields::client().fields)
        if (f.importLabel)
            keys << f.keyText();
    return keys;
}

QString columnLabel(const QString &key) { return ClientFields::client().label(key); }

QString chineseColumnLabel(const QString &key)
{
    const FieldSpec *f = ClientFields::client().field(key);
    return f && f->importLabel ? QString::fromUtf8(f->importLabel) : QString();
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

int maxLength(const QString &key)
{
    // "sites.name" and the like name a field of a sub-record.
    const QString record = key.section(u'.', 0, -2);
    const QString field = key.section(u'.', -1);
    if (record.isEmpty())
        return ClientFields::client().maxLength(field);
    if (record == QLatin1String("sites"))
        return ClientFields::site().maxLength(field);
    if (record == QLatin1String("shifts"))
        return ClientFields::shift().maxLength(field);
    if (record == QLatin1String("services"))
        return ClientFields::service().maxLength(field);
    if (record == QLatin1String("legal_entities"))
        return ClientFields::legalEntity().maxLength(field);
    return 0;
}

namespace {

// Adds a problem for a text value that holds control characters or is too long.
void checkText(QList<FieldProblem> &problems, const QString &field, const QString &limitKey, const QString &label,
               const QString &value, TextRules::Kind kind = TextRules::Kind::SingleLine)
{
    const QString problem = TextRules::problem(value, maxLength(limitKey), kind);
    if (!problem.isEmpty())
        problems << FieldProblem{field, QCoreApplication::translate("ClientRules", "%1 %2").arg(label, problem)};
}

} // namespace

QList<FieldProblem> validate(const Client &c)
{
    QList<FieldProblem> problems;
    if (c.nameZh.trimmed().isEmpty())
        problems << FieldProblem{QStringLiteral("name_zh"), QCoreApplication::translate("ClientRules", "Enter the client's Chinese name; it is required.")};
    else if (TextRules::isBlank(c.nameZh))
        problems << FieldProblem{QStringLiteral("name_zh"),
                                 QCoreApplication::translate("ClientRules", "The Chinese name holds only spaces or invisible "
                                                                            "characters; enter the name.")};
    for (const QString &key : {QStringLiteral("name_zh"), QStringLiteral("name_en"), QStringLiteral("address"),
                               QStringLiteral("legal_representative"), QStringLiteral("contact"),
                               QStringLiteral("phone"), QStringLiteral("email")}) {
        const QString value = key == QLatin1String("name_zh") ? c.nameZh
                              : key == QLatin1String("name_en") ? c.nameEn
                              : key == QLatin1String("address") ? c.address
                              : key == QLatin1String("legal_representative") ? c.legalRepresentative
                              : key == QLatin1String("contact") ? c.contact
                              : key == QLatin1String("phone") ? c.phone
                                                              : c.email;
        checkText(problems, key, key, columnLabel(key), value);
    }
    checkText(problems, QStringLiteral("notes"), QStringLiteral("notes"), columnLabel(QStringLiteral("notes")), c.notes,
              TextRules::Kind::MultiLine);
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
        checkText(problems, QStringLiteral("sites[%1].name").arg(i), QStringLiteral("sites.name"),
                  QCoreApplication::translate("ClientRules", "Site %1, name:").arg(i + 1), c.sites[i].name);
        checkText(problems, QStringLiteral("sites[%1].address").arg(i), QStringLiteral("sites.address"),
                  QCoreApplication::translate("ClientRules", "Site %1, address:").arg(i + 1), c.sites[i].address);
        if (TextRules::isBlank(c.sites[i].name))
            problems << FieldProblem{QStringLiteral("sites[%1].name").arg(i),
                                     QCoreApplication::translate("ClientRules", "Site %1 has no name; name it or remove the row.").arg(i + 1)};
        if (c.sites[i].headcount && *c.sites[i].headcount < 0)
            problems << FieldProblem{QStringLiteral("sites[%1].headcount").arg(i),
                                     QCoreApplication::translate("ClientRules", "Site %1: the headcount cannot be negative.").arg(i + 1)};
    }
    for (int i = 0; i < c.shifts.size(); ++i) {
        checkText(problems, QStringLiteral("shifts[%1].name").arg(i), QStringLiteral("shifts.name"),
                  QCoreApplication::translate("ClientRules", "Shift %1, name:").arg(i + 1), c.shifts[i].name);
        checkText(problems, QStringLiteral("shifts[%1].hours").arg(i), QStringLiteral("shifts.hours"),
                  QCoreApplication::translate("ClientRules", "Shift %1, hours:").arg(i + 1), c.shifts[i].hours);
        if (TextRules::isBlank(c.shifts[i].name))
            problems << FieldProblem{QStringLiteral("shifts[%1].name").arg(i),
                                     QCoreApplication::translate("ClientRules", "Shift %1 has no name; name it or remove the row.").arg(i + 1)};
        if (c.shifts[i].headcount && *c.shifts[i].headcount < 0)
            problems << FieldProblem{QStringLiteral("shifts[%1].headcount").arg(i),
                                     QCoreApplication::translate("ClientRules", "Shift %1: the headcount cannot be negative.").arg(i + 1)};
    }
    QSet<QString> serviceNames;
    for (int i = 0; i < c.services.size(); ++i) {
        const QString key = QStringLiteral("services[%1].name").arg(i);
        checkText(problems, key, QStringLiteral("services.name"),
                  QCoreApplication::translate("ClientRules", "Cloud service %1, name:").arg(i + 1), c.services[i].name);
        const QString name = c.services[i].name.trimmed();
        if (name.isEmpty())
            problems << FieldProblem{key, QCoreApplication::translate("ClientRules", "Cloud service %1 has no name; name it or "
                                                                                     "remove the row.").arg(i + 1)};
        else if (serviceNames.contains(name))
            problems << FieldProblem{key, QCoreApplication::translate("ClientRules", "Cloud service %1: “%2” is listed twice; "
                                                                                     "audits name services by name.").arg(i + 1).arg(name)};
        serviceNames.insert(name);
    }
    for (int i = 0; i < c.legalEntities.size(); ++i) {
        const LegalEntity &e = c.legalEntities[i];
        checkText(problems, QStringLiteral("legal_entities[%1].name").arg(i), QStringLiteral("legal_entities.name"),
                  QCoreApplication::translate("ClientRules", "Legal entity %1, name:").arg(i + 1), e.name);
        if (TextRules::isBlank(e.name))
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
