#include "contractrepository.h"

#include "db/database.h"
#include "repositories/applicationrepository.h"
#include "repositories/auditfigures.h"
#include "repositories/bodysettingsrepository.h"
#include "repositories/reviewrepository.h"
#include "repositories/rowwriter.h"
#include "repositories/sqlvalues.h"
#include "domain/textrules.h"

#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace {

const QString kContracts = QStringLiteral("contracts");
const QString kFees = QStringLiteral("contract_fees");
const QStringList kColumns = ContractFields::contract().keys();

// The acknowledged duties in the rules' order, comma-separated.
QString dutiesText(const QStringList &codes)
{
    QStringList ordered;
    for (const QString &code : ContractDuties::codes())
        if (codes.contains(code))
            ordered << code;
    return ordered.join(u',');
}

QVariantList contractValues(const Contract &c)
{
    using namespace SqlValues;
    return QVariantList{c.applicationId, c.reviewId, text(c.number), c.version, nullableId(c.amendsId), text(c.clientParty),
                        text(c.bodyParty), ContractRules::statusKey(c.status), date(c.signedOn), date(c.terminatedOn),
                        longText(c.terminationReason)}
           + AuditFigures::values(c.figures) + QVariantList{text(dutiesText(c.acknowledged)), longText(c.notes)};
}

const QString kSelect = QStringLiteral("SELECT id, ") + kColumns.join(QStringLiteral(", ")) + QStringLiteral(" FROM contracts");

Contract contractFrom(const QSqlQuery &q)
{
    using SqlValues::toDate;
    Contract c;
    int i = 0;
    c.id = q.value(i++).toLongLong();
    c.applicationId = q.value(i++).toLongLong();
    c.reviewId = q.value(i++).toLongLong();
    c.number = q.value(i++).toString();
    c.version = q.value(i++).toInt();
    c.amendsId = q.value(i++).toLongLong();
    c.clientParty = q.value(i++).toString();
    c.bodyParty = q.value(i++).toString();
    c.status = ContractRules::statusFromKey(q.value(i++).toString()).value_or(Contract::Status::Draft);
    c.signedOn = toDate(q.value(i++));
    c.terminatedOn = toDate(q.value(i++));
    c.terminationReason = q.value(i++).toString();
    c.figures = AuditFigures::from(q, i);
    i += 8;
    c.acknowledged = q.value(i++).toString().split(u',', Qt::SkipEmptyParts);
    c.notes = q.value(i++).toString();
    return c;
}

QList<RowWriter::Row> feeRows(const Contract &c)
{
    QList<RowWriter::Row> rows;
    for (const FeeItem &f : c.fees)
        rows << RowWriter::Row{f.id, {SqlValues::text(f.item), f.amountFen}};
    return rows;
}

} // namespace

ContractRepository::ContractRepository(Database &db) : m_db(db) {}

QString ContractRepository::rootTable() { return kContracts; }

QStringList ContractRepository::tables() { return {kContracts, kFees}; }

QStringList ContractRepository::readTables()
{
    return {QStringLiteral("applications"), QStringLiteral("application_reviews"), QStringLiteral("clients"),
            QStringLiteral("body_settings")};
}

qint64 ContractRepository::clientOf(qint64 applicationId) const
{
    return m_db.scalar(QStringLiteral("SELECT client_id FROM applications WHERE id = ?"), {applicationId}).toLongLong();
}

