#include "referencerepository.h"

#include "db/database.h"
#include "repositories/informationsheetrepository.h"
#include "repositories/parameterrepository.h"
#include "repositories/rowwriter.h"
#include "repositories/sqlvalues.h"

#include <QFile>
#include <QHash>
#include <QSqlQuery>

namespace {

const QString kControls = QStringLiteral("controls");
const QString kScopeClasses = QStringLiteral("scope_classes");
const QString kAuditTime = QStringLiteral("audit_time_rows");

const QStringList kControlColumns{QStringLiteral("code"), QStringLiteral("clause"), QStringLiteral("title_zh"),
                                  QStringLiteral("title_en"), QStringLiteral("cloud_guidance"), QStringLiteral("extended"),
                                  QStringLiteral("active"), QStringLiteral("sort_order")};
const QStringList kScopeClassColumns{QStringLiteral("code"), QStringLiteral("name_zh"), QStringLiteral("name_en"),
                                     QStringLiteral("risk"), QStringLiteral("active"), QStringLiteral("sort_order")};
const QStringList kAuditTimeColumns{QStringLiteral("min_personnel"), QStringLiteral("max_personnel"), QStringLiteral("days")};


QByteArray resource(const QString &name)
{
    QFile file(QStringLiteral(":/reference/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QVariantList values(const Control &c)
{
    using SqlValues::text;
    return {text(c.code), text(c.clause), text(c.titleZh), text(c.titleEn),
            SqlValues::flag(c.cloudGuidance), SqlValues::flag(c.extended), SqlValues::flag(c.active), c.sortOrder};
}

QVariantList values(const ScopeClass &s)
{
    using SqlValues::text;
    return {text(s.code), text(s.nameZh), text(s.nameEn), text(s.risk), SqlValues::flag(s.active), s.sortOrder};
}

QVariantList values(const AuditTimeRow &r) { return {r.minPersonnel, r.maxPersonnel, r.days}; }

Control controlFrom(const QSqlQuery &q)
{
    return Control{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                   q.value(4).toString(), q.value(5).toInt() != 0, q.value(6).toInt() != 0, q.value(7).toInt() != 0,
                   q.value(8).toInt()};
}

ScopeClass scopeClassFrom(const QSqlQuery &q)
{
    return ScopeClass{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString(), q.value(5).toInt() != 0, q.value(6).toInt()};
}

const QString kSelectControls = QStringLiteral(
    "SELECT id, code, clause, title_zh, title_en, cloud_guidance, extended, active, sort_order FROM controls");
const QString kSelectScopeClasses = QStringLiteral(
    "SELECT id, code, name_zh, name_en, risk, active, sort_order FROM scope_classes");

bool needsSeeding(const Database &db, const QString &table)
{
    // Table names are the program's constants.
    const bool empty = db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt() == 0;
    return empty && !db.scalar(QStringLiteral("SELECT 1 FROM change_log WHERE table_name = ? LIMIT 1"), {table}).isValid();
}

int scopeClassUses(const Database &db, const QString &code, qint64 id)
{
    // Convention: a foreign key to scope_classes in a column named *_code holds the code,
    // any other holds the id. Table and column names come from the schema.
    int uses = 0;
    for (const auto &[table, column] : db.referencingColumns(kScopeClasses))
        uses += db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?").arg(table, column),
                          {column.endsWith(QLatin1String("_code")) ? QVariant(code) : QVariant(id)}).toInt();
    return uses;
}

} // namespace

ReferenceRepository::ReferenceRepository(Database &db) : m_db(db) {}

QList<Control> ReferenceRepository::shippedControls()
{
    return ReferenceData::parseControls(resource(QStringLiteral("iso27017-controls.json")));
}

QList<ScopeClass> ReferenceRepository::shippedScopeClasses()
{
    return ReferenceData::parseScopeClasses(resource(QStringLiteral("scope-classes.json")));
}

QList<AuditTimeRow> ReferenceRepository::shippedAuditTimeRows()
{
    return ReferenceData::parseAuditTimeRows(resource(QStringLiteral("iso27006-audit-time.json")));
}

QString ReferenceRepository::tableLabel(Table table)
{
    switch (table) {
    case Table::Controls: return tr("ISO/IEC 27017 controls");
    case Table::ScopeClasses: return tr("Business-scope classes");
    case Table::AuditTime: return tr("ISO/IEC 27006 audit time");
    case Table::InformationItems: return tr("Public information (5.1.1)");
    }
    return QString();
}

void ReferenceRepository::insertShipped(Database &db, Table table)
{
    switch (table) {
    case Table::Controls:
        for (const Control &c : shippedControls())
            RowWriter::insert(db, kControls, kControlColumns, values(c));
        break;
    case Table::ScopeClasses:
        for (const ScopeClass &s : shippedScopeClasses())
            RowWriter::insert(db, kScopeClasses, kScopeClassColumns, values(s));
        break;
    case Table::AuditTime:
        for (const AuditTimeRow &r : shippedAuditTimeRows())
            RowWriter::insert(db, kAuditTime, kAuditTimeColumns, values(r));
        break;
    case Table::InformationItems:
        InformationSheetRepository(db).writeShipped();
        break;
    }
}

QString ReferenceRepository::tableName(Table table)
{
    switch (table) {
    case ReferenceRepository::Table::Controls: return kControls;
    case ReferenceRepository::Table::ScopeClasses: return kScopeClasses;
    case ReferenceRepository::Table::AuditTime: return kAuditTime;
    case ReferenceRepository::Table::InformationItems: return InformationSheetRepository::tableName();
    }
    return QString();
}

WriteResult ReferenceRepository::seedIfEmpty(Database &db)
{
    WriteResult result;
    try {
        const QList<Table> tables{Table::Controls, Table::ScopeClasses, Table::AuditTime, Table::InformationItems};
        QList<Table> empty;
        for (Table table : tables)
            if (needsSeeding(db, tableName(table)))
                empty << table;
        const int storedParameters = db.scalar(QStringLiteral("SELECT count(*) FROM rule_parameters")).toInt();
        if (empty.isEmpty() && storedParameters >= ParameterDefinitions::all().size()) {
            result.ok = true;   // already seeded: no write transaction at all
            return result;
        }
        Transaction transaction(db);
        for (Table table : std::as_const(empty))
            insertShipped(db, table);
        ParameterRepository::seedMissing(db);
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.message = tr("The shipped reference data could not be written, and nothing was changed: %1").arg(e.message());
    }
    return result;
}

// ---- controls ----

QList<Control> ReferenceRepository::controls(bool includeInactive) const
{
    QList<Control> list;
    QSqlQuery q = m_db.exec(kSelectControls + (includeInactive ? QString() : QStringLiteral(" WHERE active = 1"))
                            + QStringLiteral(" ORDER BY sort_order, id"));
    while (q.next())
        list << controlFrom(q);
    return list;
}

std::optional<Control> ReferenceRepository::control(qint64 id) const
{
    QSqlQuery q = m_db.exec(kSelectControls + QStringLiteral(" WHERE id = ?"), {id});
    return q.next() ? std::optional<Control>(controlFrom(q)) : std::nullopt;
}

QList<FieldProblem> ReferenceRepository::validate(const Control &control) const
{
    QList<FieldProblem> problems = ReferenceData::validate(control);
    if (!control.code.trimmed().isEmpty()
        && m_db.scalar(QStringLiteral("SELECT 1 FROM controls WHERE code = ? AND id <> ?"), {control.code.trimmed(), control.id}).isValid())
        problems << FieldProblem{QStringLiteral("code"), tr("The catalogue already has a control %1; each ID appears once.").arg(control.code.trimmed())};
    return problems;
}

WriteResult ReferenceRepository::saveControl(const Control &control)
{
    WriteResult result;
    try {
        result.problems = validate(control);
        if (!result.problems.isEmpty()) {
            result.message = tr("The control was not saved: %1").arg(result.problems.first().message);
            return result;
        }
        Transaction transaction(m_db);
        Control c = control;
        if (c.id > 0 && this->control(c.id)) {
            RowWriter::update(m_db, kControls, c.id, kControlColumns, values(c));
            result.id = c.id;
        } else {
            if (c.sortOrder <= 0)
                c.sortOrder = m_db.scalar(QStringLiteral("SELECT COALESCE(max(sort_order), 0) + 1 FROM controls")).toInt();
            result.id = RowWriter::insert(m_db, kControls, kControlColumns, values(c), 0, c.id);
        }
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.message = tr("The control could not be saved, and nothing was changed: %1").arg(e.message());
    }
    return result;
}

WriteResult ReferenceRepository::setControlActive(qint64 id, bool active)
{
    std::optional<Control> c = control(id);
    if (!c)
        return WriteResult{false, id, tr("The control no longer exists; the list was out of date."), {}};
    c->active = active;
    return saveControl(*c);
}

// ---- scope classes ----

QList<ScopeClass> ReferenceRepository::scopeClasses(bool includeRetired) const
{
    QList<ScopeClass> list;
    QSqlQuery q = m_db.exec(kSelectScopeClasses + (includeRetired ? QString() : QStringLiteral(" WHERE active = 1"))
                            + QStringLiteral(" ORDER BY sort_order, id"));
    while (q.next())
        list << scopeClassFrom(q);
    return list;
}

std::optional<ScopeClass> ReferenceRepository::scopeClass(qint64 id) const
{
    QSqlQuery q = m_db.exec(kSelectScopeClasses + QStringLiteral(" WHERE id = ?"), {id});
    return q.next() ? std::optional<ScopeClass>(scopeClassFrom(q)) : std::nullopt;
}

std::optional<ScopeClass> ReferenceRepository::scopeClassByCode(const QString &code) const
{
    QSqlQuery q = m_db.exec(kSelectScopeClasses + QStringLiteral(" WHERE code = ?"), {code.trimmed()});
    return q.next() ? std::optional<ScopeClass>(scopeClassFrom(q)) : std::nullopt;
}

int ReferenceRepository::scopeClassUseCount(const QString &code) const
{
    const std::optional<ScopeClass> s = scopeClassByCode(code);
    return s ? scopeClassUses(m_db, s->code, s->id) : 0;
}

QList<FieldProblem> ReferenceRepository::validate(const ScopeClass &scopeClass) const
{
    QList<FieldProblem> problems = ReferenceData::validate(scopeClass);
    const QString code = scopeClass.code.trimmed();
    if (!code.isEmpty()
        && m_db.scalar(QStringLiteral("SELECT 1 FROM scope_classes WHERE code = ? AND id <> ?"), {code, scopeClass.id}).isValid())
        problems << FieldProblem{QStringLiteral("code"), tr("There is already a scope class %1; each code appears once.").arg(code)};
    if (scopeClass.id > 0) {
        const std::optional<ScopeClass> previous = this->scopeClass(scopeClass.id);
        if (previous && previous->code != code) {
            const int uses = scopeClassUses(m_db, previous->code, previous->id);
            if (uses > 0)
                problems << FieldProblem{QStringLiteral("code"),
                                         tr("The code %1 is used by %n record(s), so it cannot change. Add a new class "
                                            "and retire this one instead.", nullptr, uses).arg(previous->code)};
        }
    }
    return problems;
}

WriteResult ReferenceRepository::saveScopeClass(const ScopeClass &scopeClass)
{
    WriteResult result;
    try {
        result.problems = validate(scopeClass);
        if (!result.problems.isEmpty()) {
            result.message = tr("The scope class was not saved: %1").arg(result.problems.first().message);
            return result;
        }
        Transaction transaction(m_db);
        ScopeClass s = scopeClass;
        if (s.id > 0 && this->scopeClass(s.id)) {
            RowWriter::update(m_db, kScopeClasses, s.id, kScopeClassColumns, values(s));
            result.id = s.id;
        } else {
            if (s.sortOrder <= 0)
                s.sortOrder = m_db.scalar(QStringLiteral("SELECT COALESCE(max(sort_order), 0) + 1 FROM scope_classes")).toInt();
            result.id = RowWriter::insert(m_db, kScopeClasses, kScopeClassColumns, values(s), 0, s.id);
        }
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.message = tr("The scope class could not be saved, and nothing was changed: %1").arg(e.message());
    }
    return result;
}

WriteResult ReferenceRepository::setScopeClassActive(qint64 id, bool active)
{
    std::optional<ScopeClass> s = scopeClass(id);
    if (!s)
        return WriteResult{false, id, tr("The scope class no longer exists; the list was out of date."), {}};
    s->active = active;
    return saveScopeClass(*s);
}

WriteResult ReferenceRepository::removeScopeClass(qint64 id)
{
    WriteResult result;
    result.id = id;
    try {
        const std::optional<ScopeClass> s = scopeClass(id);
        if (!s) {
            result.message = tr("The scope class no longer exists; the list was out of date.");
            return result;
        }
        const int uses = scopeClassUses(m_db, s->code, s->id);
        if (uses > 0) {
            result.message = tr("The scope class %1 is used by %n record(s), so it cannot be deleted. Retire it "
                                "instead: it is then no longer offered but kept for the records.", nullptr, uses).arg(s->code);
            return result;
        }
        Transaction transaction(m_db);
        RowWriter::remove(m_db, kScopeClasses, id);
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.message = tr("The scope class could not be deleted, and nothing was changed: %1").arg(e.message());
    }
    return result;
}

// ---- audit time ----

QList<AuditTimeRow> ReferenceRepository::auditTimeRows() const
{
    QList<AuditTimeRow> rows;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, min_personnel, max_personnel, days FROM audit_time_rows "
                                           "ORDER BY min_personnel, id"));
    while (q.next())
        rows << AuditTimeRow{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toDouble()};
    return rows;
}

