#include "auditor.h"
#include "textrules.h"

#include <QSet>

QString Auditor::displayName() const
{
    const QString zh = nameZh.trimmed();
    const QString en = nameEn.trimmed();
    if (zh.isEmpty())
        return en;
    if (en.isEmpty() || en == zh)
        return zh;
    return QStringLiteral("%1 (%2)").arg(zh, en);
}

bool Auditor::registrationValidOn(const QDate &day) const
{
    return registrationValidFrom.isValid() && registrationValidTo.isValid()
        && registrationValidFrom <= day && day <= registrationValidTo;
}

const AuditorCompetence *Auditor::competence(const QString &scopeClass) const
{
    for (const AuditorCompetence &c : competences)
        if (c.scopeClass == scopeClass)
            return &c;
    return nullptr;
}

double Auditor::educationHours(int year) const
{
    double total = 0;
    for (const EducationEntry &e : education)
        if (e.date.year() == year)
            total += e.hours;
    return total;
}

namespace AuditorFields {

// Column sizes as in migration 0002.
const RecordSpec &auditor()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Auditor"), {
        {"name_zh", QT_TRANSLATE_NOOP("Fields", "Name (Chinese)"), 100},
        {"name_en", QT_TRANSLATE_NOOP("Fields", "Name (English)"), 100},
        {"registration_number", QT_TRANSLATE_NOOP("Fields", "Registration number"), 64},
        {"level", QT_TRANSLATE_NOOP("Fields", "Registration level")},
        {"registration_valid_from", QT_TRANSLATE_NOOP("Fields", "Registration valid from")},
        {"registration_valid_to", QT_TRANSLATE_NOOP("Fields", "Registration valid to")},
        {"qualification_confirmed_on", QT_TRANSLATE_NOOP("Fields", "Qualification confirmed on")},
        {"qualification_confirmed_by", QT_TRANSLATE_NOOP("Fields", "Qualification confirmed by"), 100},
        {"impartiality_signed_on", QT_TRANSLATE_NOOP("Fields", "Impartiality statement signed on")},
        {"notes", QT_TRANSLATE_NOOP("Fields", "Notes"), 20000, true},
        {"active", QT_TRANSLATE_NOOP("Fields", "Active")},
    }};
    return spec;
}

const RecordSpec &competence()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Competence"), {
        {"scope_class_code", QT_TRANSLATE_NOOP("Fields", "Scope class"), 32},
        {"confirmed_on", QT_TRANSLATE_NOOP("Fields", "Confirmed on")},
        {"evidence", QT_TRANSLATE_NOOP("Fields", "Evidence"), 20000, true},
    }};
    return spec;
}

const RecordSpec &education()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Continuing education"), {
        {"attended_on", QT_TRANSLATE_NOOP("Fields", "Date")},
        {"hours", QT_TRANSLATE_NOOP("Fields", "Hours (class hours)")},
        {"topic", QT_TRANSLATE_NOOP("Fields", "Topic"), 300},
    }};
    return spec;
}

const RecordSpec &conflict()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Conflict of interest"), {
        {"client_id", QT_TRANSLATE_NOOP("Fields", "Client")},
        {"relation", QT_TRANSLATE_NOOP("Fields", "Relation")},
        {"valid_from", QT_TRANSLATE_NOOP("Fields", "From")},
        {"valid_to", QT_TRANSLATE_NOOP("Fields", "To")},
        {"note", QT_TRANSLATE_NOOP("Fields", "Notes"), 20000, true},
    }};
    return spec;
}

} // namespace AuditorFields

