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

QString fieldLabel(const QString &key)
{
    if (key == QLatin1String("name_zh")) return QCoreApplication::translate("AuditorRules", "Name (Chinese)");
    if (key == QLatin1String("name_en")) return QCoreApplication::translate("AuditorRules", "Name (English)");
    if (key == QLatin1String("registration_number")) return QCoreApplication::translate("AuditorRules", "Registration number");
    if (key == QLatin1String("level")) return QCoreApplication::translate("AuditorRules", "Registration level");
    if (key == QLatin1String("registration_valid_from")) return QCoreApplication::translate("AuditorRules", "Registration valid from");
    if (key == QLatin1String("registration_valid_to")) return QCoreApplication::translate("AuditorRules", "Registration valid to");
    if (key == QLatin1String("qualification_confirmed_on")) return QCoreApplication::translate("AuditorRules", "Qualification confirmed on");
    if (key == QLatin1String("qualification_confirmed_by")) return QCoreApplication::translate("AuditorRules", "Qualification confirmed by");
    if (key == QLatin1String("impartiality_signed_on")) return QCoreApplication::translate("AuditorRules", "Impartiality statement signed on");
    if (key == QLatin1String("notes")) return QCoreApplication::translate("AuditorRules", "Notes");
    if (key == QLatin1String("active")) return QCoreApplication::translate("AuditorRules", "Active");
    return key;
}

QList<FieldProblem> validate(const Auditor &a)
{
    QList<FieldProblem> problems;
    auto add = [&problems](const QString &field, const QString &message) { problems << FieldProblem{field, message}; };

    if (a.nameZh.trimmed().isEmpty())
        add(QStringLiteral("name_zh"), QCoreApplication::translate("AuditorRules", "Enter the auditor's Chinese name; it is required."));
    else if (TextRules::isBlank(a.nameZh))
        add(QStringLiteral("name_zh"), QCoreApplication::translate("AuditorRules", "The Chinese name holds only spaces or "
                                                                                  "invisible characters; enter the name."));
    // The schema's column sizes (migration 0002); control characters nowhere.
    const struct { const char *key; const QString &value; int max; } texts[] = {
        {"name_zh", a.nameZh, 100}, {"name_en", a.nameEn, 100}, {"qualification_confirmed_by", a.qualificationConfirmedBy, 100},
    };
    for (const auto &t : texts)
        if (const QString problem = TextRules::problem(t.value, t.max); !problem.isEmpty())
            add(QLatin1String(t.key), QCoreApplication::translate("AuditorRules", "%1 %2")
                                          .arg(fieldLabel(QLatin1String(t.key)), problem));
    if (const QString problem = TextRules::problem(a.registrationNumber, 0); !problem.isEmpty())
        add(QStringLiteral("registration_number"), QCoreApplication::translate("AuditorRules", "%1 %2")
                                                       .arg(fieldLabel(QStringLiteral("registration_number")), problem));
    if (a.registrationNumber.trimmed().size() > 64)
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
        if (const QString problem = TextRules::problem(e.topic, 300); !problem.isEmpty())
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
