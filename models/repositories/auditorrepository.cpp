#include "auditorrepository.h"

#include "db/database.h"
#include "db/recordlabels.h"
#include "repositories/rowwriter.h"
#include "repositories/sqlvalues.h"

#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace {

const QString kAuditors = QStringLiteral("auditors");
const QString kCompetences = QStringLiteral("auditor_competences");
const QString kEducation = QStringLiteral("auditor_education");
const QString kConflicts = QStringLiteral("auditor_conflicts");

// Columns in the order the field declarations give (AuditorFields); the values below follow it.
const QStringList kAuditorColumns = AuditorFields::auditor().keys();
const QStringList kCompetenceColumns = AuditorFields::competence().keys();
const QStringList kEducationColumns = AuditorFields::education().keys();
const QStringList kConflictColumns = AuditorFields::conflict().keys();

QVariantList auditorValues(const Auditor &a)
{
    using namespace SqlValues;
    return {text(a.nameZh), text(a.nameEn), nullableText(a.registrationNumber), AuditorRules::levelKey(a.level),
            date(a.registrationValidFrom), date(a.registrationValidTo), date(a.qualificationConfirmedOn),
            text(a.qualificationConfirmedBy), date(a.impartialitySignedOn), longText(a.notes), flag(a.active)};
}

QList<RowWriter::Row> competenceRows(const Auditor &a)
{
    QList<RowWriter::Row> rows;
    for (const AuditorCompetence &c : a.competences)
        rows << RowWriter::Row{c.id, {SqlValues::text(c.scopeClass), SqlValues::date(c.confirmedOn), SqlValues::text(c.evidence)}};
    return rows;
}

QList<RowWriter::Row> educationRows(const Auditor &a)
{
    QList<RowWriter::Row> rows;
    for (const EducationEntry &e : a.education)
        rows << RowWriter::Row{e.id, {SqlValues::date(e.date), e.hours, SqlValues::text(e.topic)}};
    return rows;
}

QList<RowWriter::Row> conflictRows(const Auditor &a)
{
    QList<RowWriter::Row> rows;
    for (const ConflictDeclaration &c : a.conflicts)
        rows << RowWriter::Row{c.id, {c.clientId, AuditorRules::relationKey(c.relation), SqlValues::date(c.from),
                                         SqlValues::date(c.to), SqlValues::text(c.note)}};
    return rows;
}

const QString kSelectAuditors = QStringLiteral(
    "SELECT id, name_zh, name_en, registration_number, level, registration_valid_from, registration_valid_to, "
    "qualification_confirmed_on, qualification_confirmed_by, impartiality_signed_on, notes, active FROM auditors");

Auditor auditorFrom(const QSqlQuery &q)
{
    using SqlValues::toDate;
    Auditor a;
    a.id = q.value(0).toLongLong();
    a.nameZh = q.value(1).toString();
    a.nameEn = q.value(2).toString();
    a.registrationNumber = q.value(3).toString();
    a.level = AuditorRules::levelFromKey(q.value(4).toString()).value_or(AuditorLevel::Auditor);
    a.registrationValidFrom = toDate(q.value(5));
    a.registrationValidTo = toDate(q.value(6));
    a.qualificationConfirmedOn = toDate(q.value(7));
    a.qualificationConfirmedBy = q.value(8).toString();
    a.impartialitySignedOn = toDate(q.value(9));
    a.notes = q.value(10).toString();
    a.active = q.value(11).toInt() != 0;
    return a;
}

// Sub-records of the auditors matching `where` (on column auditor_id), into `byId`.
void loadSubRecords(const Database &db, const QString &where, const QVariantList &values, QHash<qint64, Auditor *> &byId)
{
    using SqlValues::toDate;
    QSqlQuery c = db.exec(QStringLiteral("SELECT id, auditor_id, scope_class_code, confirmed_on, evidence FROM auditor_competences%1 ORDER BY id").arg(where), values);
    while (c.next())
        if (Auditor *a = byId.value(c.value(1).toLongLong()))
            a->competences << AuditorCompetence{c.value(0).toLongLong(), c.value(2).toString(), toDate(c.value(3)), c.value(4).toString()};
    QSqlQuery e = db.exec(QStringLiteral("SELECT id, auditor_id, attended_on, hours, topic FROM auditor_education%1 ORDER BY attended_on, id").arg(where), values);
    while (e.next())
        if (Auditor *a = byId.value(e.value(1).toLongLong()))
            a->education << EducationEntry{e.value(0).toLongLong(), toDate(e.value(2)), e.value(3).toDouble(), e.value(4).toString()};
    QSqlQuery k = db.exec(QStringLiteral("SELECT id, auditor_id, client_id, relation, valid_from, valid_to, note FROM auditor_conflicts%1 ORDER BY valid_from, id").arg(where), values);
    while (k.next())
        if (Auditor *a = byId.value(k.value(1).toLongLong()))
            a->conflicts << ConflictDeclaration{k.value(0).toLongLong(), k.value(2).toLongLong(),
                                                AuditorRules::relationFromKey(k.value(3).toString()).value_or(ConflictRelation::Other),
                                                toDate(k.value(4)), toDate(k.value(5)), k.value(6).toString()};
}

} // namespace

