#include "reviewrepository.h"

#include "db/database.h"
#include "repositories/applicationrepository.h"
#include "repositories/auditfigures.h"
#include "repositories/auditorrepository.h"
#include "repositories/parameterrepository.h"
#include "repositories/referencerepository.h"
#include "repositories/rowwriter.h"
#include "repositories/sqlvalues.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

using Decision = ApplicationReview::Decision;
using ApplicationRules::Status;

namespace {

const QString kReviews = QStringLiteral("application_reviews");
const QString kAdjustments = QStringLiteral("review_adjustments");
const QStringList kColumns = ReviewFields::review().keys();

QVariant optionalNumber(const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double)); }
std::optional<double> toOptional(const QVariant &v) { return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble()); }

QVariantList reviewValues(const ApplicationReview &r)
{
    using namespace SqlValues;
    return QVariantList{r.applicationId, text(r.reviewer), date(r.reviewedOn), date(r.plannedFrom), date(r.plannedTo),
                        r.onsitePercent, optionalNumber(r.stage1Days), optionalNumber(r.manualTableDays),
                        flag(r.partiesAgreed), date(r.agreedOn), ReviewRules::decisionKey(r.decision), longText(r.reasons)}
           + AuditFigures::values(r.figures)
           + QVariantList{date(r.finalisedOn), text(r.finalisedBy), nullableId(r.supersedesId), longText(r.notes)};
}

const QString kSelect = QStringLiteral("SELECT id, ") + kColumns.join(QStringLiteral(", ")) + QStringLiteral(" FROM application_reviews");

ApplicationReview reviewFrom(const QSqlQuery &q)
{
    using SqlValues::toDate;
    ApplicationReview r;
    int i = 0;
    r.id = q.value(i++).toLongLong();
    r.applicationId = q.value(i++).toLongLong();
    r.reviewer = q.value(i++).toString();
    r.reviewedOn = toDate(q.value(i++));
    r.plannedFrom = toDate(q.value(i++));
    r.plannedTo = toDate(q.value(i++));
    r.onsitePercent = q.value(i++).toDouble();
    r.stage1Days = toOptional(q.value(i++));
    r.manualTableDays = toOptional(q.value(i++));
    r.partiesAgreed = q.value(i++).toInt() != 0;
    r.agreedOn = toDate(q.value(i++));
    r.decision = ReviewRules::decisionFromKey(q.value(i++).toString()).value_or(Decision::None);
    r.reasons = q.value(i++).toString();
    r.figures = AuditFigures::from(q, i);
    i += 8;
    r.finalisedOn = toDate(q.value(i++));
    r.finalisedBy = q.value(i++).toString();
    r.supersedesId = q.value(i++).toLongLong();
    r.notes = q.value(i++).toString();
    return r;
}

QList<RowWriter::Row> adjustmentRows(const ApplicationReview &r)
{
    QList<RowWriter::Row> rows;
    for (const ReviewAdjustment &a : r.adjustments)
        rows << RowWriter::Row{a.id, {a.percent, SqlValues::text(a.reason)}};
    return rows;
}

// Only what the list and the flow need of the kept figures is compared: the figures are
// the repository's to write, at finalisation.
AuditTime::Result keptFigures(const AuditTime::Result &r)
{
    AuditTime::Result kept = r;
    kept.findings.clear();
    kept.netAdjustmentPercent = 0;
    return kept;
}

} // namespace

ReviewRepository::ReviewRepository(Database &db) : m_db(db) {}

QString ReviewRepository::rootTable() { return kReviews; }

QStringList ReviewRepository::tables() { return {kReviews, kAdjustments}; }

QStringList ReviewRepository::readTables()
{
    return ApplicationRepository::tables() + QStringList{QStringLiteral("clients"), QStringLiteral("auditors"),
                                                         QStringLiteral("auditor_competences"), QStringLiteral("auditor_conflicts"),
                                                         QStringLiteral("audit_time_rows"), QStringLiteral("rule_parameters")};
}

qint64 ReviewRepository::clientOf(qint64 applicationId) const
{
    return m_db.scalar(QStringLiteral("SELECT client_id FROM applications WHERE id = ?"), {applicationId}).toLongLong();
}

