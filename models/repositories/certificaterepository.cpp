#include "certificaterepository.h"

#include "db/database.h"
#include "domain/application.h"
#include "domain/cncacodes.h"
#include "repositories/bodysettingsrepository.h"
#include "repositories/parameterrepository.h"
#include "repositories/programmerepository.h"
#include "repositories/rowwriter.h"
#include "repositories/sqlvalues.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace {

using namespace SqlValues;

const QString kCertificates = QStringLiteral("certificates");
const QString kEvents = QStringLiteral("certificate_events");
const QString kDecisions = QStringLiteral("decisions");

QString joinedCodes(const QStringList &codes) { return codes.join(u' '); }

QVariantList eventValues(const CertificateEvent &e)
{
    return {CertificateRules::eventKey(e.kind), date(e.occurredOn), text(e.reasonCode), longText(e.note),
            e.reverses > 0 ? QVariant(e.reverses) : QVariant(QMetaType(QMetaType::LongLong)), longText(e.scopeZh),
            longText(e.scopeEn), text(e.recordedBy)};
}

CertificateEvent eventFrom(const QSqlQuery &q, int first)
{
    CertificateEvent e;
    int i = first;
    e.id = q.value(i++).toLongLong();
    e.kind = CertificateRules::eventFromKey(q.value(i++).toString()).value_or(CertificateEvent::Kind::Issue);
    e.occurredOn = toDate(q.value(i++));
    e.reasonCode = q.value(i++).toString();
    e.note = q.value(i++).toString();
    e.reverses = q.value(i++).toLongLong();
    e.scopeZh = q.value(i++).toString();
    e.scopeEn = q.value(i++).toString();
    e.recordedBy = q.value(i++).toString();
    return e;
}

const QString kCertificateSelect = QStringLiteral(
    "SELECT x.id, x.client_id, x.programme_id, x.decision_id, x.number, x.scope_zh, x.scope_en, x.scope_classes, x.sites, "
    "x.standard, x.issued_on, x.first_issued_on, x.expires_on, c.name_zh FROM certificates x JOIN clients c ON c.id = x.client_id");

Certificate certificateFrom(const QSqlQuery &q)
{
    Certificate c;
    c.id = q.value(0).toLongLong();
    c.clientId = q.value(1).toLongLong();
    c.programmeId = q.value(2).toLongLong();
    c.decisionId = q.value(3).toLongLong();
    c.number = q.value(4).toString();
    c.scopeZh = q.value(5).toString();
    c.scopeEn = q.value(6).toString();
    c.scopeClasses = q.value(7).toString().split(u' ', Qt::SkipEmptyParts);
    c.sites = q.value(8).toString().split(u'\n', Qt::SkipEmptyParts);
    c.standard = q.value(9).toString();
    c.issuedOn = toDate(q.value(10));
    c.firstIssuedOn = toDate(q.value(11));
    c.expiresOn = toDate(q.value(12));
    c.clientName = q.value(13).toString();
    return c;
}

QVariantList certificateValues(const Certificate &c, CertificateStatus status)
{
    return {c.clientId, c.programmeId, c.decisionId, text(c.number), longText(c.scopeZh), longText(c.scopeEn),
            text(joinedCodes(c.scopeClasses)), longText(c.sites.join(u'\n')), text(c.standard), date(c.issuedOn),
            date(c.firstIssuedOn), date(c.expiresOn), CertificateRules::statusCode(status)};
}

const QString kEventColumns = QStringLiteral("id, ") + CertificateFields::event().keys().join(QStringLiteral(", "));

CertificationDecision decisionFrom(const QSqlQuery &q)
{
    CertificationDecision d;
    d.id = q.value(0).toLongLong();
    d.programmeId = q.value(1).toLongLong();
    d.outcome = CertificateRules::outcomeFromKey(q.value(2).toString()).value_or(CertificationDecision::Outcome::Refuse);
    d.decidedOn = toDate(q.value(3));
    d.decidedBy = q.value(4).toLongLong();
    d.deciderName = q.value(5).toString();
    d.reasons = q.value(6).toString();
    return d;
}

} // namespace

CertificateRepository::CertificateRepository(Database &db) : m_db(db) {}

QString CertificateRepository::rootTable() { return kCertificates; }

QStringList CertificateRepository::tables() { return {kCertificates, kEvents, kDecisions}; }

