#include "cncareport.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace {

// Several values in one cell are joined with the Chinese semicolon. cb-forms.md names no
// separator; this one is our choice, made here only.
constexpr char16_t kSeparator[] = u"；";

// Text: trimmed, nothing else changed.
QString text(const QString &value) { return value.trimmed(); }
QString count(std::optional<int> n) { return n ? QString::number(*n) : QString(); }
QString count(int n) { return QString::number(n); }
// Audit days to the hundredth, without trailing zeros: "5", "2.5" (never "5.0" or an exponent).
QString days(std::optional<double> d)
{
    if (!d || !std::isfinite(*d))
        return {};
    return QString::number(std::round(*d * 100) / 100, 'f', QLocale::FloatingPointShortest);
}

// The values of one cell, each made by `one`, empty ones left out.
template<typename Rule>
QString joined(const QStringList &values, Rule one)
{
    QStringList cells;
    for (const QString &value : values) {
        if (const QString cell = one(value); !cell.isEmpty())
            cells << cell;
    }
    return cells.join(QStringView(kSeparator));
}
QString codes(const QStringList &values) { return joined(values, cncaCode); }
QString texts(const QStringList &values) { return joined(values, text); }

bool isLeader(const CncaPerson &p) { return cncaCode(p.roleCode) == QLatin1String(CncaRole::Leader); }
bool isExpert(const CncaPerson &p) { return p.expert || cncaCode(p.roleCode) == QLatin1String(CncaRole::Expert); }

// The template wants the leader first; the caller gives the team so, and a leader given
// later is moved up rather than reported (the rest keep their order).
QList<CncaPerson> leaderFirst(QList<CncaPerson> team)
{
    std::stable_partition(team.begin(), team.end(), isLeader);
    return team;
}

// One person in the 审核员 and 技术专家 cells: "name/ID-document number/role code/phone".
// Since 2021-09-15 the ID-document number stands where the registration number stood.
QString person(const CncaPerson &p)
{
    return QStringList{text(p.name), cncaCode(p.idNumber), cncaCode(p.roleCode), text(p.phone)}.join(u'/');
}

QString members(const QList<CncaPerson> &team, bool experts)
{
    QStringList cells;
    for (const CncaPerson &p : leaderFirst(team)) {
        if (isExpert(p) == experts)
            cells << person(p);
    }
    return cells.join(QStringView(kSeparator));
}

// A column: its header and how a record gives its value. Header and value side by side,
// so that the order of the one cannot drift from the other.
template<typename... Record>
struct Column
{
    const char16_t *header;
    QString (*value)(const Record &...);
};

// For the columns of facts CSISMS does not hold: they stay empty.
template<typename... Record>
QString notHeld(const Record &...) { return {}; }

using PlanColumn = Column<CncaAuditPlan>;
using CertificateColumn = Column<CncaCertificate>;
using AuditColumn = Column<CncaAuditResult>;
using MemberColumn = Column<CncaPerson>;

// 审核计划信息表 as changed from 2021-09-15: the 2016 columns 国家地区代码, 认证申请编号,
// 认证证书号 and 认证机构批准号 are gone, and 审核方式 is new. cb-forms.md does not say where
// 审核方式 goes; right after 认证审核阶段代码 is our choice (both describe how the audit runs).
const PlanColumn kPlanColumns[] = {
    {u"审核计划编号", [](const CncaAuditPlan &p) { return cncaCode(p.planNumber); }},
    {u"认证审核阶段代码", [](const CncaAuditPlan &p) { return cncaCode(p.stageCode); }},
    {u"审核方式", [](const CncaAuditPlan &p) { return cncaCode(p.methodCode); }},
    {u"计划开始时间", [](const CncaAuditPlan &p) { return cncaDate(p.plannedStart); }},
    {u"计划结束时间", [](const CncaAuditPlan &p) { return cncaDate(p.plannedEnd); }},
    {u"审核员", [](const CncaAuditPlan &p) { return members(p.team, false); }},
    {u"技术专家", [](const CncaAuditPlan &p) { return members(p.team, true); }},
    {u"实际地址行政区划", [](const CncaAuditPlan &p) { return cncaCode(p.regionCode); }},
    {u"组织机构代码", [](const CncaAuditPlan &p) { return cncaCode(p.orgCode); }},
    {u"组织名称", [](const CncaAuditPlan &p) { return text(p.orgName); }},
    {u"联系人", [](const CncaAuditPlan &p) { return text(p.contact); }},
    {u"联系方式", [](const CncaAuditPlan &p) { return text(p.contactPhone); }},
    {u"实际地址", [](const CncaAuditPlan &p) { return text(p.address); }},
    {u"认证项目分类代码", [](const CncaAuditPlan &p) { return codes(p.scopeClassCodes); }},
    {u"备注", [](const CncaAuditPlan &p) { return text(p.notes); }},
};

