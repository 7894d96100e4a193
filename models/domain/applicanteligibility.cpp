#include "applicanteligibility.h"

#include "domain/displayformat.h"

#include <QCoreApplication>

namespace ApplicantEligibility {

namespace {

// "reason (E4)." — the reason without its final stop.
QString withRule(const QString &reason, const QString &rule)
{
    return QCoreApplication::translate("ApplicantEligibility", "%1 (%2).", "a reason and its rule ID").arg(reason, rule);
}

Condition stated(const char *id, const Stated &s)
{
    const QString rule = QLatin1String(id);
    if (!s.state || *s.state == State::Unknown)
        return {rule, State::Unknown, QCoreApplication::translate("ApplicantEligibility", "Not stated yet (%1).").arg(rule)};
    QString message = QCoreApplication::translate("ApplicantEligibility", "Stated: %1").arg(stateText(*s.state));
    if (!s.evidence.trimmed().isEmpty())
        message = QCoreApplication::translate("ApplicantEligibility", "%1; %2", "stated state; evidence")
                      .arg(message, s.evidence.trimmed());
    return {rule, *s.state, withRule(message, rule)};
}

// A condition met when the event lies at least `months` before A: E4, E5, E8 and E9.
// `none` is the state when the event never happened.
Condition longEnoughAgo(const char *id, const DateFact &fact, const QDate &a, int months, State none,
                        const QString &what, const QString &noneText, bool rectified = false)
{
    const QString rule = QLatin1String(id);
    if (!fact.given)
        return {rule, State::Unknown, QCoreApplication::translate("ApplicantEligibility", "Not stated whether %1 (%2).").arg(what, rule)};
    if (!fact.date.isValid())
        return {rule, none, withRule(noneText, rule)};
    const QString date = DisplayFormat::date(fact.date);
    if (fact.date > a)
        return {rule, State::NotMet,
                QCoreApplication::translate("ApplicantEligibility", "The date given (%1) is after the application was received (%2).")
                    .arg(date, rule)};
    const QString ago = elapsedText(elapsed(fact.date, a));
    if (fact.date <= a.addMonths(-months))
        return {rule, State::Met,
                QCoreApplication::translate("ApplicantEligibility", "On %1, %2 before the application; at least %3 needed (%4).")
                    .arg(date, ago, QCoreApplication::translate("ApplicantEligibility", "%n month(s)", nullptr, months), rule)};
    if (rectified)
        return {rule, State::Met,
                QCoreApplication::translate("ApplicantEligibility", "On %1, only %2 before the application, but rectified (%3).")
                    .arg(date, ago, rule)};
    return {rule, State::NotMet,
            QCoreApplication::translate("ApplicantEligibility", "On %1, only %2 before the application; at least %3 needed (%4).")
                .arg(date, ago, QCoreApplication::translate("ApplicantEligibility", "%n month(s)", nullptr, months), rule)};
}

Condition blocking(const char *id, const std::optional<bool> &fact, const QString &yes, const QString &no,
                   const QString &what)
{
    const QString rule = QLatin1String(id);
    if (!fact)
        return {rule, State::Unknown, QCoreApplication::translate("ApplicantEligibility", "Not stated whether %1 (%2).").arg(what, rule)};
    if (*fact)
        return {rule, State::NotMet, withRule(yes, rule + QStringLiteral(", R-5.2.2"))};
    return {rule, State::Met, withRule(no, rule)};
}

} // namespace

QString stateKey(State state)
{
    switch (state) {
    case State::Met: return QStringLiteral("met");
    case State::NotMet: return QStringLiteral("not_met");
    case State::NotApplicable: return QStringLiteral("not_applicable");
    case State::Unknown: break;
    }
    return QStringLiteral("unknown");
}

std::optional<State> stateFromKey(const QString &key)
{
    for (State s : {State::Met, State::NotMet, State::NotApplicable, State::Unknown})
        if (stateKey(s) == key)
            return s;
    return std::nullopt;
}

QString stateText(State state)
{
    switch (state) {
    case State::Met: return QCoreApplication::translate("ApplicantEligibility", "met");
    case State::NotMet: return QCoreApplication::translate("ApplicantEligibility", "not met");
    case State::NotApplicable: return QCoreApplication::translate("ApplicantEligibility", "not applicable");
    case State::Unknown: break;
    }
    return QCoreApplication::translate("ApplicantEligibility", "unknown");
}

MonthsAndDays elapsed(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        return {};
    if (from > to)
        return {0, int(to.daysTo(from)) * -1};
    int months = 0;
    // At most one step a month; a cycle of years is a few dozen steps.
    while (from <= to.addMonths(-(months + 1)))
        ++months;
    return {months, int(from.daysTo(to.addMonths(-months)))};
}

QString elapsedText(const MonthsAndDays &e)
{
    if (e.months == 0)
        return QCoreApplication::translate("ApplicantEligibility", "%n day(s)", nullptr, e.days);
    if (e.days == 0)
        return QCoreApplication::translate("ApplicantEligibility", "%n month(s)", nullptr, e.months);
    return QCoreApplication::translate("ApplicantEligibility", "%1 %2", "months and days")
        .arg(QCoreApplication::translate("ApplicantEligibility", "%n month(s)", nullptr, e.months), QCoreApplication::translate("ApplicantEligibility", "%n day(s)", nullptr, e.days));
}

QList<Condition> evaluate(const Facts &f, const QDate &a, const RuleParameters &p)
{
    QList<Condition> out;
    out << stated("E1", f.legalPerson);
    out << stated("E2", f.permits);

    // E3: operating for at least N months by A.
    {
        const QString rule = QStringLiteral("E3");
        const int months = p.operatingMonths();
        if (!f.operatingSince.given || !f.operatingSince.date.isValid()) {
            out << Condition{rule, State::Unknown,
                             QCoreApplication::translate("ApplicantEligibility", "The date since when the ISMS and CSISMS operate is "
                                                                  "not given (E3).")};
        } else if (f.operatingSince.date > a) {
            out << Condition{rule, State::NotMet,
                             QCoreApplication::translate("ApplicantEligibility", "The ISMS and CSISMS operate only from %1, after the "
                                                                  "application was received (E3).")
                                 .arg(DisplayFormat::date(f.operatingSince.date))};
        } else {
            const QString operating = elapsedText(elapsed(f.operatingSince.date, a));
            const bool met = f.operatingSince.date <= a.addMonths(-months);
            out << Condition{rule, met ? State::Met : State::NotMet,
                             (met ? QCoreApplication::translate("ApplicantEligibility", "Operating for %1; at least %2 needed (E3).")
                                  : QCoreApplication::translate("ApplicantEligibility", "Operating for only %1; at least %2 needed (E3)."))
                                 .arg(operating, QCoreApplication::translate("ApplicantEligibility", "%n month(s)", nullptr, months))};
        }
    }
    out << longEnoughAgo("E4", f.formerSuspension, a, p.formerSuspensionMonths(), State::NotApplicable,
                         QCoreApplication::translate("ApplicantEligibility", "a former body suspended or withdrew a certificate"),
                         QCoreApplication::translate("ApplicantEligibility", "No former certificate was suspended or withdrawn for the applicant's own reasons"));
    out << longEnoughAgo("E5", f.formerBodyWithdrawn, a, p.formerBodyWithdrawnMonths(), State::NotApplicable,
                         QCoreApplication::translate("ApplicantEligibility", "a former body lost its CSISMS qualification"),
                         QCoreApplication::translate("ApplicantEligibility", "No former body lost its CSISMS qualification"));
    out << blocking("E6", f.orderedToSuspend,
                    QCoreApplication::translate("ApplicantEligibility", "Ordered by a regulator to suspend business for rectification: the application cannot be accepted"),
                    QCoreApplication::translate("ApplicantEligibility", "Not ordered to suspend business for rectification"),
                    QCoreApplication::translate("ApplicantEligibility", "a regulator ordered business suspended for rectification"));
    out << blocking("E7", f.onDishonestyList,
                    QCoreApplication::translate("ApplicantEligibility", "On the national serious-violation or dishonesty lists: the application cannot be accepted"),
                    QCoreApplication::translate("ApplicantEligibility", "Not on the national serious-violation or dishonesty lists"),
                    QCoreApplication::translate("ApplicantEligibility", "the applicant is on the national serious-violation or dishonesty lists"));
    out << longEnoughAgo("E8", f.majorIncident, a, p.incidentMonths(), State::Met,
                         QCoreApplication::translate("ApplicantEligibility", "a major information security incident led to an order to stop"),
                         QCoreApplication::translate("ApplicantEligibility", "No major information security incident with an order to stop for rectification"));
    out << longEnoughAgo("E9", f.failedSpotCheck, a, p.spotCheckMonths(), State::Met,
                         QCoreApplication::translate("ApplicantEligibility", "a national spot check was failed"), QCoreApplication::translate("ApplicantEligibility", "No failed national spot check"),
                         f.spotCheckRectified);
    out << stated("E10", f.other);
    return out;
}

QList<RuleFinding> reviewFindings(const QList<Condition> &conditions)
{
    QList<RuleFinding> findings;
    for (const Condition &c : conditions) {
        if ((c.id == QLatin1String("E6") || c.id == QLatin1String("E7")) && c.state == State::NotMet) {
            RuleFinding f;
            f.rule = QStringLiteral("R-5.2.2");
            f.message = QCoreApplication::translate("ApplicantEligibility", "%1 is not met, so the application must be refused "
                                                             "(R-5.2.2): %2")
                            .arg(c.id, c.message);
            findings << f;
        }
    }
    for (const Condition &c : conditions) {
        if (c.state != State::NotMet && c.state != State::Unknown)
            continue;
        RuleFinding f;
        f.rule = QStringLiteral("R-5.2.3");
        f.message = (c.state == State::NotMet
                         ? QCoreApplication::translate("ApplicantEligibility", "%1 is not met, so the application cannot be accepted "
                                                                "(R-5.2.3 (1)): %2")
                         : QCoreApplication::translate("ApplicantEligibility", "%1 is not known yet, so the application cannot be "
                                                                "accepted (R-5.2.3 (1)): %2"))
                        .arg(c.id, c.message);
        findings << f;
    }
    return findings;
}

QString conditionLine(const Condition &c)
{
    const QString mark = c.state == State::Met || c.state == State::NotApplicable ? QStringLiteral("✓")
                         : c.state == State::NotMet                               ? QStringLiteral("✗")
                                                                                  : QStringLiteral("?");
    return QStringLiteral("%1 %2 %3: %4").arg(mark, c.id, stateText(c.state), c.message);
}

} // namespace ApplicantEligibility
