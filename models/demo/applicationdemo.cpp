#include "applicationdemo.h"

#include "db/database.h"
#include "domain/application.h"
#include "repositories/applicationrepository.h"
#include "repositories/bodysettingsrepository.h"
#include "repositories/clientrepository.h"
#include "repositories/referencerepository.h"
#include "repositories/reviewrepository.h"
#include "repositories/parameterrepository.h"
#include "domain/review.h"
#include "repositories/contractrepository.h"

#include <QHash>
#include <QRandomGenerator>

using ApplicationRules::Status;
using ApplicantEligibility::DateFact;
using ApplicantEligibility::State;

namespace {

const char *const kClassCodes[] = {"CS-01", "CS-02", "CS-03", "CS-04", "CS-05", "CS-06", "CS-07", "CS-08", "CS-09", "CS-10"};

const char *const kScopes[][2] = {
    {"云主机（IaaS）服务的设计、开发、运维及相关信息安全管理活动",
     "Design, development and operation of cloud hosting (IaaS) services and the related information security management"},
    {"云存储与备份服务的运营及信息安全管理",
     "Operation of cloud storage and backup services and their information security management"},
    {"软件即服务（SaaS）办公协同平台的开发、运营与维护",
     "Development, operation and maintenance of a SaaS office collaboration platform"},
    {"政务云平台的建设、运维及云服务客户支持",
     "Construction and operation of a government cloud platform and cloud customer support"},
    {"容器云与数据库即服务（DBaaS）的运营管理",
     "Operation of container cloud and database-as-a-service (DBaaS) offerings"},
};

const char *const kGroups[] = {"客服坐席", "机房巡检", "一线运维值班", "数据标注"};
const char *const kOutsourced[][2] = {
    {"数据中心机房托管", "某电信数据中心有限公司"},
    {"异地灾备存储", "某云灾备服务有限公司"},
    {"安全渗透测试", "某网络安全技术有限公司"},
};

// The statuses an application passed through to reach `final`, in order (draft first).
QList<Status> pathTo(Status final, bool supplemented)
{
    QList<Status> path{Status::Draft};
    if (final == Status::Draft)
        return path;
    path << Status::Submitted;
    if (final == Status::Submitted)
        return path;
    if (final == Status::Withdrawn)
        return path << Status::Withdrawn;
    path << Status::UnderReview;
    if (supplemented || final == Status::SupplementRequested || final == Status::Resubmitted) {
        path << Status::SupplementRequested;
        if (final == Status::SupplementRequested)
            return path;
        path << Status::Resubmitted;
        if (final == Status::Resubmitted)
            return path;
        path << Status::UnderReview;
    }
    if (final == Status::UnderReview)
        return path;
    return path << final;
}

QString noteFor(Status status)
{
    switch (status) {
    case Status::Submitted: return QStringLiteral("申请材料已提交");
    case Status::SupplementRequested: return QStringLiteral("请补充 D6 体系运行证据（运行记录、内审和管理评审）");
    case Status::Resubmitted: return QStringLiteral("已补充运行记录");
    case Status::Refused: return QStringLiteral("不满足认证申请条件，见申请评审记录");
    case Status::Withdrawn: return QStringLiteral("认证委托人撤回申请");
    default: return QString();
    }
}

// A small but real PDF naming the document, so the attachment opens in a viewer.
QByteArray demoPdf(const QString &title)
{
    const QByteArray text = title.toLatin1();
    const QByteArray stream = "BT /F1 14 Tf 72 720 Td (" + text + ") Tj ET";
    QByteArray pdf = "%PDF-1.4\n";
    QList<int> offsets;
    auto object = [&](const QByteArray &body) {
        offsets << pdf.size();
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
    object("<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    const int xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (int offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// The reviews of an application, one for each time it went under review: finalised with
// the decision the next status says (a supplement, an acceptance, a refusal), or a draft
// while it is still under review. One accepted application's review is corrected by a
// second one that supersedes it.
// Returns the review that accepted the application (the correction, when there is one), or 0.
qint64 writeReviews(Database &db, const Application &a, const QList<Status> &path, QRandomGenerator &random,
                    const QList<AuditTimeRow> &rows, const RuleParameters &parameters, bool &corrected)
{
    ReviewRepository reviews(db);
    qint64 accepted = 0;
    for (int k = 0; k < a.statusChanges.size(); ++k) {
        if (a.statusChanges.at(k).status != Status::UnderReview)
            continue;
        const QDate opened = a.statusChanges.at(k).changedOn;
        ApplicationReview r;
        r.applicationId = a.id;
        r.reviewer = a.statusChanges.at(k).changedBy;
        r.reviewedOn = opened;
        r.plannedFrom = opened.addMonths(1);
        r.plannedTo = opened.addMonths(3);
        r.onsitePercent = random.bounded(3) == 0 ? 90 : 100;
        if (random.bounded(3) == 0)
            r.adjustments << ReviewAdjustment{0, -10, QStringLiteral("体系成熟度高，过程复杂程度低")};
        else if (random.bounded(4) == 0)
            r.adjustments << ReviewAdjustment{0, 10, QStringLiteral("多场所，云服务类型多")};
        r.partiesAgreed = true;
        r.agreedOn = opened;
        const bool last = k + 1 >= a.statusChanges.size();
        const Status next = last ? Status::UnderReview : a.statusChanges.at(k + 1).status;
        using Decision = ApplicationReview::Decision;
        if (!last && (next == Status::Accepted || next == Status::Refused || next == Status::SupplementRequested)) {
            r.decision = next == Status::Accepted ? Decision::Accept : next == Status::Refused ? Decision::Refuse : Decision::Supplement;
            if (r.decision == Decision::Refuse)
                r.reasons = a.eligibility.orderedToSuspend.value_or(false) ? QStringLiteral("被责令停业整顿，不予受理（5.2.2）")
                                                                             : QStringLiteral("体系运行未满三个月（E3）");
            if (r.decision == Decision::Supplement)
                r.reasons = QStringLiteral("请补充 D6 体系运行证据");
            const AuditTime::Input input = r.auditTimeInput(a);
            if (AuditTime::validate(input).isEmpty()) {
                AuditTime::Result figures = AuditTime::calculate(input, rows, parameters);
                figures.findings.clear();
                figures.netAdjustmentPercent = 0;
                r.figures = figures;
            }
            r.finalisedOn = a.statusChanges.at(k + 1).changedOn;
            r.finalisedBy = r.reviewer;
        } else if (!last && next != Status::UnderReview) {
            continue;   // withdrawn while under review: no review kept
        }
        r.id = reviews.insertUnchecked(r, a.clientId);
        if (r.decision == Decision::Accept && r.isFinal())
            accepted = r.id;
        if (!corrected && r.decision == Decision::Accept && r.isFinal()) {
            // A correction: the on-site share was mistyped; the second review supersedes the first.
            ApplicationReview c = r;
            c.id = 0;
            c.supersedesId = r.id;
            c.onsitePercent = 100;
            c.notes = QStringLiteral("更正：现场审核比例录入有误");
            c.finalisedOn = r.finalisedOn.addDays(1);
            c.reviewedOn = c.finalisedOn;
            accepted = reviews.insertUnchecked(c, a.clientId);
            corrected = true;
        }
    }
    Q_UNUSED(path);
    return accepted;
}

// The contract of an accepted application: signed some days after the review (a draft when
// the acceptance is recent), fees from the audit days, every duty acknowledged; one contract
// is amended (version 2 with a fee changed).
void writeContract(Database &db, const Application &a, qint64 reviewId, const QString &pattern, const QString &bodyName,
                   QHash<int, int> &seqByYear, QRandomGenerator &random, const QDate &today, bool &amended)
{
    const std::optional<ApplicationReview> review = ReviewRepository(db).load(reviewId);
    if (!review)
        return;
    Contract c;
    c.applicationId = a.id;
    c.reviewId = reviewId;
    const QDate signedOn = review->finalisedOn.addDays(3 + int(random.bounded(12)));
    c.number = ApplicationRules::number(pattern, signedOn > today ? today : signedOn, ++seqByYear[qMin(signedOn, today).year()]);
    c.clientParty = db.scalar(QStringLiteral("SELECT name_zh FROM clients WHERE id = ?"), {a.clientId}).toString();
    c.bodyParty = bodyName;
    c.figures = review->figures;
    const double days = review->figures ? review->figures->adjustedDays : 5;
    c.fees << FeeItem{0, QStringLiteral("初次认证审核费（%1 人日）").arg(days), qint64(days * 3000) * 100}
           << FeeItem{0, QStringLiteral("认证证书费"), 100000}
           << FeeItem{0, QStringLiteral("年度监督审核费（每次）"), qint64(review->figures ? review->figures->surveillanceDays * 3000 : 9000) * 100};
    ContractRepository contracts(db);
    if (signedOn > today) {
        contracts.insertUnchecked(c, a.clientId);   // a draft, being negotiated
        return;
    }
    c.acknowledged = ContractDuties::codes();
    c.status = Contract::Status::Signed;
    c.signedOn = signedOn;
    c.id = contracts.insertUnchecked(c, a.clientId);
    if (!amended && signedOn.addDays(40) <= today) {
        Contract v2 = c;
        v2.id = 0;
        v2.version = 2;
        v2.amendsId = c.id;
        for (FeeItem &f : v2.fees)
            f.id = 0;
        v2.fees[0].amountFen += 600000;   // one more auditor day agreed
        v2.signedOn = signedOn.addDays(30);
        v2.notes = QStringLiteral("补充协议：增加一个审核人日");
        contracts.insertUnchecked(v2, a.clientId);
        amended = true;
    }
}

} // namespace

int ApplicationDemo::generate(Database &db, QRandomGenerator &random, const QList<qint64> &clientIds, const QDate &today)
{
    ClientRepository clients(db);
    ApplicationRepository repository(db);
    const QString pattern = BodySettingsRepository(db).load().applicationNumberPattern;
    QHash<int, int> seqByYear;
    int written = 0;
    int attached = 0;
    // The first clients show every status; the others follow the usual mix.
    const QList<Status> showcase{Status::Draft, Status::Submitted, Status::UnderReview, Status::SupplementRequested,
                                 Status::Resubmitted, Status::Accepted, Status::Refused, Status::Withdrawn};
    QList<Client> all = clients.loadAll();
    QHash<qint64, const Client *> byId;
    for (const Client &c : all)
        byId.insert(c.id, &c);
    // Applications are numbered in the order they were received, as a body numbers them.
    struct Planned { Application application; QList<Status> path; };
    QList<Planned> planned;
    for (int i = 0; i < clientIds.size(); ++i) {
        const Client *client = byId.value(clientIds.at(i));
        if (!client)
            continue;
        const int roll = int(random.bounded(100));
        if (i >= showcase.size() && roll < 12)
            continue;   // a client registered before it applied
        Status final;
        int ageDays;
        if (i < showcase.size()) {
            final = showcase.at(i);
            ageDays = final == Status::Accepted || final == Status::Refused ? 200 + i * 3 : 5 + i * 4;
        } else if (roll < 80) {
            final = Status::Accepted;
            ageDays = 120 + int(random.bounded(1300));
        } else if (roll < 84) {
            final = Status::Refused;
            ageDays = 60 + int(random.bounded(900));
        } else if (roll < 87) {
            final = Status::Withdrawn;
            ageDays = 30 + int(random.bounded(700));
        } else {
            const Status open[] = {Status::Draft, Status::Submitted, Status::UnderReview, Status::SupplementRequested,
                                   Status::Resubmitted};
            final = open[random.bounded(5)];
            ageDays = 2 + int(random.bounded(75));
        }
        Application a;
        a.clientId = client->id;
        a.type = QStringLiteral("initial");
        a.newToBody = true;
        a.receivedOn = today.addDays(-ageDays);
        const int scope = int(random.bounded(int(std::size(kScopes))));
        a.scopeZh = QString::fromUtf8(kScopes[scope][0]);
        a.scopeEn = QString::fromUtf8(kScopes[scope][1]);
        const int classes = 1 + int(random.bounded(3));
        const int first = int(random.bounded(int(std::size(kClassCodes))));
        for (int k = 0; k < classes; ++k)
            a.scopeClasses << QString::fromLatin1(kClassCodes[(first + k * 3) % std::size(kClassCodes)]);
        for (const ClientSite &site : client->sites)
            a.siteIds << site.id;
        const int headcount = client->headcount.value_or(20 + int(random.bounded(400)));
        a.personnelTotal = headcount;
        if (headcount > 60 && random.bounded(3) == 0)
            a.groups << PersonnelGroup{0, QString::fromUtf8(kGroups[random.bounded(int(std::size(kGroups)))]),
                                       headcount / 3};
        if (random.bounded(2) == 0) {
            const int o = int(random.bounded(int(std::size(kOutsourced))));
            a.outsourced << OutsourcedProcess{0, QString::fromUtf8(kOutsourced[o][0]), QString::fromUtf8(kOutsourced[o][1]),
                                              QStringLiteral("外包合同、服务水平协议与年度现场检查")};
        }
        ApplicantEligibility::Facts &f = a.eligibility;
        f.legalPerson = {State::Met, QStringLiteral("营业执照 %1").arg(client->creditCode)};
        f.permits = random.bounded(3) == 0 ? ApplicantEligibility::Stated{State::Met, QStringLiteral("增值电信业务经营许可证")}
                                           : ApplicantEligibility::Stated{State::NotApplicable, QString()};
        f.operatingSince = DateFact::on(a.receivedOn.addMonths(-(4 + int(random.bounded(30)))));
        f.formerSuspension = DateFact::none();
        f.formerBodyWithdrawn = DateFact::none();
        f.orderedToSuspend = false;
        f.onDishonestyList = false;
        f.majorIncident = DateFact::none();
        f.failedSpotCheck = DateFact::none();
        f.other = {State::Met, QString()};
        if (final == Status::Refused) {
            // Refused for a reason the rules give: operating too short (E3), or blocked (E6).
            if (random.bounded(2) == 0 || i < showcase.size())
                f.orderedToSuspend = true;
            else
                f.operatingSince = DateFact::on(a.receivedOn.addMonths(-2).addDays(-int(random.bounded(20))));
        }
        if (final == Status::Draft && random.bounded(2) == 0)
            f = {};   // not stated yet
        a.documents << ApplicationDocument{0, QStringLiteral("D1"), 0, a.receivedOn, QStringLiteral("申请书")};
        for (int e = 0; e < client->legalEntities.size(); ++e)
            if (e == 0 || random.bounded(4) != 0)
                a.documents << ApplicationDocument{0, QStringLiteral("D2"), client->legalEntities.at(e).id, a.receivedOn,
                                                   QStringLiteral("营业执照副本")};
        a.documents << ApplicationDocument{0, QStringLiteral("D4"), 0, a.receivedOn, QStringLiteral("组织机构图")};
        if (final != Status::SupplementRequested)
            a.documents << ApplicationDocument{0, QStringLiteral("D6"), 0, a.receivedOn, QStringLiteral("运行记录汇编")};
        planned << Planned{a, pathTo(final, final == Status::Accepted && random.bounded(6) == 0)};

        // Some accepted clients of earlier years applied again for recertification.
        if (final == Status::Accepted && ageDays > 1000 && random.bounded(3) == 0) {
            Application r = a;
            r.type = QStringLiteral("recertification");
            r.newToBody = false;
            r.receivedOn = a.receivedOn.addYears(3).addDays(-120);
            if (r.receivedOn > today)
                r.receivedOn = today.addDays(-1);
            r.eligibility.operatingSince = DateFact::on(a.receivedOn.addMonths(-6));
            const Status open[] = {Status::Submitted, Status::UnderReview, Status::Accepted};
            planned << Planned{r, pathTo(open[random.bounded(3)], false)};
        }
    }
    std::stable_sort(planned.begin(), planned.end(), [](const Planned &a, const Planned &b) {
        return a.application.receivedOn < b.application.receivedOn;
    });
    const QList<AuditTimeRow> rows = ReferenceRepository(db).auditTimeRows();
    const RuleParameters parameters = ParameterRepository(db).load();
    bool corrected = false;
    bool amended = false;
    QHash<int, int> contractSeq;
    if (BodySettingsRepository(db).load().bodyName.isEmpty()) {
        // The demo body, as its letterhead names it (no logo: the body chooses its own).
        const QList<std::pair<const char *, QString>> body{
            {BodySettingKey::BodyName, QStringLiteral("示例认证中心有限公司")},
            {BodySettingKey::BodyNameEn, QStringLiteral("Example Certification Centre Co., Ltd.")},
            {BodySettingKey::BodyAddress, QStringLiteral("北京市朝阳区示例路 1 号")},
            {BodySettingKey::BodyAddressEn, QStringLiteral("1 Example Road, Chaoyang District, Beijing")}};
        for (const auto &[key, value] : body)
            BodySettingsRepository(db).setValue(QString::fromLatin1(key), value);
    }
    const BodySettings settings = BodySettingsRepository(db).load();
    const QString bodyName = settings.bodyName;
    static const char *const kReviewers[] = {"李静", "王磊", "陈晓红"};
    for (Planned &p : planned) {
        Application &a = p.application;
        a.number = ApplicationRules::number(pattern, a.receivedOn, ++seqByYear[a.receivedOn.year()]);
        a.status = p.path.last();
        QDate day = a.receivedOn;
        for (int k = 0; k < p.path.size(); ++k) {
            if (k > 0)
                day = qMin(today, day.addDays(1 + int(random.bounded(6))));
            a.statusChanges << StatusChange{0, p.path.at(k), day,
                                            QString::fromUtf8(kReviewers[(written + k) % std::size(kReviewers)]),
                                            noteFor(p.path.at(k))};
        }
        if (attached < 12) {
            // The first applications carry their files, as scanned in.
            QString error;
            for (ApplicationDocument &d : a.documents) {
                if (d.kind != QLatin1String("D1") && d.kind != QLatin1String("D2"))
                    continue;
                const QByteArray content = demoPdf(QStringLiteral("%1 %2").arg(a.number, d.kind));
                if (const std::optional<StoredAttachment> s = repository.storeAttachment(content, &error)) {
                    d.attachmentId = s->id;
                    d.sha256 = s->sha256;
                    d.size = s->size;
                    d.fileName = QStringLiteral("%1-%2.pdf").arg(a.number, d.kind);
                }
            }
            ++attached;
        }
        a.id = repository.insertUnchecked(a);
        if (const qint64 accepted = writeReviews(db, a, p.path, random, rows, parameters, corrected); accepted > 0)
            writeContract(db, a, accepted, settings.contractNumberPattern, bodyName, contractSeq, random, today, amended);
        ++written;
    }
    return written;
}
