#pragma once

#include "domain/client.h"   // FieldProblem

#include "fieldspec.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// Registration level of a person the body uses on audits (CCAA registration levels).
// A technical expert (技术专家) brings knowledge to a team but is not an auditor: never
// eligible as an auditor, never counted for a team's competence (see Eligibility).
enum class AuditorLevel { Intern, Auditor, Senior, TechnicalExpert };

// Relation declared in a conflict-of-interest declaration.
enum class ConflictRelation { Consultancy, Employment, FinancialInterest, Family, Other };

// The body's confirmation that an auditor is competent for one business-scope class.
struct AuditorCompetence
{
    qint64 id = 0;
    QString scopeClass;     // scope_classes.code, e.g. "CS-01"
    QDate confirmedOn;      // null: not confirmed
    QString evidence;
    bool operator==(const AuditorCompetence &) const = default;
};

// One continuing-education entry.
struct EducationEntry
{
    qint64 id = 0;
    QDate date;
    double hours = 0;
    QString topic;
    bool operator==(const EducationEntry &) const = default;
};

// A declared relation with a client that may impair impartiality.
struct ConflictDeclaration
{
    qint64 id = 0;
    qint64 clientId = 0;
    ConflictRelation relation = ConflictRelation::Consultancy;
    QDate from;
    QDate to;               // null: still ongoing
    QString note;
    bool operator==(const ConflictDeclaration &) const = default;
};

// A person of the body's audit staff (审核员) with competences, continuing education and
// conflict-of-interest declarations: the aggregate AuditorRepository saves in one
// transaction and the eligibility rules read.
struct Auditor
{
    qint64 id = 0;
    QString nameZh;
    QString nameEn;
    QString registrationNumber;
    AuditorLevel level = AuditorLevel::Auditor;
    QDate registrationValidFrom;
    QDate registrationValidTo;
    QDate qualificationConfirmedOn;   // 资格确认 by the body; null: not confirmed
    QString qualificationConfirmedBy;
    QDate impartialitySignedOn;       // 公正性声明
    QString notes;
    bool active = true;               // false: left the body, kept for the records
    QList<AuditorCompetence> competences;
    QList<EducationEntry> education;
    QList<ConflictDeclaration> conflicts;

    // "王晓明 (Wang Xiaoming)", or whichever name is set.
    QString displayName() const;
    bool isAuditor() const { return level != AuditorLevel::TechnicalExpert; }
    // Interns (实习审核员) audit under guidance and never lead a team.
    bool mayLead() const { return level == AuditorLevel::Auditor || level == AuditorLevel::Senior; }
    bool registrationValidOn(const QDate &day) const;
    const AuditorCompetence *competence(const QString &scopeClass) const;
    double educationHours(int year) const;
    bool operator==(const Auditor &) const = default;
};

// The fields of the auditor aggregate, declared once (column order).
namespace AuditorFields {
const RecordSpec &auditor();      // name_zh … active
const RecordSpec &competence();   // scope_class_code, confirmed_on, evidence
const RecordSpec &education();    // attended_on, hours, topic
const RecordSpec &conflict();     // client_id, relation, valid_from, valid_to, note
} // namespace AuditorFields

namespace AuditorRules {

// Stable keys (database values) and labels in the user's language.
QString levelKey(AuditorLevel level);
std::optional<AuditorLevel> levelFromKey(const QString &key);
QString levelLabel(AuditorLevel level);
QList<AuditorLevel> levels();

QString relationKey(ConflictRelation relation);
std::optional<ConflictRelation> relationFromKey(const QString &key);
QString relationLabel(ConflictRelation relation);
QList<ConflictRelation> relations();

// The label of an auditor field key (name_zh, registration_valid_to, ...).
QString fieldLabel(const QString &key);

// Pure checks of one auditor (the register's checks, such as a unique registration
// number or a known scope class, are the repository's). Field keys: name_zh,
// registration_valid_to, competences[1].scope_class, education[0].hours, conflicts[2].to ...
QList<FieldProblem> validate(const Auditor &auditor);

} // namespace AuditorRules
