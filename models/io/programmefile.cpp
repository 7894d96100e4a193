#include "programmefile.h"

#include "io/jsonfieldreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ProgrammeFileFormat {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ProgrammeFileFormat", text); }

QString keysOf(const QStringList &keys) { return keys.join(QStringLiteral(", ")); }

// A list of names that must come from `allowed` (when the client gives any).
QStringList names(JsonFieldReader &r, const QJsonObject &o, const char *key, const QString &path,
                  const QStringList &allowed, const QString &whose)
{
    const QStringList list = r.strings(o, key, path);
    for (int i = 0; i < list.size(); ++i)
        if (!allowed.contains(list.at(i)))
            r.fail(QStringLiteral("%1[%2]").arg(path).arg(i),
                   tr("“%1” is not one of the client's %2 (%3); name it under client first.")
                       .arg(list.at(i), whose, allowed.isEmpty() ? tr("none given") : keysOf(allowed)));
    return list;
}

ProgrammeAudit readAudit(JsonFieldReader &r, const QJsonObject &o, const QString &path, const Programme &p,
                         const QStringList &catalogue, const QSet<QString> &catalogueSet)
{
    ProgrammeAudit a;
    const QString kind = r.string(o, "kind", path + QStringLiteral(".kind"), true);
    if (!r.failed()) {
        if (const auto k = ProgrammeRules::kindFromKey(kind))
            a.kind = *k;
        else {
            QStringList keys;
            for (auto k : ProgrammeRules::kinds())
                keys << ProgrammeRules::kindKey(k);
            r.fail(path + QStringLiteral(".kind"), tr("“%1” is not a kind of audit; use one of %2.").arg(kind, keysOf(keys)));
        }
    }
    a.plannedStart = r.date(o, "start", path + QStringLiteral(".start"), true);
    a.plannedEnd = r.date(o, "end", path + QStringLiteral(".end"), true);
    const QString status = r.string(o, "status", path + QStringLiteral(".status"));
    if (!status.isEmpty()) {
        if (const auto s = ProgrammeRules::statusFromKey(status))
            a.status = *s;
        else
            r.fail(path + QStringLiteral(".status"),
                   tr("“%1” is not a status of an audit; use planned, confirmed, done or cancelled.").arg(status));
    }
    const QString method = r.string(o, "method", path + QStringLiteral(".method"));
    if (!method.isEmpty()) {
        if (const auto m = ProgrammeRules::methodFromKey(method))
            a.method = *m;
        else
            r.fail(path + QStringLiteral(".method"), tr("“%1” is not an audit method; use onsite, remote or combined.").arg(method));
    }
    a.days = r.number(o, "days", path + QStringLiteral(".days"));
    if (a.days && *a.days < 0)
        r.fail(path + QStringLiteral(".days"), tr("must not be negative."));
    a.shifts = names(r, o, "shifts", path + QStringLiteral(".shifts"), p.clientShifts, tr("shifts"));
    const QJsonObject reasons = r.object(o, "shift_reasons", path + QStringLiteral(".shift_reasons"));
    for (auto it = reasons.begin(); it != reasons.end(); ++it) {
        const QString at = QStringLiteral("%1.shift_reasons.%2").arg(path, it.key());
        if (!p.clientShifts.contains(it.key()))
            r.fail(at, tr("“%1” is not one of the client's shifts (%2).")
                           .arg(it.key(), p.clientShifts.isEmpty() ? tr("none given") : keysOf(p.clientShifts)));
        else if (!it.value().isString())
            r.fail(at, tr("must be text in quotes."));
        else
            a.shiftReasons.insert(it.key(), it.value().toString());
    }
    const QJsonValue controls = o.value(QLatin1String("controls"));
    if (controls.isString()) {
        if (controls.toString() == QLatin1String("all"))
            a.allControls = true;
        else
            r.fail(path + QStringLiteral(".controls"), tr("must be \"all\" or a list of control IDs of the catalogue."));
    } else {
        a.controls = r.strings(o, "controls", path + QStringLiteral(".controls"));
        for (int i = 0; i < a.controls.size(); ++i)
            if (!catalogueSet.contains(a.controls.at(i)))
                r.fail(QStringLiteral("%1.controls[%2]").arg(path).arg(i),
                       tr("“%1” is not a control of the ISO/IEC 27017 catalogue (such as %2).")
                           .arg(a.controls.at(i).left(40), catalogue.mid(0, 3).join(QStringLiteral(", "))));
        a.controls.removeDuplicates();
    }
    QStringList serviceNames;
    for (const CloudService &s : p.services)
        serviceNames << s.name;
    a.services = names(r, o, "services", path + QStringLiteral(".services"), serviceNames, tr("services"));
    a.sites = names(r, o, "sites", path + QStringLiteral(".sites"), p.clientSites, tr("sites"));
    const QJsonArray team = r.array(o, "team", path + QStringLiteral(".team"));
    for (int i = 0; i < team.size(); ++i) {
        const QString at = QStringLiteral("%1.team[%2]").arg(path).arg(i);
        if (!team.at(i).isObject()) {
            r.fail(at, tr("must be an object { \"name\": …, \"role\": … }."));
            continue;
        }
        TeamMember m;
        m.name = r.string(team.at(i).toObject(), "name", at + QStringLiteral(".name"), true);
        const QString role = r.string(team.at(i).toObject(), "role", at + QStringLiteral(".role"));
        if (!role.isEmpty()) {
            if (const auto ro = ProgrammeRules::roleFromKey(role))
                m.role = *ro;
            else
                r.fail(at + QStringLiteral(".role"), tr("“%1” is not a role; use leader, member or expert.").arg(role));
        }
        a.team << m;
    }
    a.notes = r.string(o, "notes", path + QStringLiteral(".notes"));
    return a;
}

