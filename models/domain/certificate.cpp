#include "certificate.h"

#include "domain/textrules.h"

#include <algorithm>

namespace CertificateFields {

const RecordSpec &certificate()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Certificate"), {
        {"client_id", QT_TRANSLATE_NOOP("Fields", "Client")},
        {"programme_id", QT_TRANSLATE_NOOP("Fields", "Audit programme")},
        {"decision_id", QT_TRANSLATE_NOOP("Fields", "Certification decision")},
        {"number", QT_TRANSLATE_NOOP("Fields", "Certificate number"), 60},
        {"scope_zh", QT_TRANSLATE_NOOP("Fields", "Scope (Chinese)"), 4000, true},
        {"scope_en", QT_TRANSLATE_NOOP("Fields", "Scope (English)"), 4000, true},
        {"scope_classes", QT_TRANSLATE_NOOP("Fields", "Scope classes"), 2000},
        {"sites", QT_TRANSLATE_NOOP("Fields", "Sites"), 20000, true},
        {"standard", QT_TRANSLATE_NOOP("Fields", "Standard"), 200},
        {"issued_on", QT_TRANSLATE_NOOP("Fields", "Issued on")},
        {"first_issued_on", QT_TRANSLATE_NOOP("Fields", "First issued on")},
        {"expires_on", QT_TRANSLATE_NOOP("Fields", "Expires on")},
        {"status", QT_TRANSLATE_NOOP("Fields", "Status")},
    }, "number"};
    return spec;
}

const RecordSpec &event()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Certificate event"), {
        {"kind", QT_TRANSLATE_NOOP("Fields", "Event")},
        {"occurred_on", QT_TRANSLATE_NOOP("Fields", "Date")},
        {"reason_code", QT_TRANSLATE_NOOP("Fields", "Reason")},
        {"note", QT_TRANSLATE_NOOP("Fields", "Note"), 4000, true},
        {"reverses", QT_TRANSLATE_NOOP("Fields", "Reverses")},
        {"scope_zh", QT_TRANSLATE_NOOP("Fields", "Scope (Chinese)"), 4000, true},
        {"scope_en", QT_TRANSLATE_NOOP("Fields", "Scope (English)"), 4000, true},
        {"recorded_by", QT_TRANSLATE_NOOP("Fields", "Recorded by"), 200},
    }, "kind"};
    return spec;
}

const RecordSpec &decision()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Certification decision"), {
        {"programme_id", QT_TRANSLATE_NOOP("Fields", "Audit programme")},
        {"outcome", QT_TRANSLATE_NOOP("Fields", "Decision")},
        {"decided_on", QT_TRANSLATE_NOOP("Fields", "Decided on")},
        {"decided_by", QT_TRANSLATE_NOOP("Fields", "Decided by")},
        {"decider_name", QT_TRANSLATE_NOOP("Fields", "Decision-maker"), 200},
        {"reasons", QT_TRANSLATE_NOOP("Fields", "Reasons"), 4000, true},
    }, "decided_on"};
    return spec;
}

} // namespace CertificateFields

namespace CertificateRules {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CertificateRules", text, disambiguation, n);
}
using Kind = CertificateEvent::Kind;
using Status = CertificateStatus;

QString iso(const QDate &d) { return d.toString(Qt::ISODate); }
} // namespace

QString statusCode(CertificateStatus status)
{
    switch (status) {
    case Status::Valid: return QStringLiteral("01");
    case Status::Suspended: return QStringLiteral("02");
    case Status::Withdrawn: return QStringLiteral("03");
    case Status::Cancelled: return QStringLiteral("04");
    case Status::Expired: return QStringLiteral("05");
    }
    return QString();
}

std::optional<CertificateStatus> statusFromCode(const QString &code)
{
    for (Status s : statuses())
        if (statusCode(s) == code)
            return s;
    return std::nullopt;
}

