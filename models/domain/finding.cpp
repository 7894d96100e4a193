#include "finding.h"

#include "domain/textrules.h"

namespace FindingFields {

const RecordSpec &finding()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Audit finding"), {
        {"grade", QT_TRANSLATE_NOOP("Fields", "Grade")},
        {"requirement", QT_TRANSLATE_NOOP("Fields", "Requirement"), 100},
        {"statement", QT_TRANSLATE_NOOP("Fields", "Finding"), 4000, true},
        {"evidence", QT_TRANSLATE_NOOP("Fields", "Evidence"), 4000, true},
        {"raised_on", QT_TRANSLATE_NOOP("Fields", "Raised on")},
        {"due_on", QT_TRANSLATE_NOOP("Fields", "Correction due")},
        {"correction", QT_TRANSLATE_NOOP("Fields", "Correction"), 4000, true},
        {"corrective_action", QT_TRANSLATE_NOOP("Fields", "Corrective action"), 4000, true},
        {"verdict", QT_TRANSLATE_NOOP("Fields", "Verification")},
        {"verified_on", QT_TRANSLATE_NOOP("Fields", "Verified on")},
        {"verified_by", QT_TRANSLATE_NOOP("Fields", "Verified by")},
    }, "requirement"};
    return spec;
}

} // namespace FindingFields

namespace FindingRules {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("FindingRules", text, disambiguation, n);
}
} // namespace

QString gradeKey(AuditFinding::Grade grade)
{
    switch (grade) {
    case AuditFinding::Grade::Major: return QStringLiteral("major");
    case AuditFinding::Grade::Minor: return QStringLiteral("minor");
    case AuditFinding::Grade::Observation: return QStringLiteral("observation");
    }
    return QString();
}

std::optional<AuditFinding::Grade> gradeFromKey(const QString &key)
{
    for (AuditFinding::Grade g : grades())
        if (gradeKey(g) == key)
            return g;
    return std::nullopt;
}

QString gradeLabel(AuditFinding::Grade grade)
{
    switch (grade) {
    case AuditFinding::Grade::Major: return tr("Major nonconformity");
    case AuditFinding::Grade::Minor: return tr("Minor nonconformity");
    case AuditFinding::Grade::Observation: return tr("Observation");
    }
    return QString();
}

QList<AuditFinding::Grade> grades()
{
    return {AuditFinding::Grade::Major, AuditFinding::Grade::Minor, AuditFinding::Grade::Observation};
}

QString verdictKey(AuditFinding::Verdict verdict)
{
    switch (verdict) {
    case AuditFinding::Verdict::Open: return QStringLiteral("open");
    case AuditFinding::Verdict::Accepted: return QStringLiteral("accepted");
    case AuditFinding::Verdict::Rejected: return QStringLiteral("rejected");
    }
    return QString();
}

std::optional<AuditFinding::Verdict> verdictFromKey(const QString &key)
{
    for (AuditFinding::Verdict v : verdicts())
        if (verdictKey(v) == key)
            return v;
    return std::nullopt;
}

QString verdictLabel(AuditFinding::Verdict verdict, AuditFinding::Grade grade)
{
    switch (verdict) {
    case AuditFinding::Verdict::Open:
        return grade == AuditFinding::Grade::Observation ? tr("No action needed") : tr("Open");
    case AuditFinding::Verdict::Accepted:
        return grade == AuditFinding::Grade::Major ? tr("Verified closed")
               : grade == AuditFinding::Grade::Minor ? tr("Plan accepted") : tr("Noted");
    case AuditFinding::Verdict::Rejected: return tr("Not accepted");
    }
    return QString();
}

QList<AuditFinding::Verdict> verdicts()
{
    return {AuditFinding::Verdict::Open, AuditFinding::Verdict::Accepted, AuditFinding::Verdict::Rejected};
}

QDate deadline(const AuditFinding &finding, const RuleParameters &parameters)
{
    if (!finding.isNonconformity())
        return QDate();
    if (finding.dueOn.isValid())
        return finding.dueOn;
    if (!finding.raisedOn.isValid())
        return QDate();
    return finding.raisedOn.addDays(finding.grade == AuditFinding::Grade::Major ? parameters.majorCorrectionDays()
                                                                                 : parameters.minorCorrectionDays());
}

bool overdue(const AuditFinding &finding, const QDate &today, const RuleParameters &parameters)
{
    const QDate due = deadline(finding, parameters);
    return finding.isOpen() && due.isValid() && due < today;
}

QList<FieldProblem> validate(const AuditFinding &f)
{
    QList<FieldProblem> problems;
    const RecordSpec &spec = FindingFields::finding();
    auto add = [&](const char *key, const QString &message) {
        problems << FieldProblem{QString::fromLatin1(key), message, QString()};
    };
    if (TextRules::isBlank(f.requirement))
        add("requirement", f.isNonconformity()
                               ? tr("Name the requirement the nonconformity is against (a control such as CLD.6.3.1 or a clause).")
                               : tr("Name the requirement the observation concerns."));
    if (TextRules::isBlank(f.statement))
        add("statement", tr("Write what was found."));
    if (!f.raisedOn.isValid())
        add("raised_on", tr("Enter the date the finding was raised (the audit's last day, as a rule)."));
    if (f.dueOn.isValid() && f.raisedOn.isValid() && f.dueOn < f.raisedOn)
        add("due_on", tr("The correction cannot be due before the finding was raised (%1).")
                          .arg(f.raisedOn.toString(Qt::ISODate)));
    if (f.verdict != AuditFinding::Verdict::Open) {
        if (!f.verifiedOn.isValid())
            add("verified_on", tr("Enter the date of the verification."));
        if (f.verifiedBy == 0 && f.verifierName.trimmed().isEmpty())
            add("verified_by", tr("Choose the auditor who verified it."));
    }
    if (f.verifiedOn.isValid() && f.raisedOn.isValid() && f.verifiedOn < f.raisedOn)
        add("verified_on", tr("A finding cannot be verified before it was raised (%1).")
                               .arg(f.raisedOn.toString(Qt::ISODate)));
    if (f.verdict == AuditFinding::Verdict::Accepted && f.grade == AuditFinding::Grade::Major
        && TextRules::isBlank(f.correction))
        add("correction", tr("A major nonconformity is closed only on the client's correction: write what it was."));
    if (f.verdict == AuditFinding::Verdict::Accepted && f.isNonconformity() && TextRules::isBlank(f.correctiveAction))
        add("corrective_action", tr("Write the client's corrective action (or its plan) that was accepted."));
    for (const char *key : {"requirement", "statement", "evidence", "correction", "corrective_action"}) {
        const QString value = key == QLatin1String("requirement") ? f.requirement
                              : key == QLatin1String("statement") ? f.statement
                              : key == QLatin1String("evidence") ? f.evidence
                              : key == QLatin1String("correction") ? f.correction : f.correctiveAction;
        const FieldSpec *field = spec.field(QString::fromLatin1(key));
        if (const QString problem = TextRules::problem(value, field->maxLength,
                                                                 field->multiLine ? TextRules::Kind::MultiLine : TextRules::Kind::SingleLine); !problem.isEmpty())
            add(key, tr("%1 %2").arg(field->labelText(), problem));
    }
    return problems;
}

} // namespace FindingRules