QList<FieldProblem> ReferenceRepository::validate(const AuditTimeRow &row) const
{
    return ReferenceData::validate(row, auditTimeRows());
}

WriteResult ReferenceRepository::saveAuditTimeRow(const AuditTimeRow &row)
{
    WriteResult result;
    try {
        result.problems = validate(row);
        if (!result.problems.isEmpty()) {
            result.message = tr("The audit-time row was not saved: %1").arg(result.problems.first().message);
            return result;
        }
        Transaction transaction(m_db);
        const bool exists = row.id > 0
            && m_db.scalar(QStringLiteral("SELECT 1 FROM audit_time_rows WHERE id = ?"), {row.id}).isValid();
        if (exists) {
            RowWriter::update(m_db, kAuditTime, row.id, kAuditTimeColumns, values(row));
            result.id = row.id;
        } else {
            result.id = RowWriter::insert(m_db, kAuditTime, kAuditTimeColumns, values(row), 0, row.id);
        }
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.message = tr("The audit-time row could not be saved, and nothing was changed: %1").arg(e.message());
    }
    return result;
}

WriteResult ReferenceRepository::removeAuditTimeRow(qint64 id)
{
    WriteResult result;
    result.id = id;
    try {
        Transaction transaction(m_db);
        RowWriter::remove(m_db, kAuditTime, id);
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.message = tr("The audit-time row could not be deleted, and nothing was changed: %1").arg(e.message());
    }
    return result;
}

