#include "certificatedemo.h"

#include "db/database.h"
#include "domain/application.h"
#include "domain/certificate.h"
#include "repositories/bodysettingsrepository.h"
#include "repositories/certificaterepository.h"
#include "repositories/parameterrepository.h"
#include "repositories/programmerepository.h"
#include "repositories/rowwriter.h"
#include "repositories/sqlvalues.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>

namespace {

using namespace SqlValues;
using Kind = ProgrammeAudit::Kind;
using Status = ProgrammeAudit::Status;
using Event = CertificateEvent::Kind;

struct Text { const char *statement; const char *evidence; const char *correction; const char *action; };

const Text kTexts[] = {
    {"云服务客户与云服务提供商之间的信息安全角色和职责未形成书面约定。", "抽查 3 份云服务合同，均未明确双方的安全责任划分。",
     "补签了 3 份合同的安全责任附件。", "修订合同模板，增加责任矩阵；法务评审新合同。"},
    {"虚拟机镜像的加固基线未按规定每季度评审。", "最近一次基线评审记录为 14 个月前。", "完成本季度基线评审并更新镜像。",
     "将基线评审纳入季度运维计划，由安全组长跟踪。"},
    {"云服务客户数据删除后未保留删除证明。", "询问运维人员，删除工单无删除结果记录。", "补充了最近 10 个删除工单的证明。",
     "在删除流程中增加自动生成的删除证明。"},
    {"管理员特权账户未启用多因素认证。", "控制台审计日志显示 2 个管理员账户仅用口令登录。", "两个账户已启用多因素认证。",
     "所有特权账户强制多因素认证，每月检查。"},
    {"租户网络隔离的配置变更未经审批。", "变更系统中 2 条安全组变更无审批记录。", "补办审批并复核了配置。",
     "变更系统设置为无审批不可执行。"},
    {"日志保存期限不满足云服务客户合同约定的 180 天。", "日志平台配置保存 90 天。", "保存期限已调整为 180 天。",
     "在合同评审中核对日志保存要求。"},
    {"供应商安全评估未覆盖新引入的数据中心托管商。", "供应商清单中托管商无评估记录。", "完成托管商安全评估。",
     "新增供应商准入前必须完成安全评估。"},
};

const char *const kObservations[] = {
    "建议在事件响应演练中邀请主要云服务客户参加。",
    "建议将云服务客户的安全公告订阅情况纳入季度评审。",
    "资产清单中部分虚拟资源的责任人信息更新不及时，建议加强。",
};

// The team's leader verifies (the first member when there is none; else `fallback`, an
// auditor of the body, for an audit that has no team on record).
qint64 verifierOf(const ProgrammeAudit &a, qint64 fallback)
{
    for (const TeamMember &m : a.team)
        if (m.role == TeamMember::Role::Leader)
            return m.auditorId;
    return a.team.isEmpty() ? fallback : a.team.first().auditorId;
}

} // namespace

