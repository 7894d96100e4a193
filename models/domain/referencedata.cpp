#include "referencedata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace ReferenceData {

namespace {

QJsonArray arrayOf(const QByteArray &json, const char *member, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = QCoreApplication::translate("ReferenceData", "not a JSON object: %1").arg(parseError.errorString());
        return {};
    }
    const QJsonValue value = document.object().value(QLatin1String(member));
    if (!value.isArray()) {
        if (error)
            *error = QCoreApplication::translate("ReferenceData", "the member “%1” is missing").arg(QLatin1String(member));
        return {};
    }
    return value.toArray();
}

bool chineseInterface() { return QLocale().language() == QLocale::Chinese; }

} // namespace

QList<Control> parseControls(const QByteArray &json, QString *error)
{
    QList<Control> controls;
    const QJsonArray array = arrayOf(json, "controls", error);
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        Control c;
        c.code = o.value(QLatin1String("id")).toString();
        c.clause = o.value(QLatin1String("clause")).toString();
        c.titleZh = o.value(QLatin1String("title_zh")).toString();
        c.titleEn = o.value(QLatin1String("title_en")).toString();
        c.cloudGuidance = o.value(QLatin1String("cloud_guidance")).toBool();
        c.extended = o.value(QLatin1String("extended")).toBool();
        c.sortOrder = int(controls.size()) + 1;
        controls << c;
    }
    return controls;
}

QList<ScopeClass> parseScopeClasses(const QByteArray &json, QString *error)
{
    QList<ScopeClass> classes;
    const QJsonArray array = arrayOf(json, "classes", error);
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        ScopeClass s;
        s.code = o.value(QLatin1String("code")).toString();
        s.nameZh = o.value(QLatin1String("name_zh")).toString();
        s.nameEn = o.value(QLatin1String("name_en")).toString();
        s.risk = o.value(QLatin1String("risk")).toString(QStringLiteral("medium"));
        s.sortOrder = int(classes.size()) + 1;
        classes << s;
    }
    return classes;
}

QList<AuditTimeRow> parseAuditTimeRows(const QByteArray &json, QString *error)
{
    QList<AuditTimeRow> rows;
    const QJsonArray array = arrayOf(json, "rows", error);
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        rows << AuditTimeRow{0, o.value(QLatin1String("min")).toInt(), o.value(QLatin1String("max")).toInt(),
                             o.value(QLatin1String("days")).toDouble()};
    }
    return rows;
}

QStringList riskKeys() { return {QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")}; }

QString riskLabel(const QString &key)
{
    if (key == QLatin1String("high")) return QCoreApplication::translate("ReferenceData", "high");
    if (key == QLatin1String("medium")) return QCoreApplication::translate("ReferenceData", "medium");
    if (key == QLatin1String("low")) return QCoreApplication::translate("ReferenceData", "low");
    return key;
}

QList<FieldProblem> validate(const Control &c)
{
    QList<FieldProblem> problems;
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9.\\-]{1,32}$"));
    if (c.code.trimmed().isEmpty())
        problems << FieldProblem{QStringLiteral("code"), QCoreApplication::translate("ReferenceData", "Enter the control's catalogue ID, such as 5.1.1 or CLD.6.3.1.")};
    else if (!codePattern.match(c.code.trimmed()).hasMatch())
        problems << FieldProblem{QStringLiteral("code"), QCoreApplication::translate("ReferenceData", "A catalogue ID has at most 32 letters, digits, dots and hyphens, such as 5.1.1 or CLD.6.3.1.")};
    if (c.clause.trimmed().isEmpty())
        problems << FieldProblem{QStringLiteral("clause"), QCoreApplication::translate("ReferenceData", "Enter the clause the control belongs to, such as 5.")};
    if (c.titleZh.trimmed().isEmpty())
        problems << FieldProblem{QStringLiteral("title_zh"), QCoreApplication::translate("ReferenceData", "Enter the Chinese title; reference data carries both languages.")};
    if (c.titleEn.trimmed().isEmpty())
        problems << FieldProblem{QStringLiteral("title_en"), QCoreApplication::translate("ReferenceData", "Enter the English title; reference data carries both languages.")};
    return problems;
}

QList<FieldProblem> validate(const ScopeClass &s)
{
    QList<FieldProblem> problems;
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9.\\-_]{1,32}$"));
    if (s.code.trimmed().isEmpty())
        problems << FieldProblem{QStringLiteral("code"), QCoreApplication::translate("ReferenceData", "Enter the scope class code, such as CS-01.")};
    else if (!codePattern.match(s.code.trimmed()).hasMatch())
        problems << FieldProblem{QStringLiteral("code"), QCoreApplication::translate("ReferenceData", "A scope class code has at most 32 letters, digits, dots, hyphens and underscores, such as CS-01.")};
    if (s.nameZh.trimmed().isEmpty())
        problems << FieldProblem{QStringLiteral("name_zh"), QCoreApplication::translate("ReferenceData", "Enter the Chinese name; reference data carries both languages.")};
    if (s.nameEn.trimmed().isEmpty())
        problems << FieldProblem{QStringLiteral("name_en"), QCoreApplication::translate("ReferenceData", "Enter the English name; reference data carries both languages.")};
    if (!riskKeys().contains(s.risk))
        problems << FieldProblem{QStringLiteral("risk"), QCoreApplication::translate("ReferenceData", "Choose the risk level: high, medium or low.")};
    return problems;
}

QList<FieldProblem> validate(const AuditTimeRow &row, const QList<AuditTimeRow> &others)
{
    QList<FieldProblem> problems;
    if (row.minPersonnel < 1)
        problems << FieldProblem{QStringLiteral("min_personnel"), QCoreApplication::translate("ReferenceData", "The smallest number of personnel is 1 or more.")};
    if (row.maxPersonnel < row.minPersonnel)
        problems << FieldProblem{QStringLiteral("max_personnel"), QCoreApplication::translate("ReferenceData", "The largest number of personnel cannot be below the smallest.")};
    if (!(row.days > 0) || row.days > 1000)
        problems << FieldProblem{QStringLiteral("days"), QCoreApplication::translate("ReferenceData", "Enter the auditor days: more than 0, at most 1000.")};
    if (problems.isEmpty()) {
        for (const AuditTimeRow &other : others) {
            if (row.id != 0 && other.id == row.id)
                continue;
            if (row.minPersonnel <= other.maxPersonnel && other.minPersonnel <= row.maxPersonnel) {
                problems << FieldProblem{QStringLiteral("min_personnel"),
                                         QCoreApplication::translate("ReferenceData", "The range %1–%2 overlaps the row for %3–%4 personnel; each number of personnel belongs to one row.")
                                             .arg(row.minPersonnel).arg(row.maxPersonnel).arg(other.minPersonnel).arg(other.maxPersonnel)};
                break;
            }
        }
    }
    return problems;
}

std::optional<double> auditDays(const QList<AuditTimeRow> &rows, int personnel)
{
    for (const AuditTimeRow &row : rows)
        if (row.minPersonnel <= personnel && personnel <= row.maxPersonnel)
            return row.days;
    return std::nullopt;
}

QString displayName(const ScopeClass &s)
{
    const bool zh = chineseInterface();
    const QString first = zh ? s.nameZh : s.nameEn;
    return first.isEmpty() ? (zh ? s.nameEn : s.nameZh) : first;
}

QString displayTitle(const Control &c)
{
    const bool zh = chineseInterface();
    const QString first = zh ? c.titleZh : c.titleEn;
    return first.isEmpty() ? (zh ? c.titleEn : c.titleZh) : first;
}

} // namespace ReferenceData