// 证书信息表, 71 columns. Empty (not held by CSISMS): branch name, other and former names,
// national-economy industry, country code, postcode, fax, organisation type, registered
// capital and its currency, CNAS scope codes, EC9000 coverage and EnMS boundary (other
// schemes), combined-audit type, sub-certificate and main certificate, certificate
// replacement (whether, date, reason, former body's approval number, former certificate),
// accreditation number and mark code, risk factor, fee received and its currency,
// attachment file name, service-certification field code, procedure document number.
const CertificateColumn kCertificateColumns[] = {
    {u"批准号", [](const CncaCertificate &c) { return cncaCode(c.approvalNumber); }},
    {u"分支机构名称", notHeld<CncaCertificate>},
    {u"组织名称", [](const CncaCertificate &c) { return text(c.orgName); }},
    {u"其他名称", notHeld<CncaCertificate>},
    {u"原名", notHeld<CncaCertificate>},
    {u"组织机构代码", [](const CncaCertificate &c) { return cncaCode(c.orgCode); }},
    {u"国民经济行业", notHeld<CncaCertificate>},
    {u"国家地区代码", notHeld<CncaCertificate>},
    {u"行政区划", [](const CncaCertificate &c) { return cncaCode(c.regionCode); }},
    {u"注册地址", [](const CncaCertificate &c) { return text(c.registeredAddress); }},
    {u"邮编", notHeld<CncaCertificate>},
    {u"电话", [](const CncaCertificate &c) { return text(c.phone); }},
    {u"传真", notHeld<CncaCertificate>},
    {u"法定代表人", [](const CncaCertificate &c) { return text(c.legalRepresentative); }},
    {u"机构类型", notHeld<CncaCertificate>},
    {u"注册资本", notHeld<CncaCertificate>},
    {u"币种", notHeld<CncaCertificate>},   // of the registered capital
    {u"员工数", [](const CncaCertificate &c) { return count(c.employees); }},
    {u"覆盖员工数", [](const CncaCertificate &c) { return count(c.coveredEmployees); }},
    {u"初次获证日期", [](const CncaCertificate &c) { return cncaDate(c.firstIssued); }},
    {u"证书号", [](const CncaCertificate &c) { return cncaCode(c.certificateNumber); }},
    {u"认证项目分类代码", [](const CncaCertificate &c) { return codes(c.scopeClassCodes); }},
    {u"CNAS业务范围代码", notHeld<CncaCertificate>},
    {u"认证依据", [](const CncaCertificate &c) { return text(c.standard); }},
    {u"是否多场所", [](const CncaCertificate &c) { return cncaYesNo(c.multiSite); }},
    {u"场所名称及地址", [](const CncaCertificate &c) { return texts(c.sites); }},
    {u"业务范围", [](const CncaCertificate &c) { return text(c.scope); }},
    {u"EC9000覆盖", notHeld<CncaCertificate>},
    {u"EnMS边界", notHeld<CncaCertificate>},
    {u"审核活动代码", [](const CncaCertificate &c) { return cncaCode(c.auditActivityCode); }},
    {u"再认证次数", [](const CncaCertificate &c) { return count(c.recertifications); }},
    {u"监督次数", [](const CncaCertificate &c) { return count(c.surveillances); }},
    {u"审核开始日期", [](const CncaCertificate &c) { return cncaDate(c.auditStart); }},
    {u"审核截止日期", [](const CncaCertificate &c) { return cncaDate(c.auditEnd); }},
    {u"审核人日数", [](const CncaCertificate &c) { return days(c.auditDays); }},
    {u"结合审核类型", notHeld<CncaCertificate>},
    {u"认证决定人员", [](const CncaCertificate &c) { return text(c.decisionMaker); }},
    {u"认证决定日期", [](const CncaCertificate &c) { return cncaDate(c.decisionDate); }},
    {u"颁证日期", [](const CncaCertificate &c) { return cncaDate(c.issued); }},
    {u"证书截止日期", [](const CncaCertificate &c) { return cncaDate(c.expiry); }},
    {u"证书状态", [](const CncaCertificate &c) { return cncaCode(c.statusCode); }},
    {u"暂停原因", [](const CncaCertificate &c) { return cncaCode(c.suspensionReason); }},
    {u"暂停起", [](const CncaCertificate &c) { return cncaDate(c.suspendedFrom); }},
    {u"暂停止", [](const CncaCertificate &c) { return cncaDate(c.suspendedTo); }},
    {u"撤销原因", [](const CncaCertificate &c) { return cncaCode(c.withdrawalReason); }},
    {u"撤销时间", [](const CncaCertificate &c) { return cncaDate(c.withdrawnOn); }},
    {u"是否子证书", notHeld<CncaCertificate>},
    {u"主证书号", notHeld<CncaCertificate>},
    {u"变更日期", [](const CncaCertificate &c) { return cncaDate(c.changedOn); }},
    {u"变更类别代码", [](const CncaCertificate &c) { return cncaCode(c.changeCode); }},
    {u"是否换证", notHeld<CncaCertificate>},
    {u"换证日期", notHeld<CncaCertificate>},
    {u"换证原因", notHeld<CncaCertificate>},
    {u"原颁证机构批准号", notHeld<CncaCertificate>},
    {u"原证书号", notHeld<CncaCertificate>},
    {u"认可号", notHeld<CncaCertificate>},
    {u"认可标志代码", notHeld<CncaCertificate>},
    {u"风险系数", notHeld<CncaCertificate>},
    {u"实收费用", notHeld<CncaCertificate>},
    {u"币种", notHeld<CncaCertificate>},   // of the fee: the template repeats the header
    {u"合同号", [](const CncaCertificate &c) { return cncaCode(c.contractNumber); }},
    {u"附件文件名", notHeld<CncaCertificate>},
    {u"服务认证领域代码", notHeld<CncaCertificate>},
    {u"上报类型", [](const CncaCertificate &c) { return cncaCode(c.reportType); }},
    {u"备注", [](const CncaCertificate &c) { return text(c.notes); }},
    {u"是否超期审核", [](const CncaCertificate &c) { return cncaYesNo(c.overdueAudit); }},
    {u"审核方案编号", [](const CncaCertificate &c) { return cncaCode(c.programmeNumber); }},
    {u"超期原因", [](const CncaCertificate &c) { return text(c.overdueReason); }},
    {u"策划审核开始日期", [](const CncaCertificate &c) { return cncaDate(c.plannedAuditStart); }},
    {u"程序文件编号", notHeld<CncaCertificate>},
    {u"基础人日数", [](const CncaCertificate &c) { return days(c.baseDays); }},
};
static_assert(std::size(kCertificateColumns) == 71, "证书信息表 has 71 columns");