QStringList CertificateRepository::readTables()
{
    return {QStringLiteral("clients"), QStringLiteral("programmes"), QStringLiteral("audits")};
}

QList<CertificateListRow> CertificateRepository::list(const QDate &today, qint64 clientId) const
{
    QList<CertificateListRow> rows;
    // The scope as it stands: the last standing scope change, else the issued scope. Only
    // certificates with scope changes need their events replayed; the rest is one query.
    QHash<qint64, QPair<QString, QString>> changedScope;
    QHash<qint64, QPair<CertificateStatus, QDate>> suspendedSince;
    {
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT DISTINCT certificate_id FROM certificate_events "
                                               "WHERE kind IN ('extend', 'reduce', 'reverse')")
                                + (clientId != 0 ? QStringLiteral(" AND certificate_id IN (SELECT id FROM certificates WHERE client_id = ?)")
                                                 : QString()),
                                clientId != 0 ? QVariantList{clientId} : QVariantList{});
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        for (qint64 id : std::as_const(ids))
            if (const std::optional<Certificate> c = load(id)) {
                const CertificateState s = CertificateRules::stateOn(*c, QDate());
                changedScope.insert(id, {s.scopeZh, s.scopeEn});
            }
    }
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT x.id, x.client_id, x.programme_id, c.name_zh, c.credit_code, x.number, x.status, x.issued_on, "
        "x.first_issued_on, x.expires_on, x.scope_zh, x.scope_en FROM certificates x JOIN clients c ON c.id = x.client_id")
        + (clientId != 0 ? QStringLiteral(" WHERE x.client_id = ?") : QString()) + QStringLiteral(" ORDER BY x.number"),
        clientId != 0 ? QVariantList{clientId} : QVariantList{});
    while (q.next()) {
        CertificateListRow r;
        r.id = q.value(0).toLongLong();
        r.clientId = q.value(1).toLongLong();
        r.programmeId = q.value(2).toLongLong();
        r.clientName = q.value(3).toString();
        r.creditCode = q.value(4).toString();
        r.number = q.value(5).toString();
        r.status = CertificateRules::statusFromCode(q.value(6).toString()).value_or(CertificateStatus::Valid);
        r.issuedOn = toDate(q.value(7));
        r.firstIssuedOn = toDate(q.value(8));
        r.expiresOn = toDate(q.value(9));
        const auto changed = changedScope.constFind(r.id);
        r.scopeZh = changed == changedScope.constEnd() ? q.value(10).toString() : changed->first;
        r.scopeEn = changed == changedScope.constEnd() ? q.value(11).toString() : changed->second;
        if (today.isValid() && r.expiresOn.isValid() && today > r.expiresOn
            && (r.status == CertificateStatus::Valid || r.status == CertificateStatus::Suspended))
            r.status = CertificateStatus::Expired;
        rows << r;
    }
    return rows;
}

int CertificateRepository::count() const { return m_db.scalar(QStringLiteral("SELECT count(*) FROM certificates")).toInt(); }

std::optional<Certificate> CertificateRepository::load(qint64 id) const
{
    QSqlQuery q = m_db.exec(kCertificateSelect + QStringLiteral(" WHERE x.id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    Certificate c = certificateFrom(q);
    QSqlQuery e = m_db.exec(QStringLiteral("SELECT ") + kEventColumns
                                + QStringLiteral(" FROM certificate_events WHERE certificate_id = ? ORDER BY id"),
                            {id});
    while (e.next())
        c.events << eventFrom(e, 0);
    return c;
}

QList<Certificate> CertificateRepository::loadAll() const { return loadWhere(QStringLiteral("1"), {}); }

QList<Certificate> CertificateRepository::loadSuspended(const QDate &by) const
{
    return loadWhere(QStringLiteral("x.status = '02' AND EXISTS (SELECT 1 FROM certificate_events s "
                                    "WHERE s.certificate_id = x.id AND s.kind = 'suspend' AND s.occurred_on <= ?)"),
                     {date(by)});
}

QList<Certificate> CertificateRepository::loadWhere(const QString &condition, const QVariantList &values) const
{
    QList<Certificate> all;
    QHash<qint64, qsizetype> index;
    QSqlQuery q = m_db.exec(kCertificateSelect + QStringLiteral(" WHERE %1 ORDER BY x.id").arg(condition), values);
    while (q.next()) {
        all << certificateFrom(q);
        index.insert(all.constLast().id, all.size() - 1);
    }
    QSqlQuery e = m_db.exec(QStringLiteral("SELECT e.certificate_id, ") + kEventColumns
                                + QStringLiteral(" FROM certificate_events e WHERE e.certificate_id IN "
                                                 "(SELECT x.id FROM certificates x WHERE %1) ORDER BY e.id").arg(condition),
                            values);
    while (e.next()) {
        const auto it = index.constFind(e.value(0).toLongLong());
        if (it != index.constEnd())
            all[*it].events << eventFrom(e, 1);
    }
    return all;
}

qint64 CertificateRepository::ofProgramme(qint64 programmeId) const
{
    return m_db.scalar(QStringLiteral("SELECT id FROM certificates WHERE programme_id = ?"), {programmeId}).toLongLong();
}

QList<qint64> CertificateRepository::ofClient(qint64 clientId) const
{
    QList<qint64> ids;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM certificates WHERE client_id = ? ORDER BY issued_on DESC, id DESC"),
                            {clientId});
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

std::optional<CertificationDecision> CertificateRepository::decisionOf(qint64 programmeId) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, ") + CertificateFields::decision().keys().join(QStringLiteral(", "))
                                + QStringLiteral(" FROM decisions WHERE programme_id = ?"),
                            {programmeId});
    if (!q.next())
        return std::nullopt;
    return decisionFrom(q);
}