// ---- restore ----

WriteResult ReferenceRepository::restoreShipped(Table table)
{
    WriteResult result;
    try {
        Transaction transaction(m_db);
        switch (table) {
        case Table::Controls: {
            QHash<QString, Control> current;
            for (const Control &c : controls())
                current.insert(c.code, c);
            for (const Control &shipped : shippedControls()) {
                const auto it = current.find(shipped.code);
                if (it == current.end()) {
                    RowWriter::insert(m_db, kControls, kControlColumns, values(shipped));
                } else {
                    RowWriter::update(m_db, kControls, it->id, kControlColumns, values(shipped));
                    current.erase(it);
                }
            }
            for (const Control &added : std::as_const(current))
                if (added.active)
                    RowWriter::update(m_db, kControls, added.id, {QStringLiteral("active")}, {0});
            break;
        }
        case Table::ScopeClasses: {
            QHash<QString, ScopeClass> current;
            for (const ScopeClass &s : scopeClasses())
                current.insert(s.code, s);
            for (const ScopeClass &shipped : shippedScopeClasses()) {
                const auto it = current.find(shipped.code);
                if (it == current.end()) {
                    RowWriter::insert(m_db, kScopeClasses, kScopeClassColumns, values(shipped));
                } else {
                    RowWriter::update(m_db, kScopeClasses, it->id, kScopeClassColumns, values(shipped));
                    current.erase(it);
                }
            }
            for (const ScopeClass &added : std::as_const(current)) {
                if (scopeClassUses(m_db, added.code, added.id) == 0)
                    RowWriter::remove(m_db, kScopeClasses, added.id);
                else if (added.active)
                    RowWriter::update(m_db, kScopeClasses, added.id, {QStringLiteral("active")}, {0});
            }
            break;
        }
        case Table::AuditTime: {
            const QList<AuditTimeRow> shipped = shippedAuditTimeRows();
            QList<AuditTimeRow> current = auditTimeRows();
            bool same = current.size() == shipped.size();
            for (int i = 0; same && i < current.size(); ++i)
                same = current.at(i).minPersonnel == shipped.at(i).minPersonnel
                    && current.at(i).maxPersonnel == shipped.at(i).maxPersonnel && current.at(i).days == shipped.at(i).days;
            if (!same) {
                for (const AuditTimeRow &row : std::as_const(current))
                    RowWriter::remove(m_db, kAuditTime, row.id);
                for (const AuditTimeRow &row : shipped)
                    RowWriter::insert(m_db, kAuditTime, kAuditTimeColumns, values(row));
            }
            break;
        }
        case Table::InformationItems:
            InformationSheetRepository(m_db).writeShipped();
            break;
        }
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.message = tr("The shipped values of %1 could not be restored, and nothing was changed: %2")
                             .arg(tableLabel(table), e.message());
    }
    return result;
}
