#include "review.h"

#include "domain/eligibility.h"
#include "domain/textrules.h"

#include <cmath>

using Decision = ApplicationReview::Decision;

AuditTime::Input ApplicationReview::auditTimeInput(const Application &application) const
{
    AuditTime::Input input = application.auditTimeInput();
    for (const ReviewAdjustment &a : adjustments)
        input.adjustments << AuditTime::Adjustment{a.percent, a.reason};
    input.onsitePercent = onsitePercent;
    input.stage1Days = stage1Days;
    input.manualTableDays = manualTableDays;
    return input;
}

namespace ReviewFields {

const RecordSpec &review()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Application review"), {
        {"application_id", QT_TRANSLATE_NOOP("Fields", "Application")},
        {"reviewer", QT_TRANSLATE_NOOP("Fields", "Reviewer"), 200},
        {"reviewed_on", QT_TRANSLATE_NOOP("Fields", "Reviewed on")},
        {"planned_from", QT_TRANSLATE_NOOP("Fields", "Audit planned from")},
        {"planned_to", QT_TRANSLATE_NOOP("Fields", "Audit planned to")},
        {"onsite_percent", QT_TRANSLATE_NOOP("Fields", "On-site share (%)")},
        {"stage1_days", QT_TRANSLATE_NOOP("Fields", "Stage 1 days set by the reviewer")},
        {"manual_table_days", QT_TRANSLATE_NOOP("Fields", "Table days set by the reviewer")},
        {"parties_agreed", QT_TRANSLATE_NOOP("Fields", "The parties agree")},
        {"agreed_on", QT_TRANSLATE_NOOP("Fields", "Agreed on")},
        {"decision", QT_TRANSLATE_NOOP("Fields", "Decision")},
        {"reasons", QT_TRANSLATE_NOOP("Fields", "Reasons"), 4000, true},
        {"effective_personnel", QT_TRANSLATE_NOOP("Fields", "Effective personnel")},
        {"table_days", QT_TRANSLATE_NOOP("Fields", "Table days")},
        {"adjusted_days", QT_TRANSLATE_NOOP("Fields", "Adjusted days")},
        {"stage1_result_days", QT_TRANSLATE_NOOP("Fields", "Stage 1 days")},
        {"stage2_days", QT_TRANSLATE_NOOP("Fields", "Stage 2 days")},
        {"onsite_days", QT_TRANSLATE_NOOP("Fields", "On-site days")},
        {"surveillance_days", QT_TRANSLATE_NOOP("Fields", "Surveillance days")},
        {"recertification_days", QT_TRANSLATE_NOOP("Fields", "Recertification days")},
        {"finalised_on", QT_TRANSLATE_NOOP("Fields", "Finalised on")},
        {"finalised_by", QT_TRANSLATE_NOOP("Fields", "Finalised by"), 200},
        {"supersedes_id", QT_TRANSLATE_NOOP("Fields", "Supersedes review")},
        {"notes", QT_TRANSLATE_NOOP("Fields", "Notes"), 20000, true},
    }, "reviewed_on"};
    return spec;
}

const RecordSpec &adjustment()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Audit-time adjustment"), {
        {"percent", QT_TRANSLATE_NOOP("Fields", "Percent")},
        {"reason", QT_TRANSLATE_NOOP("Fields", "Reason"), 400},
    }, "reason"};
    return spec;
}

} // namespace ReviewFields