QString statusLabel(CertificateStatus status)
{
    switch (status) {
    case Status::Valid: return tr("Valid");
    case Status::Suspended: return tr("Suspended");
    case Status::Withdrawn: return tr("Withdrawn");
    case Status::Cancelled: return tr("Cancelled");
    case Status::Expired: return tr("Expired");
    }
    return QString();
}

QList<CertificateStatus> statuses()
{
    return {Status::Valid, Status::Suspended, Status::Withdrawn, Status::Cancelled, Status::Expired};
}

QString eventKey(CertificateEvent::Kind kind)
{
    switch (kind) {
    case Kind::Issue: return QStringLiteral("issue");
    case Kind::Suspend: return QStringLiteral("suspend");
    case Kind::Restore: return QStringLiteral("restore");
    case Kind::Withdraw: return QStringLiteral("withdraw");
    case Kind::Cancel: return QStringLiteral("cancel");
    case Kind::Expire: return QStringLiteral("expire");
    case Kind::Extend: return QStringLiteral("extend");
    case Kind::Reduce: return QStringLiteral("reduce");
    case Kind::Reverse: return QStringLiteral("reverse");
    }
    return QString();
}

std::optional<CertificateEvent::Kind> eventFromKey(const QString &key)
{
    for (Kind k : eventKinds())
        if (eventKey(k) == key)
            return k;
    return std::nullopt;
}

QString eventLabel(CertificateEvent::Kind kind)
{
    switch (kind) {
    case Kind::Issue: return tr("Issued");
    case Kind::Suspend: return tr("Suspended");
    case Kind::Restore: return tr("Restored");
    case Kind::Withdraw: return tr("Withdrawn");
    case Kind::Cancel: return tr("Cancelled");
    case Kind::Expire: return tr("Expired");
    case Kind::Extend: return tr("Scope extended");
    case Kind::Reduce: return tr("Scope reduced");
    case Kind::Reverse: return tr("Reversed");
    }
    return QString();
}

QList<CertificateEvent::Kind> eventKinds()
{
    return {Kind::Issue, Kind::Suspend, Kind::Restore, Kind::Withdraw, Kind::Cancel,
            Kind::Expire, Kind::Extend, Kind::Reduce, Kind::Reverse};
}

QString outcomeKey(CertificationDecision::Outcome outcome)
{
    return outcome == CertificationDecision::Outcome::Grant ? QStringLiteral("grant") : QStringLiteral("refuse");
}

std::optional<CertificationDecision::Outcome> outcomeFromKey(const QString &key)
{
    if (key == QLatin1String("grant"))
        return CertificationDecision::Outcome::Grant;
    if (key == QLatin1String("refuse"))
        return CertificationDecision::Outcome::Refuse;
    return std::nullopt;
}

QString outcomeLabel(CertificationDecision::Outcome outcome)
{
    return outcome == CertificationDecision::Outcome::Grant ? tr("Grant certification") : tr("Refuse certification");
}

