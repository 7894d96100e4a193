#include "applicationrepository.h"

#include "db/database.h"
#include "db/recordlabels.h"
#include "domain/textrules.h"
#include "repositories/bodysettingsrepository.h"
#include "repositories/parameterrepository.h"
#include "repositories/rowwriter.h"
#include "repositories/sqlvalues.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using ApplicationRules::Status;
using ApplicantEligibility::DateFact;
using ApplicantEligibility::State;

namespace {

const QString kApplications = QStringLiteral("applications");
const QString kClasses = QStringLiteral("application_scope_classes");
const QString kSites = QStringLiteral("application_sites");
const QString kGroups = QStringLiteral("application_groups");
const QString kOutsourced = QStringLiteral("application_outsourced");
const QString kDocuments = QStringLiteral("application_documents");
const QString kStatusChanges = QStringLiteral("application_status_changes");
const QString kAttachments = QStringLiteral("attachments");
const QString kParent = QStringLiteral("application_id");

const QStringList kColumns = ApplicationFields::application().keys();

QVariant stateValue(const std::optional<State> &state)
{
    return state ? QVariant(ApplicantEligibility::stateKey(*state)) : QVariant(QMetaType(QMetaType::QString));
}

std::optional<State> toState(const QVariant &value)
{
    return value.isNull() ? std::nullopt : ApplicantEligibility::stateFromKey(value.toString());
}

QVariant flagValue(const std::optional<bool> &flag)
{
    return flag ? QVariant(*flag ? 1 : 0) : QVariant(QMetaType(QMetaType::Int));
}

std::optional<bool> toFlag(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<bool>(value.toInt() != 0);
}

QVariant personnelValue(const std::optional<int> &n) { return n ? QVariant(*n) : QVariant(QMetaType(QMetaType::Int)); }

QVariantList applicationValues(const Application &a)
{
    using namespace SqlValues;
    const ApplicantEligibility::Facts &f = a.eligibility;
    return {a.clientId, text(a.number), a.type, date(a.receivedOn), ApplicationRules::statusKey(a.status),
            flag(a.newToBody), text(a.standards), longText(a.scopeZh), longText(a.scopeEn), personnelValue(a.personnelTotal),
            date(f.operatingSince.date),
            stateValue(f.legalPerson.state), longText(f.legalPerson.evidence),
            stateValue(f.permits.state), longText(f.permits.evidence),
            flag(f.formerSuspension.given), date(f.formerSuspension.date),
            flag(f.formerBodyWithdrawn.given), date(f.formerBodyWithdrawn.date),
            flagValue(f.orderedToSuspend), flagValue(f.onDishonestyList),
            flag(f.majorIncident.given), date(f.majorIncident.date),
            flag(f.failedSpotCheck.given), date(f.failedSpotCheck.date), flag(f.spotCheckRectified),
            stateValue(f.other.state), longText(f.other.evidence),
            longText(a.notes)};
}

DateFact dateFact(const QVariant &known, const QVariant &date)
{
    if (known.toInt() == 0)
        return DateFact::absent();
    const QDate d = SqlValues::toDate(date);
    return d.isValid() ? DateFact::on(d) : DateFact::none();
}

const QString kSelect = QStringLiteral("SELECT id, ") + kColumns.join(QStringLiteral(", ")) + QStringLiteral(" FROM applications");

Application applicationFrom(const QSqlQuery &q)
{
    using SqlValues::toDate;
    Application a;
    int i = 0;
    a.id = q.value(i++).toLongLong();
    a.clientId = q.value(i++).toLongLong();
    a.number = q.value(i++).toString();
    a.type = q.value(i++).toString();
    a.receivedOn = toDate(q.value(i++));
    a.status = ApplicationRules::statusFromKey(q.value(i++).toString()).value_or(Status::Draft);
    a.newToBody = q.value(i++).toInt() != 0;
    a.standards = q.value(i++).toString();
    a.scopeZh = q.value(i++).toString();
    a.scopeEn = q.value(i++).toString();
    const QVariant personnel = q.value(i++);
    a.personnelTotal = personnel.isNull() ? std::nullopt : std::optional<int>(personnel.toInt());
    ApplicantEligibility::Facts &f = a.eligibility;
    const QDate operating = toDate(q.value(i++));
    f.operatingSince = operating.isValid() ? DateFact::on(operating) : DateFact::absent();
    f.legalPerson.state = toState(q.value(i++));
    f.legalPerson.evidence = q.value(i++).toString();
    f.permits.state = toState(q.value(i++));
    f.permits.evidence = q.value(i++).toString();
    f.formerSuspension = dateFact(q.value(i), q.value(i + 1));
    i += 2;
    f.formerBodyWithdrawn = dateFact(q.value(i), q.value(i + 1));
    i += 2;
    f.orderedToSuspend = toFlag(q.value(i++));
    f.onDishonestyList = toFlag(q.value(i++));
    f.majorIncident = dateFact(q.value(i), q.value(i + 1));
    i += 2;
    f.failedSpotCheck = dateFact(q.value(i), q.value(i + 1));
    i += 2;
    f.spotCheckRectified = q.value(i++).toInt() != 0;
    f.other.state = toState(q.value(i++));
    f.other.evidence = q.value(i++).toString();
    a.notes = q.value(i++).toString();
    return a;
}

// Rows of a list of values (scope-class codes, site ids) with the ids their rows have now:
// a row keeps its id while its value stays.
QList<RowWriter::Row> valueRows(const QVariantList &values, const QHash<QString, qint64> &ids)
{
    QList<RowWriter::Row> rows;
    for (const QVariant &value : values)
        rows << RowWriter::Row{ids.value(value.toString()), {value}};
    return rows;
}

QVariantList classValues(const Application &a)
{
    QVariantList values;
    for (const QString &code : a.scopeClasses)
        values << code;
    return values;
}

QVariantList siteValues(const Application &a)
{
    QVariantList values;
    for (const qint64 site : a.siteIds)
        values << site;
    return values;
}

QList<RowWriter::Row> groupRows(const Application &a)
{
    QList<RowWriter::Row> rows;
    for (const PersonnelGroup &g : a.groups)
        rows << RowWriter::Row{g.id, {SqlValues::text(g.activity), g.count}};
    return rows;
}

QList<RowWriter::Row> outsourcedRows(const Application &a)
{
    QList<RowWriter::Row> rows;
    for (const OutsourcedProcess &o : a.outsourced)
        rows << RowWriter::Row{o.id, {SqlValues::text(o.process), SqlValues::text(o.provider), SqlValues::longText(o.control)}};
    return rows;
}

QList<RowWriter::Row> documentRows(const Application &a)
{
    using namespace SqlValues;
    QList<RowWriter::Row> rows;
    for (const ApplicationDocument &d : a.documents) {
        const bool file = d.attachmentId > 0;
        rows << RowWriter::Row{d.id, {d.kind, nullableId(d.legalEntityId), date(d.receivedOn), text(d.reference),
                                      nullableId(d.attachmentId), text(file ? d.fileName : QString()),
                                      file ? QVariant(d.sha256) : QVariant(QMetaType(QMetaType::QString)),
                                      file ? QVariant(d.size) : QVariant(QMetaType(QMetaType::LongLong))}};
    }
    return rows;
}

// Sub-records of the applications whose id is in `byId` (all of them when `where` is empty).
void loadSubRecords(const Database &db, const QString &where, const QVariantList &values,
                    QHash<qint64, Application *> &byId)
{
    using SqlValues::toDate;
    QSqlQuery c = db.exec(QStringLiteral("SELECT application_id, scope_class_code FROM application_scope_classes%1 ORDER BY id").arg(where), values);
    while (c.next())
        if (Application *a = byId.value(c.value(0).toLongLong()))
            a->scopeClasses << c.value(1).toString();
    QSqlQuery s = db.exec(QStringLiteral("SELECT id, application_id, site_id FROM application_sites%1 ORDER BY id").arg(where), values);
    while (s.next())
        if (Application *a = byId.value(s.value(1).toLongLong()))
            a->siteIds << s.value(2).toLongLong();
    QSqlQuery g = db.exec(QStringLiteral("SELECT id, application_id, activity, person_count FROM application_groups%1 ORDER BY id").arg(where), values);
    while (g.next())
        if (Application *a = byId.value(g.value(1).toLongLong()))
            a->groups << PersonnelGroup{g.value(0).toLongLong(), g.value(2).toString(), g.value(3).toInt()};
    QSqlQuery o = db.exec(QStringLiteral("SELECT id, application_id, process, provider, control FROM application_outsourced%1 ORDER BY id").arg(where), values);
    while (o.next())
        if (Application *a = byId.value(o.value(1).toLongLong()))
            a->outsourced << OutsourcedProcess{o.value(0).toLongLong(), o.value(2).toString(), o.value(3).toString(), o.value(4).toString()};
    QSqlQuery d = db.exec(QStringLiteral("SELECT id, application_id, kind, legal_entity_id, received_on, reference, attachment_id, "
                                         "file_name, sha256, byte_size FROM application_documents%1 ORDER BY kind, id").arg(where), values);
    while (d.next())
        if (Application *a = byId.value(d.value(1).toLongLong())) {
            ApplicationDocument doc;
            doc.id = d.value(0).toLongLong();
            doc.kind = d.value(2).toString();
            doc.legalEntityId = d.value(3).toLongLong();
            doc.receivedOn = toDate(d.value(4));
            doc.reference = d.value(5).toString();
            doc.attachmentId = d.value(6).toLongLong();
            doc.fileName = d.value(7).toString();
            doc.sha256 = d.value(8).toString();
            doc.size = d.value(9).isNull() ? -1 : d.value(9).toLongLong();
            a->documents << doc;
        }
    QSqlQuery h = db.exec(QStringLiteral("SELECT id, application_id, status, changed_on, changed_by, note FROM application_status_changes%1 "
                                         "ORDER BY id").arg(where), values);
    while (h.next())
        if (Application *a = byId.value(h.value(1).toLongLong()))
            a->statusChanges << StatusChange{h.value(0).toLongLong(),
                                             ApplicationRules::statusFromKey(h.value(2).toString()).value_or(Status::Draft),
                                             toDate(h.value(3)), h.value(4).toString(), h.value(5).toString()};
}

QString statusChangeUser(const Database &db)
{
    const QString name = db.changeLog().userName();
    return name.isEmpty() ? QStringLiteral("?") : name;
}

void insertStatusChange(Database &db, qint64 applicationId, qint64 clientId, const StatusChange &c)
{
    RowWriter::insert(db, kStatusChanges, QStringList{kParent} + ApplicationFields::statusChange().keys(),
                      {applicationId, ApplicationRules::statusKey(c.status), SqlValues::date(c.changedOn),
                       SqlValues::text(c.changedBy), SqlValues::longText(c.note)},
                      clientId, c.id);
}

} // namespace