// 审核结果信息表, one row per team member: the audit's columns, then the member's. Empty (not
// held by CSISMS): the ID-document type, the qualification type, whether the member audits
// as a 专业审核员 for the scope, and the witness marker; 是否专职 too when it is not known.
const AuditColumn kAuditColumns[] = {
    {u"批准号", [](const CncaAuditResult &r) { return cncaCode(r.approvalNumber); }},
    {u"证书号", [](const CncaAuditResult &r) { return cncaCode(r.certificateNumber); }},
    {u"审核阶段代码", [](const CncaAuditResult &r) { return cncaCode(r.stageCode); }},
    {u"审核开始", [](const CncaAuditResult &r) { return cncaDate(r.start); }},
    {u"审核截止", [](const CncaAuditResult &r) { return cncaDate(r.end); }},
};
const MemberColumn kMemberColumns[] = {
    {u"成员姓名", [](const CncaPerson &p) { return text(p.name); }},
    {u"证件类型", notHeld<CncaPerson>},
    {u"证件号", [](const CncaPerson &p) { return cncaCode(p.idNumber); }},
    {u"角色代码", [](const CncaPerson &p) { return cncaCode(p.roleCode); }},
    {u"资格类型", notHeld<CncaPerson>},
    {u"资质注册号", [](const CncaPerson &p) { return cncaCode(p.registrationNumber); }},
    {u"是否专业审核员", notHeld<CncaPerson>},
    {u"是否专职", [](const CncaPerson &p) { return p.fullTime ? cncaYesNo(*p.fullTime) : QString(); }},
    {u"见证人标识", notHeld<CncaPerson>},
};