CertificateState stateOn(const Certificate &c, const QDate &day)
{
    CertificateState state;
    state.since = c.issuedOn;
    state.scopeZh = c.scopeZh;
    state.scopeEn = c.scopeEn;
    // First which events stand: a reversal takes back the event it names.
    for (int i = 0; i < c.events.size(); ++i) {
        const CertificateEvent &e = c.events.at(i);
        if (day.isValid() && e.occurredOn.isValid() && e.occurredOn > day)
            continue;
        if (e.kind == Kind::Reverse) {
            for (int j = int(state.effective.size()) - 1; j >= 0; --j)
                if (c.events.at(state.effective.at(j)).id == e.reverses && e.reverses != 0) {
                    state.effective.removeAt(j);
                    break;
                }
            continue;
        }
        state.effective << i;
    }
    // Then what they make of the certificate, in order.
    for (int i : std::as_const(state.effective)) {
        const CertificateEvent &e = c.events.at(i);
        switch (e.kind) {
        case Kind::Issue:
            state.status = Status::Valid;
            state.since = e.occurredOn;
            if (!e.scopeZh.isEmpty() || !e.scopeEn.isEmpty()) {
                state.scopeZh = e.scopeZh;
                state.scopeEn = e.scopeEn;
            }
            break;
        case Kind::Suspend: state.status = Status::Suspended; state.since = e.occurredOn; break;
        case Kind::Restore: state.status = Status::Valid; state.since = e.occurredOn; break;
        case Kind::Withdraw: state.status = Status::Withdrawn; state.since = e.occurredOn; break;
        case Kind::Cancel: state.status = Status::Cancelled; state.since = e.occurredOn; break;
        case Kind::Expire: state.status = Status::Expired; state.since = e.occurredOn; break;
        case Kind::Extend:
        case Kind::Reduce:
            state.scopeZh = e.scopeZh;
            state.scopeEn = e.scopeEn;
            break;
        case Kind::Reverse: break;
        }
    }
    if (day.isValid() && c.expiresOn.isValid() && day > c.expiresOn
        && (state.status == Status::Valid || state.status == Status::Suspended)) {
        state.status = Status::Expired;
        state.since = c.expiresOn.addDays(1);
        state.expiredByDate = true;
    }
    return state;
}

QList<CertificateEvent::Kind> allowedEvents(CertificateStatus status)
{
    switch (status) {
    case Status::Valid: return {Kind::Suspend, Kind::Withdraw, Kind::Cancel, Kind::Expire, Kind::Extend, Kind::Reduce};
    case Status::Suspended: return {Kind::Restore, Kind::Withdraw, Kind::Cancel, Kind::Expire, Kind::Reduce};
    case Status::Withdrawn:
    case Status::Cancelled:
    case Status::Expired: return {};
    }
    return {};
}

QString reasonList(CertificateEvent::Kind kind)
{
    switch (kind) {
    case Kind::Suspend: return QStringLiteral("suspension_reason");
    case Kind::Withdraw: return QStringLiteral("withdrawal_reason");
    case Kind::Extend:
    case Kind::Reduce: return QStringLiteral("change_type");
    default: return QString();
    }
}

