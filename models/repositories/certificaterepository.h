#pragma once

#include "db/changelog.h"
#include "domain/certificate.h"
#include "repositories/writeresult.h"

#include <QCoreApplication>
#include <QDate>

class Database;

struct CertificateListRow
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 programmeId = 0;
    QString clientName;
    QString creditCode;
    QString number;
    CertificateStatus status = CertificateStatus::Valid;   // on the day listed (expiry counted)
    QDate issuedOn;
    QDate firstIssuedOn;
    QDate expiresOn;
    QString scopeZh;       // as it stands (after scope changes)
    QString scopeEn;
};

// All SQL of certification decisions (认证决定) and certificates (证书) with their events.
// A decision is taken once per programme's cycle; a grant issues the certificate in the
// same transaction, numbered by the body's pattern. Certificate events are only ever
// added (addEvent), never changed or deleted; certificates.status follows them. Every write
// is logged under the client. These writes are records in their own right: the window runs
// them through Edits::record (logged, not undoable; a mistaken event is reversed by another).
class CertificateRepository
{
    Q_DECLARE_TR_FUNCTIONS(CertificateRepository)

public:
    explicit CertificateRepository(Database &db);
    static QString rootTable();
    static QStringList tables();
    static QStringList readTables();

    // The register, with each certificate's status on `today` and its current scope.
    QList<CertificateListRow> list(const QDate &today, qint64 clientId = 0) const;   // clientId 0: all
    int count() const;
    std::optional<Certificate> load(qint64 id) const;
    // Every certificate with its events, in a fixed number of queries (check, reports).
    QList<Certificate> loadAll() const;
    // The certificates suspended now (status 02) by a suspension begun on or before `by`,
    // with their events, in two queries (the Due page's C-suspend-max rows).
    QList<Certificate> loadSuspended(const QDate &by) const;
    qint64 ofProgramme(qint64 programmeId) const;
    QList<qint64> ofClient(qint64 clientId) const;   // newest first
    std::optional<CertificationDecision> decisionOf(qint64 programmeId) const;
    std::optional<CertificationDecision> loadDecision(qint64 id) const;

    // What a decision on the programme's cycle rests on, for `decider` on `today`.
    DecisionBasis basis(qint64 programmeId, const User &decider, const QDate &today) const;
    // Takes the decision: refused with the reasons (DecisionRules) and nothing written, or
    // the decision stored, the programme's decision and expiry set, and on a grant the
    // certificate issued (result.id: the certificate's id; the decision's on a refusal).
    WriteResult decide(const CertificationDecision &decision, const User &decider, const QDate &today);
    // Adds an event (CertificateRules::eventProblems with the reference codes) and sets the
    // status it leads to. result.id: the event's id.
    WriteResult addEvent(qint64 certificateId, const CertificateEvent &event, const QDate &today);
    // The number the next certificate issued on `day` gets.
    QString nextNumber(const QDate &day) const;
    QList<ChangeEntry> history(qint64 id) const;

    // Writes without the checks (demo data), inside the caller's transaction: the decision,
    // the programme's decision and expiry, and for a grant the certificate with its events
    // (the first one the issue) and the status they lead to. Returns the certificate's id
    // (the decision's for a refusal).
    qint64 insertUnchecked(const CertificationDecision &decision, const Certificate &certificate);

private:
    // Certificates matching `condition` on `x` (certificates), with their events.
    QList<Certificate> loadWhere(const QString &condition, const QVariantList &values) const;

    Database &m_db;
};
