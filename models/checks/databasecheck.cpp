#include "databasecheck.h"

#include "repositories/certificaterepository.h"

#include "checks/retentioncheck.h"
#include "db/chainanchor.h"
#include "db/changelog.h"
#include "db/database.h"
#include "db/recordlabels.h"
#include "domain/creditcode.h"
#include "repositories/auditorrepository.h"
#include "repositories/clientrepository.h"
#include "repositories/intakecheck.h"
#include "repositories/parameterrepository.h"
#include "repositories/peoplecheck.h"
#include "repositories/programmerepository.h"

#include <functional>
#include <optional>

int CheckReport::errorCount() const
{
    return int(std::count_if(findings.begin(), findings.end(),
                             [](const CheckFinding &f) { return f.severity == QLatin1String("error"); }));
}

int CheckReport::warningCount() const { return int(findings.size()) - errorCount(); }

CheckReport DatabaseCheck::run(const Database &db, const ChainAnchor &anchor, const QDate &today)
{
    CheckReport report;
    const QString error = QStringLiteral("error");
    // One snapshot for every part, so a write committed by another program during the
    // check cannot look like a record added or changed behind the log's back.
    std::optional<ReadSnapshot> snapshot;
    // Each part runs on its own: a part that cannot read what it needs (a damaged page, a
    // value of the wrong type) is a finding, and the other parts still run.
    auto part = [&](const char *kind, const std::function<void()> &check) {
        try {
            check();
        } catch (const SqlError &e) {
            report.findings << CheckFinding{QString::fromLatin1(kind), {}, error, {}, 0,
                                            e.kind() == SqlError::Corrupt
                                                ? tr("The database file is damaged: %1").arg(e.message())
                                                : tr("Part of the database could not be checked: %1").arg(e.explanation())};
            if (QLatin1String(kind) == QLatin1String("change_log"))
                report.chainIntact = false;
        }
    };
    part("integrity", [&] {
        snapshot.emplace(db);
        report.schemaVersion = db.schemaVersion();
        for (const QString &problem : db.integrityProblems())
            report.findings << CheckFinding{QStringLiteral("integrity"), {}, error, {}, 0,
                                            tr("The database file is damaged: %1").arg(problem)};
    });
    part("foreign_key", [&] {
        for (const Database::ForeignKeyProblem &problem : db.foreignKeyProblems())
            report.findings << CheckFinding{
                QStringLiteral("foreign_key"), {}, error, problem.table, problem.row,
                tr("%1 refers to a record (%2) that does not exist.")
                    .arg(RecordLabels::recordName(problem.table, problem.row,
                                                  ChangeLog::snapshot(db, problem.table, problem.row)),
                         RecordLabels::table(problem.parentTable))};
    });
    part("change_log", [&] {
        const QList<LogFinding> chain = ChangeLog::verifyChain(db, &report.changeLogEntries);
        report.chainIntact = chain.isEmpty();
        report.headHash = ChangeLog::headHash(db);
        for (const LogFinding &f : chain)
            report.findings << CheckFinding{QStringLiteral("change_log"), {}, error, QStringLiteral("change_log"),
                                            f.entryId, f.message};
        for (const LogFinding &f : ChangeLog::verifyPeerEntries(db))
            report.findings << CheckFinding{QStringLiteral("change_log"), {}, error, f.table, f.rowId, f.message};
        // The head this computer saw last must still be in the log (a shortened or rewritten
        // log verifies as a chain).
        if (const QString problem = anchor.problemWith(db); !problem.isEmpty()) {
            report.chainIntact = false;
            report.findings << CheckFinding{QStringLiteral("change_log"), {}, error, QStringLiteral("change_log"),
                                            anchor.entryId, problem};
        }
    });
    part("unlogged_change", [&] {
        for (const LogFinding &f : ChangeLog::verifyRecords(db))
            report.findings << CheckFinding{QStringLiteral("unlogged_change"), {}, error, f.table, f.rowId, f.message};
    });
    part("rule", [&] {
        const ClientRepository clients(const_cast<Database &>(db));
        const QString table = QStringLiteral("clients");
        for (const auto &[id, code] : clients.invalidCreditCodes())
            report.findings << CheckFinding{
                QStringLiteral("rule"), QStringLiteral("GB-32100"), error, table, id,
                tr("%1 has an invalid credit code %2: %3")
                    .arg(RecordLabels::recordName(table, id, ChangeLog::snapshot(db, table, id)), code,
                         CreditCode::problemText(CreditCode::validate(code), code))};
    });
    part("rule", [&] {
        for (const RuleFinding &f : PeopleCheck::findings(const_cast<Database &>(db)))
            report.findings << CheckFinding{QStringLiteral("rule"), f.rule, RuleFinding::severityKey(f.severity),
                                            RecordLabels::tableOf(f.record),
                                            f.rowId, f.message};
    });
    part("rule", [&] {
        for (const RuleFinding &f : IntakeCheck::findings(const_cast<Database &>(db)))
            report.findings << CheckFinding{QStringLiteral("rule"), f.rule, RuleFinding::severityKey(f.severity),
                                            RecordLabels::tableOf(f.record), f.rowId, f.message};
    });
    part("rule", [&] {
        // Every P-rule over every programme, and its teams.
        Database &writable = const_cast<Database &>(db);
        const ProgrammeRepository programmes(writable);
        const ProgrammeCheckContext context = ProgrammeCheckContext::load(writable);
        const QString table = ProgrammeRepository::rootTable();
        const QList<Programme> all = programmes.loadAll();
        for (const Programme &p : all)
            for (const ProgrammeViolation &v : ProgrammeRepository::check(p, context))
                report.findings << CheckFinding{QStringLiteral("rule"), v.finding.rule, RuleFinding::severityKey(v.finding.severity),
                                                table, p.id,
                                                tr("Audit programme of %1: %2").arg(p.clientName, v.finding.message)};
        // Corrections past their deadline (F-correction).
        for (const Programme &p : all)
            for (int i = 0; i < p.audits.size(); ++i)
                for (const AuditFinding &f : p.audits.at(i).findings)
                    if (FindingRules::overdue(f, today, context.parameters))
                        report.findings << CheckFinding{
                            QStringLiteral("rule"), QStringLiteral("F-correction"), error, QStringLiteral("audit_findings"), f.id,
                            tr("Audit programme of %1, %2: the %3 against %4 was due for correction by %5 and is not "
                               "accepted.")
                                .arg(p.clientName, ProgrammeRules::auditName(p, i), FindingRules::gradeLabel(f.grade).toLower(),
                                     f.requirement, FindingRules::deadline(f, context.parameters).toString(Qt::ISODate))};
        // The C-rules over every certificate, and its stored status against its events.
        QHash<qint64, const Programme *> byId;
        for (const Programme &p : all)
            byId.insert(p.id, &p);
        const QString certificates = CertificateRepository::rootTable();
        const QList<Certificate> allCertificates = CertificateRepository(writable).loadAll();
        for (const Certificate &c : allCertificates) {
            for (const RuleFinding &f : CertificateRules::check(c, byId.value(c.programmeId), today, context.parameters))
                report.findings << CheckFinding{QStringLiteral("rule"), f.rule, RuleFinding::severityKey(f.severity),
                                                certificates, c.id, tr("%1: %2").arg(c.clientName, f.message)};
            const QString stored = db.scalar(QStringLiteral("SELECT status FROM certificates WHERE id = ?"), {c.id}).toString();
            const CertificateStatus replayed = CertificateRules::stateOn(c, QDate()).status;
            if (stored != CertificateRules::statusCode(replayed))
                report.findings << CheckFinding{
                    QStringLiteral("rule"), QStringLiteral("C-history"), error, certificates, c.id,
                    tr("Certificate %1 of %2 is stored as %3, but its events make it %4.")
                        .arg(c.number, c.clientName,
                             CertificateRules::statusFromCode(stored) ? CertificateRules::statusLabel(*CertificateRules::statusFromCode(stored))
                                                                      : stored,
                             CertificateRules::statusLabel(replayed))};
        }
        // Records: the dossiers past their retention date (listed, for the body to decide).
        for (const RetentionCheck::Dossier &d : RetentionCheck::dossiers(db, context.parameters, 0, &allCertificates))
            if (d.keepUntil.isValid() && d.keepUntil < today)
                report.findings << CheckFinding{
                    QStringLiteral("rule"), QStringLiteral("Records"), QStringLiteral("warning"), QStringLiteral("clients"),
                    d.clientId,
                    tr("The records of %1 were to be kept until %2; that day has passed, and the dossier may be disposed "
                       "of under the body's procedure.")
                        .arg(d.clientName, d.keepUntil.toString(Qt::ISODate))};
    });
    return report;
}
