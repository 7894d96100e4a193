#pragma once

#include "db/changelog.h"
#include "domain/auditor.h"
#include "domain/programme.h"
#include "repositories/writeresult.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

class Database;

struct ProgrammeListRow
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString clientName;
    QString contractNumber;
    Programme::Cycle cycle = Programme::Cycle::Initial;
    QDate decision;          // recorded, else planned
    bool decisionRecorded = false;
    QDate expiry;
    int audits = 0;
    int done = 0;
    QString nextKind;        // the next audit not done or cancelled
    QDate nextEnd;
};

// What checking programmes needs besides the programme, read once and used for many (the
// whole database's in `check`, one programme's edits on the page): the catalogue, the
// auditors' register with an index by id, the rule parameters.
struct ProgrammeCheckContext
{
    ProgrammeCheckContext() = default;
    ProgrammeCheckContext(ProgrammePlanner::Catalogue catalogue, QList<Auditor> auditors, RuleParameters parameters);
    static ProgrammeCheckContext load(Database &db);
    const Auditor *auditor(qint64 id) const;

    ProgrammePlanner::Catalogue catalogue;
    QList<Auditor> auditors;
    RuleParameters parameters;

private:
    QHash<qint64, qsizetype> m_index;
};

// A signed contract a programme can be made from (none made yet).
struct ProgrammeSource
{
    qint64 contractId = 0;
    QString contractNumber;
    qint64 clientId = 0;
    QString clientName;
    QDate signedOn;
    Programme::Cycle cycle = Programme::Cycle::Initial;
};

// All SQL of audit programmes (审核方案) and their audits: one programme per signed
// contract (a client and a cycle), loaded with what the P-rules read from elsewhere — the
// client's shifts, sites and cloud services, the contract's signing date, the review's days
// per kind (carried on the contract), the application's scope classes — and saved as one
// aggregate. The audits' shifts, services and sites are the client's, named by their ids
// in the database and by their names in the value type. Every write is logged under the
// client.
class ProgrammeRepository
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeRepository)

public:
    explicit ProgrammeRepository(Database &db);

    static QString rootTable();
    static QStringList tables();
    static QStringList readTables();

    QList<ProgrammeListRow> list(const QString &filter = {}, qint64 clientId = 0) const;
    int count() const;
    std::optional<Programme> load(qint64 id) const;
    // Every programme, in a fixed number of queries (for check).
    QList<Programme> loadAll() const;
    // The programmes with an audit planned or confirmed, with all their audits but not the
    // audits' teams, shifts, services, sites or findings, nor the client's names (the Due
    // page: dates, kinds and statuses are what the windows need).
    QList<Programme> loadSchedules() const;
    // The programmes with an audit (not cancelled) planned or done on a day from `from` to
    // `to`, by client name (the batch of programme reports).
    QList<qint64> withAuditsBetween(const QDate &from, const QDate &to) const;
    // The client's programme of the latest cycle (0: none).
    qint64 currentOf(qint64 clientId) const;
    QList<ProgrammeSource> sources() const;

    // ProgrammeRules::validate, and a person newly put on a team who may not work on that
    // audit with the reasons, or may not lead it.
    QList<FieldProblem> validate(const Programme &programme) const;
    WriteResult save(const Programme &programme);
    // A programme for a signed contract, the decision planned on `plannedDecision`.
    WriteResult create(qint64 contractId, const QDate &plannedDecision);
    // Refused once an audit is done (the programme is a record then).
    WriteResult remove(qint64 id);
    QList<ChangeEntry> history(qint64 id) const;
    // Writes without the checks (demo data): the programme and its audits; returns the id.
    qint64 insertUnchecked(const Programme &programme);
    void updateUnchecked(const Programme &programme);

    // The catalogue the rules check against (active controls, in order).
    ProgrammePlanner::Catalogue catalogue() const;
    // Every P-rule and the teams (A-4.2 for the team as a whole: its members and the scope
    // classes), as the programme page and check show them.
    QList<ProgrammeViolation> check(const Programme &programme) const;
    static QList<ProgrammeViolation> check(const Programme &programme, const ProgrammeCheckContext &context);

private:
    qint64 clientOf(qint64 programmeId) const;
    void writeAudits(const Programme &programme, qint64 id, qint64 clientId);
    Database &m_db;
};
