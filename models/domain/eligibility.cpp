#include "eligibility.h"
#include "displayformat.h"

#include <QLocale>

#include <algorithm>

namespace Eligibility {

namespace {

const QString kA42 = QStringLiteral("A-4.2");
const QString kA43 = QStringLiteral("A-4.3");
const QString kA44 = QStringLiteral("A-4.4");

// Dates as the user reads them (the name is kept from when they were ISO).
QString iso(const QDate &date) { return DisplayFormat::date(date); }

// "on D" for one day, "from A to B" for a longer period, as one clause.
QString periodText(const QDate &from, const QDate &to)
{
    return from == to ? QCoreApplication::translate("Eligibility", "on %1").arg(iso(from))
                      : QCoreApplication::translate("Eligibility", "from %1 to %2").arg(iso(from), iso(to));
}

QString className(const EligibilityRequest &request, const QString &code)
{
    const QString name = request.classNames.value(code);
    return name.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(code, name);
}

EligibilityReason reason(EligibilityReason::Kind kind, const QString &rule, const QString &message,
                         const QDate &from = QDate(), const QDate &to = QDate(), const QString &scopeClass = QString())
{
    return EligibilityReason{kind, rule, message, from, to, scopeClass};
}

bool validRange(const EligibilityRequest &request)
{
    return request.from.isValid() && request.to.isValid() && request.from <= request.to;
}

void checkRegistration(const Auditor &a, const EligibilityRequest &request, QList<EligibilityReason> *reasons)
{
    if (a.registrationNumber.trimmed().isEmpty() || !a.registrationValidFrom.isValid() || !a.registrationValidTo.isValid()) {
        const QString message = a.registrationNumber.trimmed().isEmpty()
            ? QCoreApplication::translate("Eligibility", "No registration number is recorded.")
            : QCoreApplication::translate("Eligibility", "The validity dates of registration %1 are not recorded.")
                  .arg(a.registrationNumber.trimmed());
        *reasons << reason(EligibilityReason::NoRegistration, kA42, message, request.from, request.to);
        return;
    }
    if (request.from < a.registrationValidFrom) {
        const QDate end = qMin(request.to, a.registrationValidFrom.addDays(-1));
        *reasons << reason(EligibilityReason::RegistrationNotValid, kA42,
                           QCoreApplication::translate("Eligibility", "The registration is valid only from %1, so it is not valid %2.")
                               .arg(iso(a.registrationValidFrom), periodText(request.from, end)),
                           request.from, end);
    }
    if (request.to > a.registrationValidTo) {
        const QDate start = qMax(request.from, a.registrationValidTo.addDays(1));
        *reasons << reason(EligibilityReason::RegistrationNotValid, kA42,
                           QCoreApplication::translate("Eligibility", "The registration is valid until %1, so it is not valid %2.")
                               .arg(iso(a.registrationValidTo), periodText(start, request.to)),
                           start, request.to);
    }
}

void checkQualification(const Auditor &a, const EligibilityRequest &request, QList<EligibilityReason> *reasons)
{
    if (!a.qualificationConfirmedOn.isValid())
        *reasons << reason(EligibilityReason::QualificationNotConfirmed, kA42,
                           QCoreApplication::translate("Eligibility", "The body has not confirmed this auditor's qualification."));
    else if (a.qualificationConfirmedOn > request.from)
        *reasons << reason(EligibilityReason::QualificationNotConfirmed, kA42,
                           QCoreApplication::translate("Eligibility", "The body confirmed the qualification only on %1, after the audit starts on %2.")
                               .arg(iso(a.qualificationConfirmedOn), iso(request.from)),
                           a.qualificationConfirmedOn);
}

// competence for one class: empty when confirmed on or before the first day.
std::optional<EligibilityReason> competenceReason(const Auditor &a, const EligibilityRequest &request, const QString &code)
{
    const AuditorCompetence *c = a.competence(code);
    const QString name = className(request, code);
    if (!c)
        return reason(EligibilityReason::CompetenceMissing, kA42,
                      QCoreApplication::translate("Eligibility", "No competence for scope class %1 is confirmed by the body.").arg(name),
                      QDate(), QDate(), code);
    if (!c->confirmedOn.isValid())
        return reason(EligibilityReason::CompetenceMissing, kA42,
                      QCoreApplication::translate("Eligibility", "The competence for scope class %1 is recorded but not confirmed by the body.").arg(name),
                      QDate(), QDate(), code);
    if (c->confirmedOn > request.from)
        return reason(EligibilityReason::CompetenceMissing, kA42,
                      QCoreApplication::translate("Eligibility", "The competence for scope class %1 was confirmed only on %2, after the audit starts on %3.")
                          .arg(name, iso(c->confirmedOn), iso(request.from)),
                      c->confirmedOn, QDate(), code);
    return std::nullopt;
}

void checkConflicts(const Auditor &a, const EligibilityRequest &request, const RuleParameters &parameters,
                    QList<EligibilityReason> *reasons)
{
    const int lookback = parameters.conflictLookbackMonths();
    const QDate windowStart = request.from.addMonths(-lookback);
    for (const ConflictDeclaration &c : a.conflicts) {
        if (c.clientId != request.clientId || !c.from.isValid() || c.from > request.to)
            continue;
        if (c.to.isValid() && c.to < windowStart)
            continue;
        const QString relation = AuditorRules::relationLabel(c.relation);
        const QString message = c.to.isValid()
            ? QCoreApplication::translate("Eligibility", "Declared conflict of interest with this client: %1 from %2 to %3, "
                                                       "within the look-back of %n month(s) before the audit.", nullptr, lookback)
                  .arg(relation, iso(c.from), iso(c.to))
            : QCoreApplication::translate("Eligibility", "Declared conflict of interest with this client: %1 since %2, still ongoing.").arg(relation, iso(c.from));
        *reasons << reason(EligibilityReason::ConflictOfInterest, kA43, message, c.from, c.to);
    }
}

void checkImpartiality(const Auditor &a, const EligibilityRequest &request, QList<EligibilityReason> *reasons)
{
    if (!a.impartialitySignedOn.isValid())
        *reasons << reason(EligibilityReason::ImpartialityNotSigned, kA43,
                           QCoreApplication::translate("Eligibility", "No signed impartiality statement is recorded."));
    else if (a.impartialitySignedOn > request.from)
        *reasons << reason(EligibilityReason::ImpartialityNotSigned, kA43,
                           QCoreApplication::translate("Eligibility", "The impartiality statement was signed only on %1, after the audit starts on %2.")
                               .arg(iso(a.impartialitySignedOn), iso(request.from)),
                           a.impartialitySignedOn);
}

// Every reason except the competence of individual scope classes.
QList<EligibilityReason> personalReasons(const Auditor &a, const EligibilityRequest &request, const RuleParameters &parameters)
{
    QList<EligibilityReason> reasons;
    if (!a.active)
        reasons << reason(EligibilityReason::Inactive, kA42,
                          QCoreApplication::translate("Eligibility", "No longer works for the body (marked inactive)."));
    if (!a.isAuditor())
        reasons << reason(EligibilityReason::NotAnAuditor, kA42,
                          QCoreApplication::translate("Eligibility", "A technical expert supports an audit team but is not an auditor and does not count as one."));
    checkRegistration(a, request, &reasons);
    checkQualification(a, request, &reasons);
    checkConflicts(a, request, parameters, &reasons);
    checkImpartiality(a, request, &reasons);
    return reasons;
}

QString hoursText(double hours) { return QLocale().toString(hours, 'g', 6); }

} // namespace

AuditorEligibility evaluate(const Auditor &auditor, const EligibilityRequest &request, const RuleParameters &parameters)
{
    AuditorEligibility result;
    result.auditorId = auditor.id;
    result.name = auditor.displayName();
    if (!validRange(request)) {
        result.reasons << reason(EligibilityReason::InvalidDates, QStringLiteral("P-dates"),
                                 QCoreApplication::translate("Eligibility", "The audit dates are incomplete or end before they start; enter the first and the last day."));
        return result;
    }
    result.reasons = personalReasons(auditor, request, parameters);
    for (const QString &code : request.scopeClasses)
        if (const auto missing = competenceReason(auditor, request, code))
            result.reasons << *missing;
    result.eligible = result.reasons.isEmpty();
    result.mayLead = result.eligible && auditor.mayLead();
    return result;
}

QList<AuditorEligibility> evaluate(const QList<Auditor> &auditors, const EligibilityRequest &request,
                                   const RuleParameters &parameters)
{
    QList<AuditorEligibility> results;
    results.reserve(auditors.size());
    for (const Auditor &auditor : auditors)
        results << evaluate(auditor, request, parameters);
    return results;
}

QList<RuleFinding> checkTeam(const QList<Auditor> &team, const EligibilityRequest &request, const RuleParameters &parameters)
{
    QList<RuleFinding> findings;
    auto error = [&findings](const QString &rule, const QString &message, qint64 auditorId = 0) {
        findings << RuleFinding{rule, RuleFinding::Error, message,
                                auditorId ? &AuditorFields::auditor() : nullptr, auditorId};
    };
    if (!validRange(request)) {
        error(QStringLiteral("P-dates"), QCoreApplication::translate("Eligibility", "The audit dates are incomplete or end before they start; enter the first and the last day."));
        return findings;
    }
    if (team.isEmpty()) {
        error(kA42, QCoreApplication::translate("Eligibility", "The audit team has no members."));
        return findings;
    }

    QList<const Auditor *> usable;   // auditors with no personal reason against them
    bool anyAuditor = false;
    for (const Auditor &member : team) {
        anyAuditor = anyAuditor || member.isAuditor();
        const QList<EligibilityReason> reasons = personalReasons(member, request, parameters);
        for (const EligibilityReason &r : reasons) {
            if (r.kind == EligibilityReason::NotAnAuditor)
                continue;   // experts may join a team; they just do not count as auditors
            error(r.rule, QStringLiteral("%1: %2").arg(member.displayName(), r.message), member.id);
        }
        if (reasons.isEmpty())
            usable << &member;
    }
    if (!anyAuditor) {
        error(kA42, QCoreApplication::translate("Eligibility", "The audit team has no auditor; technical experts cannot audit on their own."));
        return findings;
    }
    if (std::none_of(usable.cbegin(), usable.cend(), [](const Auditor *a) { return a->mayLead(); }))
        error(kA42, QCoreApplication::translate("Eligibility", "No member may lead the team: it needs an auditor or senior auditor who meets every condition on every audit day."));
    for (const QString &code : request.scopeClasses) {
        const bool covered = std::any_of(usable.cbegin(), usable.cend(),
                                         [&](const Auditor *a) { return !competenceReason(*a, request, code); });
        if (!covered)
            error(kA42, QCoreApplication::translate("Eligibility", "No auditor of the team who meets every other condition has confirmed competence for scope class %1.")
                            .arg(className(request, code)));
    }
    return findings;
}

std::optional<RuleFinding> checkEducation(const Auditor &auditor, int year, const RuleParameters &parameters)
{
    if (!auditor.active || !auditor.isAuditor())
        return std::nullopt;
    const QDate first(year, 1, 1);
    const QDate last(year, 12, 31);
    if (!auditor.registrationValidFrom.isValid() || !auditor.registrationValidTo.isValid()
        || auditor.registrationValidFrom > last || auditor.registrationValidTo < first)
        return std::nullopt;
    const double hours = auditor.educationHours(year);
    const double minimum = parameters.educationMinHours();
    if (hours + 1e-9 >= minimum)
        return std::nullopt;
    return RuleFinding{kA44, RuleFinding::Warning,
                       QCoreApplication::translate("Eligibility", "%1: %2 hours of continuing education recorded for %3; the body's minimum is %4 hours a year.")
                           .arg(auditor.displayName(), hoursText(hours)).arg(year).arg(hoursText(minimum)),
                       &AuditorFields::auditor(), auditor.id};
}

QList<RuleFinding> auditorFindings(const QList<Auditor> &auditors, const QDate &today, const RuleParameters &parameters)
{
    QList<RuleFinding> findings;
    const RecordSpec *record = &AuditorFields::auditor();
    auto warn = [&](const QString &rule, const Auditor &a, const QString &message) {
        findings << RuleFinding{rule, RuleFinding::Warning, QStringLiteral("%1: %2").arg(a.displayName(), message), record, a.id};
    };
    for (const Auditor &a : auditors) {
        if (!a.active)
            continue;
        if (a.isAuditor()) {
            if (a.registrationNumber.trimmed().isEmpty() || !a.registrationValidTo.isValid())
                warn(kA42, a, QCoreApplication::translate("Eligibility", "no registration (number and validity) is recorded; the auditor cannot be put on a team."));
            else if (a.registrationValidTo < today)
                warn(kA42, a, QCoreApplication::translate("Eligibility", "the registration %1 expired on %2; record the renewal or mark the auditor inactive.")
                                  .arg(a.registrationNumber.trimmed(), iso(a.registrationValidTo)));
            if (!a.qualificationConfirmedOn.isValid())
                warn(kA42, a, QCoreApplication::translate("Eligibility", "the body has not confirmed the qualification."));
        }
        if (!a.impartialitySignedOn.isValid())
            warn(kA43, a, QCoreApplication::translate("Eligibility", "no signed impartiality statement is recorded."));
        if (const auto education = checkEducation(a, today.year() - 1, parameters))
            findings << *education;
    }
    return findings;
}

} // namespace Eligibility