QString date(const QDate &d) { return d.toString(Qt::ISODate); }

} // namespace

std::optional<Programme> parse(const QByteArray &bytes, const QStringList &catalogue, QString *error)
{
    const std::optional<QJsonObject> parsed = JsonFieldReader::document(bytes, FormatTag, error);
    if (!parsed)
        return std::nullopt;
    const QJsonObject &root = *parsed;
    JsonFieldReader r;
    const QString format = r.string(root, "format", QStringLiteral("format"), true);
    if (!r.failed() && format != QLatin1String(FormatTag))
        r.fail(QStringLiteral("format"), tr("“%1” is not this program's programme format; it reads %2.")
                                             .arg(format.left(60), QLatin1String(FormatTag)));
    Programme p;
    const QJsonObject client = r.object(root, "client", QStringLiteral("client"));
    p.clientName = r.string(client, "name", QStringLiteral("client.name"));
    p.clientShifts = r.strings(client, "shifts", QStringLiteral("client.shifts"));
    p.clientShifts.removeDuplicates();
    p.clientSites = r.strings(client, "sites", QStringLiteral("client.sites"));
    p.clientSites.removeDuplicates();
    const QJsonArray services = r.array(client, "services", QStringLiteral("client.services"));
    for (int i = 0; i < services.size(); ++i) {
        const QString at = QStringLiteral("client.services[%1]").arg(i);
        if (!services.at(i).isObject()) {
            r.fail(at, tr("must be an object { \"name\": …, \"typical\": true|false }."));
            continue;
        }
        CloudService s;
        s.name = r.string(services.at(i).toObject(), "name", at + QStringLiteral(".name"), true).trimmed();
        if (!r.failed() && s.name.isEmpty())
            r.fail(at + QStringLiteral(".name"), tr("must not be empty."));
        s.typical = r.boolean(services.at(i).toObject(), "typical", at + QStringLiteral(".typical")).value_or(false);
        p.services << s;
    }
    const QString cycle = r.string(root, "cycle", QStringLiteral("cycle"));
    if (!cycle.isEmpty()) {
        if (const auto c = ProgrammeRules::cycleFromKey(cycle))
            p.cycle = *c;
        else
            r.fail(QStringLiteral("cycle"), tr("“%1” is not a cycle; use initial or recertification.").arg(cycle.left(40)));
    }
    p.contractSignedOn = r.date(root, "contract_signed_on", QStringLiteral("contract_signed_on"));
    p.plannedDecision = r.date(root, "decision_date", QStringLiteral("decision_date"), true);
    p.expiry = r.date(root, "expiry_date", QStringLiteral("expiry_date"));
    if (!r.failed() && p.expiry.isValid() && p.expiry <= p.plannedDecision)
        r.fail(QStringLiteral("expiry_date"), tr("must be after the decision date."));
    const QJsonObject days = r.object(root, "review_days", QStringLiteral("review_days"));
    for (auto it = days.begin(); it != days.end(); ++it) {
        const QString at = QStringLiteral("review_days.") + it.key();
        const auto kind = ProgrammeRules::kindFromKey(it.key());
        if (!kind || *kind == ProgrammeAudit::Kind::Special) {
            r.fail(at, tr("is not a kind the review gives days for; use stage1, stage2, surveillance or recertification."));
            continue;
        }
        const std::optional<double> value = r.number(days, it.key().toLatin1().constData(), at);
        if (value && *value < 0)
            r.fail(at, tr("must not be negative."));
        switch (*kind) {
        case ProgrammeAudit::Kind::Stage1: p.reviewDays.stage1 = value; break;
        case ProgrammeAudit::Kind::Stage2: p.reviewDays.stage2 = value; break;
        case ProgrammeAudit::Kind::Surveillance: p.reviewDays.surveillance = value; break;
        case ProgrammeAudit::Kind::Recertification: p.reviewDays.recertification = value; break;
        case ProgrammeAudit::Kind::Special: break;
        }
    }
    const QSet<QString> catalogueSet(catalogue.cbegin(), catalogue.cend());
    const QJsonArray audits = r.array(root, "audits", QStringLiteral("audits"));
    for (int i = 0; i < audits.size() && !r.failed(); ++i) {
        const QString at = QStringLiteral("audits[%1]").arg(i);
        if (!audits.at(i).isObject()) {
            r.fail(at, tr("must be an object { \"kind\": …, \"start\": …, \"end\": … }."));
            break;
        }
        p.audits << readAudit(r, audits.at(i).toObject(), at, p, catalogue, catalogueSet);
    }
    if (r.failed()) {
        *error = r.error();
        return std::nullopt;
    }
    return p;
}