QList<ContractListRow> ContractRepository::list(const ContractListQuery &query) const
{
    QStringList conditions;
    QVariantList values;
    if (query.clientId != 0) {
        conditions << QStringLiteral("a.client_id = ?");
        values << query.clientId;
    }
    for (const QString &word : query.filter.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        conditions << QStringLiteral("(k.number LIKE ? ESCAPE '\\' OR a.number LIKE ? ESCAPE '\\' OR c.name_zh LIKE ? ESCAPE '\\')");
        const QString pattern = SqlValues::containsPattern(word);
        values << pattern << pattern << pattern;
    }
    const QString where = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT k.id, k.application_id, k.number, k.version, a.number, c.name_zh, k.status, k.signed_on, "
        "(SELECT coalesce(sum(amount_fen), 0) FROM contract_fees f WHERE f.contract_id = k.id), "
        "(SELECT max(n.id) FROM contracts n WHERE n.amends_id = k.id) "
        "FROM contracts k JOIN applications a ON a.id = k.application_id JOIN clients c ON c.id = a.client_id")
        + where + QStringLiteral(" ORDER BY k.id DESC"), values);
    QList<ContractListRow> rows;
    while (q.next()) {
        ContractListRow r;
        r.id = q.value(0).toLongLong();
        r.applicationId = q.value(1).toLongLong();
        r.number = q.value(2).toString();
        r.version = q.value(3).toInt();
        r.applicationNumber = q.value(4).toString();
        r.clientName = q.value(5).toString();
        r.status = ContractRules::statusFromKey(q.value(6).toString()).value_or(Contract::Status::Draft);
        r.signedOn = SqlValues::toDate(q.value(7));
        r.totalFen = q.value(8).toLongLong();
        r.amendedBy = q.value(9).toLongLong();
        rows << r;
    }
    return rows;
}

int ContractRepository::count() const { return m_db.scalar(QStringLiteral("SELECT count(*) FROM contracts")).toInt(); }