ApplicationRepository::ApplicationRepository(Database &db) : m_db(db) {}

QString ApplicationRepository::rootTable() { return kApplications; }

QStringList ApplicationRepository::tables()
{
    return {kApplications, kClasses, kSites, kGroups, kOutsourced, kDocuments, kStatusChanges};
}

QStringList ApplicationRepository::readTables()
{
    return {QStringLiteral("clients"), QStringLiteral("client_sites"), QStringLiteral("client_legal_entities"),
            QStringLiteral("scope_classes"), QStringLiteral("rule_parameters"), QStringLiteral("body_settings"), kAttachments};
}

namespace {

// The WHERE clause of a list query and its values (the client's name joined as c).
QString listWhere(const ApplicationListQuery &query, QVariantList *values)
{
    QStringList conditions;
    if (!query.statuses.isEmpty()) {
        QStringList marks;
        for (Status s : query.statuses) {
            marks << QStringLiteral("?");
            *values << ApplicationRules::statusKey(s);
        }
        conditions << QStringLiteral("a.status IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    if (query.receivedFrom.isValid()) {
        conditions << QStringLiteral("a.received_on >= ?");
        *values << SqlValues::date(query.receivedFrom);
    }
    if (query.receivedTo.isValid()) {
        conditions << QStringLiteral("a.received_on <= ?");
        *values << SqlValues::date(query.receivedTo);
    }
    if (query.clientId != 0) {
        conditions << QStringLiteral("a.client_id = ?");
        *values << query.clientId;
    }
    const QStringList words = query.filter.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        conditions << QStringLiteral("(a.number LIKE ? ESCAPE '\\' OR c.name_zh LIKE ? ESCAPE '\\' OR c.name_en LIKE ? ESCAPE '\\')");
        const QString pattern = SqlValues::containsPattern(word);
        *values << pattern << pattern << pattern;
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

const QString kClassesOf = QStringLiteral(
    "(SELECT group_concat(scope_class_code, ', ') FROM application_scope_classes s WHERE s.application_id = a.id)");
const QString kLastChangeOf = QStringLiteral(
    "(SELECT changed_on FROM application_status_changes h WHERE h.application_id = a.id ORDER BY h.id DESC LIMIT 1)");

// ORDER BY of a list query; ties in id order, so pages never overlap.
QString listOrder(const ApplicationListQuery &query)
{
    const QString dir = query.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString key;
    switch (query.sortColumn) {
    case ApplicationListQuery::Number: key = QStringLiteral("a.number"); break;
    case ApplicationListQuery::Client: key = QStringLiteral("c.name_zh"); break;
    case ApplicationListQuery::Type: key = QStringLiteral("a.application_type"); break;
    case ApplicationListQuery::Received: key = QStringLiteral("a.received_on"); break;
    case ApplicationListQuery::Status: {
        // In the order of the work, not of the words.
        QStringList cases;
        const QList<Status> all = ApplicationRules::allStatuses();
        for (int i = 0; i < all.size(); ++i)
            cases << QStringLiteral("WHEN '%1' THEN %2").arg(ApplicationRules::statusKey(all.at(i))).arg(i);
        key = QStringLiteral("CASE a.status %1 END").arg(cases.join(u' '));
        break;
    }
    case ApplicationListQuery::StatusSince: key = kLastChangeOf; break;
    case ApplicationListQuery::ScopeClasses: key = kClassesOf; break;
    case ApplicationListQuery::Personnel: key = QStringLiteral("coalesce(a.personnel_total, -1)"); break;
    case ApplicationListQuery::Newest:
        return QStringLiteral(" ORDER BY a.received_on DESC, a.id DESC");
    }
    return QStringLiteral(" ORDER BY %1 %2, a.id %2").arg(key, dir);
}

const QString kFrom = QStringLiteral(" FROM applications a JOIN clients c ON c.id = a.client_id");

} // namespace

QList<ApplicationListRow> ApplicationRepository::list(const ApplicationListQuery &query) const
{
    return page(query, 0, -1);
}

QList<ApplicationListRow> ApplicationRepository::page(const ApplicationListQuery &query, int offset, int limit) const
{
    QVariantList values;
    const QString where = listWhere(query, &values);
    // The scope classes and the last status change come with each row (an index lookup
    // each), not one query per row afterwards.
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT a.id, a.client_id, c.name_zh, a.number, a.application_type, a.received_on, "
                                           "a.status, a.personnel_total, ") + kClassesOf + QStringLiteral(", ") + kLastChangeOf
                                + kFrom + where + listOrder(query)
                                + (limit >= 0 ? QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(qMax(0, offset)) : QString()),
                            values);
    QList<ApplicationListRow> rows;
    while (q.next()) {
        ApplicationListRow row;
        row.id = q.value(0).toLongLong();
        row.clientId = q.value(1).toLongLong();
        row.clientName = q.value(2).toString();
        row.number = q.value(3).toString();
        row.type = q.value(4).toString();
        row.receivedOn = SqlValues::toDate(q.value(5));
        row.status = ApplicationRules::statusFromKey(q.value(6).toString()).value_or(Status::Draft);
        if (!q.value(7).isNull())
            row.personnelTotal = q.value(7).toInt();
        row.scopeClasses = q.value(8).toString();
        row.statusChangedOn = q.value(9).isNull() ? row.receivedOn : SqlValues::toDate(q.value(9));
        rows << row;
    }
    return rows;
}