QList<ReviewListRow> ReviewRepository::list(const ReviewListQuery &query) const
{
    QStringList conditions;
    QVariantList values;
    if (query.openOnly)
        conditions << QStringLiteral("r.finalised_on IS NULL");
    if (query.applicationId > 0) {
        conditions << QStringLiteral("r.application_id = ?");
        values << query.applicationId;
    }
    if (query.clientId != 0) {
        conditions << QStringLiteral("a.client_id = ?");
        values << query.clientId;
    }
    for (const QString &word : query.filter.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        conditions << QStringLiteral("(a.number LIKE ? ESCAPE '\\' OR c.name_zh LIKE ? ESCAPE '\\' OR r.reviewer LIKE ? ESCAPE '\\')");
        const QString pattern = SqlValues::containsPattern(word);
        values << pattern << pattern << pattern;
    }
    const QString where = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT r.id, r.application_id, a.number, c.name_zh, r.reviewer, r.reviewed_on, r.decision, r.finalised_on, "
        "r.supersedes_id, (SELECT max(s.id) FROM application_reviews s WHERE s.supersedes_id = r.id) "
        "FROM application_reviews r JOIN applications a ON a.id = r.application_id JOIN clients c ON c.id = a.client_id")
        + where + QStringLiteral(" ORDER BY r.reviewed_on DESC, r.id DESC"), values);
    QList<ReviewListRow> rows;
    while (q.next()) {
        ReviewListRow row;
        row.id = q.value(0).toLongLong();
        row.applicationId = q.value(1).toLongLong();
        row.applicationNumber = q.value(2).toString();
        row.clientName = q.value(3).toString();
        row.reviewer = q.value(4).toString();
        row.reviewedOn = SqlValues::toDate(q.value(5));
        row.decision = ReviewRules::decisionFromKey(q.value(6).toString()).value_or(Decision::None);
        row.finalisedOn = SqlValues::toDate(q.value(7));
        row.supersedesId = q.value(8).toLongLong();
        row.supersededBy = q.value(9).toLongLong();
        rows << row;
    }
    return rows;
}

int ReviewRepository::count() const { return m_db.scalar(QStringLiteral("SELECT count(*) FROM application_reviews")).toInt(); }

