#pragma once

#include "domain/referencedata.h"
#include "repositories/writeresult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class Database;

// All SQL of the reference data the body maintains: the ISO/IEC 27017 control catalogue,
// the business-scope classes and the ISO/IEC 27006 audit-time table (and, through
// InformationSheetRepository, the public information sheet of 5.1.1). Seeded from the
// shipped resources (:/reference/*.json), editable, each table restorable to the shipped
// values; every write is logged in the same transaction.
class ReferenceRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceRepository)

public:
    enum class Table { Controls, ScopeClasses, AuditTime, InformationItems };

    explicit ReferenceRepository(Database &db);

    // Call after every successful Database::open: fills each reference table that has never
    // held data (no rows and no change-log entry) from the shipped resources and adds the
    // default of every rule parameter that has no row, all logged, in one transaction.
    // Does nothing on a database that is already seeded.
    static WriteResult seedIfEmpty(Database &db);

    // The shipped contents (parsed from the resources).
    static QList<Control> shippedControls();
    static QList<ScopeClass> shippedScopeClasses();
    static QList<AuditTimeRow> shippedAuditTimeRows();
    static QString tableLabel(Table table);
    // The SQL table of a reference table (what logged changes to it name).
    static QString tableName(Table table);

    // Controls, in catalogue order.
    QList<Control> controls(bool includeInactive = true) const;
    std::optional<Control> control(qint64 id) const;
    QList<FieldProblem> validate(const Control &control) const;
    WriteResult saveControl(const Control &control);          // insert (id 0) or update
    WriteResult setControlActive(qint64 id, bool active);

    // Scope classes, in table order.
    QList<ScopeClass> scopeClasses(bool includeRetired = true) const;
    std::optional<ScopeClass> scopeClass(qint64 id) const;
    std::optional<ScopeClass> scopeClassByCode(const QString &code) const;
    // Records that refer to the class (auditor competences, later applications ...).
    int scopeClassUseCount(const QString &code) const;
    QList<FieldProblem> validate(const ScopeClass &scopeClass) const;
    // Insert or update; the code of a class in use cannot change.
    WriteResult saveScopeClass(const ScopeClass &scopeClass);
    // Retire (active false) or reinstate.
    WriteResult setScopeClassActive(qint64 id, bool active);
    // Deletes a class nobody refers to; a class in use can only be retired.
    WriteResult removeScopeClass(qint64 id);

    // Audit-time rows, by personnel.
    QList<AuditTimeRow> auditTimeRows() const;
    QList<FieldProblem> validate(const AuditTimeRow &row) const;
    WriteResult saveAuditTimeRow(const AuditTimeRow &row);
    WriteResult removeAuditTimeRow(qint64 id);

    // Restores the shipped values of one table (the GUI asks first). Controls and scope
    // classes: shipped entries get their shipped values back (and are active); entries
    // the body added are retired (scope classes nobody uses are deleted). Audit time: the
    // table becomes the shipped table. Only real changes are logged.
    WriteResult restoreShipped(Table table);

private:
    static void insertShipped(Database &db, Table table);
    Database &m_db;
};