QByteArray write(const Programme &p, int cycleYears)
{
    QJsonObject client;
    client.insert(QStringLiteral("name"), p.clientName);
    if (!p.clientShifts.isEmpty())
        client.insert(QStringLiteral("shifts"), QJsonArray::fromStringList(p.clientShifts));
    if (!p.services.isEmpty()) {
        QJsonArray services;
        for (const CloudService &s : p.services)
            services.append(QJsonObject{{QStringLiteral("name"), s.name}, {QStringLiteral("typical"), s.typical}});
        client.insert(QStringLiteral("services"), services);
    }
    if (!p.clientSites.isEmpty())
        client.insert(QStringLiteral("sites"), QJsonArray::fromStringList(p.clientSites));
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(FormatTag));
    root.insert(QStringLiteral("client"), client);
    root.insert(QStringLiteral("cycle"), ProgrammeRules::cycleKey(p.cycle));
    if (p.contractSignedOn.isValid())
        root.insert(QStringLiteral("contract_signed_on"), date(p.contractSignedOn));
    if (p.decisionDate().isValid())
        root.insert(QStringLiteral("decision_date"), date(p.decisionDate()));
    if (p.expiryDate(cycleYears).isValid())
        root.insert(QStringLiteral("expiry_date"), date(p.expiryDate(cycleYears)));
    QJsonObject days;
    using K = ProgrammeAudit::Kind;
    for (K k : {K::Stage1, K::Stage2, K::Surveillance, K::Recertification})
        if (const auto d = p.reviewDays.forKind(k))
            days.insert(ProgrammeRules::kindKey(k), *d);
    if (!days.isEmpty())
        root.insert(QStringLiteral("review_days"), days);
    QJsonArray audits;
    for (const ProgrammeAudit &a : p.audits) {
        QJsonObject o;
        o.insert(QStringLiteral("kind"), ProgrammeRules::kindKey(a.kind));
        o.insert(QStringLiteral("start"), a.start().isValid() ? QJsonValue(date(a.start())) : QJsonValue());
        o.insert(QStringLiteral("end"), a.end().isValid() ? QJsonValue(date(a.end())) : QJsonValue());
        if (a.status != ProgrammeAudit::Status::Planned)
            o.insert(QStringLiteral("status"), ProgrammeRules::statusKey(a.status));
        if (a.method != ProgrammeAudit::Method::OnSite)
            o.insert(QStringLiteral("method"), ProgrammeRules::methodKey(a.method));
        if (a.days)
            o.insert(QStringLiteral("days"), *a.days);
        if (!a.shifts.isEmpty())
            o.insert(QStringLiteral("shifts"), QJsonArray::fromStringList(a.shifts));
        if (!a.shiftReasons.isEmpty()) {
            QJsonObject reasons;
            for (auto it = a.shiftReasons.cbegin(); it != a.shiftReasons.cend(); ++it)
                reasons.insert(it.key(), it.value());
            o.insert(QStringLiteral("shift_reasons"), reasons);
        }
        o.insert(QStringLiteral("controls"), a.allControls ? QJsonValue(QStringLiteral("all"))
                                                           : QJsonValue(QJsonArray::fromStringList(a.controls)));
        if (!a.services.isEmpty())
            o.insert(QStringLiteral("services"), QJsonArray::fromStringList(a.services));
        if (!a.sites.isEmpty())
            o.insert(QStringLiteral("sites"), QJsonArray::fromStringList(a.sites));
        if (!a.team.isEmpty()) {
            QJsonArray team;
            for (const TeamMember &m : a.team)
                team.append(QJsonObject{{QStringLiteral("name"), m.name}, {QStringLiteral("role"), ProgrammeRules::roleKey(m.role)}});
            o.insert(QStringLiteral("team"), team);
        }
        if (!a.notes.isEmpty())
            o.insert(QStringLiteral("notes"), a.notes);
        audits.append(o);
    }
    root.insert(QStringLiteral("audits"), audits);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace ProgrammeFileFormat
