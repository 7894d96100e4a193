#include "ruleparameters.h"

#include <QLocale>

#include <cmath>

namespace {

using D = ParameterDefinition;

ParameterDefinition define(const char *key, D::Section section, QStringList rules, D::Unit unit,
                           double defaultValue, double minimum, double maximum, bool integral,
                           const char *meaning)
{
    return ParameterDefinition{QLatin1String(key), section, std::move(rules), unit, defaultValue,
                               minimum, maximum, integral, meaning};
}

// Defaults: RULES.md and the seed rules (5.1.2, 5.4.1.4), ISO/IEC 17021-1 and ISO/IEC 27006
// (iso27006-audit-time.json "rules"), unless noted.
QList<ParameterDefinition> makeDefinitions()
{
    namespace K = ParameterKey;
    return {
        // Application (5.1.2): the computed eligibility conditions.
        define(K::OperatingMonths, D::Application, {QStringLiteral("E3")}, D::Months, 3, 0, 60, true,
               QT_TRANSLATE_NOOP("RuleParameters", "The applicant's ISMS and CSISMS have operated for at least this "
                                                   "many months before the application (condition E3).")),
        define(K::FormerSuspensionMonths, D::Application, {QStringLiteral("E4")}, D::Months, 12, 0, 120, true,
               QT_TRANSLATE_NOOP("RuleParameters", "A certificate that a former body suspended or withdrew for the "
                                                   "applicant's own reasons was suspended or withdrawn at least this "
                                                   "many months before the application (condition E4).")),
        define(K::FormerBodyWithdrawnMonths, D::Application, {QStringLiteral("E5")}, D::Months, 3, 0, 120, true,
               QT_TRANSLATE_NOOP("RuleParameters", "If the former certification body lost its CSISMS qualification, "
                                                   "that happened at least this many months before the application "
                                                   "(condition E5).")),
        define(K::IncidentMonths, D::Application, {QStringLiteral("E8")}, D::Months, 12, 0, 120, true,
               QT_TRANSLATE_NOOP("RuleParameters", "No major information security incident with an order to stop for "
                                                   "rectification within this many months before the application "
                                                   "(condition E8).")),
        define(K::SpotCheckMonths, D::Application, {QStringLiteral("E9")}, D::Months, 12, 0, 120, true,
               QT_TRANSLATE_NOOP("RuleParameters", "No failed national spot check within this many months before the "
                                                   "application, unless it was rectified (condition E9).")),
        define(K::PenaltyDisclosureYears, D::Application, {QStringLiteral("D7")}, D::Years, 3, 0, 10, true,
               QT_TRANSLATE_NOOP("RuleParameters", "The applicant discloses administrative penalties and failed "
                                                   "national spot checks of this many past years (document D7).")),
        define(K::SpotCheckDisclosureMonths, D::Application, {QStringLiteral("D7")}, D::Months, 12, 0, 120, true,
               QT_TRANSLATE_NOOP("RuleParameters", "The applicant discloses other failed information security checks "
                                                   "of this many past months (document D7).")),
        // Audit time (5.2, ISO/IEC 27006).
        define(K::MaxTotalReductionPercent, D::AuditTime, {QStringLiteral("5.2")}, D::Percent, 30, 0, 100, false,
               QT_TRANSLATE_NOOP("RuleParameters", "Largest total reduction of the audit time taken from the "
                                                   "ISO/IEC 27006 table.")),
        define(K::MinOnsitePercent, D::AuditTime, {QStringLiteral("5.2")}, D::Percent, 80, 0, 100, false,
               QT_TRANSLATE_NOOP("RuleParameters", "Smallest share of the audit time spent on site.")),
        define(K::SurveillanceFraction, D::AuditTime, {QStringLiteral("5.2")}, D::Fraction, 1.0 / 3.0, 0, 1, false,
               QT_TRANSLATE_NOOP("RuleParameters", "Time of a surveillance audit as a fraction of the initial audit "
                                                   "time.")),
        define(K::RecertificationFraction, D::AuditTime, {QStringLiteral("5.2")}, D::Fraction, 2.0 / 3.0, 0, 1, false,
               QT_TRANSLATE_NOOP("RuleParameters", "Time of a recertification audit as a fraction of the initial "
                                                   "audit time.")),
        define(K::Stage1Share, D::AuditTime, {QStringLiteral("5.2")}, D::Fraction, 0.3, 0, 1, false,
               QT_TRANSLATE_NOOP("RuleParameters", "Share of the initial audit time given to stage 1 when the "
                                                   "reviewer sets no figure of their own.")),
        define(K::AuditHoursPerDay, D::AuditTime, {QStringLiteral("5.2")}, D::Hours, 8, 1, 24, true,
               QT_TRANSLATE_NOOP("RuleParameters", "Hours in one auditor day.")),
        // Audit programme (5.4.1).
        define(K::CycleYears, D::Programme, {QStringLiteral("P-5.4.1.2"), QStringLiteral("P-recert"), QStringLiteral("P-dates")},
               D::Years, 3, 1, 10, true,
               QT_TRANSLATE_NOOP("RuleParameters", "Length of a certification cycle: the certificate expires this many "
                                                   "years after the decision, less one day.")),
        define(K::FirstSurveillanceMonths, D::Programme, {QStringLiteral("P-5.4.1.4-first")}, D::Months, 12, 1, 36, true,
               QT_TRANSLATE_NOOP("RuleParameters", "The first surveillance audit ends within this many months of the "
                                                   "certification decision.")),
        define(K::SurveillanceIntervalMonths, D::Programme, {QStringLiteral("P-5.4.1.4-interval")}, D::Months, 15, 1, 36, true,
               QT_TRANSLATE_NOOP("RuleParameters", "Longest time between the ends of two consecutive surveillance "
                                                   "audits.")),
        define(K::RecertificationWarningDays, D::Programme, {QStringLiteral("P-recert")}, D::Days, 30, 0, 365, true,
               QT_TRANSLATE_NOOP("RuleParameters", "A recertification audit ending less than this many days before "
                                                   "the expiry date is a warning.")),
        // P-sites (IAF MD 1: a sample of ⌈√n⌉ sites at the initial audit, ⌈0.6·√n⌉ at a
        // surveillance, ⌈0.8·√n⌉ at a recertification).
        define(K::SitesStage2Factor, D::Programme, {QStringLiteral("P-sites")}, D::Fraction, 1.0, 0, 1, false,
               QT_TRANSLATE_NOOP("RuleParameters", "For a client with n sites, stage 2 visits at least this factor "
                                                   "times √n of them, rounded up.")),
        define(K::SitesSurveillanceFactor, D::Programme, {QStringLiteral("P-sites")}, D::Fraction, 0.6, 0, 1, false,
               QT_TRANSLATE_NOOP("RuleParameters", "For a client with n sites, each surveillance audit visits at "
                                                   "least this factor times √n of them, rounded up.")),
        define(K::SitesRecertificationFactor, D::Programme, {QStringLiteral("P-sites")}, D::Fraction, 0.8, 0, 1, false,
               QT_TRANSLATE_NOOP("RuleParameters", "For a client with n sites, the recertification audit visits at "
                                                   "least this factor times √n of them, rounded up.")),
        // Certificates.
        define(K::SuspensionMaxMonths, D::Certificates, {QStringLiteral("C-suspend-max")}, D::Months, 6, 1, 24, true,
               QT_TRANSLATE_NOOP("RuleParameters", "Longest suspension of a certificate; then it must be restored or "
                                                   "withdrawn.")),
        // Findings: a nonconformity is corrected and verified within these many days of the
        // audit's last day (the body's practice: 30 days for a major one, 90 for a minor one).
        define(K::MajorCorrectionDays, D::Certificates, {QStringLiteral("F-correction")}, D::Days, 30, 1, 365, true,
               QT_TRANSLATE_NOOP("RuleParameters", "A major nonconformity is corrected and its correction verified "
                                                   "within this many days of the audit's last day.")),
        define(K::MinorCorrectionDays, D::Certificates, {QStringLiteral("F-correction")}, D::Days, 90, 1, 365, true,
               QT_TRANSLATE_NOOP("RuleParameters", "A minor nonconformity has an accepted corrective-action plan "
                                                   "within this many days of the audit's last day.")),
        // People (4).
        define(K::ConflictLookbackMonths, D::People, {QStringLiteral("A-4.3")}, D::Months, 24, 0, 120, true,
               QT_TRANSLATE_NOOP("RuleParameters", "A declared relation with a client (such as consultancy) that ended "
                                                   "less than this many months before an audit keeps the auditor off "
                                                   "that audit.")),
        // Default 20 h: CCAA's continuing-education expectation for registered auditors is
        // commonly quoted as 16 to 20 class hours a year; the body sets its own minimum.
        define(K::EducationMinHours, D::People, {QStringLiteral("A-4.4")}, D::Hours, 20, 0, 500, false,
               QT_TRANSLATE_NOOP("RuleParameters", "The body's minimum of continuing-education hours per auditor and "
                                                   "calendar year; fewer is a warning.")),
        define(K::RegistrationWarningDays, D::People, {QStringLiteral("A-4.2")}, D::Days, 60, 0, 730, true,
               QT_TRANSLATE_NOOP("RuleParameters", "An auditor registration that expires within this many days is "
                                                   "shown as due for renewal.")),
        // Records.
        define(K::RecordRetentionYears, D::Records, {QStringLiteral("Records")}, D::Years, 2, 0, 50, true,
               QT_TRANSLATE_NOOP("RuleParameters", "Records are kept at least this many years after a certificate "
                                                   "expires, is withdrawn or is cancelled (and at least for the "
                                                   "current cycle plus one full cycle).")),
        // Files the program reads: larger ones are refused before they are read whole.
        define(K::ImportFileMaxMiB, D::Files, {}, D::Mebibytes, 64, 1, 2048, true,
               QT_TRANSLATE_NOOP("RuleParameters", "Largest file that Import reads (client lists); a larger file is "
                                                   "refused before it is read.")),
        define(K::AttachmentMaxMiB, D::Files, {QStringLiteral("5.1")}, D::Mebibytes, 20, 1, 512, true,
               QT_TRANSLATE_NOOP("RuleParameters", "Largest file that can be attached to an application's document; "
                                                   "a larger file is refused and nothing is stored.")),
        // The Due page (start page) and `csisms due`.
        define(K::DueDays, D::Due, {}, D::Days, 30, 1, 730, true,
               QT_TRANSLATE_NOOP("RuleParameters", "The Due page shows what needs a person within this many days "
                                                   "(and everything already late).")),
    };
}

} // namespace