AuditorRepository::AuditorRepository(Database &db) : m_db(db) {}

QString AuditorRepository::rootTable() { return kAuditors; }

QStringList AuditorRepository::tables() { return {kAuditors, kCompetences, kEducation, kConflicts}; }

QStringList AuditorRepository::readTables()
{
    return {QStringLiteral("scope_classes"), QStringLiteral("rule_parameters"), QStringLiteral("clients")};
}

QList<AuditorListRow> AuditorRepository::list(const AuditorListQuery &query) const
{
    const QDate today = query.today.isValid() ? query.today : QDate::currentDate();
    const int year = query.year > 0 ? query.year : today.year();
    QStringList conditions;
    QVariantList values;
    if (!query.includeInactive)
        conditions << QStringLiteral("active = 1");
    if (query.level) {
        conditions << QStringLiteral("level = ?");
        values << AuditorRules::levelKey(*query.level);
    }
    if (!query.scopeClass.isEmpty()) {
        conditions << QStringLiteral("id IN (SELECT auditor_id FROM auditor_competences WHERE scope_class_code = ?)");
        values << query.scopeClass;
    }
    if (query.expiresWithinDays >= 0) {
        conditions << QStringLiteral("registration_valid_to IS NOT NULL AND registration_valid_to <= ?");
        values << SqlValues::date(today.addDays(query.expiresWithinDays));
        if (!query.includeExpired) {
            conditions << QStringLiteral("registration_valid_to >= ?");
            values << SqlValues::date(today);
        }
    }
    const QStringList words = query.filter.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        conditions << QStringLiteral("(name_zh LIKE ? ESCAPE '\\' OR name_en LIKE ? ESCAPE '\\' "
                                     "OR registration_number LIKE ? ESCAPE '\\')");
        const QString pattern = SqlValues::containsPattern(word);
        values << pattern << pattern << pattern;
    }
    const QString where = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    const QString order = query.expiresWithinDays >= 0 ? QStringLiteral(" ORDER BY registration_valid_to, name_zh, id")
                                                       : QStringLiteral(" ORDER BY name_zh, id");
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, name_zh, name_en, registration_number, level, registration_valid_from, "
                                           "registration_valid_to, active FROM auditors") + where + order,
                            values);
    QList<AuditorListRow> rows;
    QHash<qint64, int> index;
    while (q.next()) {
        AuditorListRow row;
        row.id = q.value(0).toLongLong();
        row.nameZh = q.value(1).toString();
        row.nameEn = q.value(2).toString();
        row.registrationNumber = q.value(3).toString();
        row.level = AuditorRules::levelFromKey(q.value(4).toString()).value_or(AuditorLevel::Auditor);
        row.registrationValidFrom = SqlValues::toDate(q.value(5));
        row.registrationValidTo = SqlValues::toDate(q.value(6));
        row.active = q.value(7).toInt() != 0;
        index.insert(row.id, int(rows.size()));
        rows << row;
    }
    if (rows.isEmpty())
        return rows;
    QSqlQuery c = m_db.exec(QStringLiteral("SELECT auditor_id, scope_class_code FROM auditor_competences ORDER BY scope_class_code"));
    while (c.next())
        if (const auto it = index.constFind(c.value(0).toLongLong()); it != index.constEnd())
            rows[*it].scopeClasses << c.value(1).toString();
    QSqlQuery e = m_db.exec(QStringLiteral("SELECT auditor_id, sum(hours) FROM auditor_education "
                                           "WHERE attended_on >= ? AND attended_on <= ? GROUP BY auditor_id"),
                            {SqlValues::date(QDate(year, 1, 1)), SqlValues::date(QDate(year, 12, 31))});
    while (e.next())
        if (const auto it = index.constFind(e.value(0).toLongLong()); it != index.constEnd())
            rows[*it].educationHours = e.value(1).toDouble();
    return rows;
}

