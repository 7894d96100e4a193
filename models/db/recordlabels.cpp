#include "recordlabels.h"

#include "domain/certificate.h"
#include "domain/programme.h"

#include "domain/application.h"
#include "domain/auditor.h"
#include "domain/bodysettings.h"
#include "domain/client.h"
#include "domain/contract.h"
#include "domain/informationsheet.h"
#include "domain/review.h"

#include <QCoreApplication>
#include <QHash>

namespace RecordLabels {

namespace {

// The tables whose fields are declared (domain/*: ClientFields, AuditorFields) and their
// declarations: the one place where a table name meets its record type.
const QHash<QString, const RecordSpec *> &declarations()
{
    static const QHash<QString, const RecordSpec *> specs{
        {QStringLiteral("clients"), &ClientFields::client()},
        {QStringLiteral("client_sites"), &ClientFields::site()},
        {QStringLiteral("client_shifts"), &ClientFields::shift()},
        {QStringLiteral("client_legal_entities"), &ClientFields::legalEntity()},
        {QStringLiteral("auditors"), &AuditorFields::auditor()},
        {QStringLiteral("auditor_competences"), &AuditorFields::competence()},
        {QStringLiteral("auditor_education"), &AuditorFields::education()},
        {QStringLiteral("auditor_conflicts"), &AuditorFields::conflict()},
        {QStringLiteral("applications"), &ApplicationFields::application()},
        {QStringLiteral("application_scope_classes"), &ApplicationFields::scopeClass()},
        {QStringLiteral("application_sites"), &ApplicationFields::site()},
        {QStringLiteral("application_groups"), &ApplicationFields::group()},
        {QStringLiteral("application_outsourced"), &ApplicationFields::outsourced()},
        {QStringLiteral("application_documents"), &ApplicationFields::document()},
        {QStringLiteral("application_status_changes"), &ApplicationFields::statusChange()},
        {QStringLiteral("attachments"), &ApplicationFields::attachment()},
        {QStringLiteral("application_reviews"), &ReviewFields::review()},
        {QStringLiteral("review_adjustments"), &ReviewFields::adjustment()},
        {QStringLiteral("contracts"), &ContractFields::contract()},
        {QStringLiteral("contract_fees"), &ContractFields::fee()},
        {QStringLiteral("body_settings"), &BodySettingFields::setting()},
        {QStringLiteral("client_services"), &ClientFields::service()},
        {QStringLiteral("programmes"), &ProgrammeFields::programme()},
        {QStringLiteral("audits"), &ProgrammeFields::audit()},
        {QStringLiteral("audit_team"), &ProgrammeFields::team()},
        {QStringLiteral("audit_shifts"), &ProgrammeFields::shift()},
        {QStringLiteral("audit_services"), &ProgrammeFields::service()},
        {QStringLiteral("audit_sites"), &ProgrammeFields::site()},
        {QStringLiteral("audit_findings"), &FindingFields::finding()},
        {QStringLiteral("decisions"), &CertificateFields::decision()},
        {QStringLiteral("certificates"), &CertificateFields::certificate()},
        {QStringLiteral("certificate_events"), &CertificateFields::event()},
        {QStringLiteral("information_items"), &InformationSheetFields::item()},
    };
    return specs;
}

const RecordSpec *declared(const QString &table) { return declarations().value(table, nullptr); }

} // namespace

const RecordSpec *spec(const QString &table) { return declared(table); }

QString tableOf(const RecordSpec *spec)
{
    const QHash<QString, const RecordSpec *> &specs = declarations();
    for (auto it = specs.constBegin(); spec && it != specs.constEnd(); ++it)
        if (it.value() == spec)
            return it.key();
    return {};
}

QString table(const QString &t)
{
    if (const RecordSpec *s = declared(t))
        return s->nounText();
    if (t == QLatin1String("clients")) return QCoreApplication::translate("RecordLabels", "Client");
    if (t == QLatin1String("client_sites")) return QCoreApplication::translate("RecordLabels", "Site");
    if (t == QLatin1String("client_shifts")) return QCoreApplication::translate("RecordLabels", "Shift");
    if (t == QLatin1String("client_legal_entities")) return QCoreApplication::translate("RecordLabels", "Legal entity");
    if (t == QLatin1String("controls")) return QCoreApplication::translate("RecordLabels", "ISO/IEC 27017 control");
    if (t == QLatin1String("scope_classes")) return QCoreApplication::translate("RecordLabels", "Scope class");
    if (t == QLatin1String("audit_time_rows")) return QCoreApplication::translate("RecordLabels", "Audit-time table row");
    if (t == QLatin1String("rule_parameters")) return QCoreApplication::translate("RecordLabels", "Rule parameter");
    if (t == QLatin1String("auditors")) return QCoreApplication::translate("RecordLabels", "Auditor");
    if (t == QLatin1String("auditor_competences")) return QCoreApplication::translate("RecordLabels", "Competence");
    if (t == QLatin1String("auditor_education")) return QCoreApplication::translate("RecordLabels", "Continuing education");
    if (t == QLatin1String("auditor_conflicts")) return QCoreApplication::translate("RecordLabels", "Conflict of interest");
    if (t == QLatin1String("users")) return QCoreApplication::translate("RecordLabels", "User");
    return t;
}

QString recordName(const QString &t, qint64 row, const QJsonObject &values)
{
    if (const RecordSpec *s = declared(t); s && s->nameKey) {
        const QString value = values.value(QLatin1String(s->nameKey)).toString();
        if (!value.isEmpty())
            return QCoreApplication::translate("RecordLabels", "%1 “%2”").arg(table(t), value);
    }
    for (const char *key : {"name_zh", "name", "code", "param_key", "title_zh", "topic"}) {
        const QString value = values.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            return QCoreApplication::translate("RecordLabels", "%1 “%2”").arg(table(t), value);
    }
    return QCoreApplication::translate("RecordLabels", "%1 #%2").arg(table(t)).arg(row);
}

QString field(const QString &t, const QString &f)
{
    if (const RecordSpec *s = declared(t); s && s->field(f))
        return s->label(f);
    if (f == QLatin1String("name_zh")) return QCoreApplication::translate("RecordLabels", "Name (Chinese)");
    if (f == QLatin1String("name_en")) return QCoreApplication::translate("RecordLabels", "Name (English)");
    if (f == QLatin1String("name")) return QCoreApplication::translate("RecordLabels", "Name");
    if (f == QLatin1String("credit_code")) return QCoreApplication::translate("RecordLabels", "Credit code");
    if (f == QLatin1String("address")) return QCoreApplication::translate("RecordLabels", "Address");
    if (f == QLatin1String("headcount")) return QCoreApplication::translate("RecordLabels", "Headcount");
    if (f == QLatin1String("hours")) return t == QLatin1String("auditor_education")
                                                ? QCoreApplication::translate("RecordLabels", "Hours (class hours)")
                                                : QCoreApplication::translate("RecordLabels", "Hours");
    if (f == QLatin1String("notes") || f == QLatin1String("note")) return QCoreApplication::translate("RecordLabels", "Notes");
    if (f == QLatin1String("archived")) return QCoreApplication::translate("RecordLabels", "Archived");
    if (f == QLatin1String("active")) return QCoreApplication::translate("RecordLabels", "Active");
    if (f == QLatin1String("code")) return QCoreApplication::translate("RecordLabels", "Code");
    if (f == QLatin1String("clause")) return QCoreApplication::translate("RecordLabels", "Clause");
    if (f == QLatin1String("title_zh")) return QCoreApplication::translate("RecordLabels", "Title (Chinese)");
    if (f == QLatin1String("title_en")) return QCoreApplication::translate("RecordLabels", "Title (English)");
    if (f == QLatin1String("cloud_guidance")) return QCoreApplication::translate("RecordLabels", "Cloud guidance");
    if (f == QLatin1String("extended")) return QCoreApplication::translate("RecordLabels", "Extended control");
    if (f == QLatin1String("sort_order")) return QCoreApplication::translate("RecordLabels", "Order");
    if (f == QLatin1String("risk")) return QCoreApplication::translate("RecordLabels", "Risk level");
    if (f == QLatin1String("min_personnel")) return QCoreApplication::translate("RecordLabels", "Personnel from");
    if (f == QLatin1String("max_personnel")) return QCoreApplication::translate("RecordLabels", "Personnel to");
    if (f == QLatin1String("days")) return QCoreApplication::translate("RecordLabels", "Auditor days");
    if (f == QLatin1String("param_key")) return QCoreApplication::translate("RecordLabels", "Parameter");
    if (f == QLatin1String("param_value")) return QCoreApplication::translate("RecordLabels", "Value");
    if (f == QLatin1String("scope_class_code")) return QCoreApplication::translate("RecordLabels", "Scope class");
    if (f == QLatin1String("confirmed_on")) return QCoreApplication::translate("RecordLabels", "Confirmed on");
    if (f == QLatin1String("evidence")) return QCoreApplication::translate("RecordLabels", "Evidence");
    if (f == QLatin1String("attended_on")) return QCoreApplication::translate("RecordLabels", "Date");
    if (f == QLatin1String("topic")) return QCoreApplication::translate("RecordLabels", "Topic");
    if (f == QLatin1String("client_id")) return QCoreApplication::translate("RecordLabels", "Client");
    if (f == QLatin1String("auditor_id")) return QCoreApplication::translate("RecordLabels", "Auditor");
    if (f == QLatin1String("relation")) return QCoreApplication::translate("RecordLabels", "Relation");
    if (f == QLatin1String("valid_from")) return QCoreApplication::translate("RecordLabels", "From");
    if (f == QLatin1String("valid_to")) return QCoreApplication::translate("RecordLabels", "To");
    if (f == QLatin1String("role")) return QCoreApplication::translate("RecordLabels", "Role");
    return f;
}

} // namespace RecordLabels