QList<FieldProblem> eventProblems(const Certificate &c, const CertificateEvent &e, const QDate &today,
                                  const QStringList &codes)
{
    QList<FieldProblem> problems;
    auto add = [&](const char *key, const QString &message) {
        problems << FieldProblem{QString::fromLatin1(key), message, QString()};
    };
    if (e.kind == Kind::Issue) {
        add("kind", tr("A certificate is issued by the certification decision, not by an event."));
        return problems;
    }
    if (!e.occurredOn.isValid()) {
        add("occurred_on", tr("Enter the date of the event."));
        return problems;
    }
    if (today.isValid() && e.occurredOn > today)
        add("occurred_on", tr("The event is dated %1, after today: record an event once it has happened.").arg(iso(e.occurredOn)));
    if (c.issuedOn.isValid() && e.occurredOn < c.issuedOn)
        add("occurred_on", tr("The certificate was issued on %1; an event cannot come before it.").arg(iso(c.issuedOn)));
    QDate last;
    for (const CertificateEvent &o : c.events)
        if (o.occurredOn.isValid() && (!last.isValid() || o.occurredOn > last))
            last = o.occurredOn;
    if (last.isValid() && e.occurredOn < last)
        add("occurred_on", tr("Events are recorded in order: the last one is dated %1.").arg(iso(last)));

    const CertificateState state = stateOn(c, e.occurredOn);
    if (e.kind == Kind::Reverse) {
        const int lastStanding = state.effective.isEmpty() ? -1 : state.effective.constLast();
        if (lastStanding < 0 || c.events.at(lastStanding).kind == Kind::Issue)
            add("reverses", tr("There is no event to reverse: only the issue stands, and it is taken back by withdrawing "
                               "or cancelling the certificate."));
        else if (c.events.at(lastStanding).id != e.reverses)
            add("reverses", tr("Only the latest event that stands can be reversed: %1 of %2.")
                                .arg(eventLabel(c.events.at(lastStanding).kind), iso(c.events.at(lastStanding).occurredOn)));
        if (TextRules::isBlank(e.note))
            add("note", tr("Say why the event is reversed (what was mistaken)."));
    } else if (e.kind == Kind::Expire) {
        if (!state.expiredByDate) {
            if (state.status == Status::Valid || state.status == Status::Suspended)
                add("occurred_on", tr("The certificate runs until %1; it expires from the day after.").arg(iso(c.expiresOn)));
            else
                add("kind", tr("The certificate is %1 already; it cannot expire.").arg(statusLabel(state.status)));
        }
    } else if (!allowedEvents(state.status).contains(e.kind)) {
        add("kind", tr("“%1” is not possible for a certificate that is %2 on %3.")
                        .arg(eventLabel(e.kind), statusLabel(state.status).toLower(), iso(e.occurredOn)));
    }
    const QString list = reasonList(e.kind);
    if (!list.isEmpty()) {
        if (e.kind == Kind::Extend && e.reasonCode != QLatin1String("05"))
            add("reason_code", tr("A scope extension has the change code 05."));
        else if (e.kind == Kind::Reduce && e.reasonCode != QLatin1String("06"))
            add("reason_code", tr("A scope reduction has the change code 06."));
        else if (e.reasonCode.isEmpty())
            add("reason_code", tr("Choose the reason."));
        else if (!codes.contains(e.reasonCode))
            add("reason_code", tr("“%1” is not a reason code of the reference data.").arg(e.reasonCode));
    } else if (!e.reasonCode.isEmpty() && e.kind != Kind::Reverse) {
        add("reason_code", tr("This event takes no reason code; write the reason in the note."));
    }
    if ((e.kind == Kind::Restore || e.kind == Kind::Cancel) && TextRules::isBlank(e.note))
        add("note", e.kind == Kind::Restore ? tr("Say what was verified before restoring the certificate.")
                                            : tr("Say why the certificate is cancelled (for example, the client's request)."));
    if (e.kind == Kind::Extend || e.kind == Kind::Reduce) {
        if (TextRules::isBlank(e.scopeZh) && TextRules::isBlank(e.scopeEn))
            add("scope_zh", tr("Write the scope as it stands after the change."));
        else if (e.scopeZh.trimmed() == state.scopeZh.trimmed() && e.scopeEn.trimmed() == state.scopeEn.trimmed())
            add("scope_zh", tr("The scope is unchanged; write it as it stands after the change."));
    }
    const RecordSpec &spec = CertificateFields::event();
    for (const char *key : {"note", "scope_zh", "scope_en"}) {
        const QString value = key == QLatin1String("note") ? e.note : key == QLatin1String("scope_zh") ? e.scopeZh : e.scopeEn;
        if (const QString problem = TextRules::problem(value, spec.maxLength(QLatin1String(key)), TextRules::Kind::MultiLine);
            !problem.isEmpty())
            add(key, tr("%1 %2").arg(spec.label(QLatin1String(key)), problem));
    }
    return problems;
}

QDate suspensionLimit(const Certificate &c, const QDate &today, const RuleParameters &parameters)
{
    const CertificateState state = stateOn(c, today);
    if (state.status != Status::Suspended)
        return QDate();
    return state.since.addMonths(parameters.suspensionMaxMonths());
}