template<typename Columns>
QStringList headersOf(const Columns &columns)
{
    QStringList headers;
    for (const auto &column : columns)
        headers << QString::fromUtf16(column.header);
    return headers;
}

template<typename Columns, typename... Record>
QStringList rowOf(const Columns &columns, const Record &...record)
{
    QStringList row;
    for (const auto &column : columns)
        row << column.value(record...);
    return row;
}

} // namespace

QString cncaCode(const QString &value)
{
    QString code;
    code.reserve(value.size());
    for (QChar c : value) {
        // Full-width forms (U+FF01..U+FF5E), as a Chinese input method types them, become
        // their ASCII letters and digits: codes are ASCII.
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(char16_t(c.unicode() - 0xFF01 + 0x21));
        if (!c.isSpace())
            code += c;
    }
    return code.toUpper();
}

QString cncaDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString cncaYesNo(bool yes)
{
    return yes ? QStringLiteral("是") : QStringLiteral("否");
}

QStringList cncaSheetNames()
{
    return {QStringLiteral("审核计划信息表"), QStringLiteral("证书信息表"), QStringLiteral("审核结果信息表")};
}

QStringList cncaAuditPlanHeaders() { return headersOf(kPlanColumns); }
QStringList cncaCertificateHeaders() { return headersOf(kCertificateColumns); }
QStringList cncaAuditResultHeaders() { return headersOf(kAuditColumns) + headersOf(kMemberColumns); }

QList<XlsxSheet> cncaSheets(const CncaMonth &month)
{
    const QStringList names = cncaSheetNames();
    XlsxSheet plans{names.at(0), cncaAuditPlanHeaders(), {}};
    for (const CncaAuditPlan &plan : month.plans)
        plans.rows << rowOf(kPlanColumns, plan);

    XlsxSheet certificates{names.at(1), cncaCertificateHeaders(), {}};
    for (const CncaCertificate &certificate : month.certificates)
        certificates.rows << rowOf(kCertificateColumns, certificate);

    XlsxSheet results{names.at(2), cncaAuditResultHeaders(), {}};
    for (const CncaAuditResult &result : month.results) {
        const QStringList audit = rowOf(kAuditColumns, result);
        // An audit without a team still gets a row, its member columns empty, so that it
        // does not vanish from the report without a trace.
        if (result.team.isEmpty())
            results.rows << audit + QStringList(std::size(kMemberColumns), QString());
        for (const CncaPerson &member : leaderFirst(result.team))
            results.rows << audit + rowOf(kMemberColumns, member);
    }
    return {plans, certificates, results};
}