namespace ReviewRules {

QList<Decision> decisions() { return {Decision::None, Decision::Accept, Decision::Refuse, Decision::Supplement}; }

QString decisionKey(Decision decision)
{
    switch (decision) {
    case Decision::Accept: return QStringLiteral("accept");
    case Decision::Refuse: return QStringLiteral("refuse");
    case Decision::Supplement: return QStringLiteral("supplement");
    case Decision::None: break;
    }
    return QStringLiteral("none");
}

std::optional<Decision> decisionFromKey(const QString &key)
{
    for (Decision d : decisions())
        if (decisionKey(d) == key)
            return d;
    return std::nullopt;
}

QString decisionText(Decision decision)
{
    switch (decision) {
    case Decision::Accept: return QCoreApplication::translate("ReviewRules", "accept");
    case Decision::Refuse: return QCoreApplication::translate("ReviewRules", "refuse");
    case Decision::Supplement: return QCoreApplication::translate("ReviewRules", "request supplement");
    case Decision::None: break;
    }
    return QCoreApplication::translate("ReviewRules", "not decided yet");
}

QList<Competence> competence(const QList<Auditor> &auditors, qint64 clientId, const QStringList &scopeClasses,
                             const QDate &from, const QDate &to, const RuleParameters &parameters)
{
    QList<Competence> result;
    for (const QString &code : scopeClasses) {
        Competence c{code, {}};
        if (from.isValid() && to.isValid() && from <= to) {
            EligibilityRequest request{clientId, {code}, from, to, {}};
            for (const AuditorEligibility &e : Eligibility::evaluate(auditors, request, parameters))
                if (e.eligible)
                    c.qualified << e.name;
        }
        result << c;
    }
    return result;
}

QList<RuleFinding> Checks::blocking() const
{
    QList<RuleFinding> errors;
    for (const RuleFinding &f : findings)
        if (f.severity == RuleFinding::Error)
            errors << f;
    return errors;
}

Checks check(const ApplicationReview &review, const Application &application, const QList<Auditor> &auditors,
             const QList<AuditTimeRow> &rows, const RuleParameters &parameters)
{
    Checks c;
    const RecordSpec *spec = &ReviewFields::review();
    const auto error = [&](const QString &rule, const QString &message) {
        c.findings << RuleFinding{rule, RuleFinding::Error, message, spec, review.id};
    };
    if (application.receivedOn.isValid()) {
        c.conditions = ApplicantEligibility::evaluate(application.eligibility, application.receivedOn, parameters);
        for (RuleFinding f : ApplicantEligibility::reviewFindings(c.conditions)) {
            f.record = spec;
            f.rowId = review.id;
            c.findings << f;
        }
    }
    // (2) competence for every requested class over the planned audit period.
    if (application.scopeClasses.isEmpty())
        error(QStringLiteral("R-5.2.3"), QCoreApplication::translate("ReviewRules", "The application names no scope class, so "
                                                                                     "competence cannot be checked (R-5.2.3 (2))."));
    else if (!review.plannedFrom.isValid() || !review.plannedTo.isValid() || review.plannedTo < review.plannedFrom)
        error(QStringLiteral("R-5.2.3"), QCoreApplication::translate("ReviewRules", "Enter the planned audit period: competence is "
                                                                                     "checked over it (R-5.2.3 (2))."));
    else {
        c.competence = competence(auditors, application.clientId, application.scopeClasses, review.plannedFrom,
                                  review.plannedTo, parameters);
        for (const Competence &k : std::as_const(c.competence))
            if (k.qualified.isEmpty())
                error(QStringLiteral("R-5.2.3"),
                      QCoreApplication::translate("ReviewRules", "No auditor of the body is qualified for %1 from %2 to %3: "
                                                                 "none holds a valid registration and a confirmed competence "
                                                                 "for it without a conflict with the client (R-5.2.3 (2)).")
                          .arg(k.scopeClass, review.plannedFrom.toString(Qt::ISODate), review.plannedTo.toString(Qt::ISODate)));
    }
    // (3) the parties agree.
    if (!review.partiesAgreed || !review.agreedOn.isValid())
        error(QStringLiteral("R-5.2.3"), QCoreApplication::translate("ReviewRules", "The parties' agreement is not recorded: tick it "
                                                                                     "with its date (R-5.2.3 (3))."));
    for (const FieldProblem &p : ApplicationRules::validate(application))
        if (p.rule == QLatin1String("R-5.2.4"))
            error(p.rule, p.message);
    // Audit time.
    const AuditTime::Input input = review.auditTimeInput(application);
    c.auditTimeProblems = AuditTime::validate(input);
    if (c.auditTimeProblems.isEmpty()) {
        c.auditTime = AuditTime::calculate(input, rows, parameters);
        for (RuleFinding f : c.auditTime->findings) {
            f.record = spec;
            f.rowId = review.id;
            c.findings << f;
        }
    } else {
        error(QStringLiteral("AT-table"), QCoreApplication::translate("ReviewRules", "The audit time cannot be computed: %1")
                                              .arg(c.auditTimeProblems.first().message));
    }
    return c;
}

QList<FieldProblem> validate(const ApplicationReview &r)
{
    QList<FieldProblem> problems;
    const auto add = [&problems](const QString &field, const QString &message, const QString &rule = {}) {
        problems << FieldProblem{field, message, rule};
    };
    if (!r.reviewedOn.isValid())
        add(QStringLiteral("reviewed_on"), QCoreApplication::translate("ReviewRules", "Enter the date of the review."));
    if (r.plannedFrom.isValid() && r.plannedTo.isValid() && r.plannedTo < r.plannedFrom)
        add(QStringLiteral("planned_to"), QCoreApplication::translate("ReviewRules", "The planned audit cannot end before it starts."));
    if (!std::isfinite(r.onsitePercent) || r.onsitePercent < 0 || r.onsitePercent > 100)
        add(QStringLiteral("onsite_percent"), QCoreApplication::translate("ReviewRules", "The on-site share is a percentage from 0 to 100."));
    if (r.stage1Days && (!std::isfinite(*r.stage1Days) || *r.stage1Days < 0))
        add(QStringLiteral("stage1_days"), QCoreApplication::translate("ReviewRules", "Stage 1 days are a number of at least 0, or empty for the usual share."));
    if (r.manualTableDays && (!std::isfinite(*r.manualTableDays) || *r.manualTableDays <= 0))
        add(QStringLiteral("manual_table_days"), QCoreApplication::translate("ReviewRules", "The days set by hand are a number above 0."));
    if (r.partiesAgreed && !r.agreedOn.isValid())
        add(QStringLiteral("agreed_on"), QCoreApplication::translate("ReviewRules", "Enter the date the parties agreed."));
    for (int i = 0; i < r.adjustments.size(); ++i) {
        const ReviewAdjustment &a = r.adjustments.at(i);
        if (!std::isfinite(a.percent) || a.percent <= -100 || a.percent > 100)
            add(QStringLiteral("adjustments[%1].percent").arg(i),
                QCoreApplication::translate("ReviewRules", "An adjustment is a percentage above −100 and at most 100."));
        if (TextRules::isBlank(a.reason))
            add(QStringLiteral("adjustments[%1].reason").arg(i), QCoreApplication::translate("ReviewRules", "Give the reason for the adjustment."));
        else if (const QString problem = TextRules::problem(a.reason, 400); !problem.isEmpty())
            add(QStringLiteral("adjustments[%1].reason").arg(i), problem);
    }
    for (const auto &[key, text] : {std::pair<const char *, const QString *>{"reasons", &r.reasons}, {"notes", &r.notes}})
        if (const QString problem = TextRules::problem(*text, key == QLatin1String("reasons") ? 4000 : 20000, TextRules::Kind::MultiLine);
            !problem.isEmpty())
            add(QLatin1String(key), problem);
    if ((r.decision == Decision::Refuse || r.decision == Decision::Supplement) && TextRules::isBlank(r.reasons))
        add(QStringLiteral("reasons"), QCoreApplication::translate("ReviewRules", "Give the reasons of the decision: the applicant is "
                                                                                  "told them (R-5.2.5)."), QStringLiteral("R-5.2.5"));
    return problems;
}

QList<FieldProblem> validate(const ApplicationReview &review, const Checks &checks)
{
    QList<FieldProblem> problems = validate(review);
    if (review.decision == Decision::Supplement)
        for (const RuleFinding &f : checks.findings)
            if (f.rule == QLatin1String("R-5.2.2")) {
                problems << FieldProblem{QStringLiteral("decision"),
                                         QCoreApplication::translate("ReviewRules", "An applicant ordered to suspend business or on a "
                                                                                    "dishonesty list is refused, whatever else "
                                                                                    "stands (R-5.2.2): %1").arg(f.message),
                                         f.rule};
                break;
            }
    if (review.decision == Decision::Accept) {
        const QList<RuleFinding> blocking = checks.blocking();
        if (!blocking.isEmpty()) {
            QStringList rules;
            for (const RuleFinding &f : blocking)
                if (!rules.contains(f.rule))
                    rules << f.rule;
            problems << FieldProblem{QStringLiteral("decision"),
                                     QCoreApplication::translate("ReviewRules", "The application cannot be accepted while %n check(s) "
                                                                                "fail (%1): %2", nullptr, int(blocking.size()))
                                         .arg(rules.join(QStringLiteral(", ")), blocking.first().message),
                                     blocking.first().rule};
        }
    }
    return problems;
}

std::optional<ApplicationRules::Status> statusAfter(Decision decision)
{
    switch (decision) {
    case Decision::Accept: return ApplicationRules::Status::Accepted;
    case Decision::Refuse: return ApplicationRules::Status::Refused;
    case Decision::Supplement: return ApplicationRules::Status::SupplementRequested;
    case Decision::None: break;
    }
    return std::nullopt;
}

} // namespace ReviewRules