CertificateDemo::Counts CertificateDemo::generate(Database &db, QRandomGenerator &random, const QDate &today)
{
    Counts counts;
    const RuleParameters parameters = ParameterRepository(db).load();
    CertificateRepository certificates(db);
    ProgrammeRepository programmeRepository(db);
    const QStringList catalogue = programmeRepository.catalogue().ids;
    const BodySettings settings = BodySettingsRepository(db).load();
    qint64 deciderId = 0;
    QString deciderName;
    {
        QSqlQuery q = db.exec(QStringLiteral("SELECT id, name FROM users WHERE role = 'decision_maker' AND active = 1 "
                                             "AND (auditor_id IS NULL OR auditor_id = 0) ORDER BY id LIMIT 1"));
        if (q.next()) {
            deciderId = q.value(0).toLongLong();
            deciderName = q.value(1).toString();
        }
    }
    const qint64 anyAuditor =
        db.scalar(QStringLiteral("SELECT min(id) FROM auditors WHERE active = 1 AND level <> 'technical_expert'")).toLongLong();
    // What the certificates say, per contract: the application's scope, standards and sites.
    struct Scope { QString zh, en, standard; QStringList sites; };
    QHash<qint64, Scope> scopes;
    {
        QSqlQuery q = db.exec(QStringLiteral("SELECT k.id, a.scope_zh, a.scope_en, a.standards FROM contracts k "
                                             "JOIN applications a ON a.id = k.application_id"));
        while (q.next())
            scopes.insert(q.value(0).toLongLong(), Scope{q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), {}});
        q = db.exec(QStringLiteral("SELECT k.id, s.name, s.address FROM contracts k JOIN application_sites x "
                                   "ON x.application_id = k.application_id JOIN client_sites s ON s.id = x.site_id ORDER BY s.id"));
        while (q.next()) {
            auto it = scopes.find(q.value(0).toLongLong());
            if (it != scopes.end())
                it->sites << q.value(1).toString() + QStringLiteral(" — ") + q.value(2).toString();
        }
    }
    QList<Programme> programmes = programmeRepository.loadAll();
    std::stable_sort(programmes.begin(), programmes.end(),
                     [](const Programme &a, const Programme &b) { return a.decisionDate() < b.decisionDate(); });
    const QStringList findingColumns = QStringList{QStringLiteral("audit_id")} + FindingFields::finding().keys();
    struct Previous { QDate expires, firstIssued; };
    QHash<qint64, Previous> previous;   // client -> its latest certificate
    QHash<int, int> sequence;           // year -> certificates numbered
    bool shownOverdue = false;
    for (const Programme &p : std::as_const(programmes)) {
        const QDate decided = p.actualDecision;
        // Findings of the audits done.
        for (const ProgrammeAudit &a : p.audits) {
            if (a.status != Status::Done || a.kind == Kind::Special)
                continue;
            const bool beforeDecision = a.kind == Kind::Stage1 || a.kind == Kind::Stage2;
            const int n = int(random.bounded(a.kind == Kind::Stage1 ? 2 : 4));
            const qint64 verifier = verifierOf(a, anyAuditor);
            for (int k = 0; k < n; ++k) {
                const int roll = int(random.bounded(100));
                const AuditFinding::Grade grade = a.kind == Kind::Stage1 ? AuditFinding::Grade::Observation
                                                  : roll < 15                ? AuditFinding::Grade::Major
                                                  : roll < 70                ? AuditFinding::Grade::Minor
                                                                             : AuditFinding::Grade::Observation;
                AuditFinding f;
                f.grade = grade;
                f.requirement = catalogue.isEmpty() ? QStringLiteral("ISO/IEC 27001 9.2")
                                                    : catalogue.at(int(random.bounded(int(catalogue.size()))));
                f.raisedOn = a.end();
                if (grade == AuditFinding::Grade::Observation) {
                    f.statement = QString::fromUtf8(kObservations[random.bounded(int(std::size(kObservations)))]);
                } else {
                    const Text &t = kTexts[random.bounded(int(std::size(kTexts)))];
                    f.statement = QString::fromUtf8(t.statement);
                    f.evidence = QString::fromUtf8(t.evidence);
                    const QDate deadline = FindingRules::deadline(f, parameters);
                    const int span = int(std::max<qint64>(1, f.raisedOn.daysTo(deadline)));
                    QDate verified = f.raisedOn.addDays(1 + int(random.bounded(span)));
                    if (beforeDecision && decided.isValid() && verified > decided)
                        verified = std::max(f.raisedOn, decided);
                    const bool open = (!beforeDecision || !decided.isValid()) && verified > today;
                    const bool showcase = !shownOverdue && !beforeDecision && deadline < today && verifier != 0;
                    if (showcase)
                        shownOverdue = true;
                    if (!open && !showcase && verifier != 0) {
                        f.correction = QString::fromUtf8(t.correction);
                        f.correctiveAction = QString::fromUtf8(t.action);
                        f.verdict = AuditFinding::Verdict::Accepted;
                        f.verifiedOn = verified;
                        f.verifiedBy = verifier;
                    } else if (random.bounded(2) == 0 || showcase) {
                        f.correction = QString::fromUtf8(t.correction);
                    }
                }
                RowWriter::insert(db, QStringLiteral("audit_findings"), findingColumns,
                                  {a.id, FindingRules::gradeKey(f.grade), text(f.requirement), longText(f.statement),
                                   longText(f.evidence), date(f.raisedOn), date(f.dueOn), longText(f.correction),
                                   longText(f.correctiveAction), FindingRules::verdictKey(f.verdict), date(f.verifiedOn),
                                   f.verifiedBy > 0 ? QVariant(f.verifiedBy) : QVariant(QMetaType(QMetaType::LongLong))},
                                  p.clientId);
                ++counts.findings;
            }
        }
        // The decision and the certificate.
        if (!decided.isValid() || deciderId == 0 || decided > today)
            continue;
        if (p.cycle == Programme::Cycle::Initial
            && !std::any_of(p.audits.cbegin(), p.audits.cend(),
                            [](const ProgrammeAudit &a) { return a.kind == Kind::Stage2 && a.status == Status::Done; }))
            continue;
        CertificationDecision d;
        d.programmeId = p.id;
        d.outcome = CertificationDecision::Outcome::Grant;
        d.decidedOn = decided;
        d.decidedBy = deciderId;
        d.deciderName = deciderName;
        d.reasons = QStringLiteral("审核组推荐认证；不符合项已关闭或纠正措施计划已接受。");
        Certificate c;
        const Scope scope = scopes.value(p.contractId);
        c.scopeZh = scope.zh;
        c.scopeEn = scope.en;
        c.standard = scope.standard.isEmpty() ? QStringLiteral("ISO/IEC 27001:2022; ISO/IEC 27017:2015") : scope.standard;
        c.sites = scope.sites;
        c.scopeClasses = p.scopeClasses;
        c.issuedOn = decided;
        c.firstIssuedOn = decided;
        c.expiresOn = decided.addYears(parameters.cycleYears()).addDays(-1);
        const auto before = previous.constFind(p.clientId);
        if (p.cycle == Programme::Cycle::Recertification && before != previous.constEnd() && decided <= before->expires) {
            c.expiresOn = before->expires.addYears(parameters.cycleYears());
            c.firstIssuedOn = before->firstIssued;
        }
        const int seq = ++sequence[decided.year()];
        c.number = ApplicationRules::number(settings.certificateNumberPattern, decided, seq);
        CertificateEvent issue;
        issue.kind = Event::Issue;
        issue.occurredOn = decided;
        issue.scopeZh = c.scopeZh;
        issue.scopeEn = c.scopeEn;
        issue.recordedBy = deciderName;
        c.events << issue;
        const int life = int(random.bounded(100));
        auto add = [&](Event kind, const QDate &on, const QString &code, const QString &note) {
            if (!on.isValid() || on > today || (on > c.expiresOn && kind != Event::Expire))
                return false;
            CertificateEvent e;
            e.id = c.events.size() + 1;
            e.kind = kind;
            e.occurredOn = on;
            e.reasonCode = code;
            e.note = note;
            e.recordedBy = deciderName;
            c.events << e;
            return true;
        };
        if (life < 7 && decided.daysTo(today) > 240) {
            // Restored or withdrawn ones at any time of the cycle; one still suspended was
            // suspended in the last months, within the longest suspension.
            const QDate suspended =
                life < 5 ? decided.addDays(200 + int(random.bounded(int(std::max<qint64>(1, decided.daysTo(today) - 230)))))
                         : today.addDays(-20 - int(random.bounded(140)));
            if (add(Event::Suspend, suspended, QStringLiteral("0112"), QStringLiteral("未按期接受监督审核，经通知仍未安排。"))) {
                if (life < 3)
                    add(Event::Withdraw, suspended.addMonths(4), QStringLiteral("0115"),
                        QStringLiteral("暂停期满，导致暂停的问题未解决。"));
                else if (life < 5)
                    add(Event::Restore, suspended.addDays(30 + int(random.bounded(60))), QString(),
                        QStringLiteral("监督审核已完成，不符合项已关闭。"));
            }
        } else if (life < 11) {
            const QDate on = decided.addMonths(10 + int(random.bounded(12)));
            CertificateEvent e;
            if (on <= today && on <= c.expiresOn) {
                e.id = c.events.size() + 1;
                e.kind = Event::Extend;
                e.occurredOn = on;
                e.reasonCode = QStringLiteral("05");
                e.scopeZh = c.scopeZh + QStringLiteral("；扩大至云备份服务");
                e.scopeEn = c.scopeEn.isEmpty() ? QString() : c.scopeEn + QStringLiteral("; extended to cloud backup services");
                e.note = QStringLiteral("扩项审核通过。");
                e.recordedBy = deciderName;
                c.events << e;
            }
        } else if (life < 13) {
            add(Event::Cancel, decided.addMonths(14 + int(random.bounded(10))), QString(),
                QStringLiteral("获证组织申请注销（业务调整）。"));
        }
        if (c.expiresOn < today) {
            const CertificateState state = CertificateRules::stateOn(c, QDate());
            if (state.status == CertificateStatus::Valid || state.status == CertificateStatus::Suspended)
                add(Event::Expire, c.expiresOn.addDays(1), QString(), QStringLiteral("证书有效期届满。"));
        }
        certificates.insertUnchecked(d, c);
        previous.insert(p.clientId, Previous{c.expiresOn, c.firstIssuedOn});
        ++counts.decisions;
        ++counts.certificates;
    }
    return counts;
}
