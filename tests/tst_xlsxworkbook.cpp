// XlsxWorkbook and the two regulatory exports built on it, the CNCA monthly information
// report and the IAF CertSearch upload sheet. Every workbook is read back by another
// implementation, openpyxl (python3-openpyxl), so what is checked is what a spreadsheet
// program sees: sheet names and order, header rows exactly as cb-forms.md lists them,
// values as text (leading zeros kept, nothing a formula), bold frozen headers, widths that
// follow the content, Chinese text; the value rules of each export; and every refusal,
// which leaves no file behind and an existing file untouched.

#include "io/xlsxworkbook.h"
#include "reports/certsearchreport.h"
#include "reports/cncareport.h"
#include "testsupport.h"
#include "xlsxreader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sys/stat.h>
#include <unistd.h>

Q_DECLARE_METATYPE(XlsxSheet)

namespace {

using namespace XlsxReader;

// Every entry of a folder, hidden ones too (where a temporary file would hide).
QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QStringList split(const char *list) { return QString::fromUtf8(list).split(QStringLiteral(", ")); }

const QDateTime kCreated(QDate(2024, 5, 6), QTime(7, 8, 9), QTimeZone::utc());

CncaPerson person(const char *name, const char *id, const char *role, bool expert = false, bool fullTime = true)
{
    CncaPerson p;
    p.name = QString::fromUtf8(name);
    p.idNumber = QString::fromUtf8(id);
    p.registrationNumber = expert ? QString() : QStringLiteral("  2023-n1isms-1234567 ");
    p.roleCode = QString::fromUtf8(role);
    p.phone = QStringLiteral(" 0591-8765 4321 ");
    p.expert = expert;
    p.fullTime = fullTime;
    return p;
}

CncaMonth filledMonth()
{
    CncaMonth month;
    CncaAuditPlan plan;
    plan.planNumber = QStringLiteral(" r0123 01-2024 007 ");
    plan.stageCode = QStringLiteral("0101");
    plan.methodCode = QStringLiteral("fs03");
    plan.plannedStart = QDate(2024, 3, 4);
    plan.plannedEnd = QDate(2024, 3, 6);
    // The leader comes second here: the sheet lists him first all the same.
    plan.team = {person("李四", "350102199001011234", "02", false, false), person("张三", "35010219800101123x", "01"),
                 person("王五", "350102197512129876", "03", true)};
    plan.regionCode = QStringLiteral(" 350102 ");
    plan.orgCode = QStringLiteral("９１３５０１００ m0001 2345x");   // full-width digits and a lower-case x
    plan.orgName = QStringLiteral("  福州云数据科技有限公司 ");
    plan.contact = QStringLiteral("陈六");
    plan.contactPhone = QStringLiteral("13800000000");
    plan.address = QStringLiteral("福州市鼓楼区软件大道89号");
    plan.scopeClassCodes = {QStringLiteral(" 33.02.01 "), QString(), QStringLiteral("33.02.02")};
    plan.notes = QStringLiteral(" =远程 ");
    month.plans << plan;

    CncaCertificate c;
    c.approvalNumber = QStringLiteral("cnca-r-2002-001");
    c.orgName = plan.orgName;
    c.orgCode = QStringLiteral("91350100M00012345X");
    c.regionCode = QStringLiteral("350102");
    c.registeredAddress = QStringLiteral("福州市鼓楼区软件大道89号A座");
    c.phone = QStringLiteral("0591-87654321");
    c.legalRepresentative = QStringLiteral("张伟");
    c.employees = 120;
    c.coveredEmployees = 95;
    c.firstIssued = QDate(2021, 1, 8);
    c.certificateNumber = QStringLiteral(" 0350 24 isms0012 ");
    c.scopeClassCodes = {QStringLiteral("33.02.01")};
    c.standard = QStringLiteral(" ISO/IEC 27001:2022 ");
    c.multiSite = true;
    c.sites = {QStringLiteral("总部: 福州市鼓楼区"), QStringLiteral(" 机房: 福州市仓山区 ")};
    c.scope = QStringLiteral("云计算服务的信息安全管理");
    c.auditActivityCode = QStringLiteral("02");
    c.recertifications = 1;
    c.surveillances = 0;
    c.auditStart = QDate(2024, 1, 15);
    c.auditEnd = QDate(2024, 1, 17);
    c.auditDays = 2.5;
    c.decisionMaker = QStringLiteral("赵七");
    c.decisionDate = QDate(2024, 2, 1);
    c.issued = QDate(2024, 2, 2);
    c.expiry = QDate(2027, 1, 7);
    c.statusCode = QStringLiteral("01");
    c.changedOn = QDate();
    c.contractNumber = QStringLiteral("ht-2023-099");
    c.reportType = QStringLiteral("02");
    c.programmeNumber = QStringLiteral("fa 2024 001");
    c.overdueAudit = false;
    c.plannedAuditStart = QDate(2024, 1, 10);
    c.baseDays = 3.0;
    c.notes = QStringLiteral("再认证");
    month.certificates << c;

    CncaAuditResult result;
    result.approvalNumber = c.approvalNumber;
    result.certificateNumber = c.certificateNumber;
    result.stageCode = QStringLiteral("0202");
    result.start = c.auditStart;
    result.end = c.auditEnd;
    result.team = {person("李四", "350102199001011234", "02", false, false), person("张三", "35010219800101123x", "01")};
    month.results << result;
    CncaAuditResult noTeam = result;
    noTeam.stageCode = QStringLiteral("03");
    noTeam.team.clear();
    month.results << noTeam;
    return month;
}

CertSearchEntry entry(const QString &number, const QString &status)
{
    CertSearchEntry e;
    e.certificateNumber = number;
    e.statusCode = status;
    e.originalIssue = QDate(2021, 1, 8);
    e.issued = QDate(2024, 2, 2);
    e.expiry = QDate(2027, 1, 7);
    e.entityName = QStringLiteral("福州云数据科技有限公司");
    e.entityId = QStringLiteral("91350100m00012345x");
    e.country = QStringLiteral("cn");
    e.street = QStringLiteral("软件大道89号");
    e.city = QStringLiteral("福州市");
    e.state = QStringLiteral("福建省");
    e.postcode = QStringLiteral("350003");
    e.scope = QStringLiteral("云计算服务的信息安全管理");
    e.standard = QStringLiteral("ISO/IEC 27001:2022");
    e.sites = {QStringLiteral("总部: 福州市鼓楼区"), QStringLiteral("机房: 福州市仓山区")};
    e.sectors = {QStringLiteral("33.02.01"), QStringLiteral(" 33.02.02 ")};
    e.accreditationStatus = QStringLiteral("Accredited");
    e.certificationType = QStringLiteral("Management System");
    return e;
}

} // namespace