std::optional<CertificationDecision> CertificateRepository::loadDecision(qint64 id) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, ") + CertificateFields::decision().keys().join(QStringLiteral(", "))
                                + QStringLiteral(" FROM decisions WHERE id = ?"),
                            {id});
    if (!q.next())
        return std::nullopt;
    return decisionFrom(q);
}

DecisionBasis CertificateRepository::basis(qint64 programmeId, const User &decider, const QDate &today) const
{
    DecisionBasis basis;
    basis.decider = decider;
    basis.today = today;
    ProgrammeRepository programmes(m_db);
    if (const std::optional<Programme> p = programmes.load(programmeId))
        basis.programme = *p;
    else
        return basis;
    basis.alreadyDecided = decisionOf(programmeId).has_value();
    if (basis.programme.cycle == Programme::Cycle::Initial) {
        for (const ProgrammeAudit &a : std::as_const(basis.programme.audits))
            if (a.counts() && (a.kind == ProgrammeAudit::Kind::Stage1 || a.kind == ProgrammeAudit::Kind::Stage2))
                basis.decisive << a;
        const bool stage2 = std::any_of(basis.decisive.cbegin(), basis.decisive.cend(),
                                        [](const ProgrammeAudit &a) { return a.kind == ProgrammeAudit::Kind::Stage2; });
        if (!stage2)
            basis.decisive.clear();
    } else {
        // The cycle before: the client's programme decided most recently before this one.
        const qint64 previous = m_db.scalar(QStringLiteral(
            "SELECT id FROM programmes WHERE client_id = ? AND id <> ? AND decided_on IS NOT NULL "
            "AND decided_on <= ? ORDER BY decided_on DESC, id DESC LIMIT 1"),
            {basis.programme.clientId, programmeId, date(basis.programme.plannedDecision)}).toLongLong();
        if (previous > 0) {
            if (const std::optional<Programme> before = programmes.load(previous))
                for (const ProgrammeAudit &a : before->audits)
                    if (a.counts() && a.kind == ProgrammeAudit::Kind::Recertification)
                        basis.decisive << a;
            if (const qint64 certificate = ofProgramme(previous))
                if (const std::optional<Certificate> c = load(certificate)) {
                    basis.previousExpiry = c->expiresOn;
                    basis.previousFirstIssue = c->firstIssuedOn;
                }
        }
    }
    return basis;
}

QString CertificateRepository::nextNumber(const QDate &day) const
{
    const BodySettings settings = BodySettingsRepository(m_db).load();
    int seq = m_db.scalar(QStringLiteral("SELECT count(*) FROM certificates WHERE issued_on LIKE ?"),
                          {QString::number(day.year()) + QStringLiteral("-%")}).toInt() + 1;
    for (;; ++seq) {
        const QString number = ApplicationRules::number(settings.certificateNumberPattern, day, seq);
        if (!m_db.scalar(QStringLiteral("SELECT 1 FROM certificates WHERE number = ?"), {number}).isValid())
            return number;
    }
}