QList<int> overdueSurveillances(const Programme &programme, const QDate &today, const RuleParameters &parameters)
{
    QList<int> overdue;
    bool any = false;
    for (int i = 0; i < programme.audits.size(); ++i) {
        const ProgrammeAudit &a = programme.audits.at(i);
        if (a.kind != ProgrammeAudit::Kind::Surveillance || !a.counts())
            continue;
        any = true;
        if (a.status == ProgrammeAudit::Status::Done)
            continue;
        const ProgrammeRules::Window w = ProgrammeRules::window(programme, i, parameters);
        if (w.to.isValid() && w.to < today)
            overdue << i;
    }
    const QDate d = programme.decisionDate();
    if (!any && d.isValid() && d.addMonths(parameters.firstSurveillanceMonths()) < today)
        overdue << -1;
    return overdue;
}

QList<RuleFinding> check(const Certificate &c, const Programme *programme, const QDate &today,
                         const RuleParameters &parameters)
{
    QList<RuleFinding> findings;
    const CertificateState state = stateOn(c, today);
    if (state.status == Status::Suspended) {
        const QDate limit = state.since.addMonths(parameters.suspensionMaxMonths());
        RuleFinding f{QStringLiteral("C-suspend-max"), RuleFinding::Warning, QString(), &CertificateFields::certificate(), c.id};
        if (today > limit) {
            f.severity = RuleFinding::Error;
            f.message = tr("Certificate %1 has been suspended since %2, longer than %n month(s) (until %3): restore it "
                           "or withdraw it.", nullptr, parameters.suspensionMaxMonths())
                            .arg(c.number, iso(state.since), iso(limit));
        } else {
            f.message = tr("Certificate %1 is suspended since %2: restore it or withdraw it by %3.")
                            .arg(c.number, iso(state.since), iso(limit));
        }
        findings << f;
    }
    if (state.status == Status::Valid && programme) {
        for (int i : overdueSurveillances(*programme, today, parameters)) {
            QString message;
            if (i < 0) {
                message = tr("Certificate %1: no surveillance audit is planned and the first one was due by %2; the "
                             "certificate is due for suspension.")
                              .arg(c.number, iso(programme->decisionDate().addMonths(parameters.firstSurveillanceMonths())));
            } else {
                const ProgrammeRules::Window w = ProgrammeRules::window(*programme, i, parameters);
                message = tr("Certificate %1: the window of %2 closed on %3 and the audit is not done; the "
                             "certificate is due for suspension.")
                              .arg(c.number, ProgrammeRules::auditName(*programme, i), iso(w.to));
            }
            findings << RuleFinding{QStringLiteral("C-surveillance-overdue"), RuleFinding::Error, message,
                                    &CertificateFields::certificate(), c.id};
        }
    }
    return findings;
}

} // namespace CertificateRules

namespace DecisionRules {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("DecisionRules", text, disambiguation, n);
}
QString iso(const QDate &d) { return d.toString(Qt::ISODate); }

bool onTeam(const ProgrammeAudit &a, qint64 auditorId)
{
    if (auditorId == 0 || !a.counts())
        return false;
    return std::any_of(a.team.cbegin(), a.team.cend(), [&](const TeamMember &m) { return m.auditorId == auditorId; });
}
} // namespace

