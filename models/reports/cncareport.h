#pragma once

#include "io/xlsxworkbook.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The sheets of the CNCA monthly information report (认证信息报送, due by the 10th of the
// next month) for an ISMS body: audit plans, certificates and audit results. The fourth
// sheet of the national template, energy performance, is for EnMS only and is left out.
// Sheet names, headers and column order are fixed by the template (shared/domain/
// cb-forms.md); the values follow its rules: every value trimmed; numbers and codes upper
// case with no spaces; dates as cncaDate() writes them; several values in one cell joined
// with the Chinese semicolon "；"; yes/no as 是/否. Columns for facts CSISMS does not hold
// stay empty (each is named where the columns are listed, in cncareport.cpp).

// Role codes of a team member (角色代码). Our mapping, as CB systems use them (the same as
// team_role in resources/reference/cnca-report-codes.json); CNCA's own code list was not
// checked, so a body whose platform differs changes them here.
namespace CncaRole {
inline constexpr char Leader[] = "01";   // 审核组长
inline constexpr char Member[] = "02";   // 审核员 (team member)
inline constexpr char Expert[] = "03";   // 技术专家
} // namespace CncaRole

// A member of an audit team.
struct CncaPerson
{
    QString name;
    QString idNumber;             // ID-document number (证件号)
    QString registrationNumber;   // auditor registration (资质注册号); empty for an expert
    QString roleCode;             // CncaRole
    QString phone;
    bool expert = false;          // a technical expert, listed under 技术专家
    std::optional<bool> fullTime; // 专职; unknown (the cell stays empty) when not set
};

// One row of 审核计划信息表: an audit planned (or changed) in the month.
struct CncaAuditPlan
{
    QString planNumber;           // R + the body's 4-digit sequence + 2-digit branch code, then the body's own
    QString stageCode;            // 认证审核阶段代码, e.g. 0101 stage 1
    QString methodCode;           // 审核方式: FS01 on-site, FS02 remote, FS03 combined
    QDate plannedStart;
    QDate plannedEnd;
    QList<CncaPerson> team;       // leader first
    QString regionCode;           // 实际地址行政区划
    QString orgCode;              // unified social credit code
    QString orgName;
    QString contact;
    QString contactPhone;
    QString address;              // 实际地址
    QStringList scopeClassCodes;
    QString notes;
};

// One row of 证书信息表: a certificate issued, surveyed or changed in the month.
struct CncaCertificate
{
    QString approvalNumber;       // the body's CNCA approval number (批准号)
    QString orgName;
    QString orgCode;
    QString regionCode;
    QString registeredAddress;
    QString phone;
    QString legalRepresentative;
    std::optional<int> employees;
    std::optional<int> coveredEmployees;
    QDate firstIssued;
    QString certificateNumber;
    QStringList scopeClassCodes;
    QString standard;             // 认证依据, e.g. "GB/T 22080-2016" (text: its spaces stay)
    bool multiSite = false;
    QStringList sites;            // "name: address"
    QString scope;
    QString auditActivityCode;    // 01 initial, 02 recertification, 03 surveillance, ...
    int recertifications = 0;
    int surveillances = 0;
    QDate auditStart;
    QDate auditEnd;
    std::optional<double> auditDays;
    QString decisionMaker;
    QDate decisionDate;
    QDate issued;
    QDate expiry;
    QString statusCode;           // cnca-codes.json certificate_status, 01..05
    QString suspensionReason;     // code, cnca-codes.json suspension_reason
    QDate suspendedFrom;
    QDate suspendedTo;
    QString withdrawalReason;     // code, cnca-codes.json withdrawal_reason
    QDate withdrawnOn;
    QDate changedOn;
    QString changeCode;           // cnca-codes.json change_type
    QString contractNumber;
    QString reportType;           // 上报类型: 01 first issue ... 05 status change
    QString programmeNumber;      // 审核方案编号
    bool overdueAudit = false;
    QString overdueReason;
    QDate plannedAuditStart;
    std::optional<double> baseDays;
    QString notes;
};

// An audit carried out: 审核结果信息表 has one row per member of its team.
struct CncaAuditResult
{
    QString approvalNumber;
    QString certificateNumber;
    QString stageCode;
    QDate start;
    QDate end;
    QList<CncaPerson> team;       // leader first
};

// What the month's report holds.
struct CncaMonth
{
    QList<CncaAuditPlan> plans;
    QList<CncaCertificate> certificates;
    QList<CncaAuditResult> results;
};

// The sheet names in the report's order: 审核计划信息表, 证书信息表, 审核结果信息表.
QStringList cncaSheetNames();
// The header rows, in the template's column order.
QStringList cncaAuditPlanHeaders();     // 15 columns (template of 2021-09-15)
QStringList cncaCertificateHeaders();   // 71 columns; 币种 appears twice
QStringList cncaAuditResultHeaders();   // 14 columns

// The three sheets of the month, in order, ready for XlsxWorkbook::write().
QList<XlsxSheet> cncaSheets(const CncaMonth &month);

// The value rules, shared by every column (and by anything that shows these values).
// A number or code: trimmed, full-width letters and digits made ASCII, upper case, every
// space removed ("91350100 m000 1x" -> "91350100M0001X").
QString cncaCode(const QString &value);
// A date as YYYY-MM-DD (ISO 8601). cb-forms.md names no format; this one is our choice,
// made here only, so that a platform wanting another changes one function. Empty when invalid.
QString cncaDate(const QDate &date);
// 是 or 否.
QString cncaYesNo(bool yes);