QString ParameterDefinition::meaning() const { return tr(meaningSource); }

QString ParameterDefinition::unitText() const
{
    switch (unit) {
    case Years: return tr("years");
    case Months: return tr("months");
    case Days: return tr("days");
    case Hours: return tr("hours");
    case Percent: return tr("%");
    case Fraction: return tr("fraction (0 to 1)");
    case Mebibytes: return tr("MiB");
    }
    return QString();
}

QString ParameterDefinition::sectionText() const
{
    switch (section) {
    case Application: return tr("Application");
    case AuditTime: return tr("Audit time");
    case Programme: return tr("Audit programme");
    case Certificates: return tr("Certificates");
    case People: return tr("Auditors");
    case Records: return tr("Records");
    case Files: return tr("Files");
    case Due: return tr("Due page");
    }
    return QString();
}

QString ParameterDefinition::validate(double value) const
{
    if (!std::isfinite(value))
        return tr("Enter a number.");
    if (value < 0) {
        switch (unit) {
        case Years: return tr("A number of years cannot be negative; enter 0 or more.");
        case Months: return tr("A number of months cannot be negative; enter 0 or more.");
        case Days: return tr("A number of days cannot be negative; enter 0 or more.");
        case Hours: return tr("A number of hours cannot be negative; enter 0 or more.");
        case Percent: return tr("A percentage lies between 0 and 100.");
        case Fraction: return tr("A fraction lies between 0 and 1 (for example 0.3333 for one third).");
        case Mebibytes: return tr("A size cannot be negative; enter 1 or more.");
        }
    }
    if (unit == Percent && value > 100)
        return tr("A percentage lies between 0 and 100.");
    if (unit == Fraction && value > 1)
        return tr("A fraction lies between 0 and 1 (for example 0.3333 for one third).");
    if (integral && std::abs(value - std::round(value)) > 1e-9)
        return tr("Enter a whole number of %1.").arg(unitText());
    if (value < minimum - 1e-9 || value > maximum + 1e-9)
        return tr("Enter a value from %1 to %2 %3.").arg(format(minimum), format(maximum), unitText());
    return QString();
}

