// The stable keys (file and database values) and the labels in the user's language of a
// programme's kinds of audit, statuses, methods, cycles and team roles.

#include "programme.h"

#include <QCoreApplication>

namespace ProgrammeRules {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ProgrammeRules", text); }
using Kind = ProgrammeAudit::Kind;
} // namespace

QString kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Stage1: return QStringLiteral("stage1");
    case Kind::Stage2: return QStringLiteral("stage2");
    case Kind::Surveillance: return QStringLiteral("surveillance");
    case Kind::Recertification: return QStringLiteral("recertification");
    case Kind::Special: return QStringLiteral("special");
    }
    return {};
}

QList<Kind> kinds() { return {Kind::Stage1, Kind::Stage2, Kind::Surveillance, Kind::Recertification, Kind::Special}; }

std::optional<Kind> kindFromKey(const QString &key)
{
    for (Kind k : kinds())
        if (kindKey(k) == key)
            return k;
    return std::nullopt;
}

QString kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Stage1: return tr("Stage 1");
    case Kind::Stage2: return tr("Stage 2");
    case Kind::Surveillance: return tr("Surveillance");
    case Kind::Recertification: return tr("Recertification");
    case Kind::Special: return tr("Special audit");
    }
    return {};
}

using Status = ProgrammeAudit::Status;
QList<Status> statuses() { return {Status::Planned, Status::Confirmed, Status::Done, Status::Cancelled}; }

QString statusKey(Status status)
{
    switch (status) {
    case Status::Planned: return QStringLiteral("planned");
    case Status::Confirmed: return QStringLiteral("confirmed");
    case Status::Done: return QStringLiteral("done");
    case Status::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<Status> statusFromKey(const QString &key)
{
    for (Status s : statuses())
        if (statusKey(s) == key)
            return s;
    return std::nullopt;
}

QString statusLabel(Status status)
{
    switch (status) {
    case Status::Planned: return tr("Planned");
    case Status::Confirmed: return tr("Confirmed");
    case Status::Done: return tr("Done");
    case Status::Cancelled: return tr("Cancelled");
    }
    return {};
}

using Method = ProgrammeAudit::Method;
QList<Method> methods() { return {Method::OnSite, Method::Remote, Method::Combined}; }

QString methodKey(Method method)
{
    switch (method) {
    case Method::OnSite: return QStringLiteral("onsite");
    case Method::Remote: return QStringLiteral("remote");
    case Method::Combined: return QStringLiteral("combined");
    }
    return {};
}

std::optional<Method> methodFromKey(const QString &key)
{
    for (Method m : methods())
        if (methodKey(m) == key)
            return m;
    return std::nullopt;
}

QString methodLabel(Method method)
{
    switch (method) {
    case Method::OnSite: return tr("On site");
    case Method::Remote: return tr("Remote");
    case Method::Combined: return tr("On site and remote");
    }
    return {};
}

QString cycleKey(Programme::Cycle cycle)
{
    return cycle == Programme::Cycle::Initial ? QStringLiteral("initial") : QStringLiteral("recertification");
}

std::optional<Programme::Cycle> cycleFromKey(const QString &key)
{
    if (key == QLatin1String("initial"))
        return Programme::Cycle::Initial;
    if (key == QLatin1String("recertification"))
        return Programme::Cycle::Recertification;
    return std::nullopt;
}

QString cycleLabel(Programme::Cycle cycle)
{
    return cycle == Programme::Cycle::Initial ? tr("Initial certification") : tr("Recertification cycle");
}

QString roleKey(TeamMember::Role role)
{
    switch (role) {
    case TeamMember::Role::Leader: return QStringLiteral("leader");
    case TeamMember::Role::Member: return QStringLiteral("member");
    case TeamMember::Role::Expert: return QStringLiteral("expert");
    }
    return {};
}

std::optional<TeamMember::Role> roleFromKey(const QString &key)
{
    for (TeamMember::Role r : {TeamMember::Role::Leader, TeamMember::Role::Member, TeamMember::Role::Expert})
        if (roleKey(r) == key)
            return r;
    return std::nullopt;
}

QString roleLabel(TeamMember::Role role)
{
    switch (role) {
    case TeamMember::Role::Leader: return tr("Team leader");
    case TeamMember::Role::Member: return tr("Auditor");
    case TeamMember::Role::Expert: return tr("Technical expert");
    }
    return {};
}

} // namespace ProgrammeRules
