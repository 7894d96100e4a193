#include "applicationfile.h"

#include "io/jsonfieldreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>
#include <limits>

namespace ApplicationFileFormat {

namespace {

using namespace ApplicantEligibility;

// The application's fields: the shared JSON reader, with the eligibility shapes.
class Reader : public JsonFieldReader
{
public:
    Stated stated(const QJsonObject &eligibility, const char *id)
    {
        const QString path = QStringLiteral("eligibility.") + QLatin1String(id);
        const QJsonObject o = object(eligibility, id, path);
        Stated s;
        if (o.isEmpty())
            return s;
        const QString key = string(o, "state", path + QStringLiteral(".state"));
        if (!key.isEmpty()) {
            s.state = stateFromKey(key);
            if (!s.state)
                fail(path + QStringLiteral(".state"),
                     QCoreApplication::translate("ApplicationFile", "“%1” is not a state; use met, not_met, "
                                                                    "not_applicable or unknown.").arg(key));
        }
        s.evidence = string(o, "evidence", path + QStringLiteral(".evidence"));
        return s;
    }

    DateFact dated(const QJsonObject &eligibility, const char *id, const char *field)
    {
        const QString path = QStringLiteral("eligibility.") + QLatin1String(id);
        if (!eligibility.contains(QLatin1String(id)))
            return DateFact::absent();
        const QJsonObject o = object(eligibility, id, path);
        if (!o.contains(QLatin1String(field)))
            return DateFact::absent();
        const QString at = path + u'.' + QLatin1String(field);
        bool isNull = false;
        const QDate d = date(o, field, at, false, &isNull);
        if (isNull)
            return DateFact::none();
        return d.isValid() ? DateFact::on(d) : DateFact::absent();
    }
};

} // namespace

QStringList typeKeys()
{
    return {QStringLiteral("initial"), QStringLiteral("recertification"), QStringLiteral("scope_extension"),
            QStringLiteral("transfer")};
}

std::optional<ApplicationFile> parse(const QByteArray &bytes, QString *error)
{
    const std::optional<QJsonObject> parsed = JsonFieldReader::document(bytes, FormatTag, error);
    if (!parsed)
        return std::nullopt;
    const QJsonObject &root = *parsed;
    Reader r;
    ApplicationFile file;

    const QString format = r.string(root, "format", QStringLiteral("format"), true);
    if (!r.failed() && format != QLatin1String(FormatTag))
        r.fail(QStringLiteral("format"), QCoreApplication::translate("ApplicationFile", "“%1” is not this program's application format; it reads "
                                            "“csisms-application/1”.").arg(format));
    if (r.failed()) {
        *error = r.error();
        return std::nullopt;
    }

    const QString type = r.string(root, "type", QStringLiteral("type"), true);
    if (!r.failed() && !typeKeys().contains(type))
        r.fail(QStringLiteral("type"), QCoreApplication::translate("ApplicationFile", "“%1” is not a type of application; use initial, recertification, "
                                          "scope_extension or transfer.").arg(type));
    file.type = type;
    file.receivedOn = r.date(root, "received_on", QStringLiteral("received_on"), true);

    const QJsonObject client = r.object(root, "client", QStringLiteral("client"));
    file.clientName = r.string(client, "name", QStringLiteral("client.name"));
    file.newToBody = r.boolean(client, "new_to_body", QStringLiteral("client.new_to_body")).value_or(false);

    const QJsonArray classes = r.array(root, "scope_classes", QStringLiteral("scope_classes"));
    for (qsizetype i = 0; i < classes.size(); ++i) {
        if (!classes.at(i).isString() || classes.at(i).toString().trimmed().isEmpty())
            r.fail(QStringLiteral("scope_classes[%1]").arg(i), QCoreApplication::translate("ApplicationFile", "must be the code of a scope class in quotes (CS-01)."));
        else
            file.scopeClasses << classes.at(i).toString().trimmed();
    }

    const QJsonObject e = r.object(root, "eligibility", QStringLiteral("eligibility"));
    Facts &f = file.eligibility;
    f.legalPerson = r.stated(e, "E1");
    f.permits = r.stated(e, "E2");
    f.operatingSince = r.dated(e, "E3", "operating_since");
    f.formerSuspension = r.dated(e, "E4", "date");
    f.formerBodyWithdrawn = r.dated(e, "E5", "date");
    f.orderedToSuspend = r.boolean(r.object(e, "E6", QStringLiteral("eligibility.E6")), "ordered_to_suspend",
                                   QStringLiteral("eligibility.E6.ordered_to_suspend"));
    f.onDishonestyList = r.boolean(r.object(e, "E7", QStringLiteral("eligibility.E7")), "on_list",
                                   QStringLiteral("eligibility.E7.on_list"));
    f.majorIncident = r.dated(e, "E8", "date");
    f.failedSpotCheck = r.dated(e, "E9", "date");
    f.spotCheckRectified = r.boolean(r.object(e, "E9", QStringLiteral("eligibility.E9")), "rectified",
                                     QStringLiteral("eligibility.E9.rectified")).value_or(false);
    f.other = r.stated(e, "E10");

    const QJsonObject personnel = r.object(root, "personnel", QStringLiteral("personnel"), true);
    AuditTime::Input &at = file.auditTime;
    at.totalPersonnel = r.whole(personnel, "total", QStringLiteral("personnel.total"), !r.failed()).value_or(0);
    const QJsonArray groups = r.array(personnel, "identical_groups", QStringLiteral("personnel.identical_groups"));
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString path = QStringLiteral("personnel.identical_groups[%1]").arg(i);
        if (!groups.at(i).isObject()) {
            r.fail(path, QCoreApplication::translate("ApplicationFile", "must be an object { \"activity\": …, \"count\": … }."));
            continue;
        }
        const QJsonObject g = groups.at(i).toObject();
        at.groups << AuditTime::Group{r.string(g, "activity", path + QStringLiteral(".activity"), true),
                                      r.whole(g, "count", path + QStringLiteral(".count"), true).value_or(0)};
    }

    const QJsonObject time = r.object(root, "audit_time", QStringLiteral("audit_time"));
    const QJsonArray adjustments = r.array(time, "adjustments", QStringLiteral("audit_time.adjustments"));
    for (qsizetype i = 0; i < adjustments.size(); ++i) {
        const QString path = QStringLiteral("audit_time.adjustments[%1]").arg(i);
        if (!adjustments.at(i).isObject()) {
            r.fail(path, QCoreApplication::translate("ApplicationFile", "must be an object { \"percent\": …, \"reason\": … }."));
            continue;
        }
        const QJsonObject a = adjustments.at(i).toObject();
        at.adjustments << AuditTime::Adjustment{r.number(a, "percent", path + QStringLiteral(".percent"), true).value_or(0),
                                                r.string(a, "reason", path + QStringLiteral(".reason"), true)};
    }
    at.onsitePercent = r.number(time, "onsite_percent", QStringLiteral("audit_time.onsite_percent")).value_or(100);
    at.stage1Days = r.number(time, "stage1_days", QStringLiteral("audit_time.stage1_days"));
    at.manualTableDays = r.number(time, "table_days", QStringLiteral("audit_time.table_days"));

    // The figures' own checks (a negative headcount, a group larger than the total …).
    if (!r.failed())
        if (const QList<FieldProblem> problems = AuditTime::validate(at); !problems.isEmpty())
            r.fail(problems.first().field, problems.first().message);
    if (r.failed()) {
        *error = r.error();
        return std::nullopt;
    }
    return file;
}

namespace {

QJsonValue dateValue(const QDate &date) { return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(); }

void putStated(QJsonObject &eligibility, const char *id, const Stated &stated)
{
    if (!stated.state && stated.evidence.isEmpty())
        return;
    QJsonObject o;
    if (stated.state)
        o.insert(QStringLiteral("state"), stateKey(*stated.state));
    o.insert(QStringLiteral("evidence"), stated.evidence);
    eligibility.insert(QLatin1String(id), o);
}

void putDated(QJsonObject &eligibility, const char *id, const char *field, const DateFact &fact)
{
    if (!fact.given)
        return;
    eligibility.insert(QLatin1String(id), QJsonObject{{QLatin1String(field), dateValue(fact.date)}});
}

void putFlag(QJsonObject &eligibility, const char *id, const char *field, const std::optional<bool> &flag)
{
    if (flag)
        eligibility.insert(QLatin1String(id), QJsonObject{{QLatin1String(field), *flag}});
}

} // namespace

QByteArray write(const ApplicationFile &file)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(FormatTag));
    root.insert(QStringLiteral("type"), file.type);
    root.insert(QStringLiteral("received_on"), dateValue(file.receivedOn));
    root.insert(QStringLiteral("client"), QJsonObject{{QStringLiteral("name"), file.clientName},
                                                      {QStringLiteral("new_to_body"), file.newToBody}});
    root.insert(QStringLiteral("scope_classes"), QJsonArray::fromStringList(file.scopeClasses));
    const Facts &f = file.eligibility;
    QJsonObject e;
    putStated(e, "E1", f.legalPerson);
    putStated(e, "E2", f.permits);
    putDated(e, "E3", "operating_since", f.operatingSince);
    putDated(e, "E4", "date", f.formerSuspension);
    putDated(e, "E5", "date", f.formerBodyWithdrawn);
    putFlag(e, "E6", "ordered_to_suspend", f.orderedToSuspend);
    putFlag(e, "E7", "on_list", f.onDishonestyList);
    putDated(e, "E8", "date", f.majorIncident);
    if (f.failedSpotCheck.given) {
        e.insert(QStringLiteral("E9"), QJsonObject{{QStringLiteral("date"), dateValue(f.failedSpotCheck.date)},
                                                   {QStringLiteral("rectified"), f.spotCheckRectified}});
    }
    putStated(e, "E10", f.other);
    root.insert(QStringLiteral("eligibility"), e);
    const AuditTime::Input &at = file.auditTime;
    QJsonArray groups;
    for (const AuditTime::Group &g : at.groups)
        groups.append(QJsonObject{{QStringLiteral("activity"), g.activity}, {QStringLiteral("count"), g.count}});
    root.insert(QStringLiteral("personnel"), QJsonObject{{QStringLiteral("total"), at.totalPersonnel},
                                                         {QStringLiteral("identical_groups"), groups}});
    QJsonArray adjustments;
    for (const AuditTime::Adjustment &a : at.adjustments)
        adjustments.append(QJsonObject{{QStringLiteral("percent"), a.percent}, {QStringLiteral("reason"), a.reason}});
    QJsonObject time{{QStringLiteral("adjustments"), adjustments},
                     {QStringLiteral("onsite_percent"), at.onsitePercent},
                     {QStringLiteral("stage1_days"), at.stage1Days ? QJsonValue(*at.stage1Days) : QJsonValue()}};
    if (at.manualTableDays)
        time.insert(QStringLiteral("table_days"), *at.manualTableDays);
    root.insert(QStringLiteral("audit_time"), time);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace ApplicationFileFormat