std::optional<ApplicationReview> ReviewRepository::load(qint64 id) const
{
    QSqlQuery q = m_db.exec(kSelect + QStringLiteral(" WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    ApplicationReview r = reviewFrom(q);
    QSqlQuery a = m_db.exec(QStringLiteral("SELECT id, percent, reason FROM review_adjustments WHERE review_id = ? ORDER BY id"), {id});
    while (a.next())
        r.adjustments << ReviewAdjustment{a.value(0).toLongLong(), a.value(1).toDouble(), a.value(2).toString()};
    return r;
}

std::optional<ApplicationReview> ReviewRepository::currentOf(qint64 applicationId) const
{
    const QVariant id = m_db.scalar(QStringLiteral(
        "SELECT r.id FROM application_reviews r WHERE r.application_id = ? AND r.finalised_on IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM application_reviews s WHERE s.supersedes_id = r.id AND s.finalised_on IS NOT NULL) "
        "ORDER BY r.finalised_on DESC, r.id DESC LIMIT 1"), {applicationId});
    return id.isValid() ? load(id.toLongLong()) : std::nullopt;
}

ReviewRules::Checks ReviewRepository::checks(const ApplicationReview &review) const
{
    const std::optional<Application> application = ApplicationRepository(m_db).load(review.applicationId);
    return ReviewRules::check(review, application.value_or(Application{}), AuditorRepository(m_db).loadAll(false),
                              ReferenceRepository(m_db).auditTimeRows(), ParameterRepository(m_db).load());
}

QList<FieldProblem> ReviewRepository::validate(const ApplicationReview &review) const
{
    QList<FieldProblem> problems = ReviewRules::validate(review, checks(review));
    if (!m_db.scalar(QStringLiteral("SELECT 1 FROM applications WHERE id = ?"), {review.applicationId}).isValid())
        problems << FieldProblem{QStringLiteral("application_id"), tr("The application of this review no longer exists.")};
    return problems;
}

WriteResult ReviewRepository::save(const ApplicationReview &review)
{
    WriteResult result;
    try {
        const std::optional<ApplicationReview> previous = review.id > 0 ? load(review.id) : std::nullopt;
        if (previous && previous->isFinal()) {
            result.message = tr("A finalised review is a record and is never changed. To correct it, start a correction: "
                                "a new review that supersedes it (both are kept).");
            return result;
        }
        ApplicationReview r = review;
        r.figures.reset();
        r.finalisedOn = QDate();
        r.finalisedBy.clear();
        if (previous) {
            r.applicationId = previous->applicationId;
            r.supersedesId = previous->supersedesId;
        }
        result.problems = ReviewRules::validate(r);
        if (!result.problems.isEmpty()) {
            result.message = tr("The review was not saved: %1").arg(result.problems.first().message);
            return result;
        }
        const qint64 client = clientOf(r.applicationId);
        if (client <= 0) {
            result.message = tr("The application of this review no longer exists.");
            return result;
        }
        Transaction transaction(m_db);
        if (!previous) {
            result.id = insertUnchecked(r, client);
        } else {
            result.id = r.id;
            RowWriter::update(m_db, kReviews, r.id, kColumns, reviewValues(r), client);
            RowWriter::sync(m_db, kAdjustments, QStringLiteral("review_id"), r.id, ReviewFields::adjustment().keys(),
                            adjustmentRows(r), adjustmentRows(*previous), client);
        }
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.message = tr("The review could not be saved, and nothing was changed: %1").arg(e.message());
    }
    return result;
}

qint64 ReviewRepository::insertUnchecked(const ApplicationReview &r, qint64 clientId)
{
    qint64 id = 0;
    if (r.id > 0 && !m_db.scalar(QStringLiteral("SELECT 1 FROM application_reviews WHERE id = ?"), {r.id}).isValid())
        id = r.id;
    const qint64 newId = RowWriter::insert(m_db, kReviews, kColumns, reviewValues(r), clientId, id);
    RowWriter::sync(m_db, kAdjustments, QStringLiteral("review_id"), newId, ReviewFields::adjustment().keys(),
                    adjustmentRows(r), {}, clientId);
    return newId;
}

WriteResult ReviewRepository::start(qint64 applicationId, const QString &reviewer, const QDate &on)
{
    WriteResult result;
    try {
        ApplicationRepository applications(m_db);
        const std::optional<Application> a = applications.load(applicationId);
        if (!a) {
            result.message = tr("The application no longer exists; the list was out of date.");
            return result;
        }
        const QVariant open = m_db.scalar(QStringLiteral("SELECT id FROM application_reviews WHERE application_id = ? "
                                                         "AND finalised_on IS NULL"), {applicationId});
        if (open.isValid()) {
            result.message = tr("This application already has a review in progress; go on with it.");
            result.id = open.toLongLong();
            return result;
        }
        if (a->status != Status::Submitted && a->status != Status::Resubmitted && a->status != Status::UnderReview) {
            result.message = tr("A review is opened on a submitted application; this one is %1.")
                                 .arg(ApplicationRules::statusText(a->status));
            return result;
        }
        Transaction transaction(m_db);
        if (a->status != Status::UnderReview) {
            const WriteResult changed = applications.changeStatus(applicationId, Status::UnderReview, QString(), on);
            if (!changed)
                return changed;
        }
        ApplicationReview r;
        r.applicationId = applicationId;
        r.reviewer = reviewer;
        r.reviewedOn = on;
        // The period the audits would usually fall in; the reviewer adjusts it.
        r.plannedFrom = on.addMonths(1);
        r.plannedTo = on.addMonths(3);
        // The figures of a review this one follows (after a supplement) are its start.
        if (const std::optional<ApplicationReview> before = currentOf(applicationId)) {
            r.adjustments = before->adjustments;
            for (ReviewAdjustment &adj : r.adjustments)
                adj.id = 0;
            r.onsitePercent = before->onsitePercent;
            r.stage1Days = before->stage1Days;
            r.manualTableDays = before->manualTableDays;
        }
        result.id = insertUnchecked(r, a->clientId);
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.message = tr("The review could not be started, and nothing was changed: %1").arg(e.message());
    }
    return result;
}

WriteResult ReviewRepository::startCorrection(qint64 reviewId, const QString &reviewer, const QDate &on)
{
    WriteResult result;
    try {
        const std::optional<ApplicationReview> old = load(reviewId);
        if (!old || !old->isFinal()) {
            result.message = tr("Only a finalised review is corrected; a draft is simply edited.");
            return result;
        }
        if (m_db.scalar(QStringLiteral("SELECT 1 FROM application_reviews WHERE supersedes_id = ?"), {reviewId}).isValid()) {
            result.message = tr("This review is already corrected by a later one; correct that one instead.");
            return result;
        }
        ApplicationReview r = *old;
        r.id = 0;
        for (ReviewAdjustment &a : r.adjustments)
            a.id = 0;
        r.reviewer = reviewer;
        r.reviewedOn = on;
        r.figures.reset();
        r.finalisedOn = QDate();
        r.finalisedBy.clear();
        r.supersedesId = reviewId;
        Transaction transaction(m_db);
        result.id = insertUnchecked(r, clientOf(r.applicationId));
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.message = tr("The correction could not be started, and nothing was changed: %1").arg(e.message());
    }
    return result;
}

WriteResult ReviewRepository::finalise(qint64 id, const QString &by, const QDate &on)
{
    WriteResult result;
    result.id = id;
    try {
        std::optional<ApplicationReview> r = load(id);
        if (!r) {
            result.message = tr("The review no longer exists; the list was out of date.");
            return result;
        }
        if (r->isFinal()) {
            result.message = tr("The review is finalised already.");
            return result;
        }
        if (r->decision == Decision::None) {
            result.problems << FieldProblem{QStringLiteral("decision"), tr("Choose the decision: accept, refuse or request "
                                                                           "supplement (R-5.2.5).")};
            result.message = result.problems.first().message;
            return result;
        }
        const ReviewRules::Checks checks = this->checks(*r);
        result.problems = ReviewRules::validate(*r, checks);
        if (!result.problems.isEmpty()) {
            result.message = tr("The review was not finalised: %1").arg(result.problems.first().message);
            return result;
        }
        ApplicationRepository applications(m_db);
        const std::optional<Application> a = applications.load(r->applicationId);
        if (!a) {
            result.message = tr("The application of this review no longer exists.");
            return result;
        }
        Transaction transaction(m_db);
        if (checks.auditTime)
            r->figures = keptFigures(*checks.auditTime);
        r->finalisedOn = on;
        r->finalisedBy = by;
        RowWriter::update(m_db, kReviews, id, kColumns, reviewValues(*r), a->clientId);
        const Status to = *ReviewRules::statusAfter(r->decision);
        const QString note = tr("Review of %1: %2").arg(on.toString(Qt::ISODate), ReviewRules::decisionText(r->decision))
                             + (r->reasons.trimmed().isEmpty() ? QString() : QStringLiteral(" — ") + r->reasons.trimmed());
        WriteResult changed;
        if (r->supersedesId > 0)
            changed = applications.correctStatus(r->applicationId, to,
                                                 tr("Correction: review #%1 supersedes review #%2. %3").arg(id).arg(r->supersedesId).arg(note), on);
        else
            changed = applications.changeStatus(r->applicationId, to, note, on);
        if (!changed) {
            result.message = changed.message;
            return result;   // rolled back
        }
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.message = tr("The review could not be finalised, and nothing was changed: %1").arg(e.message());
    }
    return result;
}

WriteResult ReviewRepository::remove(qint64 id)
{
    WriteResult result;
    result.id = id;
    try {
        const std::optional<ApplicationReview> r = load(id);
        if (!r) {
            result.message = tr("The review no longer exists; the list was out of date.");
            return result;
        }
        if (r->isFinal()) {
            result.message = tr("A finalised review is a record and is kept; correct it with a new review instead.");
            return result;
        }
        const qint64 client = clientOf(r->applicationId);
        Transaction transaction(m_db);
        RowWriter::sync(m_db, kAdjustments, QStringLiteral("review_id"), id, ReviewFields::adjustment().keys(), {},
                        adjustmentRows(*r), client);
        RowWriter::remove(m_db, kReviews, id, client);
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.message = tr("The review could not be deleted, and nothing was changed: %1").arg(e.message());
    }
    return result;
}

QList<ChangeEntry> ReviewRepository::history(qint64 id) const
{
    QList<ChangeEntry> entries = ChangeLog::history(m_db, kReviews, id);
    const qint64 client = entries.isEmpty() ? 0 : entries.first().clientId;
    if (client <= 0)
        return entries;
    for (const ChangeEntry &entry : ChangeLog::clientHistory(m_db, client)) {
        if (entry.table != kAdjustments)
            continue;
        const QJsonObject &image = entry.after.isEmpty() ? entry.before : entry.after;
        if (image.value(QLatin1String("review_id")).toInteger() == id)
            entries << entry;
    }
    std::sort(entries.begin(), entries.end(), [](const ChangeEntry &a, const ChangeEntry &b) { return a.id > b.id; });
    return entries;
}

std::optional<ApplicationFile> ReviewRepository::exportFile(qint64 applicationId) const
{
    ApplicationRepository applications(m_db);
    const std::optional<Application> a = applications.load(applicationId);
    if (!a)
        return std::nullopt;
    ApplicationFile file = applications.toFile(*a);
    std::optional<ApplicationReview> review = currentOf(applicationId);
    if (!review) {
        const QVariant draft = m_db.scalar(QStringLiteral("SELECT max(id) FROM application_reviews WHERE application_id = ? "
                                                          "AND finalised_on IS NULL"), {applicationId});
        if (!draft.isNull())
            review = load(draft.toLongLong());
    }
    if (review)
        file.auditTime = review->auditTimeInput(*a);
    return file;
}
