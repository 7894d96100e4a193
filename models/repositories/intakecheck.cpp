#include "intakecheck.h"

#include "db/database.h"
#include "domain/application.h"
#include "domain/contract.h"
#include "repositories/applicationrepository.h"
#include "repositories/parameterrepository.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlQuery>

using ApplicationRules::Status;

QList<RuleFinding> IntakeCheck::findings(Database &db)
{
    QList<RuleFinding> findings;
    const RecordSpec *spec = &ApplicationFields::application();
    const RuleParameters parameters = ParameterRepository(db).load();
    QHash<qint64, QSet<qint64>> entities;   // client -> legal entities
    QSqlQuery e = db.exec(QStringLiteral("SELECT client_id, id FROM client_legal_entities"));
    while (e.next())
        entities[e.value(0).toLongLong()].insert(e.value(1).toLongLong());

    for (const Application &a : ApplicationRepository(db).loadAll()) {
        const auto add = [&](const QString &rule, RuleFinding::Severity severity, const QString &message) {
            findings << RuleFinding{rule, severity, message, spec, a.id};
        };
        for (const FieldProblem &p : ApplicationRules::validate(a))
            if (p.rule == QLatin1String("R-5.2.4"))
                add(p.rule, RuleFinding::Error,
                    QCoreApplication::translate("IntakeCheck", "Application %1: %2").arg(a.number, p.message));
        if (!a.statusChanges.isEmpty() && a.statusChanges.last().status != a.status)
            add(QStringLiteral("5.1"), RuleFinding::Error,
                QCoreApplication::translate("IntakeCheck", "Application %1 is %2, but its last dated status change says %3: "
                                                           "the status was changed outside the program.")
                    .arg(a.number, ApplicationRules::statusText(a.status), ApplicationRules::statusText(a.statusChanges.last().status)));
        if (a.status != Status::Accepted || !a.receivedOn.isValid())
            continue;
        const QList<ApplicantEligibility::Condition> conditions =
            ApplicantEligibility::evaluate(a.eligibility, a.receivedOn, parameters);
        for (const RuleFinding &f : ApplicantEligibility::reviewFindings(conditions))
            add(f.rule, RuleFinding::Error,
                QCoreApplication::translate("IntakeCheck", "Application %1 is accepted, but: %2").arg(a.number, f.message));
        QSet<qint64> proven;
        for (const ApplicationDocument &d : a.documents)
            if (d.kind == QLatin1String("D2") && d.receivedOn.isValid())
                proven.insert(d.legalEntityId);
        const QSet<qint64> missing = entities.value(a.clientId) - proven;
        if (!missing.isEmpty())
            add(QStringLiteral("5.1.3"), RuleFinding::Warning,
                QCoreApplication::translate("IntakeCheck", "Application %1 is accepted without a legal status proof (D2) for "
                                                           "%n of the client's legal entities.", nullptr, int(missing.size()))
                    .arg(a.number));
    }

    // Contracts (5.3): a signed one needs its date after the acceptance and every duty.
    const RecordSpec *contractSpec = &ContractFields::contract();
    QSqlQuery k = db.exec(QStringLiteral("SELECT k.id, k.number, k.version, k.signed_on, k.acknowledged_duties, r.finalised_on "
                                         "FROM contracts k JOIN application_reviews r ON r.id = k.review_id "
                                         "WHERE k.status <> 'draft' ORDER BY k.id"));
    while (k.next()) {
        const QString name = k.value(2).toInt() > 1 ? QStringLiteral("%1 v%2").arg(k.value(1).toString()).arg(k.value(2).toInt())
                                                    : k.value(1).toString();
        const QDate signedOn = QDate::fromString(k.value(3).toString(), Qt::ISODate);
        const QDate acceptedOn = QDate::fromString(k.value(5).toString(), Qt::ISODate);
        if (signedOn.isValid() && acceptedOn.isValid() && signedOn < acceptedOn)
            findings << RuleFinding{QStringLiteral("5.3.1"), RuleFinding::Error,
                                    QCoreApplication::translate("IntakeCheck", "Contract %1 is signed on %2, before the review "
                                                                               "accepted the application on %3.")
                                        .arg(name, k.value(3).toString(), k.value(5).toString()),
                                    contractSpec, k.value(0).toLongLong()};
        const QStringList acknowledged = k.value(4).toString().split(u',', Qt::SkipEmptyParts);
        QStringList missing;
        for (const QString &code : ContractDuties::codes())
            if (!acknowledged.contains(code))
                missing << code;
        if (!missing.isEmpty())
            findings << RuleFinding{QStringLiteral("5.3"), RuleFinding::Error,
                                    QCoreApplication::translate("IntakeCheck", "Contract %1 is signed without the duties %2 "
                                                                               "acknowledged.").arg(name, missing.join(QStringLiteral(", "))),
                                    contractSpec, k.value(0).toLongLong()};
    }

    // Attached files no document refers to (attached, then the change discarded): kept,
    // since an undo may bring the document back, but said.
    const int orphans = db.scalar(QStringLiteral("SELECT count(*) FROM attachments WHERE id NOT IN "
                                                 "(SELECT attachment_id FROM application_documents WHERE attachment_id IS NOT NULL)")).toInt();
    if (orphans > 0)
        findings << RuleFinding{QStringLiteral("records"), RuleFinding::Warning,
                                QCoreApplication::translate("IntakeCheck", "%n attached file(s) belong to no document (attached, "
                                                                           "then the change was discarded or undone); they are "
                                                                           "kept and take room in the database.", nullptr, orphans),
                                &ApplicationFields::attachment(), 0};

    // Attached files: the content against the hash and size written with it.
    const RecordSpec *attachment = &ApplicationFields::attachment();
    QSqlQuery f = db.exec(QStringLiteral("SELECT id, sha256, byte_size, content FROM attachments ORDER BY id"));
    while (f.next()) {
        const QByteArray content = f.value(3).toByteArray();
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        if (sha != f.value(1).toString() || content.size() != f.value(2).toLongLong())
            findings << RuleFinding{QStringLiteral("records"), RuleFinding::Error,
                                    QCoreApplication::translate("IntakeCheck", "Attached file #%1 is no longer the file that was "
                                                                               "attached: its content does not match its SHA-256 "
                                                                               "%2 (changed outside the program).")
                                        .arg(f.value(0).toLongLong()).arg(f.value(1).toString().left(16)),
                                    attachment, f.value(0).toLongLong()};
    }
    return findings;
}