WriteResult CertificateRepository::decide(const CertificationDecision &decision, const User &decider, const QDate &today)
{
    WriteResult result;
    try {
        const DecisionBasis basis = this->basis(decision.programmeId, decider, today);
        if (basis.programme.id == 0) {
            result.message = tr("The programme no longer exists; the list was out of date.");
            return result;
        }
        result.problems = DecisionRules::problems(basis, decision);
        if (!result.problems.isEmpty()) {
            QStringList lines;
            for (const FieldProblem &p : std::as_const(result.problems))
                lines << (p.rule.isEmpty() ? p.message : QStringLiteral("%1 (%2)").arg(p.message, p.rule));
            result.message = tr("The decision was not recorded: %1").arg(lines.join(QLatin1Char(' ')));
            return result;
        }
        const Programme &p = basis.programme;
        const RuleParameters parameters = ParameterRepository(m_db).load();
        Transaction transaction(m_db);
        const qint64 decisionId = RowWriter::insert(
            m_db, kDecisions, CertificateFields::decision().keys(),
            {p.id, CertificateRules::outcomeKey(decision.outcome), date(decision.decidedOn), decider.id, text(decider.name),
             longText(decision.reasons)},
            p.clientId);
        if (decision.outcome == CertificationDecision::Outcome::Refuse) {
            RowWriter::update(m_db, QStringLiteral("programmes"), p.id, {QStringLiteral("decided_on")},
                              {date(decision.decidedOn)}, p.clientId);
            transaction.commit();
            result.ok = true;
            result.id = decisionId;
            return result;
        }
        const DecisionRules::Dates dates = DecisionRules::certificateDates(basis, decision.decidedOn, parameters);
        RowWriter::update(m_db, QStringLiteral("programmes"), p.id, {QStringLiteral("decided_on"), QStringLiteral("expires_on")},
                          {date(decision.decidedOn), date(dates.expires)}, p.clientId);
        Certificate c;
        c.clientId = p.clientId;
        c.programmeId = p.id;
        c.decisionId = decisionId;
        c.number = nextNumber(dates.issued);
        c.issuedOn = dates.issued;
        c.firstIssuedOn = dates.firstIssued;
        c.expiresOn = dates.expires;
        QSqlQuery a = m_db.exec(QStringLiteral("SELECT a.id, a.scope_zh, a.scope_en, a.standards FROM contracts k "
                                               "JOIN applications a ON a.id = k.application_id WHERE k.id = ?"),
                                {p.contractId});
        if (a.next()) {
            const qint64 applicationId = a.value(0).toLongLong();
            c.scopeZh = a.value(1).toString();
            c.scopeEn = a.value(2).toString();
            c.standard = a.value(3).toString();
            QSqlQuery s = m_db.exec(QStringLiteral("SELECT s.name, s.address FROM application_sites x JOIN client_sites s "
                                                   "ON s.id = x.site_id WHERE x.application_id = ? ORDER BY s.id"),
                                    {applicationId});
            while (s.next())
                c.sites << (s.value(1).toString().isEmpty() ? s.value(0).toString()
                                                              : s.value(0).toString() + QStringLiteral(" — ") + s.value(1).toString());
        }
        c.scopeClasses = p.scopeClasses;
        if (c.standard.trimmed().isEmpty())
            c.standard = QStringLiteral("ISO/IEC 27001:2022; ISO/IEC 27017:2015");
        c.id = RowWriter::insert(m_db, kCertificates, CertificateFields::certificate().keys(),
                                 certificateValues(c, CertificateStatus::Valid), p.clientId);
        CertificateEvent issue;
        issue.kind = CertificateEvent::Kind::Issue;
        issue.occurredOn = dates.issued;
        issue.scopeZh = c.scopeZh;
        issue.scopeEn = c.scopeEn;
        issue.recordedBy = decider.name;
        issue.note = decision.reasons;
        RowWriter::insert(m_db, kEvents, QStringList{QStringLiteral("certificate_id")} + CertificateFields::event().keys(),
                          QVariantList{c.id} + eventValues(issue), p.clientId);
        transaction.commit();
        result.ok = true;
        result.id = c.id;
    } catch (const SqlError &e) {
        result.message = tr("The decision could not be recorded, and nothing was changed: %1").arg(e.message());
    }
    return result;
}