namespace AuditorRules {

QString levelKey(AuditorLevel level)
{
    switch (level) {
    case AuditorLevel::Intern: return QStringLiteral("intern");
    case AuditorLevel::Auditor: return QStringLiteral("auditor");
    case AuditorLevel::Senior: return QStringLiteral("senior");
    case AuditorLevel::TechnicalExpert: return QStringLiteral("technical_expert");
    }
    return QString();
}

std::optional<AuditorLevel> levelFromKey(const QString &key)
{
    for (AuditorLevel level : levels())
        if (levelKey(level) == key)
            return level;
    return std::nullopt;
}

QString levelLabel(AuditorLevel level)
{
    switch (level) {
    case AuditorLevel::Intern: return QCoreApplication::translate("AuditorRules", "Intern auditor");
    case AuditorLevel::Auditor: return QCoreApplication::translate("AuditorRules", "Auditor");
    case AuditorLevel::Senior: return QCoreApplication::translate("AuditorRules", "Senior auditor");
    case AuditorLevel::TechnicalExpert: return QCoreApplication::translate("AuditorRules", "Technical expert");
    }
    return QString();
}

QList<AuditorLevel> levels()
{
    return {AuditorLevel::Intern, AuditorLevel::Auditor, AuditorLevel::Senior, AuditorLevel::TechnicalExpert};
}

QString relationKey(ConflictRelation relation)
{
    switch (relation) {
    case ConflictRelation::Consultancy: return QStringLiteral("consultancy");
    case ConflictRelation::Employment: return QStringLiteral("employment");
    case ConflictRelation::FinancialInterest: return QStringLiteral("financial_interest");
    case ConflictRelation::Family: return QStringLiteral("family");
    case ConflictRelation::Other: return QStringLiteral("other");
    }
    return QString();
}

std::optional<ConflictRelation> relationFromKey(const QString &key)
{
    for (ConflictRelation relation : relations())
        if (relationKey(relation) == key)
            return relation;
    return std::nullopt;
}

QString relationLabel(ConflictRelation relation)
{
    switch (relation) {
    case ConflictRelation::Consultancy: return QCoreApplication::translate("AuditorRules", "consultancy");
    case ConflictRelation::Employment: return QCoreApplication::translate("AuditorRules", "employment");
    case ConflictRelation::FinancialInterest: return QCoreApplication::translate("AuditorRules", "financial interest");
    case ConflictRelation::Family: return QCoreApplication::translate("AuditorRules", "family relation");
    case ConflictRelation::Other: return QCoreApplication::translate("AuditorRules", "other relation");
    }
    return QString();
}

QList<ConflictRelation> relations()
{
    return {ConflictRelation::Consultancy, ConflictRelation::Employment, ConflictRelation::FinancialInterest,
            ConflictRelation::Family, ConflictRelation::Other};
}

QString fieldLabel(const QString &key) { return AuditorFields::auditor().label(key); }

QList<FieldProblem> validate(const Auditor &a)
{
    QList<FieldProblem> problems;
    auto add = [&problems](const QString &field, const QString &message) { problems << FieldProblem{field, message}; };

    if (a.nameZh.trimmed().isEmpty())
        add(QStringLiteral("name_zh"), QCoreApplication::translate("AuditorRules", "Enter the auditor's Chinese name; it is required."));
    else if (TextRules::isBlank(a.nameZh))
        add(QStringLiteral("name_zh"), QCoreApplication::translate("AuditorRules", "The Chinese name holds only spaces or "
                                                                                  "invisible characters; enter the name."));
    // The schema's column sizes (AuditorFields); control characters nowhere.
    const RecordSpec &spec = AuditorFields::auditor();
    const struct { const char *key; const QString &value; } texts[] = {
        {"name_zh", a.nameZh}, {"name_en", a.nameEn}, {"qualification_confirmed_by", a.qualificationConfirmedBy},
    };
    for (const auto &t : texts)
        if (const QString problem = TextRules::problem(t.value, spec.maxLength(QLatin1String(t.key))); !problem.isEmpty())
            add(QLatin1String(t.key), QCoreApplication::translate("AuditorRules", "%1 %2")
                                          .arg(fieldLabel(QLatin1String(t.key)), problem));
    if (const QString problem = TextRules::problem(a.registrationNumber, 0); !problem.isEmpty())
        add(QStringLiteral("registration_number"), QCoreApplication::translate("AuditorRules", "%1 %2")
                                                       .arg(fieldLabel(QStringLiteral("registration_number")), problem));
    if (TextRules::length(a.registrationNumber.trimmed()) > spec.maxLength(QStringLiteral("registration_number")))
        add(QStringLiteral("registration_number"), QCoreApplication::translate("AuditorRules", "A registration number has at most 64 characters."));
    if (a.registrationValidFrom.isValid() != a.registrationValidTo.isValid())
        add(a.registrationValidFrom.isValid() ? QStringLiteral("registration_valid_to") : QStringLiteral("registration_valid_from"),
            QCoreApplication::translate("AuditorRules", "Enter both the first and the last day of the registration's validity, or neither."));
    else if (a.registrationValidFrom.isValid() && a.registrationValidTo < a.registrationValidFrom)
        add(QStringLiteral("registration_valid_to"),
            QCoreApplication::translate("AuditorRules", "The registration cannot end before it starts; check the two dates."));
    if (a.qualificationConfirmedOn.isValid() && a.qualificationConfirmedBy.trimmed().isEmpty())
        add(QStringLiteral("qualification_confirmed_by"),
            QCoreApplication::translate("AuditorRules", "Enter who confirmed the qualification for the body."));

    QSet<QString> classes;
    for (int i = 0; i < a.competences.size(); ++i) {
        const QString code = a.competences.at(i).scopeClass.trimmed();
        const QString field = QStringLiteral("competences[%1].scope_class").arg(i);
        if (code.isEmpty())
            add(field, QCoreApplication::translate("AuditorRules", "Choose the scope class of this competence."));
        else if (classes.contains(code))
            add(field, QCoreApplication::translate("AuditorRules", "The competence for %1 is listed twice; keep one entry per scope class.").arg(code));
        classes.insert(code);
    }
    for (int i = 0; i < a.education.size(); ++i) {
        const EducationEntry &e = a.education.at(i);
        if (!e.date.isValid())
            add(QStringLiteral("education[%1].date").arg(i), QCoreApplication::translate("AuditorRules", "Enter the date of the training."));
        if (const QString problem = TextRules::problem(e.topic, AuditorFields::education().maxLength(QStringLiteral("topic")));
            !problem.isEmpty())
            add(QStringLiteral("education[%1].topic").arg(i),
                QCoreApplication::translate("AuditorRules", "Training %1, topic: %2").arg(i + 1).arg(problem));
        if (!(e.hours > 0) || e.hours > 500)
            add(QStringLiteral("education[%1].hours").arg(i), QCoreApplication::translate("AuditorRules", "Enter the hours of the training: more than 0, at most 500."));
    }
    for (int i = 0; i < a.conflicts.size(); ++i) {
        const ConflictDeclaration &c = a.conflicts.at(i);
        if (c.clientId <= 0)
            add(QStringLiteral("conflicts[%1].client").arg(i), QCoreApplication::translate("AuditorRules", "Choose the client the declaration concerns."));
        if (!c.from.isValid())
            add(QStringLiteral("conflicts[%1].from").arg(i), QCoreApplication::translate("AuditorRules", "Enter the date the relation began."));
        else if (c.to.isValid() && c.to < c.from)
            add(QStringLiteral("conflicts[%1].to").arg(i), QCoreApplication::translate("AuditorRules", "The relation cannot end before it began; check the two dates."));
    }
    return problems;
}

} // namespace AuditorRules