QString ParameterDefinition::format(double value) const
{
    const QLocale locale;
    if (integral)
        return locale.toString(qRound64(value));
    QString text = locale.toString(value, 'f', unit == Fraction ? 4 : 2);
    const QString point = locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

std::optional<double> ParameterDefinition::parse(const QString &text)
{
    QString t = text.trimmed();
    if (t.endsWith(u'%') || t.endsWith(u'％'))
        t = t.chopped(1).trimmed();
    if (t.isEmpty())
        return std::nullopt;
    auto number = [](const QString &s) -> std::optional<double> {
        bool ok = false;
        double v = QLocale::c().toDouble(s.trimmed(), &ok);
        if (!ok)
            v = QLocale().toDouble(s.trimmed(), &ok);
        return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
    };
    const int slash = t.indexOf(u'/');
    if (slash < 0)
        return number(t);
    const auto numerator = number(t.left(slash));
    const auto denominator = number(t.mid(slash + 1));
    if (!numerator || !denominator || *denominator == 0)
        return std::nullopt;
    return *numerator / *denominator;
}

const QList<ParameterDefinition> &ParameterDefinitions::all()
{
    static const QList<ParameterDefinition> definitions = makeDefinitions();
    return definitions;
}

const ParameterDefinition *ParameterDefinitions::find(const QString &key)
{
    for (const ParameterDefinition &definition : all())
        if (definition.key == key)
            return &definition;
    return nullptr;
}

QString ParameterDefinitions::validate(const QString &key, double value)
{
    const ParameterDefinition *definition = find(key);
    if (!definition)
        return QCoreApplication::translate("RuleParameters", "There is no rule parameter “%1”.").arg(key);
    return definition->validate(value);
}

RuleParameters::RuleParameters()
{
    for (const ParameterDefinition &definition : ParameterDefinitions::all())
        m_values.insert(definition.key, definition.defaultValue);
}

double RuleParameters::value(const QString &key) const
{
    Q_ASSERT_X(m_values.contains(key), "RuleParameters::value", qPrintable(key));
    return m_values.value(key);
}

void RuleParameters::setValue(const QString &key, double value)
{
    if (m_values.contains(key))
        m_values.insert(key, value);
}

bool RuleParameters::isDefault(const QString &key) const
{
    const ParameterDefinition *definition = ParameterDefinitions::find(key);
    return definition && m_values.value(key) == definition->defaultValue;
}

QStringList RuleParameters::problems() const
{
    QStringList problems;
    for (const ParameterDefinition &definition : ParameterDefinitions::all()) {
        const QString message = definition.validate(m_values.value(definition.key));
        if (!message.isEmpty())
            problems << definition.key + QStringLiteral(": ") + message;
    }
    return problems;
}

int RuleParameters::whole(const char *key) const { return int(qRound64(value(QLatin1String(key)))); }
