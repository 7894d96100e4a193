#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Stable keys of the rule parameters (stored in rule_parameters.param_key).
namespace ParameterKey {
inline constexpr char CycleYears[] = "cycle_years";
inline constexpr char FirstSurveillanceMonths[] = "first_surveillance_months";
inline constexpr char SurveillanceIntervalMonths[] = "surveillance_interval_months";
inline constexpr char RecertificationWarningDays[] = "recertification_warning_days";
inline constexpr char SitesStage2Factor[] = "sites_stage2_factor";
inline constexpr char SitesSurveillanceFactor[] = "sites_surveillance_factor";
inline constexpr char SitesRecertificationFactor[] = "sites_recertification_factor";
inline constexpr char OperatingMonths[] = "operating_months";
inline constexpr char FormerSuspensionMonths[] = "former_suspension_months";
inline constexpr char FormerBodyWithdrawnMonths[] = "former_body_withdrawn_months";
inline constexpr char IncidentMonths[] = "incident_months";
inline constexpr char SpotCheckMonths[] = "spot_check_months";
inline constexpr char PenaltyDisclosureYears[] = "penalty_disclosure_years";
inline constexpr char SpotCheckDisclosureMonths[] = "spot_check_disclosure_months";
inline constexpr char MaxTotalReductionPercent[] = "max_total_reduction_percent";
inline constexpr char MinOnsitePercent[] = "min_onsite_percent";
inline constexpr char SurveillanceFraction[] = "surveillance_fraction";
inline constexpr char RecertificationFraction[] = "recertification_fraction";
inline constexpr char Stage1Share[] = "stage1_share";
inline constexpr char AuditHoursPerDay[] = "audit_hours_per_day";
inline constexpr char SuspensionMaxMonths[] = "suspension_max_months";
inline constexpr char MajorCorrectionDays[] = "major_correction_days";
inline constexpr char MinorCorrectionDays[] = "minor_correction_days";
inline constexpr char DueDays[] = "due_days";
inline constexpr char ConflictLookbackMonths[] = "conflict_lookback_months";
inline constexpr char EducationMinHours[] = "education_min_hours";
inline constexpr char RegistrationWarningDays[] = "registration_warning_days";
inline constexpr char RecordRetentionYears[] = "record_retention_years";
inline constexpr char ImportFileMaxMiB[] = "import_file_max_mib";
inline constexpr char AttachmentMaxMiB[] = "attachment_max_mib";
} // namespace ParameterKey

// The definition of one rule parameter: key, the rules that use it, unit, default, limits
// and its meaning (English source text, translated when asked). The values themselves
// live in RuleParameters; the definitions are the program's, the values the body's.
struct ParameterDefinition
{
    Q_DECLARE_TR_FUNCTIONS(RuleParameters)

public:
    enum Section { Application, AuditTime, Programme, Certificates, People, Records, Files, Due };
    enum Unit { Years, Months, Days, Hours, Percent, Fraction, Mebibytes };

    QString key;
    Section section = Programme;
    QStringList rules;      // rule IDs of RULES.md that read it (empty for a limit of the program)
    Unit unit = Months;
    double defaultValue = 0;
    double minimum = 0;
    double maximum = 0;
    bool integral = true;   // whole numbers only
    const char *meaningSource = "";

    QString meaning() const;       // in the user's language
    QString unitText() const;      // "months", "%", ...
    QString sectionText() const;
    // Empty when the value is acceptable, else what is wrong and what to enter.
    QString validate(double value) const;
    // The value as the user sees it (whole numbers without decimals, fractions to 4 places).
    QString format(double value) const;
    // Reads "3", "0.25", "1/3", "30 %" (C or current locale decimals); nullopt if not a number.
    static std::optional<double> parse(const QString &text);
};

// All parameter definitions, in display order, and lookups by key.
class ParameterDefinitions
{
public:
    static const QList<ParameterDefinition> &all();
    static const ParameterDefinition *find(const QString &key);
    // Empty when valid; a message for an unknown key or an unacceptable value.
    static QString validate(const QString &key, double value);
};

