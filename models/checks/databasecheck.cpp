#include "databasecheck.h"

#include "db/chainanchor.h"
#include "db/changelog.h"
#include "db/database.h"
#include "domain/creditcode.h"
#include "repositories/clientrepository.h"
#include "repositories/peoplecheck.h"

int CheckReport::errorCount() const
{
    return int(std::count_if(findings.begin(), findings.end(),
                             [](const CheckFinding &f) { return f.severity == QLatin1String("error"); }));
}

int CheckReport::warningCount() const { return int(findings.size()) - errorCount(); }

CheckReport DatabaseCheck::run(const Database &db, const ChainAnchor &anchor)
{
    CheckReport report;
    const QString error = QStringLiteral("error");
    // One snapshot for every part, so a write committed by another program during the
    // check cannot look like a record added or changed behind the log's back.
    const ReadSnapshot snapshot(db);
    report.schemaVersion = db.schemaVersion();

    for (const QString &problem : db.integrityProblems())
        report.findings << CheckFinding{QStringLiteral("integrity"), {}, error, {}, 0,
                                        tr("The database file is damaged: %1").arg(problem)};
    for (const Database::ForeignKeyProblem &problem : db.foreignKeyProblems())
        report.findings << CheckFinding{QStringLiteral("foreign_key"), {}, error, problem.table, problem.row, problem.message};

    const QList<LogFinding> chain = ChangeLog::verifyChain(db, &report.changeLogEntries);
    report.chainIntact = chain.isEmpty();
    report.headHash = ChangeLog::headHash(db);
    for (const LogFinding &f : chain)
        report.findings << CheckFinding{QStringLiteral("change_log"), {}, error, QStringLiteral("change_log"), f.entryId,
                                        f.message};
    // The head this computer saw last must still be in the log (a shortened or rewritten
    // log verifies as a chain).
    if (const QString problem = anchor.problemWith(db); !problem.isEmpty()) {
        report.chainIntact = false;
        report.findings << CheckFinding{QStringLiteral("change_log"), {}, error, QStringLiteral("change_log"),
                                        anchor.entryId, problem};
    }
    for (const LogFinding &f : ChangeLog::verifyRecords(db))
        report.findings << CheckFinding{QStringLiteral("unlogged_change"), {}, error, f.table, f.rowId, f.message};

    const ClientRepository clients(const_cast<Database &>(db));
    for (const auto &[id, code] : clients.invalidCreditCodes())
        report.findings << CheckFinding{QStringLiteral("rule"), QStringLiteral("GB-32100"), error,
                                        QStringLiteral("clients"), id,
                                        tr("Client %1 has an invalid credit code %2: %3")
                                            .arg(id).arg(code, CreditCode::problemText(CreditCode::validate(code), code))};
    try {
        for (const RuleFinding &f : PeopleCheck::findings(const_cast<Database &>(db)))
            report.findings << CheckFinding{QStringLiteral("rule"), f.rule, RuleFinding::severityKey(f.severity), f.table,
                                            f.rowId, f.message};
    } catch (const SqlError &e) {
        report.findings << CheckFinding{QStringLiteral("rule"), {}, error, {}, 0,
                                        tr("The people rules could not be checked: %1").arg(e.message())};
    }
    return report;
}