std::optional<Contract> ContractRepository::load(qint64 id) const
{
    QSqlQuery q = m_db.exec(kSelect + QStringLiteral(" WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    Contract c = contractFrom(q);
    QSqlQuery f = m_db.exec(QStringLiteral("SELECT id, item, amount_fen FROM contract_fees WHERE contract_id = ? ORDER BY id"), {id});
    while (f.next())
        c.fees << FeeItem{f.value(0).toLongLong(), f.value(1).toString(), f.value(2).toLongLong()};
    return c;
}

QList<FieldProblem> ContractRepository::validate(const Contract &c) const
{
    QList<FieldProblem> problems = ContractRules::validate(c);
    if (c.reviewId > 0) {
        const std::optional<ApplicationReview> review = ReviewRepository(m_db).load(c.reviewId);
        if (!review || !review->isFinal() || review->decision != ApplicationReview::Decision::Accept)
            problems << FieldProblem{QStringLiteral("review_id"), tr("A contract is made from a finalised review that accepted "
                                                                     "the application.")};
    }
    return problems;
}

void ContractRepository::writeSubRecords(const Contract &c, qint64 id, const Contract *previous, qint64 clientId)
{
    const Contract none;
    const Contract &before = previous ? *previous : none;
    RowWriter::sync(m_db, kFees, QStringLiteral("contract_id"), id, ContractFields::fee().keys(), feeRows(c), feeRows(before), clientId);
}

qint64 ContractRepository::insertUnchecked(const Contract &c, qint64 clientId)
{
    qint64 id = 0;
    if (c.id > 0 && !m_db.scalar(QStringLiteral("SELECT 1 FROM contracts WHERE id = ?"), {c.id}).isValid())
        id = c.id;
    const qint64 newId = RowWriter::insert(m_db, kContracts, kColumns, contractValues(c), clientId, id);
    writeSubRecords(c, newId, nullptr, clientId);
    return newId;
}

WriteResult ContractRepository::save(const Contract &contract)
{
    WriteResult result;
    try {
        const std::optional<Contract> previous = contract.id > 0 ? load(contract.id) : std::nullopt;
        if (previous && previous->isReadOnly()) {
            result.message = tr("A signed contract is not changed: amend it (a new version naming this one).");
            return result;
        }
        Contract c = contract;
        if (previous) {
            // What the flow sets is not a save's to change.
            c.applicationId = previous->applicationId;
            c.reviewId = previous->reviewId;
            c.number = previous->number;
            c.version = previous->version;
            c.amendsId = previous->amendsId;
            c.figures = previous->figures;
        }
        c.status = Contract::Status::Draft;
        c.signedOn = QDate();
        c.terminatedOn = QDate();
        result.problems = validate(c);
        if (!result.problems.isEmpty()) {
            result.message = tr("The contract was not saved: %1").arg(result.problems.first().message);
            return result;
        }
        const qint64 client = clientOf(c.applicationId);
        Transaction transaction(m_db);
        if (!previous) {
            result.id = insertUnchecked(c, client);
        } else {
            result.id = c.id;
            RowWriter::update(m_db, kContracts, c.id, kColumns, contractValues(c), client);
            writeSubRecords(c, c.id, &*previous, client);
        }
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.message = tr("The contract could not be saved, and nothing was changed: %1").arg(e.message());
    }
    return result;
}

WriteResult ContractRepository::createFromReview(qint64 reviewId, const QDate &on)
{
    WriteResult result;
    try {
        ReviewRepository reviews(m_db);
        const std::optional<ApplicationReview> review = reviews.load(reviewId);
        if (!review || !review->isFinal() || review->decision != ApplicationReview::Decision::Accept) {
            result.message = tr("A contract is made from a finalised review that accepted the application.");
            return result;
        }
        const std::optional<ApplicationReview> current = reviews.currentOf(review->applicationId);
        if (!current || current->id != reviewId) {
            result.message = tr("This review is superseded by a correction; make the contract from the current review.");
            return result;
        }
        if (const QVariant existing = m_db.scalar(QStringLiteral("SELECT id FROM contracts WHERE application_id = ? AND status <> "
                                                                 "'terminated' ORDER BY id DESC LIMIT 1"), {review->applicationId});
            existing.isValid()) {
            result.message = tr("The application has a contract already; amend it instead.");
            result.id = existing.toLongLong();
            return result;
        }
        const std::optional<Application> application = ApplicationRepository(m_db).load(review->applicationId);
        if (!application) {
            result.message = tr("The application no longer exists.");
            return result;
        }
        const BodySettings settings = BodySettingsRepository(m_db).load();
        Contract c;
        c.applicationId = application->id;
        c.reviewId = reviewId;
        c.clientParty = m_db.scalar(QStringLiteral("SELECT name_zh FROM clients WHERE id = ?"), {application->clientId}).toString();
        c.bodyParty = settings.bodyName;
        c.figures = review->figures;
        const QDate day = on.isValid() ? on : QDate::currentDate();
        int seq = m_db.scalar(QStringLiteral("SELECT count(DISTINCT number) FROM contracts WHERE number LIKE ?"),
                              {QStringLiteral("%") + QString::number(day.year()) + QStringLiteral("%")}).toInt() + 1;
        for (;; ++seq) {
            c.number = ApplicationRules::number(settings.contractNumberPattern, day, seq);
            if (!m_db.scalar(QStringLiteral("SELECT 1 FROM contracts WHERE number = ?"), {c.number}).isValid())
                break;
        }
        Transaction transaction(m_db);
        result.id = insertUnchecked(c, application->clientId);
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.message = tr("The contract could not be made, and nothing was changed: %1").arg(e.message());
    }
    return result;
}

QDate ContractRepository::acceptedOn(const Contract &contract) const
{
    return SqlValues::toDate(m_db.scalar(QStringLiteral("SELECT finalised_on FROM application_reviews WHERE id = ?"), {contract.reviewId}));
}

WriteResult ContractRepository::setStatus(qint64 id, Contract::Status to, const QDate &on, const QString &reason)
{
    WriteResult result;
    result.id = id;
    try {
        std::optional<Contract> c = load(id);
        if (!c) {
            result.message = tr("The contract no longer exists; the list was out of date.");
            return result;
        }
        if (to == Contract::Status::Signed) {
            if (c->status != Contract::Status::Draft) {
                result.message = tr("Only a draft is signed; this contract is %1.").arg(ContractRules::statusText(c->status));
                return result;
            }
            result.problems = ContractRules::signingProblems(*c, on, acceptedOn(*c));
            if (!result.problems.isEmpty()) {
                result.message = tr("The contract was not signed: %1").arg(result.problems.first().message);
                return result;
            }
            c->signedOn = on;
        } else {
            if (c->status != Contract::Status::Signed) {
                result.message = tr("Only a signed contract is terminated; a draft is deleted instead.");
                return result;
            }
            if (!on.isValid() || on < c->signedOn || TextRules::isBlank(reason)) {
                result.problems << FieldProblem{QStringLiteral("termination_reason"),
                                                tr("Give the date (not before the signing) and the reason of the termination.")};
                result.message = result.problems.first().message;
                return result;
            }
            c->terminatedOn = on;
            c->terminationReason = reason;
        }
        c->status = to;
        const qint64 client = clientOf(c->applicationId);
        Transaction transaction(m_db);
        RowWriter::update(m_db, kContracts, id, kColumns, contractValues(*c), client);
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.message = tr("The contract could not be changed, and nothing was changed: %1").arg(e.message());
    }
    return result;
}

WriteResult ContractRepository::sign(qint64 id, const QDate &on) { return setStatus(id, Contract::Status::Signed, on, {}); }

WriteResult ContractRepository::terminate(qint64 id, const QDate &on, const QString &reason)
{
    return setStatus(id, Contract::Status::Terminated, on, reason);
}

WriteResult ContractRepository::amend(qint64 id)
{
    WriteResult result;
    try {
        const std::optional<Contract> old = load(id);
        if (!old || old->status != Contract::Status::Signed) {
            result.message = tr("Only a signed contract is amended; a draft is simply edited.");
            return result;
        }
        if (m_db.scalar(QStringLiteral("SELECT 1 FROM contracts WHERE amends_id = ?"), {id}).isValid()) {
            result.message = tr("This version is amended already; amend the latest version.");
            return result;
        }
        Contract c = *old;
        c.id = 0;
        c.version = old->version + 1;
        c.amendsId = id;
        c.status = Contract::Status::Draft;
        c.signedOn = QDate();
        for (FeeItem &f : c.fees)
            f.id = 0;
        c.acknowledged.clear();   // the new version is acknowledged anew
        Transaction transaction(m_db);
        result.id = insertUnchecked(c, clientOf(c.applicationId));
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.message = tr("The amendment could not be started, and nothing was changed: %1").arg(e.message());
    }
    return result;
}

WriteResult ContractRepository::remove(qint64 id)
{
    WriteResult result;
    result.id = id;
    try {
        const std::optional<Contract> c = load(id);
        if (!c) {
            result.message = tr("The contract no longer exists; the list was out of date.");
            return result;
        }
        if (c->isReadOnly()) {
            result.message = tr("A signed contract is a record and is kept; terminate or amend it instead.");
            return result;
        }
        const qint64 client = clientOf(c->applicationId);
        Transaction transaction(m_db);
        Contract empty = *c;
        empty.fees.clear();
        empty.acknowledged.clear();
        writeSubRecords(empty, id, &*c, client);
        RowWriter::remove(m_db, kContracts, id, client);
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.message = tr("The contract could not be deleted, and nothing was changed: %1").arg(e.message());
    }
    return result;
}

QList<ChangeEntry> ContractRepository::history(qint64 id) const
{
    QList<ChangeEntry> entries = ChangeLog::history(m_db, kContracts, id);
    const qint64 client = entries.isEmpty() ? 0 : entries.first().clientId;
    if (client <= 0)
        return entries;
    for (const ChangeEntry &entry : ChangeLog::clientHistory(m_db, client)) {
        if (entry.table != kFees)
            continue;
        const QJsonObject &image = entry.after.isEmpty() ? entry.before : entry.after;
        if (image.value(QLatin1String("contract_id")).toInteger() == id)
            entries << entry;
    }
    std::sort(entries.begin(), entries.end(), [](const ChangeEntry &a, const ChangeEntry &b) { return a.id > b.id; });
    return entries;
}