WriteResult CertificateRepository::addEvent(qint64 certificateId, const CertificateEvent &event, const QDate &today)
{
    WriteResult result;
    try {
        std::optional<Certificate> c = load(certificateId);
        if (!c) {
            result.message = tr("The certificate no longer exists; the list was out of date.");
            return result;
        }
        const QString list = CertificateRules::reasonList(event.kind);
        const QStringList codes = list.isEmpty() ? QStringList() : CncaCodes::shipped().codes(list);
        result.problems = CertificateRules::eventProblems(*c, event, today, codes);
        if (!result.problems.isEmpty()) {
            result.message = tr("The event was not recorded: %1").arg(result.problems.first().message);
            return result;
        }
        Transaction transaction(m_db);
        result.id = RowWriter::insert(m_db, kEvents, QStringList{QStringLiteral("certificate_id")} + CertificateFields::event().keys(),
                                      QVariantList{certificateId} + eventValues(event), c->clientId);
        CertificateEvent stored = event;
        stored.id = result.id;
        c->events << stored;
        const CertificateState state = CertificateRules::stateOn(*c, QDate());
        RowWriter::update(m_db, kCertificates, certificateId, {QStringLiteral("status")},
                          {CertificateRules::statusCode(state.status)}, c->clientId);
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.message = tr("The event could not be recorded, and nothing was changed: %1").arg(e.message());
    }
    return result;
}

QList<ChangeEntry> CertificateRepository::history(qint64 id) const
{
    QList<ChangeEntry> entries = ChangeLog::history(m_db, kCertificates, id);
    const qint64 client = m_db.scalar(QStringLiteral("SELECT client_id FROM certificates WHERE id = ?"), {id}).toLongLong();
    const qint64 decision = m_db.scalar(QStringLiteral("SELECT decision_id FROM certificates WHERE id = ?"), {id}).toLongLong();
    if (client <= 0)
        return entries;
    for (const ChangeEntry &entry : ChangeLog::clientHistory(m_db, client)) {
        const QJsonObject &image = entry.after.isEmpty() ? entry.before : entry.after;
        if ((entry.table == kEvents && image.value(QLatin1String("certificate_id")).toInteger() == id)
            || (entry.table == kDecisions && entry.rowId == decision))
            entries << entry;
    }
    std::sort(entries.begin(), entries.end(), [](const ChangeEntry &a, const ChangeEntry &b) { return a.id > b.id; });
    return entries;
}

qint64 CertificateRepository::insertUnchecked(const CertificationDecision &decision, const Certificate &certificate)
{
    const qint64 clientId = m_db.scalar(QStringLiteral("SELECT client_id FROM programmes WHERE id = ?"),
                                        {decision.programmeId}).toLongLong();
    const qint64 decisionId = RowWriter::insert(
        m_db, kDecisions, CertificateFields::decision().keys(),
        {decision.programmeId, CertificateRules::outcomeKey(decision.outcome), date(decision.decidedOn), decision.decidedBy,
         text(decision.deciderName), longText(decision.reasons)},
        clientId);
    if (decision.outcome == CertificationDecision::Outcome::Refuse) {
        RowWriter::update(m_db, QStringLiteral("programmes"), decision.programmeId, {QStringLiteral("decided_on")},
                          {date(decision.decidedOn)}, clientId);
        return decisionId;
    }
    RowWriter::update(m_db, QStringLiteral("programmes"), decision.programmeId,
                      {QStringLiteral("decided_on"), QStringLiteral("expires_on")},
                      {date(decision.decidedOn), date(certificate.expiresOn)}, clientId);
    Certificate c = certificate;
    c.clientId = clientId;
    c.programmeId = decision.programmeId;
    c.decisionId = decisionId;
    const CertificateState state = CertificateRules::stateOn(c, QDate());
    c.id = RowWriter::insert(m_db, kCertificates, CertificateFields::certificate().keys(), certificateValues(c, state.status),
                             clientId);
    const QStringList columns = QStringList{QStringLiteral("certificate_id")} + CertificateFields::event().keys();
    QHash<qint64, qint64> ids;   // an event's id in the value type -> in the database (for reversals)
    for (const CertificateEvent &e : std::as_const(c.events)) {
        CertificateEvent stored = e;
        stored.reverses = ids.value(e.reverses);
        const qint64 id = RowWriter::insert(m_db, kEvents, columns, QVariantList{c.id} + eventValues(stored), clientId);
        if (e.id != 0)
            ids.insert(e.id, id);
    }
    return c.id;
}