class TestXlsxWorkbook : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void writesSheetsInOrderAsText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.xlsx"));
        const QList<XlsxSheet> sheets{
            {QStringLiteral("Zeta"),
             {QStringLiteral("code"), QStringLiteral("名称"), QStringLiteral("note")},
             {{QStringLiteral("0101"), QStringLiteral("福州云数据科技有限公司"), QStringLiteral("=1+1")},
              {QStringLiteral("007")},   // short: padded
              {QStringLiteral(" 2024-03-04 "), QString(), QStringLiteral("line one\nline two")}}},
            {QStringLiteral("Alpha"), {QStringLiteral("only")}, {}},
            {QStringLiteral("审核计划信息表"), {QStringLiteral("a"), QStringLiteral("b")}, {{QStringLiteral("1e5"), QStringLiteral("TRUE")}}},
        };
        QCOMPARE(XlsxWorkbook::write(path, sheets, kCreated), QString());
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("out.xlsx")});   // no temporary file left

        const QJsonObject book = readBack(path);
        QCOMPARE(book.value(QStringLiteral("created")).toString(), QStringLiteral("2024-05-06T07:08:09"));
        const QJsonArray read = book.value(QStringLiteral("sheets")).toArray();
        QCOMPARE(namesOf(read), (QStringList{QStringLiteral("Zeta"), QStringLiteral("Alpha"), QStringLiteral("审核计划信息表")}));

        const QJsonObject zeta = read.at(0).toObject();
        const QList<QStringList> expected{
            {QStringLiteral("code"), QStringLiteral("名称"), QStringLiteral("note")},
            {QStringLiteral("0101"), QStringLiteral("福州云数据科技有限公司"), QStringLiteral("=1+1")},
            {QStringLiteral("007"), QString(), QString()},
            {QStringLiteral(" 2024-03-04 "), QString(), QStringLiteral("line one\nline two")},
        };
        QCOMPARE(rowsOf(zeta), expected);
        QCOMPARE(zeta.value(QStringLiteral("types")).toArray(), QJsonArray{QStringLiteral("s")});   // text, no formula
        QCOMPARE(zeta.value(QStringLiteral("bold")).toArray(), (QJsonArray{true, true, true}));
        QCOMPARE(zeta.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
        // Widths follow the content, CJK counted double: 11 Chinese characters (22) are
        // wider than " 2024-03-04 " (12), which is wider than the longest line of
        // "line one\nline two" (8; the whole text would be 17).
        const QJsonArray widths = zeta.value(QStringLiteral("widths")).toArray();
        const QByteArray shownWidths = QJsonDocument(widths).toJson(QJsonDocument::Compact);
        QVERIFY2(widths.size() == 3 && widths.at(1).toDouble() > 22, shownWidths.constData());
        QVERIFY2(widths.at(1).toDouble() > widths.at(0).toDouble(), shownWidths.constData());
        QVERIFY2(widths.at(0).toDouble() > widths.at(2).toDouble(), shownWidths.constData());
        QVERIFY2(widths.at(2).toDouble() < 17, shownWidths.constData());

        QCOMPARE(rowsOf(read.at(1).toObject()), (QList<QStringList>{{QStringLiteral("only")}}));
        const QJsonObject third = read.at(2).toObject();
        QCOMPARE(rowsOf(third).value(1), (QStringList{QStringLiteral("1e5"), QStringLiteral("TRUE")}));   // not a number, not a boolean
        QCOMPARE(third.value(QStringLiteral("types")).toArray(), QJsonArray{QStringLiteral("s")});
    }

    void awkwardTextComesBackAsWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("awkward.xlsx"));
        const QString controls = QStringLiteral("a") + QChar(0) + QChar(1) + QStringLiteral("b\tc\rd") + QChar(0x1F);
        const QStringList row{controls, QStringLiteral("_x0041_ stays _x005F_"), QStringLiteral("😀 审核 𠀋"),
                              QStringLiteral("  leading and trailing  ")};
        QCOMPARE(XlsxWorkbook::write(path, {{QStringLiteral("Text"), {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                                                      QStringLiteral("4")}, {row}}}, kCreated), QString());
        QCOMPARE(rowsOf(sheetsOf(path).at(0).toObject()).value(1), row);

        // What XML cannot hold at all becomes U+FFFD instead of a damaged file.
        const QString broken = QStringLiteral("x") + QChar(0xFFFF) + QChar(0xD800) + QStringLiteral("y");
        QCOMPARE(XlsxWorkbook::write(path, {{QStringLiteral("Text"), {broken}, {}}}, kCreated), QString());
        QCOMPARE(rowsOf(sheetsOf(path).at(0).toObject()).value(0),
                 QStringList{QStringLiteral("x") + QChar(QChar::ReplacementCharacter) + QChar(QChar::ReplacementCharacter)
                             + QStringLiteral("y")});
        QVERIFY(!XlsxWorkbook::sheetNameProblem(QStringLiteral("a") + QChar(7)).isEmpty());
        QCOMPARE(XlsxWorkbook::sheetNameProblem(QStringLiteral("😀")), QString());
    }

    void savingOverALinkReplacesItsFile()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("real"))));
        const QString real = dir.filePath(QStringLiteral("real/report.xlsx"));
        const QString link = dir.filePath(QStringLiteral("link.xlsx"));
        QVERIFY(XlsxWorkbook::write(real, {{QStringLiteral("Old"), {QStringLiteral("x")}, {}}}, kCreated).isEmpty());
        QVERIFY(QFile::link(real, link));
        QCOMPARE(XlsxWorkbook::write(link, {{QStringLiteral("New"), {QStringLiteral("x")}, {}}}, kCreated), QString());
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(namesOf(sheetsOf(real)), QStringList{QStringLiteral("New")});
        QCOMPARE(entries(dir.filePath(QStringLiteral("real"))), QStringList{QStringLiteral("report.xlsx")});
    }

    void displayWidthCountsWideCharactersTwice()
    {
        QCOMPARE(XlsxWorkbook::displayWidth(QStringLiteral("abc")), 3);
        QCOMPARE(XlsxWorkbook::displayWidth(QStringLiteral("审核abc")), 7);
        QCOMPARE(XlsxWorkbook::displayWidth(QStringLiteral("01；02")), 6);   // full-width semicolon
        QCOMPARE(XlsxWorkbook::displayWidth(QStringLiteral("short\n审核计划信息表")), 14);   // the longest line
        QCOMPARE(XlsxWorkbook::displayWidth(QString()), 0);
    }

    void sameSheetsGiveSameBytes()
    {
        QTemporaryDir dir;
        const QList<XlsxSheet> sheets = cncaSheets(filledMonth());
        QCOMPARE(XlsxWorkbook::write(dir.filePath(QStringLiteral("a.xlsx")), sheets, kCreated), QString());
        QTest::qSleep(2100);   // past the 2-second resolution of zip time stamps
        QCOMPARE(XlsxWorkbook::write(dir.filePath(QStringLiteral("b.xlsx")), sheets, kCreated), QString());
        const QByteArray a = TestSupport::readFile(dir.filePath(QStringLiteral("a.xlsx")));
        QVERIFY(a.startsWith("PK"));
        QVERIFY(a == TestSupport::readFile(dir.filePath(QStringLiteral("b.xlsx"))));
    }

    void cncaHeadersAreTheTemplates()
    {
        // Typed from shared/domain/cb-forms.md, with the changes of 2021-09-15 applied.
        const QStringList plan = split("审核计划编号, 认证审核阶段代码, 审核方式, 计划开始时间, 计划结束时间, 审核员, 技术专家, "
                                       "实际地址行政区划, 组织机构代码, 组织名称, 联系人, 联系方式, 实际地址, 认证项目分类代码, 备注");
        const QStringList certificate = split(
            "批准号, 分支机构名称, 组织名称, 其他名称, 原名, 组织机构代码, 国民经济行业, 国家地区代码, 行政区划, 注册地址, 邮编, "
            "电话, 传真, 法定代表人, 机构类型, 注册资本, 币种, 员工数, 覆盖员工数, 初次获证日期, 证书号, 认证项目分类代码, "
            "CNAS业务范围代码, 认证依据, 是否多场所, 场所名称及地址, 业务范围, EC9000覆盖, EnMS边界, 审核活动代码, 再认证次数, "
            "监督次数, 审核开始日期, 审核截止日期, 审核人日数, 结合审核类型, 认证决定人员, 认证决定日期, 颁证日期, 证书截止日期, "
            "证书状态, 暂停原因, 暂停起, 暂停止, 撤销原因, 撤销时间, 是否子证书, 主证书号, 变更日期, 变更类别代码, 是否换证, "
            "换证日期, 换证原因, 原颁证机构批准号, 原证书号, 认可号, 认可标志代码, 风险系数, 实收费用, 币种, 合同号, 附件文件名, "
            "服务认证领域代码, 上报类型, 备注, 是否超期审核, 审核方案编号, 超期原因, 策划审核开始日期, 程序文件编号, 基础人日数");
        const QStringList result = split("批准号, 证书号, 审核阶段代码, 审核开始, 审核截止, 成员姓名, 证件类型, 证件号, 角色代码, "
                                         "资格类型, 资质注册号, 是否专业审核员, 是否专职, 见证人标识");
        QCOMPARE(cncaAuditPlanHeaders(), plan);
        QCOMPARE(cncaCertificateHeaders(), certificate);
        QCOMPARE(certificate.size(), 71);
        QCOMPARE(certificate.count(QStringLiteral("币种")), 2);
        QCOMPARE(cncaAuditResultHeaders(), result);
        for (const char *removed : {"国家地区代码", "认证申请编号", "认证证书号", "认证机构批准号"})
            QVERIFY(!cncaAuditPlanHeaders().contains(QString::fromUtf8(removed)));

        // And so in the file, for an empty month as for a full one.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cnca.xlsx"));
        QCOMPARE(XlsxWorkbook::write(path, cncaSheets(CncaMonth()), kCreated), QString());
        const QJsonArray read = sheetsOf(path);
        QCOMPARE(namesOf(read), (QStringList{QStringLiteral("审核计划信息表"), QStringLiteral("证书信息表"), QStringLiteral("审核结果信息表")}));
        QCOMPARE(namesOf(read), cncaSheetNames());
        QCOMPARE(rowsOf(read.at(0).toObject()), QList<QStringList>{plan});
        QCOMPARE(rowsOf(read.at(1).toObject()), QList<QStringList>{certificate});
        QCOMPARE(rowsOf(read.at(1).toObject()).value(0).size(), 71);
        QCOMPARE(rowsOf(read.at(2).toObject()), QList<QStringList>{result});
    }

    void cncaValuesFollowTheRules()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cnca.xlsx"));
        QCOMPARE(XlsxWorkbook::write(path, cncaSheets(filledMonth()), kCreated), QString());
        const QJsonArray read = sheetsOf(path);
        QCOMPARE(read.size(), 3);
        for (const QJsonValue &sheet : read)
            QCOMPARE(sheet.toObject().value(QStringLiteral("types")).toArray(), QJsonArray{QStringLiteral("s")});

        const QList<QStringList> plans = rowsOf(read.at(0).toObject());
        QCOMPARE(plans.size(), 2);
        QCOMPARE(plans.at(1).size(), 15);
        QCOMPARE(cell(plans, 0, QStringLiteral("审核计划编号")), QStringLiteral("R012301-2024007"));
        QCOMPARE(cell(plans, 0, QStringLiteral("认证审核阶段代码")), QStringLiteral("0101"));
        QCOMPARE(cell(plans, 0, QStringLiteral("审核方式")), QStringLiteral("FS03"));
        QCOMPARE(cell(plans, 0, QStringLiteral("计划开始时间")), QStringLiteral("2024-03-04"));
        QCOMPARE(cell(plans, 0, QStringLiteral("计划结束时间")), QStringLiteral("2024-03-06"));
        // Leader first, ID-document numbers (upper-case X), phones trimmed; the expert apart.
        QCOMPARE(cell(plans, 0, QStringLiteral("审核员")),
                 QStringLiteral("张三/35010219800101123X/01/0591-8765 4321；李四/350102199001011234/02/0591-8765 4321"));
        QCOMPARE(cell(plans, 0, QStringLiteral("技术专家")), QStringLiteral("王五/350102197512129876/03/0591-8765 4321"));
        QCOMPARE(cell(plans, 0, QStringLiteral("实际地址行政区划")), QStringLiteral("350102"));
        QCOMPARE(cell(plans, 0, QStringLiteral("组织机构代码")), QStringLiteral("91350100M00012345X"));
        QCOMPARE(cell(plans, 0, QStringLiteral("组织名称")), QStringLiteral("福州云数据科技有限公司"));
        QCOMPARE(cell(plans, 0, QStringLiteral("认证项目分类代码")), QStringLiteral("33.02.01；33.02.02"));
        QCOMPARE(cell(plans, 0, QStringLiteral("备注")), QStringLiteral("=远程"));   // text, not a formula

        const QList<QStringList> certificates = rowsOf(read.at(1).toObject());
        QCOMPARE(certificates.size(), 2);
        QCOMPARE(certificates.at(1).size(), 71);
        QCOMPARE(cell(certificates, 0, QStringLiteral("批准号")), QStringLiteral("CNCA-R-2002-001"));
        QCOMPARE(cell(certificates, 0, QStringLiteral("证书号")), QStringLiteral("035024ISMS0012"));
        QCOMPARE(cell(certificates, 0, QStringLiteral("员工数")), QStringLiteral("120"));
        QCOMPARE(cell(certificates, 0, QStringLiteral("覆盖员工数")), QStringLiteral("95"));
        QCOMPARE(cell(certificates, 0, QStringLiteral("初次获证日期")), QStringLiteral("2021-01-08"));
        QCOMPARE(cell(certificates, 0, QStringLiteral("认证依据")), QStringLiteral("ISO/IEC 27001:2022"));   // text keeps its space
        QCOMPARE(cell(certificates, 0, QStringLiteral("是否多场所")), QStringLiteral("是"));
        QCOMPARE(cell(certificates, 0, QStringLiteral("场所名称及地址")), QStringLiteral("总部: 福州市鼓楼区；机房: 福州市仓山区"));
        QCOMPARE(cell(certificates, 0, QStringLiteral("审核活动代码")), QStringLiteral("02"));
        QCOMPARE(cell(certificates, 0, QStringLiteral("再认证次数")), QStringLiteral("1"));
        QCOMPARE(cell(certificates, 0, QStringLiteral("监督次数")), QStringLiteral("0"));
        QCOMPARE(cell(certificates, 0, QStringLiteral("审核人日数")), QStringLiteral("2.5"));
        QCOMPARE(cell(certificates, 0, QStringLiteral("基础人日数")), QStringLiteral("3"));
        QCOMPARE(cell(certificates, 0, QStringLiteral("证书截止日期")), QStringLiteral("2027-01-07"));
        QCOMPARE(cell(certificates, 0, QStringLiteral("证书状态")), QStringLiteral("01"));
        QCOMPARE(cell(certificates, 0, QStringLiteral("变更日期")), QString());   // no date, no text
        QCOMPARE(cell(certificates, 0, QStringLiteral("合同号")), QStringLiteral("HT-2023-099"));
        QCOMPARE(cell(certificates, 0, QStringLiteral("审核方案编号")), QStringLiteral("FA2024001"));
        QCOMPARE(cell(certificates, 0, QStringLiteral("是否超期审核")), QStringLiteral("否"));
        QCOMPARE(cell(certificates, 0, QStringLiteral("策划审核开始日期")), QStringLiteral("2024-01-10"));
        // Not held by CSISMS: empty, both 币种 columns included.
        QCOMPARE(cell(certificates, 0, QStringLiteral("分支机构名称")), QString());
        QCOMPARE(certificates.at(1).at(16), QString());
        QCOMPARE(certificates.at(1).at(59), QString());
        QCOMPARE(certificates.at(0).at(59), QStringLiteral("币种"));

        // One row per member, leader first; an audit without a team keeps one row.
        const QList<QStringList> results = rowsOf(read.at(2).toObject());
        QCOMPARE(results.size(), 4);
        QCOMPARE(cell(results, 0, QStringLiteral("成员姓名")), QStringLiteral("张三"));
        QCOMPARE(cell(results, 0, QStringLiteral("证件号")), QStringLiteral("35010219800101123X"));
        QCOMPARE(cell(results, 0, QStringLiteral("角色代码")), QStringLiteral("01"));
        QCOMPARE(cell(results, 0, QStringLiteral("资质注册号")), QStringLiteral("2023-N1ISMS-1234567"));
        QCOMPARE(cell(results, 0, QStringLiteral("是否专职")), QStringLiteral("是"));
        QCOMPARE(cell(results, 1, QStringLiteral("成员姓名")), QStringLiteral("李四"));
        QCOMPARE(cell(results, 1, QStringLiteral("是否专职")), QStringLiteral("否"));
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(cell(results, row, QStringLiteral("批准号")), QStringLiteral("CNCA-R-2002-001"));
            QCOMPARE(cell(results, row, QStringLiteral("证书号")), QStringLiteral("035024ISMS0012"));
            QCOMPARE(cell(results, row, QStringLiteral("审核阶段代码")), QStringLiteral("0202"));
            QCOMPARE(cell(results, row, QStringLiteral("审核开始")), QStringLiteral("2024-01-15"));
            QCOMPARE(cell(results, row, QStringLiteral("审核截止")), QStringLiteral("2024-01-17"));
        }
        QCOMPARE(cell(results, 2, QStringLiteral("审核阶段代码")), QStringLiteral("03"));
        QCOMPARE(results.at(3).mid(5), QStringList(9, QString()));
    }

    // Whether a person works full time is not always known: the cell then stays empty.
    void unknownFullTimeStaysEmpty()
    {
        CncaMonth month;
        CncaAuditResult result;
        CncaPerson p;
        p.name = QStringLiteral("张三");
        result.team << p;
        month.results << result;
        const qsizetype column = cncaAuditResultHeaders().indexOf(QStringLiteral("是否专职"));
        QVERIFY(column >= 0);
        QCOMPARE(cncaSheets(month).at(2).rows.value(0).value(column, QStringLiteral("<missing>")), QString());
    }

    void valueRules()
    {
        QCOMPARE(cncaCode(QStringLiteral(" ａｂ 12\t3x　")), QStringLiteral("AB123X"));   // full-width, tab, ideographic space
        QCOMPARE(cncaDate(QDate(2024, 2, 29)), QStringLiteral("2024-02-29"));
        QCOMPARE(cncaDate(QDate()), QString());
        QCOMPARE(cncaYesNo(true), QStringLiteral("是"));
        QCOMPARE(cncaYesNo(false), QStringLiteral("否"));
    }

    void certSearchSheet()
    {
        QCOMPARE(certSearchStatus(QStringLiteral("01")), QStringLiteral("Active"));
        QCOMPARE(certSearchStatus(QStringLiteral("02")), QStringLiteral("Suspended"));
        QCOMPARE(certSearchStatus(QStringLiteral("03")), QStringLiteral("Withdrawn"));
        QCOMPARE(certSearchStatus(QStringLiteral("04")), QStringLiteral("Cancelled"));
        QCOMPARE(certSearchStatus(QStringLiteral(" 05 ")), QStringLiteral("Expired"));
        QCOMPARE(certSearchStatus(QStringLiteral("06")), QString());
        QCOMPARE(certSearchStatus(QStringLiteral("1")), QString());
        QCOMPARE(certSearchDate(QDate(2024, 2, 2)), QStringLiteral("20240202"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cb_certs.xlsx"));
        const QList<CertSearchEntry> list{entry(QStringLiteral(" 0350 24 isms0012 "), QStringLiteral("01")),
                                          entry(QStringLiteral("035024ISMS0013"), QStringLiteral("03"))};
        QCOMPARE(certSearchProblems(list), QStringList());
        QCOMPARE(XlsxWorkbook::write(path, certSearchSheets(list), kCreated), QString());
        const QJsonArray read = sheetsOf(path);
        QCOMPARE(namesOf(read), QStringList{QStringLiteral("Certificates")});
        const QList<QStringList> rows = rowsOf(read.at(0).toObject());
        QCOMPARE(rows.value(0), certSearchHeaders());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(cell(rows, 0, QStringLiteral("Certification Identity Number")), QStringLiteral("035024ISMS0012"));
        QCOMPARE(cell(rows, 0, QStringLiteral("Certificate Number")), QStringLiteral("035024ISMS0012"));
        QCOMPARE(cell(rows, 0, QStringLiteral("Certification Status")), QStringLiteral("Active"));
        QCOMPARE(cell(rows, 1, QStringLiteral("Certification Status")), QStringLiteral("Withdrawn"));
        QCOMPARE(cell(rows, 0, QStringLiteral("Certification Original Issue Date")), QStringLiteral("20210108"));
        QCOMPARE(cell(rows, 0, QStringLiteral("Certification Issue Date")), QStringLiteral("20240202"));
        QCOMPARE(cell(rows, 0, QStringLiteral("Certification Expiry Date")), QStringLiteral("20270107"));
        QCOMPARE(cell(rows, 0, QStringLiteral("Certified Entity Name")), QStringLiteral("福州云数据科技有限公司"));
        QCOMPARE(cell(rows, 0, QStringLiteral("Certified Entity Unique ID")), QStringLiteral("91350100M00012345X"));
        QCOMPARE(cell(rows, 0, QStringLiteral("Certified Entity Country/Economy")), QStringLiteral("CN"));
        QCOMPARE(cell(rows, 0, QStringLiteral("Certified Entity Zipcode/Postcode")), QStringLiteral("350003"));
        QCOMPARE(cell(rows, 0, QStringLiteral("Certification Sites")), QStringLiteral("总部: 福州市鼓楼区; 机房: 福州市仓山区"));
        QCOMPARE(cell(rows, 0, QStringLiteral("Sector Code")), QStringLiteral("33.02.01; 33.02.02"));
        QCOMPARE(cell(rows, 0, QStringLiteral("Accreditation Status")), QStringLiteral("Accredited"));
    }

    void certSearchProblemsNameTheCertificate()
    {
        const QString sixty(60, u'A');
        const QString sixtyOne = QStringLiteral("N") + sixty;
        QCOMPARE(certSearchProblems({entry(sixty, QStringLiteral("01"))}), QStringList());
        const QStringList long_ = certSearchProblems({entry(sixtyOne, QStringLiteral("01"))});
        QCOMPARE(long_.size(), 1);
        QVERIFY2(long_.first().contains(sixtyOne) && long_.first().contains(QStringLiteral("60")), qPrintable(long_.first()));
        // The sheet keeps the number whole: it is never cut.
        QCOMPARE(certSearchSheets({entry(sixtyOne, QStringLiteral("01"))}).first().rows.first().at(1), sixtyOne);

        const QStringList status = certSearchProblems({entry(QStringLiteral("C1"), QStringLiteral("07"))});
        QCOMPARE(status.size(), 1);
        QVERIFY2(status.first().contains(QStringLiteral("C1")) && status.first().contains(QStringLiteral("07")),
                 qPrintable(status.first()));

        CertSearchEntry bare = entry(QStringLiteral("C2"), QString());
        bare.expiry = QDate();
        bare.entityId = QString(61, u'9');
        const QStringList missing = certSearchProblems({bare});
        QCOMPARE(missing.size(), 2);
        QVERIFY2(missing.at(0).contains(QStringLiteral("45")), qPrintable(missing.at(0)));
        QVERIFY2(missing.at(1).contains(QStringLiteral("C2")) && missing.at(1).contains(QStringLiteral("Certification Status"))
                     && missing.at(1).contains(QStringLiteral("Certification Expiry Date"))
                     && !missing.at(1).contains(QStringLiteral("Certification Issue Date")),
                 qPrintable(missing.at(1)));
    }

    void refusedSheetsWriteNothing_data()
    {
        QTest::addColumn<QList<XlsxSheet>>("sheets");
        const QStringList h{QStringLiteral("a")};
        QTest::newRow("empty name") << QList<XlsxSheet>{{QString(), h, {}}};
        QTest::newRow("32 characters") << QList<XlsxSheet>{{QString(32, u'x'), h, {}}};
        QTest::newRow("slash") << QList<XlsxSheet>{{QStringLiteral("2024/03"), h, {}}};
        QTest::newRow("bracket") << QList<XlsxSheet>{{QStringLiteral("[plans]"), h, {}}};
        QTest::newRow("question mark") << QList<XlsxSheet>{{QStringLiteral("plans?"), h, {}}};
        QTest::newRow("apostrophe") << QList<XlsxSheet>{{QStringLiteral("'plans"), h, {}}};
        QTest::newRow("duplicate") << QList<XlsxSheet>{{QStringLiteral("Plans"), h, {}}, {QStringLiteral("plans"), h, {}}};
        QTest::newRow("no sheets") << QList<XlsxSheet>{};
        QTest::newRow("row too long") << QList<XlsxSheet>{{QStringLiteral("ok"), h, {{QStringLiteral("1"), QStringLiteral("2")}}}};
        QTest::newRow("cell too long") << QList<XlsxSheet>{{QStringLiteral("ok"), h, {{QString(32768, u'x')}}}};
    }

    void refusedSheetsWriteNothing()
    {
        QFETCH(QList<XlsxSheet>, sheets);
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("new.xlsx"));
        const QString message = XlsxWorkbook::write(fresh, sheets, kCreated);
        QVERIFY(!message.isEmpty());
        QVERIFY(!QFile::exists(fresh));
        QCOMPARE(entries(dir.path()), QStringList());

        // An existing file of the name stays as it was.
        const QString existing = dir.filePath(QStringLiteral("old.xlsx"));
        QVERIFY(XlsxWorkbook::write(existing, {{QStringLiteral("Old"), {QStringLiteral("x")}, {}}}, kCreated).isEmpty());
        const QByteArray before = TestSupport::readFile(existing);
        QCOMPARE(XlsxWorkbook::write(existing, sheets, kCreated), message);
        QCOMPARE(TestSupport::readFile(existing), before);
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("old.xlsx")});
    }

    void sheetNameLimits()
    {
        QCOMPARE(XlsxWorkbook::sheetNameProblem(QString(31, u'审')), QString());   // 31 characters, not bytes
        QVERIFY(XlsxWorkbook::sheetNameProblem(QString(32, u'审')).contains(QStringLiteral("31")));
        QVERIFY(XlsxWorkbook::sheetNameProblem(QStringLiteral("a:b")).contains(QStringLiteral("a:b")));
        QCOMPARE(XlsxWorkbook::sheetNameProblem(QStringLiteral("it's")), QString());   // inside is fine
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("names.xlsx"));
        QCOMPARE(XlsxWorkbook::write(path, {{QString(31, u'审'), {QStringLiteral("a")}, {}}}, kCreated), QString());
        QCOMPARE(namesOf(sheetsOf(path)), QStringList{QString(31, u'审')});
    }

    void unwritablePlacesGiveAMessageAndNoFile()
    {
        const QList<XlsxSheet> sheets = certSearchSheets({entry(QStringLiteral("C1"), QStringLiteral("01"))});
        QTemporaryDir dir;
        // A folder the user may not write to. Root may write anywhere a mode allows, so as
        // root the test uses sysfs, where nobody creates files.
        QString locked = QStringLiteral("/sys");
        if (::geteuid() != 0) {
            locked = dir.filePath(QStringLiteral("locked"));
            QVERIFY(QDir().mkpath(locked));
            QVERIFY(::chmod(QFile::encodeName(locked).constData(), 0555) == 0);
        }
        const QString inLocked = QDir(locked).filePath(QStringLiteral("csisms-export-test.xlsx"));
        const QStringList lockedBefore = entries(locked);
        const QString message = XlsxWorkbook::write(inLocked, sheets, kCreated);
        QVERIFY(!message.isEmpty());
        QVERIFY2(message.contains(QDir::toNativeSeparators(locked)), qPrintable(message));
        QVERIFY(!QFile::exists(inLocked));
        QCOMPARE(entries(locked), lockedBefore);
        if (locked != QLatin1String("/sys"))
            ::chmod(QFile::encodeName(locked).constData(), 0755);

        const QString missingFolder = dir.filePath(QStringLiteral("nowhere/out.xlsx"));
        QVERIFY(!XlsxWorkbook::write(missingFolder, sheets, kCreated).isEmpty());
        QVERIFY(!QFile::exists(missingFolder));

        const QString folder = dir.filePath(QStringLiteral("a-folder.xlsx"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(!XlsxWorkbook::write(folder, sheets, kCreated).isEmpty());
        QVERIFY(QFileInfo(folder).isDir());
        QVERIFY(!XlsxWorkbook::write(QString(), sheets, kCreated).isEmpty());
    }

    void replacesAnExistingFileWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.xlsx"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write(QByteArray(100000, 'x'));   // longer than the workbook: no tail may remain
        }
        QCOMPARE(XlsxWorkbook::write(path, cncaSheets(filledMonth()), kCreated), QString());
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("report.xlsx")});
        QVERIFY(!TestSupport::readFile(path).contains(QByteArray(64, 'x')));
        QCOMPARE(namesOf(sheetsOf(path)), cncaSheetNames());
        // The file gets the permissions of any new file (umask), not a temporary file's 0600.
        const mode_t mask = ::umask(0);
        ::umask(mask);
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0666 & ~mask);
    }
};

QTEST_GUILESS_MAIN(TestXlsxWorkbook)
#include "tst_xlsxworkbook.moc"
