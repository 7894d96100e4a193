// The regulatory exports gathered from a database (RegulatoryExport) and their commands,
// `report cnca` and `report certsearch`, run as the real program on a demo database. The
// workbooks are read back by openpyxl (xlsxreader.h) and compared with the database as
// SQL reads it: which audits, certificates and results a month holds, each certificate's
// number, dates and status, a row per team member, the report types; the CertSearch
// status of every certificate; the exit statuses; and that neither command changes the
// database file or its -wal/-shm siblings.

#include "badfiles.h"
#include "childprocess.h"
#include "db/database.h"
#include "domain/bodysettings.h"
#include "domain/certificate.h"
#include "domain/cncacodes.h"
#include "reports/certsearchreport.h"
#include "reports/cncareport.h"
#include "reports/regulatoryexport.h"
#include "repositories/bodysettingsrepository.h"
#include "repositories/certificaterepository.h"
#include "testsupport.h"
#include "xlsxreader.h"

#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using namespace XlsxReader;

const QString kApproval = QStringLiteral("CNCA-R-2002-001");

QString iso(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

struct Month
{
    int year = 0;
    int month = 0;
    QDate first() const { return QDate(year, month, 1); }
    QDate last() const { return first().addMonths(1).addDays(-1); }
    QString text() const { return first().toString(QStringLiteral("yyyy-MM")); }
};

Month monthOf(const QString &isoDate)
{
    const QDate d = QDate::fromString(isoDate.left(10), Qt::ISODate);
    return Month{d.year(), d.month()};
}

QStringList column(const QList<QStringList> &rows, const QString &header)
{
    QStringList values;
    const qsizetype c = rows.value(0).indexOf(header);
    for (int i = 1; i < rows.size(); ++i)
        values << (c < 0 ? QStringLiteral("<no column>") : rows.at(i).value(c));
    return values;
}

QStringList strings(QSqlQuery q)
{
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestRegulatoryExport : public QObject
{
    Q_OBJECT

    TestSupport::IsolatedSettings m_settings;
    QTemporaryDir m_dir;
    QTemporaryDir m_home;   // the child program's settings and data
    QString m_db;
    Month m_issueMonth;     // a month with a certificate issued and a surveillance done
    Month m_suspendMonth;   // the month of the latest suspension

    QString path(const QString &name) const { return m_dir.filePath(name); }

    ChildProcess::Result csisms(const QStringList &arguments) const
    {
        return ChildProcess::run(m_home.path(), QStringList{QStringLiteral("--db"), m_db} + arguments);
    }

    // The demo database, only read (close it before a command runs).
    std::unique_ptr<Database> reader() const
    {
        auto db = std::make_unique<Database>();
        const DatabaseError error = db->open(m_db, Database::Mode::Read);
        if (error)
            qFatal("cannot open the demo database: %s", qPrintable(error.message));
        return db;
    }

    QList<QStringList> runCnca(const Month &month, QJsonArray *sheets = nullptr)
    {
        const QString out = path(QStringLiteral("cnca-%1.xlsx").arg(month.text()));
        const ChildProcess::Result run = csisms({QStringLiteral("report"), QStringLiteral("cnca"), QStringLiteral("--month"),
                                                 month.text(), QStringLiteral("--out"), out});
        if (run.status != 0 || !run.err.contains(QStringLiteral("written to")))
            qWarning("report cnca failed: %s", qPrintable(run.err));
        const QJsonArray read = sheetsOf(out);
        if (sheets)
            *sheets = read;
        return rowsOf(read.at(1).toObject());
    }

private slots:
    void initTestCase()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        QVERIFY(m_dir.isValid() && m_home.isValid());
        m_db = path(QStringLiteral("demo.sqlite"));
        const ChildProcess::Result demo = csisms({QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("200"),
                                                  QStringLiteral("--seed"), QStringLiteral("7")});
        QVERIFY2(demo.status == 0, qPrintable(demo.err));
        {
            Database db;
            QVERIFY(!db.open(m_db, Database::Mode::Write));
            db.changeLog().setUserName(QStringLiteral("tester"));
            QVERIFY(BodySettingsRepository(db).setValue(QString::fromLatin1(BodySettingKey::ApprovalNumber), kApproval));
            // The latest month with an issue and a surveillance done, and that of the latest suspension.
            const QString issue = db.scalar(QStringLiteral(
                "SELECT max(issued_on) FROM certificates x WHERE EXISTS (SELECT 1 FROM audits a WHERE a.status = 'done' "
                "AND a.kind = 'surveillance' AND substr(a.actual_end, 1, 7) = substr(x.issued_on, 1, 7))")).toString();
            QVERIFY(!issue.isEmpty());
            m_issueMonth = monthOf(issue);
            const QString suspended = db.scalar(QStringLiteral("SELECT max(occurred_on) FROM certificate_events "
                                                               "WHERE kind = 'suspend'")).toString();
            QVERIFY2(!suspended.isEmpty(), "the demo has no suspension");
            m_suspendMonth = monthOf(suspended);
            // The expectations below leave reversals out: the demo has none.
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM certificate_events WHERE kind = 'reverse'")).toInt(), 0);
        }
        QVERIFY(!QFileInfo::exists(m_db + QStringLiteral("-wal")));
    }

    void codesAreThoseShipped()
    {
        const CncaCodes &codes = CncaCodes::shipped();
        const QHash<QString, QString> stages{{QStringLiteral("stage1"), QStringLiteral("0101")},
                                             {QStringLiteral("stage2"), QStringLiteral("0102")},
                                             {QStringLiteral("surveillance"), QStringLiteral("03")},
                                             {QStringLiteral("recertification"), QStringLiteral("0202")},
                                             {QStringLiteral("special"), QStringLiteral("04")}};
        for (auto i = stages.cbegin(); i != stages.cend(); ++i) {
            QCOMPARE(RegulatoryExport::stageCode(i.key()), i.value());
            QVERIFY(codes.codes(QStringLiteral("audit_stage")).contains(i.value()));
        }
        QCOMPARE(RegulatoryExport::methodCode(QStringLiteral("onsite")), QStringLiteral("FS01"));
        QCOMPARE(RegulatoryExport::methodCode(QStringLiteral("remote")), QStringLiteral("FS02"));
        QCOMPARE(RegulatoryExport::methodCode(QStringLiteral("combined")), QStringLiteral("FS03"));
        QCOMPARE(RegulatoryExport::stageCode(QStringLiteral("transfer")), QString());
        QCOMPARE(RegulatoryExport::methodCode(QString()), QString());
        for (const char *type : {"01", "02", "03", "04", "05"})
            QVERIFY(codes.codes(QStringLiteral("report_type")).contains(QLatin1String(type)));
    }

    // The file of a month: its sheets and headers, and each sheet's rows as SQL finds them.
    void cncaWorkbookHoldsTheMonth()
    {
        QJsonArray sheets;
        const QList<QStringList> certificates = runCnca(m_issueMonth, &sheets);
        QCOMPARE(namesOf(sheets), cncaSheetNames());
        for (const QJsonValue &sheet : sheets)
            QCOMPARE(sheet.toObject().value(QStringLiteral("types")).toArray(), QJsonArray{QStringLiteral("s")});
        const QList<QStringList> plans = rowsOf(sheets.at(0).toObject());
        const QList<QStringList> results = rowsOf(sheets.at(2).toObject());
        QCOMPARE(plans.value(0), cncaAuditPlanHeaders());
        QCOMPARE(certificates.value(0), cncaCertificateHeaders());
        QCOMPARE(results.value(0), cncaAuditResultHeaders());

        const auto db = reader();
        const QVariantList month{iso(m_issueMonth.first()), iso(m_issueMonth.last())};

        // Plans: every audit not cancelled that starts in the month, by its start; the
        // plan number is the contract's number and the audit's id.
        const QStringList planNumbers = strings(db->exec(QStringLiteral(
            "SELECT k.number || '-' || a.id FROM audits a JOIN programmes p ON p.id = a.programme_id "
            "JOIN contracts k ON k.id = p.contract_id WHERE a.status <> 'cancelled' "
            "AND coalesce(a.actual_start, a.planned_start) BETWEEN ? AND ? "
            "ORDER BY coalesce(a.actual_start, a.planned_start), a.id"), month));
        QVERIFY(!planNumbers.isEmpty());
        QCOMPARE(column(plans, QStringLiteral("审核计划编号")), planNumbers);
        for (const QString &start : column(plans, QStringLiteral("计划开始时间")))
            QVERIFY2(start >= iso(m_issueMonth.first()) && start <= iso(m_issueMonth.last()), qPrintable(start));
        const QStringList stageCodes = CncaCodes::shipped().codes(QStringLiteral("audit_stage"));
        for (const QString &stage : column(plans, QStringLiteral("认证审核阶段代码")))
            QVERIFY2(stageCodes.contains(stage), qPrintable(stage));
        for (const QString &method : column(plans, QStringLiteral("审核方式")))
            QVERIFY2(QRegularExpression(QStringLiteral("^FS0[123]$")).match(method).hasMatch(), qPrintable(method));

        // Certificates: issued in the month, with an event in it, or surveyed in it.
        const QStringList expected = strings(db->exec(QStringLiteral(
            "SELECT number FROM certificates WHERE issued_on BETWEEN ? AND ? "
            "UNION SELECT x.number FROM certificates x JOIN certificate_events e ON e.certificate_id = x.id "
            "WHERE e.kind <> 'issue' AND e.occurred_on BETWEEN ? AND ? "
            "UNION SELECT x.number FROM certificates x JOIN audits a ON a.programme_id = x.programme_id "
            "WHERE a.kind = 'surveillance' AND a.status = 'done' AND a.actual_end BETWEEN ? AND ?"), month + month + month));
        QCOMPARE(sorted(column(certificates, QStringLiteral("证书号"))), sorted(expected));

        bool sawIssue = false;
        bool sawSurveillance = false;
        const CertificateRepository repository(*db);
        for (int row = 0; row < certificates.size() - 1; ++row) {
            const QString number = cell(certificates, row, QStringLiteral("证书号"));
            QSqlQuery q = db->exec(QStringLiteral(
                "SELECT x.id, x.issued_on, x.expires_on, x.first_issued_on, p.cycle, c.credit_code, c.name_zh, k.number "
                "FROM certificates x JOIN programmes p ON p.id = x.programme_id JOIN clients c ON c.id = x.client_id "
                "JOIN contracts k ON k.id = p.contract_id WHERE x.number = ?"), {number});
            QVERIFY(q.next());
            QCOMPARE(cell(certificates, row, QStringLiteral("批准号")), kApproval);
            QCOMPARE(cell(certificates, row, QStringLiteral("颁证日期")), q.value(1).toString());
            QCOMPARE(cell(certificates, row, QStringLiteral("证书截止日期")), q.value(2).toString());
            QCOMPARE(cell(certificates, row, QStringLiteral("初次获证日期")), q.value(3).toString());
            QCOMPARE(cell(certificates, row, QStringLiteral("组织机构代码")), q.value(5).toString());
            QCOMPARE(cell(certificates, row, QStringLiteral("组织名称")), q.value(6).toString());
            QCOMPARE(cell(certificates, row, QStringLiteral("合同号")), q.value(7).toString());
            const std::optional<Certificate> certificate = repository.load(q.value(0).toLongLong());
            QVERIFY(certificate);
            QCOMPARE(cell(certificates, row, QStringLiteral("证书状态")),
                     CertificateRules::statusCode(CertificateRules::stateOn(*certificate, m_issueMonth.last()).status));
            const QString type = cell(certificates, row, QStringLiteral("上报类型"));
            if (q.value(1).toString() >= iso(m_issueMonth.first()) && q.value(1).toString() <= iso(m_issueMonth.last())) {
                sawIssue = true;
                const bool recertification = q.value(4).toString() == QLatin1String("recertification");
                QCOMPARE(type, recertification ? QStringLiteral("02") : QStringLiteral("01"));
                QCOMPARE(cell(certificates, row, QStringLiteral("审核活动代码")), type);
                // The audit reported is the stage 2 (or the recertification audit) before the issue.
                // (The demo sometimes dates a recertification audit after the decision.)
                QVERIFY(!cell(certificates, row, QStringLiteral("审核截止日期")).isEmpty());
                QVERIFY(recertification || cell(certificates, row, QStringLiteral("审核截止日期")) <= q.value(1).toString());
            } else if (type == QLatin1String("03")) {
                sawSurveillance = true;
                QCOMPARE(cell(certificates, row, QStringLiteral("审核活动代码")), QStringLiteral("03"));
                const QString end = cell(certificates, row, QStringLiteral("审核截止日期"));
                QVERIFY2(end >= iso(m_issueMonth.first()) && end <= iso(m_issueMonth.last()), qPrintable(end));
            }
            for (const char *header : {"初次获证日期", "颁证日期", "证书截止日期", "审核开始日期", "审核截止日期",
                                       "认证决定日期", "暂停起", "暂停止", "撤销时间", "变更日期", "策划审核开始日期"}) {
                const QString value = cell(certificates, row, QString::fromUtf8(header));
                QVERIFY2(value.isEmpty() || QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$")).match(value).hasMatch(),
                         qPrintable(QString::fromUtf8(header) + QStringLiteral(": ") + value));
            }
        }
        QVERIFY(sawIssue);
        QVERIFY(sawSurveillance);

        // Results: a row per team member of every audit done in the month (one for an audit
        // without a team), with its stage and dates.
        QSqlQuery done = db->exec(QStringLiteral(
            "SELECT a.id, a.kind, a.actual_start, a.actual_end FROM audits a WHERE a.status = 'done' "
            "AND a.actual_end BETWEEN ? AND ? ORDER BY a.actual_end, a.id"), month);
        int expectedRows = 0;
        int withTeam = 0;
        while (done.next()) {
            const QStringList team = strings(db->exec(QStringLiteral(
                "SELECT u.name_zh FROM audit_team t JOIN auditors u ON u.id = t.auditor_id WHERE t.audit_id = ?"),
                {done.value(0)}));
            QStringList names;
            for (int row = 0; row < results.size() - 1; ++row)
                if (cell(results, row, QStringLiteral("审核开始")) == done.value(2).toString()
                    && cell(results, row, QStringLiteral("审核截止")) == done.value(3).toString()
                    && cell(results, row, QStringLiteral("审核阶段代码")) == RegulatoryExport::stageCode(done.value(1).toString()))
                    names << cell(results, row, QStringLiteral("成员姓名"));
            QVERIFY2(QSet<QString>(team.cbegin(), team.cend()).subtract(QSet<QString>(names.cbegin(), names.cend())).isEmpty(),
                     qPrintable(QStringLiteral("audit %1: %2 / %3").arg(done.value(0).toString(), team.join(u','), names.join(u','))));
            expectedRows += std::max<int>(1, int(team.size()));
            withTeam += !team.isEmpty();
        }
        QCOMPARE(results.size() - 1, expectedRows);
        QVERIFY2(withTeam > 0, "no audit of the month has a team: choose another month");
        for (int row = 0; row < results.size() - 1; ++row) {
            QCOMPARE(cell(results, row, QStringLiteral("批准号")), kApproval);
            const QString role = cell(results, row, QStringLiteral("角色代码"));
            const QStringList roles{QStringLiteral("01"), QStringLiteral("02"), QStringLiteral("03")};
            QVERIFY2(cell(results, row, QStringLiteral("成员姓名")).isEmpty() || roles.contains(role), qPrintable(role));
            QCOMPARE(cell(results, row, QStringLiteral("是否专职")), QString());   // not recorded
        }
        // Leader first within an audit.
        for (int row = 1; row < results.size() - 1; ++row)
            if (cell(results, row, QStringLiteral("审核开始")) == cell(results, row - 1, QStringLiteral("审核开始"))
                && cell(results, row, QStringLiteral("证书号")) == cell(results, row - 1, QStringLiteral("证书号"))
                && cell(results, row, QStringLiteral("角色代码")) == QLatin1String("01"))
                QVERIFY(cell(results, row - 1, QStringLiteral("角色代码")) != QLatin1String("01"));
    }

    // A month with a suspension: the certificate's row is a status change with the
    // suspension's reason and date.
    void suspensionIsAStatusChange()
    {
        const QList<QStringList> certificates = runCnca(m_suspendMonth);
        const auto db = reader();
        QSqlQuery q = db->exec(QStringLiteral(
            "SELECT x.id, x.number, x.issued_on, e.occurred_on, e.reason_code FROM certificate_events e "
            "JOIN certificates x ON x.id = e.certificate_id WHERE e.kind = 'suspend' AND e.occurred_on BETWEEN ? AND ?"),
            {iso(m_suspendMonth.first()), iso(m_suspendMonth.last())});
        int checked = 0;
        while (q.next()) {
            const int row = int(column(certificates, QStringLiteral("证书号")).indexOf(q.value(1).toString()));
            QVERIFY2(row >= 0, qPrintable(q.value(1).toString()));
            if (monthOf(q.value(2).toString()).text() != m_suspendMonth.text())
                QCOMPARE(cell(certificates, row, QStringLiteral("上报类型")), QStringLiteral("05"));
            QCOMPARE(cell(certificates, row, QStringLiteral("暂停原因")), q.value(4).toString());
            QCOMPARE(cell(certificates, row, QStringLiteral("暂停起")), q.value(3).toString());
            const std::optional<Certificate> c = CertificateRepository(*db).load(q.value(0).toLongLong());
            QVERIFY(c);
            const CertificateState state = CertificateRules::stateOn(*c, m_suspendMonth.last());
            QCOMPARE(cell(certificates, row, QStringLiteral("证书状态")), CertificateRules::statusCode(state.status));
            ++checked;
        }
        QVERIFY(checked > 0);
    }

    // Every month of the demo, in process: the report types follow the rule, the status
    // and scope are those at the month's end, and the rows come in date order.
    void everyMonthFollowsTheRules()
    {
        const auto db = reader();
        const QDate firstIssue = QDate::fromString(
            db->scalar(QStringLiteral("SELECT min(issued_on) FROM certificates")).toString(), Qt::ISODate);
        QVERIFY(firstIssue.isValid());
        QSet<QString> types;
        const CertificateRepository repository(*db);
        for (QDate m(firstIssue.year(), firstIssue.month(), 1); m <= QDate::currentDate(); m = m.addMonths(1)) {
            const Month month{m.year(), m.month()};
            const QVariantList range{iso(month.first()), iso(month.last())};
            const CncaMonth report = RegulatoryExport::cncaMonth(*db, month.year, month.month);
            QDate previous;
            for (const CncaAuditPlan &plan : report.plans) {
                QVERIFY(plan.plannedStart >= month.first() && plan.plannedStart <= month.last());
                QVERIFY(!previous.isValid() || previous <= plan.plannedStart);
                previous = plan.plannedStart;
            }
            previous = QDate();
            for (const CncaAuditResult &result : report.results) {
                QVERIFY(result.end >= month.first() && result.end <= month.last());
                QVERIFY(!previous.isValid() || previous <= result.end);
                previous = result.end;
            }
            QCOMPARE(report.results.size(),
                     db->scalar(QStringLiteral("SELECT count(*) FROM audits WHERE status = 'done' AND actual_end BETWEEN ? AND ?"),
                                range).toInt());
            QSet<QString> numbers;
            for (const CncaCertificate &row : report.certificates) {
                QVERIFY2(!numbers.contains(row.certificateNumber), qPrintable(row.certificateNumber));
                numbers.insert(row.certificateNumber);
                const qint64 id = db->scalar(QStringLiteral("SELECT id FROM certificates WHERE number = ?"),
                                             {row.certificateNumber}).toLongLong();
                const std::optional<Certificate> c = repository.load(id);
                QVERIFY(c);
                const CertificateState state = CertificateRules::stateOn(*c, month.last());
                QCOMPARE(row.statusCode, CertificateRules::statusCode(state.status));
                QCOMPARE(row.scope, state.scopeZh);
                auto eventsIn = [&](const char *kinds) {
                    return db->scalar(QStringLiteral("SELECT count(*) FROM certificate_events WHERE certificate_id = ? "
                                                     "AND occurred_on BETWEEN ? AND ? AND kind IN (%1)").arg(QLatin1String(kinds)),
                                      {id, range.at(0), range.at(1)}).toInt();
                };
                const bool issued = c->issuedOn >= month.first() && c->issuedOn <= month.last();
                const bool recertification = db->scalar(QStringLiteral("SELECT cycle FROM programmes WHERE id = ?"),
                                                        {c->programmeId}).toString() == QLatin1String("recertification");
                const QString expected = issued ? (recertification ? QStringLiteral("02") : QStringLiteral("01"))
                                         : eventsIn("'suspend', 'restore', 'withdraw', 'cancel', 'expire'") ? QStringLiteral("05")
                                         : eventsIn("'extend', 'reduce'")                                      ? QStringLiteral("04")
                                                                                                               : QStringLiteral("03");
                QCOMPARE(row.reportType, expected);
                types.insert(row.reportType);
                if (row.reportType == QLatin1String("03")) {
                    QVERIFY(row.auditEnd >= month.first() && row.auditEnd <= month.last());
                    QVERIFY(row.auditDays.has_value());
                }
                if (issued) {
                    // The stage 2 audit, or the previous cycle's recertification audit (which the
                    // demo sometimes dates after the decision).
                    QVERIFY2(row.auditEnd.isValid() && (recertification || row.auditEnd <= c->issuedOn),
                             qPrintable(row.certificateNumber));
                    QCOMPARE(row.auditActivityCode, expected);
                }
                QCOMPARE(row.recertifications,
                         db->scalar(QStringLiteral("SELECT count(*) FROM certificates WHERE client_id = ? AND first_issued_on = ? "
                                                   "AND issued_on < ?"),
                                    {c->clientId, iso(c->firstIssuedOn), iso(c->issuedOn)}).toInt());
                QVERIFY(row.surveillances >= (row.reportType == QLatin1String("03") ? 1 : 0));
                QCOMPARE(row.multiSite, c->sites.size() > 1);
                QCOMPARE(row.approvalNumber, kApproval);
                if (state.status == CertificateStatus::Withdrawn)
                    QVERIFY(row.withdrawnOn.isValid() && !row.withdrawalReason.isEmpty());
                if (state.status == CertificateStatus::Suspended)
                    QVERIFY(row.suspendedFrom.isValid() && !row.suspensionReason.isEmpty() && !row.suspendedTo.isValid());
                if (row.changedOn.isValid())
                    QVERIFY(row.changeCode == QLatin1String("05") || row.changeCode == QLatin1String("06"));
            }
        }
        // The demo meets first issues, reissues, surveillances and status changes.
        for (const char *type : {"01", "02", "03", "05"})
            QVERIFY2(types.contains(QLatin1String(type)), type);
        QCOMPARE(RegulatoryExport::cncaMonth(*db, 2026, 13).certificates.size(), 0);
    }

    void certSearchSheetIsTheRegister()
    {
        const QString out = path(QStringLiteral("cb_certs.xlsx"));
        const ChildProcess::Result run = csisms({QStringLiteral("report"), QStringLiteral("certsearch"), QStringLiteral("--out"), out});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("written to")), qPrintable(run.err));
        const QJsonArray sheets = sheetsOf(out);
        QCOMPARE(namesOf(sheets), QStringList{QStringLiteral("Certificates")});
        const QList<QStringList> rows = rowsOf(sheets.at(0).toObject());
        QCOMPARE(rows.value(0), certSearchHeaders());

        const auto db = reader();
        const QList<CertificateListRow> register_ = CertificateRepository(*db).list(QDate::currentDate());
        QCOMPARE(rows.size() - 1, register_.size());
        QHash<QString, int> rowOf;
        for (int i = 0; i < rows.size() - 1; ++i)
            rowOf.insert(cell(rows, i, QStringLiteral("Certificate Number")), i);
        QSet<QString> statuses;
        const QRegularExpression yyyymmdd(QStringLiteral("^\\d{8}$"));
        for (const CertificateListRow &r : register_) {
            QVERIFY2(rowOf.contains(r.number), qPrintable(r.number));
            const int i = rowOf.value(r.number);
            const QString status = cell(rows, i, QStringLiteral("Certification Status"));
            QCOMPARE(status, certSearchStatus(CertificateRules::statusCode(r.status)));
            statuses.insert(status);
            QCOMPARE(cell(rows, i, QStringLiteral("Certification Identity Number")), r.number);
            QCOMPARE(cell(rows, i, QStringLiteral("Certification Issue Date")), r.issuedOn.toString(QStringLiteral("yyyyMMdd")));
            QCOMPARE(cell(rows, i, QStringLiteral("Certification Expiry Date")), r.expiresOn.toString(QStringLiteral("yyyyMMdd")));
            QCOMPARE(cell(rows, i, QStringLiteral("Certification Original Issue Date")),
                     r.firstIssuedOn.toString(QStringLiteral("yyyyMMdd")));
            for (const char *header : {"Certification Issue Date", "Certification Expiry Date", "Certification Original Issue Date"})
                QVERIFY(yyyymmdd.match(cell(rows, i, QLatin1String(header))).hasMatch());
            QCOMPARE(cell(rows, i, QStringLiteral("Certified Entity Name")), r.clientName);
            QCOMPARE(cell(rows, i, QStringLiteral("Certified Entity Unique ID")), r.creditCode);
            QCOMPARE(cell(rows, i, QStringLiteral("Certified Entity Country/Economy")), QStringLiteral("CN"));
            QCOMPARE(cell(rows, i, QStringLiteral("Certification Scope")), r.scopeEn.isEmpty() ? r.scopeZh : r.scopeEn);
            QCOMPARE(cell(rows, i, QStringLiteral("Accreditation Status")), RegulatoryExport::accreditationStatus());
            QCOMPARE(cell(rows, i, QStringLiteral("Certification Type")), QStringLiteral("Management System"));
            QCOMPARE(cell(rows, i, QStringLiteral("Certified Entity City")), QString());   // not held
        }
        // The demo has certificates suspended, withdrawn and expired today.
        for (const char *status : {"Active", "Suspended", "Withdrawn", "Expired"})
            QVERIFY2(statuses.contains(QLatin1String(status)), status);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        const QString out = QStringLiteral("OUT");
        const QString cnca = QStringLiteral("cnca");
        const QString month = QStringLiteral("--month");
        const QString outOption = QStringLiteral("--out");
        QTest::newRow("month 13") << QStringList{cnca, month, QStringLiteral("2026-13"), outOption, out} << QStringLiteral("2026-13");
        QTest::newRow("month 00") << QStringList{cnca, month, QStringLiteral("2026-00"), outOption, out} << QStringLiteral("YYYY-MM");
        QTest::newRow("not a month") << QStringList{cnca, month, QStringLiteral("abc"), outOption, out} << QStringLiteral("abc");
        QTest::newRow("one digit") << QStringList{cnca, month, QStringLiteral("2026-3"), outOption, out} << QStringLiteral("YYYY-MM");
        QTest::newRow("no month") << QStringList{cnca, outOption, out} << QStringLiteral("--month");
        QTest::newRow("no out") << QStringList{cnca, month, QStringLiteral("2026-03")} << QStringLiteral("--out");
        QTest::newRow("empty out") << QStringList{cnca, month, QStringLiteral("2026-03"), outOption, QString()} << QStringLiteral("--out");
        QTest::newRow("certsearch without out") << QStringList{QStringLiteral("certsearch")} << QStringLiteral("--out");
        QTest::newRow("month on certsearch") << QStringList{QStringLiteral("certsearch"), month, QStringLiteral("2026-03"), outOption, out}
                                             << QStringLiteral("--month");
        QTest::newRow("no subcommand") << QStringList{} << QStringLiteral("cnca or certsearch");
        QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("fees")} << QStringLiteral("report fees");
        QTest::newRow("extra word") << QStringList{cnca, QStringLiteral("2026-03"), month, QStringLiteral("2026-03"), outOption, out}
                                    << QStringLiteral("report cnca");
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const QString out = path(QStringLiteral("usage.xlsx"));
        arguments.replaceInStrings(QRegularExpression(QStringLiteral("^OUT$")), out);
        const ChildProcess::Result run = csisms(QStringList{QStringLiteral("report")} + arguments);
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFileInfo::exists(out));
    }

    void unwritablePlaceGivesOneAndNoFile()
    {
        const QString missing = path(QStringLiteral("nowhere/report.xlsx"));
        const QString folder = path(QStringLiteral("a-folder.xlsx"));
        QVERIFY(QDir().mkpath(folder));
        for (const QString &out : {missing, folder}) {
            for (const QStringList &command : {QStringList{QStringLiteral("cnca"), QStringLiteral("--month"), m_issueMonth.text()},
                                               QStringList{QStringLiteral("certsearch")}}) {
                const ChildProcess::Result run = csisms(QStringList{QStringLiteral("report")} + command
                                                        + QStringList{QStringLiteral("--out"), out});
                QCOMPARE(run.status, 1);
                QVERIFY2(run.err.contains(QDir::toNativeSeparators(out).section(u'/', 0, -2)), qPrintable(run.err));
                QVERIFY(!run.err.contains(QStringLiteral("written to")));
            }
        }
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(QFileInfo(folder).isDir());
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    void databaseThatCannotBeOpened()
    {
        const QString missing = path(QStringLiteral("missing.sqlite"));
        const QString out = path(QStringLiteral("never.xlsx"));
        for (const QStringList &command : {QStringList{QStringLiteral("cnca"), QStringLiteral("--month"), QStringLiteral("2026-03")},
                                           QStringList{QStringLiteral("certsearch")}}) {
            const ChildProcess::Result run = ChildProcess::run(
                m_home.path(), QStringList{QStringLiteral("--db"), missing, QStringLiteral("report")} + command
                                   + QStringList{QStringLiteral("--out"), out});
            QCOMPARE(run.status, 2);
            QVERIFY2(run.err.contains(QStringLiteral("missing.sqlite")), qPrintable(run.err));
        }
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(!QFileInfo::exists(out));
    }

    // Both commands only read: the file and its -wal/-shm siblings stay as they were.
    void databaseIsNotChanged()
    {
        const BadFiles::Fingerprint before = BadFiles::fingerprint(m_db);
        QVERIFY(before.lines.join(u'\n').contains(QStringLiteral("-wal: absent")));
        ChildProcess::Result run = csisms({QStringLiteral("report"), QStringLiteral("cnca"), QStringLiteral("--month"),
                                           m_issueMonth.text(), QStringLiteral("--out"), path(QStringLiteral("same-1.xlsx"))});
        QCOMPARE(run.status, 0);
        QCOMPARE(BadFiles::fingerprint(m_db), before);
        run = csisms({QStringLiteral("report"), QStringLiteral("certsearch"), QStringLiteral("--out"), path(QStringLiteral("same-2.xlsx"))});
        QCOMPARE(run.status, 0);
        QCOMPARE(BadFiles::fingerprint(m_db), before);
        // Refused and failed runs too.
        run = csisms({QStringLiteral("report"), QStringLiteral("cnca"), QStringLiteral("--month"), m_issueMonth.text(),
                      QStringLiteral("--out"), path(QStringLiteral("nowhere/x.xlsx"))});
        QCOMPARE(run.status, 1);
        QCOMPARE(BadFiles::fingerprint(m_db), before);
    }

    // A register CertSearch would refuse is not written: exit 1, no file, the problem named.
    void certSearchRefusesAWrongRegister()
    {
        const QString copy = path(QStringLiteral("wrong.sqlite"));
        QVERIFY(QFile::copy(m_db, copy));
        QString number;
        {
            const auto db = reader();
            number = db->scalar(QStringLiteral("SELECT number FROM certificates ORDER BY id LIMIT 1")).toString();
        }
        // As if the credit code had been removed outside the program.
        BadFiles::rawSql(copy, {QStringLiteral("UPDATE clients SET credit_code = NULL WHERE id = "
                                               "(SELECT client_id FROM certificates WHERE number = '%1')").arg(number)});
        const QString out = path(QStringLiteral("refused.xlsx"));
        const ChildProcess::Result run = ChildProcess::run(
            m_home.path(), {QStringLiteral("--db"), copy, QStringLiteral("report"), QStringLiteral("certsearch"), QStringLiteral("--out"), out});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(number) && run.err.contains(QStringLiteral("Certified Entity Unique ID")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("not written")), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(out));

        // The same in process: the problems come back, nothing is written.
        Database db;
        QVERIFY(!db.open(copy, Database::Mode::Read));
        QStringList problems{QStringLiteral("stale")};
        QVERIFY(!RegulatoryExport::writeCertSearch(db, QDate::currentDate(), out, &problems).isEmpty());
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(number));
        QVERIFY(!QFileInfo::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestRegulatoryExport)
#include "tst_regulatoryexport.moc"