QList<FieldProblem> problems(const DecisionBasis &basis, const CertificationDecision &decision)
{
    QList<FieldProblem> problems;
    auto add = [&](const char *key, const QString &message, const char *rule) {
        problems << FieldProblem{QString::fromLatin1(key), message, QString::fromLatin1(rule)};
    };
    if (basis.alreadyDecided)
        add("outcome", tr("This cycle has its certification decision already; a cycle is decided once."), "C-decision-audits");
    if (!UserRules::mayDecide(basis.decider.role))
        add("decided_by", tr("%1 is a %2; only a decision-maker takes certification decisions. Choose the profile of a "
                             "decision-maker.")
                              .arg(basis.decider.name, UserRules::roleLabel(basis.decider.role).toLower()),
            "C-decision-role");
    if (basis.decider.auditorId != 0) {
        QStringList audits;
        for (int i = 0; i < basis.programme.audits.size(); ++i)
            if (onTeam(basis.programme.audits.at(i), basis.decider.auditorId))
                audits << ProgrammeRules::auditName(basis.programme, i);
        for (const ProgrammeAudit &a : basis.decisive)
            if (onTeam(a, basis.decider.auditorId) && !basis.programme.audits.contains(a))
                audits << tr("the %1 audit").arg(ProgrammeRules::kindLabel(a.kind).toLower());
        if (!audits.isEmpty())
            add("decided_by", tr("%1 is on the team of %2; nobody on an audit team of the cycle takes its "
                                 "certification decision (ISO/IEC 17021-1). Another decision-maker decides.")
                                  .arg(basis.decider.name, audits.join(tr(", "))),
                "C-decision-impartial");
    }
    QDate lastEnd;
    if (basis.decisive.isEmpty()) {
        add("outcome", basis.programme.cycle == Programme::Cycle::Initial
                           ? tr("The programme has no stage 2 audit done; the decision rests on stage 1 and stage 2.")
                           : tr("No recertification audit of the previous cycle is done; the decision rests on it."),
            "C-decision-audits");
    }
    for (const ProgrammeAudit &a : basis.decisive) {
        if (a.status != ProgrammeAudit::Status::Done)
            add("outcome", tr("The %1 is not done yet (it is %2); the decision rests on it.")
                               .arg(ProgrammeRules::kindLabel(a.kind).toLower(), ProgrammeRules::statusLabel(a.status).toLower()),
                "C-decision-audits");
        if (!lastEnd.isValid() || a.end() > lastEnd)
            lastEnd = a.end();
    }
    if (!decision.decidedOn.isValid())
        add("decided_on", tr("Enter the date of the decision."), "");
    else {
        if (lastEnd.isValid() && decision.decidedOn < lastEnd)
            add("decided_on", tr("The decision is dated before the last audit it rests on ended (%1).").arg(iso(lastEnd)),
                "C-decision-audits");
        if (basis.today.isValid() && decision.decidedOn > basis.today)
            add("decided_on", tr("The decision is dated %1, after today; record it when it is taken.").arg(iso(decision.decidedOn)),
                "C-decision-audits");
    }
    if (decision.outcome == CertificationDecision::Outcome::Grant) {
        int major = 0, minor = 0;
        for (const ProgrammeAudit &a : basis.decisive)
            for (const AuditFinding &f : a.findings)
                if (f.isOpen())
                    ++(f.grade == AuditFinding::Grade::Major ? major : minor);
        if (major > 0)
            add("outcome", tr("%n major nonconformity(s) not verified closed; certification is granted only when every "
                              "one is.", nullptr, major),
                "C-decision-findings");
        if (minor > 0)
            add("outcome", tr("%n minor nonconformity(s) without an accepted corrective-action plan; certification is "
                              "granted only when every one has one.", nullptr, minor),
                "C-decision-findings");
    } else if (TextRules::isBlank(decision.reasons)) {
        add("reasons", tr("Give the reasons for refusing certification; the client is told them."), "");
    }
    if (const QString problem = TextRules::problem(decision.reasons, 4000, TextRules::Kind::MultiLine); !problem.isEmpty())
        add("reasons", tr("Reasons %1").arg(problem), "");
    return problems;
}

Dates certificateDates(const DecisionBasis &basis, const QDate &decidedOn, const RuleParameters &parameters)
{
    Dates dates;
    dates.issued = decidedOn;
    dates.firstIssued = decidedOn;
    dates.expires = decidedOn.addYears(parameters.cycleYears()).addDays(-1);
    if (basis.programme.cycle == Programme::Cycle::Recertification && basis.previousExpiry.isValid()
        && decidedOn <= basis.previousExpiry) {
        dates.expires = basis.previousExpiry.addYears(parameters.cycleYears());
        if (basis.previousFirstIssue.isValid())
            dates.firstIssued = basis.previousFirstIssue;
    }
    return dates;
}

} // namespace DecisionRules
