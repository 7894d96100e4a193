#pragma once

#include "db/changelog.h"
#include "domain/auditor.h"
#include "repositories/writeresult.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class Database;

// One line of the auditor list: what the list shows.
struct AuditorListRow
{
    qint64 id = 0;
    QString nameZh;
    QString nameEn;
    QString registrationNumber;
    AuditorLevel level = AuditorLevel::Auditor;
    QDate registrationValidFrom;
    QDate registrationValidTo;
    bool active = true;
    QStringList scopeClasses;           // codes of its competences (confirmed or not)
    double educationHours = 0;          // in AuditorListQuery::year
};

// What the auditor list asks for. `expiresWithinDays` >= 0 gives the "registration
// expires within N days" view: registrations ending from today to today + N (and those
// already ended when includeExpired), ordered by the last valid day.
struct AuditorListQuery
{
    QString filter;                     // every word matches a name or the registration number
    bool includeInactive = false;
    std::optional<AuditorLevel> level;
    QString scopeClass;                 // only auditors with a competence for this code
    int expiresWithinDays = -1;
    bool includeExpired = false;
    QDate today;                        // invalid: the current date
    int year = 0;                       // education total of this year; 0: today's year
};

// All SQL of the body's auditors: the auditor aggregate (auditor, competences,
// continuing education, conflict-of-interest declarations), list queries and the domain
// values for the eligibility rules. Every write runs in one transaction that also
// appends the change-log entries.
class AuditorRepository
{
    Q_DECLARE_TR_FUNCTIONS(AuditorRepository)

public:
    explicit AuditorRepository(Database &db);

    // The table of the auditors themselves and every table of the auditor aggregate
    // (competences, education, conflict declarations; their rows carry auditor_id), and the
    // tables whose rows an auditor's list entry and findings read (scope classes, rule
    // parameters, clients): what a logged change means to the pages that show auditors.
    static QString rootTable();
    static QStringList tables();
    static QStringList readTables();

    QList<AuditorListRow> list(const AuditorListQuery &query = {}) const;
    // Active auditors whose registration ends within `days` of `today` (ended ones too
    // when includeExpired), soonest first.
    QList<AuditorListRow> expiringWithin(int days, const QDate &today = QDate::currentDate(),
                                         bool includeExpired = false) const;
    int count(bool includeInactive = true) const;

    std::optional<Auditor> load(qint64 id) const;
    // Every auditor with its sub-records (four queries, whatever the number), by name:
    // the input of Eligibility::evaluate and the checks.
    QList<Auditor> loadAll(bool includeInactive = true) const;

    // Pure rules plus the register's: unique registration number, known scope classes,
    // existing clients.
    QList<FieldProblem> validate(const Auditor &auditor) const;
    // Inserts (id 0, or a free id as after an undo) or updates the whole aggregate.
    // Nothing is written when a problem is found.
    WriteResult save(const Auditor &auditor);
    WriteResult setActive(qint64 id, bool active);
    // Deletes an auditor and its sub-records, only when no other record refers to it.
    WriteResult remove(qint64 id);
    QStringList dependentRecords(qint64 id) const;

    // The change-log entries of the auditor and of its competences, education entries and
    // conflict declarations (those deleted since as well), newest first: its History tab.
    QList<ChangeEntry> history(qint64 id) const;

    // For bulk writers (demo) inside a Transaction: writes without validating. Throws SqlError.
    qint64 insertUnchecked(const Auditor &auditor);

private:
    void writeSubRecords(const Auditor &auditor, qint64 auditorId, const Auditor *previous);
    Database &m_db;
};