QList<AuditorListRow> AuditorRepository::expiringWithin(int days, const QDate &today, bool includeExpired) const
{
    AuditorListQuery query;
    query.expiresWithinDays = qMax(0, days);
    query.includeExpired = includeExpired;
    query.today = today;
    QList<AuditorListRow> rows = list(query);
    rows.removeIf([](const AuditorListRow &row) { return row.level == AuditorLevel::TechnicalExpert; });
    return rows;
}

int AuditorRepository::count(bool includeInactive) const
{
    return m_db.scalar(includeInactive ? QStringLiteral("SELECT count(*) FROM auditors")
                                       : QStringLiteral("SELECT count(*) FROM auditors WHERE active = 1")).toInt();
}

std::optional<Auditor> AuditorRepository::load(qint64 id) const
{
    QSqlQuery q = m_db.exec(kSelectAuditors + QStringLiteral(" WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    Auditor a = auditorFrom(q);
    QHash<qint64, Auditor *> byId{{a.id, &a}};
    loadSubRecords(m_db, QStringLiteral(" WHERE auditor_id = ?"), {id}, byId);
    return a;
}

QList<Auditor> AuditorRepository::loadAll(bool includeInactive) const
{
    QList<Auditor> auditors;
    QSqlQuery q = m_db.exec(kSelectAuditors + (includeInactive ? QString() : QStringLiteral(" WHERE active = 1"))
                            + QStringLiteral(" ORDER BY name_zh, id"));
    while (q.next())
        auditors << auditorFrom(q);
    QHash<qint64, Auditor *> byId;
    for (Auditor &a : auditors)
        byId.insert(a.id, &a);
    loadSubRecords(m_db, QString(), {}, byId);
    return auditors;
}

QList<FieldProblem> AuditorRepository::validate(const Auditor &auditor) const
{
    QList<FieldProblem> problems = AuditorRules::validate(auditor);
    const QString number = auditor.registrationNumber.trimmed();
    if (!number.isEmpty()) {
        const QVariant other = m_db.scalar(QStringLiteral("SELECT name_zh FROM auditors WHERE registration_number = ? AND id <> ?"),
                                           {number, auditor.id});
        if (other.isValid())
            problems << FieldProblem{QStringLiteral("registration_number"),
                                     tr("The registration number %1 is already recorded for %2; each registration belongs "
                                        "to one person.").arg(number, other.toString())};
    }
    for (int i = 0; i < auditor.competences.size(); ++i) {
        const QString code = auditor.competences.at(i).scopeClass.trimmed();
        if (!code.isEmpty() && !m_db.scalar(QStringLiteral("SELECT 1 FROM scope_classes WHERE code = ?"), {code}).isValid())
            problems << FieldProblem{QStringLiteral("competences[%1].scope_class").arg(i),
                                     tr("There is no scope class %1; choose one from the list.").arg(code)};
    }
    for (int i = 0; i < auditor.conflicts.size(); ++i) {
        const qint64 client = auditor.conflicts.at(i).clientId;
        if (client > 0 && !m_db.scalar(QStringLiteral("SELECT 1 FROM clients WHERE id = ?"), {client}).isValid())
            problems << FieldProblem{QStringLiteral("conflicts[%1].client").arg(i),
                                     tr("The client of this declaration no longer exists; choose the client again.")};
    }
    return problems;
}

void AuditorRepository::writeSubRecords(const Auditor &auditor, qint64 auditorId, const Auditor *previous)
{
    const Auditor none;
    const Auditor &before = previous ? *previous : none;
    const QString parent = QStringLiteral("auditor_id");
    RowWriter::sync(m_db, kCompetences, parent, auditorId, kCompetenceColumns, competenceRows(auditor), competenceRows(before));
    RowWriter::sync(m_db, kEducation, parent, auditorId, kEducationColumns, educationRows(auditor), educationRows(before));
    RowWriter::sync(m_db, kConflicts, parent, auditorId, kConflictColumns, conflictRows(auditor), conflictRows(before));
}

qint64 AuditorRepository::insertUnchecked(const Auditor &auditor)
{
    qint64 id = 0;
    if (auditor.id > 0 && !m_db.scalar(QStringLiteral("SELECT 1 FROM auditors WHERE id = ?"), {auditor.id}).isValid())
        id = auditor.id;
    const qint64 newId = RowWriter::insert(m_db, kAuditors, kAuditorColumns, auditorValues(auditor), 0, id);
    writeSubRecords(auditor, newId, nullptr);
    return newId;
}

WriteResult AuditorRepository::save(const Auditor &auditor)
{
    WriteResult result;
    try {
        result.problems = validate(auditor);
        if (!result.problems.isEmpty()) {
            result.message = tr("The auditor was not saved: %1").arg(result.problems.first().message);
            return result;
        }
        Transaction transaction(m_db);
        const std::optional<Auditor> previous = auditor.id > 0 ? load(auditor.id) : std::nullopt;
        if (!previous) {
            result.id = insertUnchecked(auditor);
        } else {
            result.id = auditor.id;
            RowWriter::update(m_db, kAuditors, auditor.id, kAuditorColumns, auditorValues(auditor));
            writeSubRecords(auditor, auditor.id, &*previous);
        }
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.message = tr("The auditor could not be saved, and nothing was changed: %1").arg(e.message());
    }
    return result;
}

WriteResult AuditorRepository::setActive(qint64 id, bool active)
{
    std::optional<Auditor> auditor = load(id);
    if (!auditor)
        return WriteResult{false, id, tr("The auditor no longer exists; the list was out of date."), {}};
    auditor->active = active;
    return save(*auditor);
}

QStringList AuditorRepository::dependentRecords(qint64 id) const
{
    static const QStringList ownTables{kCompetences, kEducation, kConflicts};
    QStringList records;
    for (const auto &[table, column] : m_db.referencingColumns(kAuditors)) {
        if (ownTables.contains(table))
            continue;
        const int n = m_db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?").arg(table, column), {id}).toInt();
        if (n > 0 && table == QLatin1String("users"))
            records << tr("%n user profile(s)", nullptr, n);
        else if (n > 0)
            records << tr("%n record(s) in %1", nullptr, n).arg(RecordLabels::table(table));
    }
    return records;
}

QList<ChangeEntry> AuditorRepository::history(qint64 id) const
{
    QList<ChangeEntry> entries = ChangeLog::history(m_db, kAuditors, id);
    // A sub-record never changes its auditor, so its rows are those whose logged image
    // names the auditor. The LIKE finds candidates in the compact JSON ("auditor_id":12
    // also matches 120); the images themselves decide.
    const QString pattern = QStringLiteral("%\"auditor_id\":%1%").arg(id);
    for (const QString &table : {kCompetences, kEducation, kConflicts}) {
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT DISTINCT row_id FROM change_log WHERE table_name = ? "
                                               "AND (after_json LIKE ? OR before_json LIKE ?)"),
                                {table, pattern, pattern});
        QList<qint64> rows;
        while (q.next())
            rows << q.value(0).toLongLong();
        for (const qint64 row : std::as_const(rows))
            for (const ChangeEntry &entry : ChangeLog::history(m_db, table, row)) {
                const QJsonObject &image = entry.after.isEmpty() ? entry.before : entry.after;
                if (image.value(QLatin1String("auditor_id")).toInteger() == id)
                    entries << entry;
            }
    }
    std::sort(entries.begin(), entries.end(), [](const ChangeEntry &a, const ChangeEntry &b) { return a.id > b.id; });
    return entries;
}

WriteResult AuditorRepository::remove(qint64 id)
{
    WriteResult result;
    result.id = id;
    try {
        const QStringList records = dependentRecords(id);
        if (!records.isEmpty()) {
            result.message = tr("Other records refer to this auditor (%1), so it cannot be deleted. Mark the auditor "
                                "inactive instead: the records are kept.").arg(records.join(QStringLiteral(", ")));
            return result;
        }
        Transaction transaction(m_db);
        const std::optional<Auditor> previous = load(id);
        if (!previous) {
            result.message = tr("The auditor no longer exists; the list was out of date.");
            return result;
        }
        Auditor empty = *previous;
        empty.competences.clear();
        empty.education.clear();
        empty.conflicts.clear();
        writeSubRecords(empty, id, &*previous);
        RowWriter::remove(m_db, kAuditors, id);
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.message = tr("The auditor could not be deleted, and nothing was changed: %1").arg(e.message());
    }
    return result;
}