// The parameter values the rule functions take as input: every key has a value (its
// default unless set). Rule code reads the typed getters; nothing reads a constant.
class RuleParameters
{
public:
    RuleParameters();   // every parameter at its default
    static RuleParameters defaults() { return RuleParameters(); }

    double value(const QString &key) const;
    // Sets a known key (unknown keys are ignored); validate first with ParameterDefinitions.
    void setValue(const QString &key, double value);
    bool isDefault(const QString &key) const;
    QHash<QString, double> values() const { return m_values; }
    // Every value that fails validation, as "key: message".
    QStringList problems() const;

    int cycleYears() const { return whole(ParameterKey::CycleYears); }
    int firstSurveillanceMonths() const { return whole(ParameterKey::FirstSurveillanceMonths); }
    int surveillanceIntervalMonths() const { return whole(ParameterKey::SurveillanceIntervalMonths); }
    int recertificationWarningDays() const { return whole(ParameterKey::RecertificationWarningDays); }
    // P-sites: an audit visits at least ⌈factor · √n⌉ of a client's n sites (IAF MD 1).
    double sitesStage2Factor() const { return value(QLatin1String(ParameterKey::SitesStage2Factor)); }
    double sitesSurveillanceFactor() const { return value(QLatin1String(ParameterKey::SitesSurveillanceFactor)); }
    double sitesRecertificationFactor() const { return value(QLatin1String(ParameterKey::SitesRecertificationFactor)); }
    int operatingMonths() const { return whole(ParameterKey::OperatingMonths); }                       // E3
    int formerSuspensionMonths() const { return whole(ParameterKey::FormerSuspensionMonths); }         // E4
    int formerBodyWithdrawnMonths() const { return whole(ParameterKey::FormerBodyWithdrawnMonths); }   // E5
    int incidentMonths() const { return whole(ParameterKey::IncidentMonths); }                         // E8
    int spotCheckMonths() const { return whole(ParameterKey::SpotCheckMonths); }                       // E9
    int penaltyDisclosureYears() const { return whole(ParameterKey::PenaltyDisclosureYears); }         // D7
    int spotCheckDisclosureMonths() const { return whole(ParameterKey::SpotCheckDisclosureMonths); }   // D7
    double maxTotalReductionPercent() const { return value(QLatin1String(ParameterKey::MaxTotalReductionPercent)); }
    double minOnsitePercent() const { return value(QLatin1String(ParameterKey::MinOnsitePercent)); }
    double surveillanceFraction() const { return value(QLatin1String(ParameterKey::SurveillanceFraction)); }
    double recertificationFraction() const { return value(QLatin1String(ParameterKey::RecertificationFraction)); }
    double stage1Share() const { return value(QLatin1String(ParameterKey::Stage1Share)); }
    int auditHoursPerDay() const { return whole(ParameterKey::AuditHoursPerDay); }
    int suspensionMaxMonths() const { return whole(ParameterKey::SuspensionMaxMonths); }
    int majorCorrectionDays() const { return whole(ParameterKey::MajorCorrectionDays); }
    int minorCorrectionDays() const { return whole(ParameterKey::MinorCorrectionDays); }
    int dueDays() const { return whole(ParameterKey::DueDays); }
    int conflictLookbackMonths() const { return whole(ParameterKey::ConflictLookbackMonths); }
    double educationMinHours() const { return value(QLatin1String(ParameterKey::EducationMinHours)); }
    int registrationWarningDays() const { return whole(ParameterKey::RegistrationWarningDays); }
    int recordRetentionYears() const { return whole(ParameterKey::RecordRetentionYears); }
    int importFileMaxMiB() const { return whole(ParameterKey::ImportFileMaxMiB); }
    int attachmentMaxMiB() const { return whole(ParameterKey::AttachmentMaxMiB); }

    bool operator==(const RuleParameters &other) const { return m_values == other.m_values; }

private:
    int whole(const char *key) const;
    QHash<QString, double> m_values;
};