int ApplicationRepository::count(const ApplicationListQuery &query) const
{
    QVariantList values;
    const QString where = listWhere(query, &values);
    // The client's name is joined only when the words need it.
    const QString from = query.filter.trimmed().isEmpty() ? QStringLiteral(" FROM applications a") : kFrom;
    return m_db.scalar(QStringLiteral("SELECT count(*)") + from + where, values).toInt();
}

int ApplicationRepository::positionOf(const ApplicationListQuery &query, qint64 id) const
{
    QVariantList values;
    const QString where = listWhere(query, &values);
    const QVariant row = m_db.scalar(QStringLiteral("SELECT n FROM (SELECT a.id AS id, row_number() OVER (")
                                         + listOrder(query).mid(1) + QStringLiteral(") - 1 AS n") + kFrom + where
                                         + QStringLiteral(") WHERE id = ?"),
                                     values << id);
    return row.isValid() ? row.toInt() : -1;
}

int ApplicationRepository::count() const { return m_db.scalar(QStringLiteral("SELECT count(*) FROM applications")).toInt(); }

QHash<QString, int> ApplicationRepository::countByStatus() const
{
    QHash<QString, int> counts;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT status, count(*) FROM applications GROUP BY status"));
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

std::optional<Application> ApplicationRepository::load(qint64 id) const
{
    QSqlQuery q = m_db.exec(kSelect + QStringLiteral(" WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    Application a = applicationFrom(q);
    QHash<qint64, Application *> byId{{a.id, &a}};
    loadSubRecords(m_db, QStringLiteral(" WHERE application_id = ?"), {id}, byId);
    return a;
}

QList<Application> ApplicationRepository::loadAll() const
{
    QList<Application> all;
    QSqlQuery q = m_db.exec(kSelect + QStringLiteral(" ORDER BY id"));
    while (q.next())
        all << applicationFrom(q);
    QHash<qint64, Application *> byId;
    byId.reserve(all.size());
    for (Application &a : all)
        byId.insert(a.id, &a);
    loadSubRecords(m_db, QString(), {}, byId);
    return all;
}

QList<FieldProblem> ApplicationRepository::validate(const Application &a) const
{
    QList<FieldProblem> problems = ApplicationRules::validate(a);
    if (a.clientId > 0 && !m_db.scalar(QStringLiteral("SELECT 1 FROM clients WHERE id = ?"), {a.clientId}).isValid())
        problems << FieldProblem{QStringLiteral("client_id"), tr("The client no longer exists; choose the client again.")};
    for (const QString &code : a.scopeClasses)
        if (!m_db.scalar(QStringLiteral("SELECT 1 FROM scope_classes WHERE code = ?"), {code}).isValid())
            problems << FieldProblem{QStringLiteral("scope_classes"),
                                     tr("There is no scope class %1; choose one from the list.").arg(code)};
    for (const qint64 site : a.siteIds)
        if (!m_db.scalar(QStringLiteral("SELECT 1 FROM client_sites WHERE id = ? AND client_id = ?"), {site, a.clientId}).isValid())
            problems << FieldProblem{QStringLiteral("sites"), tr("A site in scope is not one of the client's sites; choose the "
                                                                 "sites again.")};
    for (int i = 0; i < a.documents.size(); ++i) {
        const ApplicationDocument &d = a.documents.at(i);
        if (d.legalEntityId > 0
            && !m_db.scalar(QStringLiteral("SELECT 1 FROM client_legal_entities WHERE id = ? AND client_id = ?"),
                            {d.legalEntityId, a.clientId}).isValid())
            problems << FieldProblem{QStringLiteral("documents[%1].legal_entity").arg(i),
                                     tr("This legal entity is not one of the client's; choose it again.")};
        if (d.attachmentId > 0
            && !m_db.scalar(QStringLiteral("SELECT 1 FROM attachments WHERE id = ? AND sha256 = ?"), {d.attachmentId, d.sha256}).isValid())
            problems << FieldProblem{QStringLiteral("documents[%1].file").arg(i),
                                     tr("The attached file is not in the database; attach it again.")};
    }
    if (!a.number.isEmpty()
        && m_db.scalar(QStringLiteral("SELECT 1 FROM applications WHERE number = ? AND id <> ?"), {a.number, a.id}).isValid())
        problems << FieldProblem{QStringLiteral("number"), tr("The number %1 is already given to another application.").arg(a.number)};
    return problems;
}

QString ApplicationRepository::nextNumber(const QDate &received) const
{
    const QString pattern = BodySettingsRepository(m_db).load().applicationNumberPattern;
    const QDate day = received.isValid() ? received : QDate::currentDate();
    // The running number counts this year's applications; a number taken (the pattern
    // changed, or an application was deleted) moves on to the next free one.
    int seq = m_db.scalar(QStringLiteral("SELECT count(*) FROM applications WHERE received_on >= ? AND received_on <= ?"),
                          {SqlValues::date(QDate(day.year(), 1, 1)), SqlValues::date(QDate(day.year(), 12, 31))}).toInt() + 1;
    for (;; ++seq) {
        const QString number = ApplicationRules::number(pattern, day, seq);
        if (!m_db.scalar(QStringLiteral("SELECT 1 FROM applications WHERE number = ?"), {number}).isValid())
            return number;
    }
}

void ApplicationRepository::writeSubRecords(const Application &a, qint64 id, const Application *previous)
{
    const Application none;
    const Application &before = previous ? *previous : none;
    QHash<QString, qint64> classIds;
    QHash<QString, qint64> siteIds;
    if (previous) {
        QSqlQuery c = m_db.exec(QStringLiteral("SELECT id, scope_class_code FROM application_scope_classes WHERE application_id = ?"), {id});
        while (c.next())
            classIds.insert(c.value(1).toString(), c.value(0).toLongLong());
        QSqlQuery s = m_db.exec(QStringLiteral("SELECT id, site_id FROM application_sites WHERE application_id = ?"), {id});
        while (s.next())
            siteIds.insert(s.value(1).toString(), s.value(0).toLongLong());
    }
    const qint64 client = a.clientId;
    RowWriter::sync(m_db, kClasses, kParent, id, ApplicationFields::scopeClass().keys(),
                    valueRows(classValues(a), classIds), valueRows(classValues(before), classIds), client);
    RowWriter::sync(m_db, kSites, kParent, id, ApplicationFields::site().keys(),
                    valueRows(siteValues(a), siteIds), valueRows(siteValues(before), siteIds), client);
    RowWriter::sync(m_db, kGroups, kParent, id, ApplicationFields::group().keys(), groupRows(a), groupRows(before), client);
    RowWriter::sync(m_db, kOutsourced, kParent, id, ApplicationFields::outsourced().keys(), outsourcedRows(a),
                    outsourcedRows(before), client);
    RowWriter::sync(m_db, kDocuments, kParent, id, ApplicationFields::document().keys(), documentRows(a),
                    documentRows(before), client);
}

qint64 ApplicationRepository::insertUnchecked(const Application &a)
{
    qint64 id = 0;
    if (a.id > 0 && !m_db.scalar(QStringLiteral("SELECT 1 FROM applications WHERE id = ?"), {a.id}).isValid())
        id = a.id;
    const qint64 newId = RowWriter::insert(m_db, kApplications, kColumns, applicationValues(a), a.clientId, id);
    writeSubRecords(a, newId, nullptr);
    for (const StatusChange &c : a.statusChanges)
        insertStatusChange(m_db, newId, a.clientId, c);
    return newId;
}

WriteResult ApplicationRepository::save(const Application &application)
{
    WriteResult result;
    try {
        Application a = application;
        const std::optional<Application> previous = a.id > 0 ? load(a.id) : std::nullopt;
        if (previous) {
            // The number, the client, the status and its history are not a save's to change.
            a.number = previous->number;
            a.clientId = previous->clientId;
            a.status = previous->status;
            a.statusChanges = previous->statusChanges;
        } else {
            a.status = Status::Draft;
            a.statusChanges.clear();
        }
        result.problems = validate(a);
        if (!result.problems.isEmpty()) {
            result.message = tr("The application was not saved: %1").arg(result.problems.first().message);
            return result;
        }
        Transaction transaction(m_db);
        if (!previous) {
            // A new application, or one an undo brings back: the number it had stays.
            if (a.number.isEmpty())
                a.number = nextNumber(a.receivedOn);
            result.id = RowWriter::insert(m_db, kApplications, kColumns, applicationValues(a), a.clientId,
                                          a.id > 0 && !m_db.scalar(QStringLiteral("SELECT 1 FROM applications WHERE id = ?"), {a.id}).isValid()
                                              ? a.id : 0);
            writeSubRecords(a, result.id, nullptr);
            insertStatusChange(m_db, result.id, a.clientId,
                               StatusChange{0, Status::Draft, QDate::currentDate(), statusChangeUser(m_db), QString()});
        } else {
            result.id = a.id;
            RowWriter::update(m_db, kApplications, a.id, kColumns, applicationValues(a), a.clientId);
            writeSubRecords(a, a.id, &*previous);
        }
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.message = tr("The application could not be saved, and nothing was changed: %1").arg(e.message());
    }
    return result;
}

WriteResult ApplicationRepository::changeStatus(qint64 id, Status to, const QString &note, const QDate &on)
{
    WriteResult result;
    result.id = id;
    try {
        Transaction transaction(m_db);
        const std::optional<Application> a = load(id);
        if (!a) {
            result.message = tr("The application no longer exists; the list was out of date.");
            return result;
        }
        if (const QString refusal = ApplicationRules::changeRefusal(a->status, to); !refusal.isEmpty()) {
            result.message = refusal;
            return result;
        }
        if (to == Status::Submitted || to == Status::Resubmitted) {
            result.problems = ApplicationRules::submissionProblems(*a);
            if (!result.problems.isEmpty()) {
                result.message = tr("The application cannot be submitted yet: %1").arg(result.problems.first().message);
                return result;
            }
        }
        if (const QString problem = TextRules::problem(note, 4000, TextRules::Kind::MultiLine); !problem.isEmpty()) {
            result.message = tr("The note %1").arg(problem);
            return result;
        }
        if (!on.isValid() || (a->receivedOn.isValid() && on < a->receivedOn)) {
            result.message = tr("A status cannot change before the application was received (%1).")
                                 .arg(a->receivedOn.toString(Qt::ISODate));
            return result;
        }
        RowWriter::update(m_db, kApplications, id, {QStringLiteral("status")}, {ApplicationRules::statusKey(to)}, a->clientId);
        insertStatusChange(m_db, id, a->clientId, StatusChange{0, to, on, statusChangeUser(m_db), note});
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.message = tr("The status could not be changed, and nothing was changed: %1").arg(e.message());
    }
    return result;
}

WriteResult ApplicationRepository::correctStatus(qint64 id, Status to, const QString &note, const QDate &on)
{
    WriteResult result;
    result.id = id;
    const std::optional<Application> a = load(id);
    if (!a) {
        result.message = tr("The application no longer exists; the list was out of date.");
        return result;
    }
    Transaction transaction(m_db);
    if (a->status != to)
        RowWriter::update(m_db, kApplications, id, {QStringLiteral("status")}, {ApplicationRules::statusKey(to)}, a->clientId);
    insertStatusChange(m_db, id, a->clientId, StatusChange{0, to, on, statusChangeUser(m_db), note});
    transaction.commit();
    result.ok = true;
    return result;
}

QString ApplicationRepository::removalRefusal(qint64 id) const
{
    const QVariant status = m_db.scalar(QStringLiteral("SELECT status FROM applications WHERE id = ?"), {id});
    if (!status.isValid())
        return tr("The application no longer exists; the list was out of date.");
    if (status.toString() != QLatin1String("draft"))
        return tr("Only a draft application can be deleted; this one is %1 and is kept as a record.")
            .arg(ApplicationRules::statusText(ApplicationRules::statusFromKey(status.toString()).value_or(Status::Draft)));
    for (const auto &[table, column] : m_db.referencingColumns(kApplications)) {
        if (tables().contains(table))
            continue;
        if (m_db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?").arg(table, column), {id}).toInt() > 0)
            return tr("Other records refer to this application (%1).").arg(RecordLabels::table(table));
    }
    return {};
}

WriteResult ApplicationRepository::remove(qint64 id)
{
    WriteResult result;
    result.id = id;
    try {
        if (const QString refusal = removalRefusal(id); !refusal.isEmpty()) {
            result.message = refusal;
            return result;
        }
        Transaction transaction(m_db);
        const std::optional<Application> previous = load(id);
        if (!previous) {
            result.message = tr("The application no longer exists; the list was out of date.");
            return result;
        }
        Application empty = *previous;
        empty.scopeClasses.clear();
        empty.siteIds.clear();
        empty.groups.clear();
        empty.outsourced.clear();
        empty.documents.clear();
        writeSubRecords(empty, id, &*previous);
        for (const StatusChange &c : previous->statusChanges)
            RowWriter::remove(m_db, kStatusChanges, c.id, previous->clientId);
        RowWriter::remove(m_db, kApplications, id, previous->clientId);
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.message = tr("The application could not be deleted, and nothing was changed: %1").arg(e.message());
    }
    return result;
}

std::optional<StoredAttachment> ApplicationRepository::storeAttachment(const QByteArray &content, QString *error)
{
    const int limitMiB = ParameterRepository(m_db).load().attachmentMaxMiB();
    const qint64 limit = qint64(limitMiB) * 1024 * 1024;
    if (content.size() > limit) {
        *error = tr("The file has %1 MiB, more than the %2 MiB a document may hold (rule parameter “%3” in Settings); "
                    "nothing was stored. Attach a smaller file, or ask an administrator to raise the limit.")
                     .arg(QString::number(double(content.size()) / (1024 * 1024), 'f', 1)).arg(limitMiB)
                     .arg(QLatin1String(ParameterKey::AttachmentMaxMiB));
        return std::nullopt;
    }
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    try {
        if (const QVariant id = m_db.scalar(QStringLiteral("SELECT id FROM attachments WHERE sha256 = ?"), {sha}); id.isValid())
            return StoredAttachment{id.toLongLong(), sha, content.size()};
        Transaction transaction(m_db);
        const qint64 id = RowWriter::insert(m_db, kAttachments, {QStringLiteral("sha256"), QStringLiteral("byte_size"),
                                                                 QStringLiteral("content")},
                                            {sha, qint64(content.size()), content});
        transaction.commit();
        return StoredAttachment{id, sha, content.size()};
    } catch (const SqlError &e) {
        *error = tr("The file could not be stored, and nothing was changed: %1").arg(e.message());
        return std::nullopt;
    }
}

std::optional<QByteArray> ApplicationRepository::attachmentContent(qint64 id) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT content FROM attachments WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

QList<ChangeEntry> ApplicationRepository::history(qint64 id) const
{
    QList<ChangeEntry> entries = ChangeLog::history(m_db, kApplications, id);
    // Every entry of the application is filed under its client: the client's entries (an
    // index lookup, tens or hundreds of them) hold the sub-records', whose images name the
    // application. (A LIKE over the log's images would read every entry of those tables.)
    const qint64 client = entries.isEmpty() ? 0 : entries.first().clientId;
    if (client <= 0)
        return entries;
    static const QStringList subTables{kClasses, kSites, kGroups, kOutsourced, kDocuments, kStatusChanges};
    for (const ChangeEntry &entry : ChangeLog::clientHistory(m_db, client)) {
        if (!subTables.contains(entry.table))
            continue;
        const QJsonObject &image = entry.after.isEmpty() ? entry.before : entry.after;
        if (image.value(QLatin1String("application_id")).toInteger() == id)
            entries << entry;
    }
    std::sort(entries.begin(), entries.end(), [](const ChangeEntry &a, const ChangeEntry &b) { return a.id > b.id; });
    return entries;
}

ApplicationFile ApplicationRepository::toFile(const Application &a) const
{
    ApplicationFile file;
    file.type = a.type;
    file.receivedOn = a.receivedOn;
    file.clientName = m_db.scalar(QStringLiteral("SELECT name_zh FROM clients WHERE id = ?"), {a.clientId}).toString();
    file.newToBody = a.newToBody;
    file.scopeClasses = a.scopeClasses;
    file.eligibility = a.eligibility;
    file.auditTime = a.auditTimeInput();
    return file;
}
