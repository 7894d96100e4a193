// The printed due list, certificate register, application review record and public
// information sheet (5.1.1): their rows are what the Due page, the register, the review and
// Settings hold, in the report's language; every report is headed by the body's name,
// address, approval number and logo from Settings; the PDF's text is real; and `report due`,
// `report register`, `report review` and `report info-sheet` run as the real program, only
// reading the database.

#include "childprocess.h"
#include "testsupport.h"

#include "checks/duelist.h"
#include "demo/demodata.h"
#include "repositories/certificaterepository.h"
#include "reports/contractreport.h"
#include "reports/listreports.h"
#include "reports/reviewreport.h"
#include "domain/contract.h"
#include "domain/review.h"
#include "repositories/reviewrepository.h"
#include "repositories/bodysettingsrepository.h"
#include "repositories/informationsheetrepository.h"
#include "io/logopicture.h"
#include "reports/reportframe.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTest>

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    // In the order drawn, lines joined: a cell's wrapped text reads as one.
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).remove(u'\n');
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

// How many pictures the PDF holds (pdfimages -list: two header lines, then one per image).
int pdfImages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    p.waitForFinished(60000);
    return int(QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts).size()) - 2;
}

const ReportBlock *firstTable(const ReportDocument &d)
{
    for (const ReportBlock &b : d.blocks)
        if (b.kind == ReportBlock::Kind::Table)
            return &b;
    return nullptr;
}

} // namespace

class TestListReports : public QObject
{
    Q_OBJECT

    TestSupport::IsolatedSettings m_settings;
    TestSupport::TempDatabase m_db;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext (poppler-utils) is needed: bash setup.sh installs it");
        DemoData::generate(*m_db, 60, 5);
    }

    void dueListHoldsWhatIsDue()
    {
        const QDate from = QDate::currentDate(), to = from.addDays(60);
        const QList<DueItem> items = DueList::compute(*m_db, from, 60);
        QVERIFY(items.size() > 5);
        const ReportDocument en = ListReports::dueList(*m_db, from, to, ReportLanguage::Mode::English);
        const ReportBlock *table = firstTable(en);
        QVERIFY(table);
        QCOMPARE(table->rows.size(), items.size());
        for (int i = 0; i < items.size(); ++i) {
            QCOMPARE(table->rows.at(i).at(2).text, items.at(i).clientName);
            QCOMPARE(table->rows.at(i).at(1).text, DueList::kindLabel(items.at(i).kind));
            QCOMPARE(table->rows.at(i).at(0).bold, items.at(i).late);
        }
        const ReportDocument zh = ListReports::dueList(*m_db, from, to, ReportLanguage::Mode::Chinese);
        const QString zhText = zh.texts().join(u'\n');
        QVERIFY(zhText.contains(QStringLiteral("审核到期")) || zhText.contains(QStringLiteral("时间窗口即将结束")));
        QVERIFY(zhText.contains(QStringLiteral("%1年%2月%3日").arg(from.year()).arg(from.month()).arg(from.day())));
        // The same rows, in the other language; the window's language is untouched.
        QCOMPARE(firstTable(zh)->rows.size(), items.size());
        QCOMPARE(DueList::kindLabel(DueItem::Kind::AuditDue), QStringLiteral("Audit due"));
        const QString path = m_dir.filePath(QStringLiteral("due.pdf"));
        QVERIFY(ReportRenderer::writePdf(zh, path).isEmpty());
        QVERIFY(pdfText(path).contains(items.first().clientName));
    }

    void registerListsEveryCertificate()
    {
        const QDate today = QDate::currentDate();
        const QList<CertificateListRow> rows = CertificateRepository(*m_db).list(today);
        QVERIFY(rows.size() > 5);
        const ReportDocument zh = ListReports::certificateRegister(*m_db, today, ReportLanguage::Mode::Chinese);
        QVERIFY(zh.landscape);
        const ReportBlock *table = firstTable(zh);
        QVERIFY(table);
        QCOMPARE(table->rows.size(), rows.size());
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(table->rows.at(i).at(0).text, rows.at(i).number);
            QCOMPARE(table->rows.at(i).at(2).text, rows.at(i).creditCode);
        }
        QVERIFY(zh.texts().join(u'\n').contains(QStringLiteral("有效")));
        const ReportDocument both = ListReports::certificateRegister(*m_db, today, ReportLanguage::Mode::Bilingual);
        QVERIFY(both.texts().join(u'\n').contains(QStringLiteral("有效\nValid")));
        const QString path = m_dir.filePath(QStringLiteral("register.pdf"));
        int pages = 0;
        QVERIFY(ReportRenderer::writePdf(both, path, &pages).isEmpty());
        const QString text = pdfText(path);
        for (const CertificateListRow &r : rows)
            QVERIFY2(text.contains(r.number), qPrintable(r.number));
    }

    void reviewRecordHoldsTheChecksAndTheAuditTime()
    {
        const qint64 id = m_db->scalar(QStringLiteral("SELECT id FROM application_reviews WHERE finalised_on IS NOT NULL "
                                                      "ORDER BY id LIMIT 1"))
                              .toLongLong();
        QVERIFY(id > 0);
        const ApplicationReview review = *ReviewRepository(*m_db).load(id);
        QVERIFY(review.figures);
        QString error;
        const ReportDocument zh = ReviewReport::build(*m_db, id, ReportLanguage::Mode::Chinese, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString text = zh.texts().join(u'\n');
        for (const char *id : {"E1", "E10"})
            QVERIFY(text.contains(QLatin1String(id)));
        QString adjusted;
        {
            const ReportLanguage::Scope scope(ReportLanguage::Mode::Chinese);
            adjusted = AuditTime::daysText(review.figures->adjustedDays);
        }
        QVERIFY2(adjusted.contains(QStringLiteral("人日")), qPrintable(adjusted));
        QVERIFY(text.contains(adjusted));   // the figures kept at finalising
        QVERIFY(text.contains(review.reviewer));
        for (const ReviewAdjustment &a : review.adjustments)
            QVERIFY(text.contains(a.reason));
        const ReportDocument en = ReviewReport::build(*m_db, id, ReportLanguage::Mode::English, &error);
        QVERIFY(en.texts().join(u'\n').contains(QStringLiteral("Audit time")));
        QVERIFY(ReviewReport::build(*m_db, 999999, ReportLanguage::Mode::English, &error).blocks.isEmpty());
        QVERIFY(error.contains(QStringLiteral("999999")));
    }

    void contractSummaryHoldsFeesAndDuties()
    {
        const qint64 id = m_db->scalar(QStringLiteral("SELECT id FROM contracts WHERE status = 'signed' ORDER BY id LIMIT 1"))
                              .toLongLong();
        QVERIFY(id > 0);
        QString error;
        const ReportDocument zh = ContractReport::build(*m_db, id, ReportLanguage::Mode::Chinese, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString text = zh.texts().join(u'\n');
        const QString number = m_db->scalar(QStringLiteral("SELECT number FROM contracts WHERE id = ?"), {id}).toString();
        QVERIFY(text.contains(number));
        for (const ContractDuty &d : ContractDuties::shipped()) {
            QVERIFY(text.contains(d.code));
            QVERIFY(text.contains(d.textZh));
        }
        const qint64 total = m_db->scalar(QStringLiteral("SELECT sum(amount_fen) FROM contract_fees WHERE contract_id = ?"), {id})
                                 .toLongLong();
        QString totalText;
        {
            const ReportLanguage::Scope scope(ReportLanguage::Mode::Chinese);
            totalText = ContractRules::amountText(total);
        }
        QVERIFY2(text.contains(totalText), qPrintable(totalText));
        const ReportDocument en = ContractReport::build(*m_db, id, ReportLanguage::Mode::English, &error);
        QVERIFY(en.texts().join(u'\n').contains(ContractDuties::shipped().first().textEn));
        QVERIFY(ContractReport::build(*m_db, 999999, ReportLanguage::Mode::English, &error).blocks.isEmpty());
    }

    void informationSheetHoldsTheElevenItems()
    {
        const QList<InformationItem> items = InformationSheetRepository(*m_db).items();
        QCOMPARE(items.size(), 11);
        const ReportDocument zh = ListReports::informationSheet(*m_db, ReportLanguage::Mode::Chinese);
        const ReportDocument en = ListReports::informationSheet(*m_db, ReportLanguage::Mode::English);
        const QString zhText = zh.texts().join(u'\n'), enText = en.texts().join(u'\n');
        for (const InformationItem &item : items) {
            QVERIFY2(zhText.contains(QStringLiteral("（%1）%2").arg(item.item).arg(item.titleZh)), qPrintable(item.titleEn));
            QVERIFY(zhText.contains(item.textZh));
            QVERIFY(enText.contains(QStringLiteral("(%1) %2").arg(item.item).arg(item.titleEn)));
            QVERIFY(enText.contains(item.textEn));
            QVERIFY(!enText.contains(item.textZh));
        }
        // Item (7): the register's figures on the day, by status.
        const QList<CertificateListRow> rows = CertificateRepository(*m_db).list(QDate::currentDate());
        const auto count = [&](CertificateStatus s) {
            return QString::number(std::count_if(rows.cbegin(), rows.cend(), [s](const CertificateListRow &r) { return r.status == s; }));
        };
        const ReportBlock *figures = nullptr;
        for (const ReportBlock &b : en.blocks)
            if (b.kind == ReportBlock::Kind::Fields)
                figures = &b;
        QVERIFY(figures);
        QCOMPARE(figures->fields.at(0), std::make_pair(QStringLiteral("Valid"), count(CertificateStatus::Valid)));
        QCOMPARE(figures->fields.at(1), std::make_pair(QStringLiteral("Suspended"), count(CertificateStatus::Suspended)));
        QCOMPARE(figures->fields.last().second, QString::number(rows.size()));
        // The body's own text, edited in Settings, is what prints; bilingual puts the two
        // languages side by side.
        InformationItem fees = items.at(4);
        fees.textZh = QStringLiteral("审核费每人日 3000 元。");
        fees.textEn = QStringLiteral("Audits cost CNY 3,000 per auditor-day.");
        QVERIFY(InformationSheetRepository(*m_db).save(fees));
        const ReportDocument both = ListReports::informationSheet(*m_db, ReportLanguage::Mode::Bilingual);
        bool sideBySide = false;
        for (const ReportBlock &b : both.blocks)
            sideBySide = sideBySide || (b.text == fees.textZh && b.second == fees.textEn);
        QVERIFY(sideBySide);
        const QString path = m_dir.filePath(QStringLiteral("info-sheet.pdf"));
        int pages = 0;
        QVERIFY(ReportRenderer::writePdf(both, path, &pages).isEmpty());
        QVERIFY(pages >= 2);
        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("认证收费标准")));
        QVERIFY(text.contains(QStringLiteral("3,000 per auditor-day")));
    }

    void reportsAreHeadedByTheBody()
    {
        QImage picture(300, 120, QImage::Format_RGB32);
        picture.fill(QColor(0x1f, 0x4e, 0x79));
        QPainter(&picture).fillRect(20, 20, 80, 80, Qt::white);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        picture.save(&buffer, "PNG");
        QString error;
        const QString logo = LogoPicture::fromBytes(png, &error);
        QVERIFY2(!logo.isEmpty(), qPrintable(error));
        BodySettingsRepository settings(*m_db);
        const QList<std::pair<const char *, QString>> values{
            {BodySettingKey::BodyName, QStringLiteral("示例认证中心有限公司")},
            {BodySettingKey::BodyNameEn, QStringLiteral("Example Certification Centre Co., Ltd.")},
            {BodySettingKey::BodyAddress, QStringLiteral("北京市朝阳区示例路 1 号")},
            {BodySettingKey::BodyAddressEn, QStringLiteral("1 Example Road, Chaoyang, Beijing")},
            {BodySettingKey::ApprovalNumber, QStringLiteral("CNCA-R-2002-001")},
            {BodySettingKey::BodyLogo, logo}};
        for (const auto &[key, value] : values)
            QVERIFY(settings.setValue(QString::fromLatin1(key), value));
        const QDate today = QDate::currentDate();
        const ReportDocument zh = ListReports::dueList(*m_db, today, today.addDays(30), ReportLanguage::Mode::Chinese);
        QCOMPARE(zh.letterhead.name, QStringLiteral("示例认证中心有限公司"));
        QCOMPARE(zh.letterhead.address, QStringLiteral("北京市朝阳区示例路 1 号"));
        QVERIFY(zh.letterhead.approval.contains(QStringLiteral("CNCA-R-2002-001")));
        QVERIFY(!zh.letterhead.logo.isNull());
        QVERIFY(zh.title.startsWith(QStringLiteral("示例认证中心有限公司 · ")));
        const ReportDocument en = ListReports::certificateRegister(*m_db, today, ReportLanguage::Mode::English);
        QCOMPARE(en.letterhead.name, QStringLiteral("Example Certification Centre Co., Ltd."));
        QCOMPARE(en.letterhead.address, QStringLiteral("1 Example Road, Chaoyang, Beijing"));
        QVERIFY(en.title.startsWith(QStringLiteral("Example Certification Centre Co., Ltd. · ")));
        // Bilingual: both names in the letterhead, the header names the body once.
        const ReportDocument both = ListReports::informationSheet(*m_db, ReportLanguage::Mode::Bilingual);
        QCOMPARE(both.letterhead.name, QStringLiteral("示例认证中心有限公司\nExample Certification Centre Co., Ltd."));
        QCOMPARE(both.title.count(QStringLiteral("示例认证中心有限公司")), 1);
        QCOMPARE(both.letterhead.approval, QStringLiteral("国家认监委批准号 / CNCA approval CNCA-R-2002-001"));
        // Every report of the body carries it: the review record too, and on paper.
        const qint64 review = m_db->scalar(QStringLiteral("SELECT id FROM application_reviews WHERE finalised_on IS NOT NULL "
                                                          "ORDER BY id LIMIT 1")).toLongLong();
        const ReportDocument record = ReviewReport::build(*m_db, review, ReportLanguage::Mode::English, &error);
        QCOMPARE(record.letterhead.address, QStringLiteral("1 Example Road, Chaoyang, Beijing"));
        const QString path = m_dir.filePath(QStringLiteral("headed.pdf"));
        int pages = 0;
        QVERIFY(ReportRenderer::writePdf(record, path, &pages).isEmpty());
        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("1 Example Road, Chaoyang, Beijing")));
        QVERIFY(text.contains(QStringLiteral("CNCA-R-2002-001")));
        QCOMPARE(pdfImages(path), 1);   // the logo, once: on the first page only
        // Without English texts the Chinese ones stand in.
        QVERIFY(settings.setValue(QString::fromLatin1(BodySettingKey::BodyAddressEn), QString()));
        QCOMPARE(ReportFrame::read(*m_db).address(ReportLanguage::Mode::English), QStringLiteral("北京市朝阳区示例路 1 号"));
        // A logo that is not a PNG is refused and nothing changes.
        QVERIFY(!settings.setValue(QString::fromLatin1(BodySettingKey::BodyLogo), QStringLiteral("bm90IGEgcGljdHVyZQ==")));
        QCOMPARE(settings.load().bodyLogo, logo);
    }

    void commandLine()
    {
        QTemporaryDir home;
        const QString copy = m_dir.filePath(QStringLiteral("cli.sqlite"));
        QVERIFY(m_db->backupTo(copy, nullptr));
        const QByteArray before = digest(copy);
        const auto run = [&](const QStringList &arguments) {
            return ChildProcess::run(home.path(), QStringList{QStringLiteral("--db"), copy} + arguments);
        };
        const QString due = m_dir.filePath(QStringLiteral("cli-due.pdf"));
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const QString later = QDate::currentDate().addDays(30).toString(Qt::ISODate);
        ChildProcess::Result r = run({QStringLiteral("report"), QStringLiteral("due"), QStringLiteral("--from"), today,
                                      QStringLiteral("--to"), later, QStringLiteral("--out"), due});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("written to")));
        QVERIFY(!r.err.contains(QStringLiteral("XDG_RUNTIME_DIR")));
        QVERIFY(pdfText(due).contains(QStringLiteral("Due list")));
        const QString reg = m_dir.filePath(QStringLiteral("cli-register.pdf"));
        r = run({QStringLiteral("report"), QStringLiteral("register"), QStringLiteral("--out"), reg, QStringLiteral("--lang"),
                 QStringLiteral("zh_CN")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(pdfText(reg).contains(QStringLiteral("有效")));
        // Wrong dates and missing options: exit status 2, no file.
        const QString none = m_dir.filePath(QStringLiteral("none.pdf"));
        for (const QStringList &bad : {
                 QStringList{QStringLiteral("--from"), today, QStringLiteral("--out"), none},
                 QStringList{QStringLiteral("--from"), QStringLiteral("2026-02-30"), QStringLiteral("--to"), later,
                             QStringLiteral("--out"), none},
                 QStringList{QStringLiteral("--from"), later, QStringLiteral("--to"), today, QStringLiteral("--out"), none},
                 QStringList{QStringLiteral("--from"), today, QStringLiteral("--to"), later}}) {
            r = run(QStringList{QStringLiteral("report"), QStringLiteral("due")} + bad);
            QCOMPARE(r.status, 2);
            QVERIFY(!r.err.isEmpty());
        }
        const QString review = m_dir.filePath(QStringLiteral("cli-review.pdf"));
        r = run({QStringLiteral("report"), QStringLiteral("review"), QStringLiteral("--id"), QStringLiteral("1"),
                 QStringLiteral("--out"), review, QStringLiteral("--lang"), QStringLiteral("bilingual")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(pdfText(review).contains(QStringLiteral("E10")));
        r = run({QStringLiteral("report"), QStringLiteral("review"), QStringLiteral("--id"), QStringLiteral("999999"),
                 QStringLiteral("--out"), none});
        QCOMPARE(r.status, 1);
        QVERIFY(!QFile::exists(none));
        const QString sheet = m_dir.filePath(QStringLiteral("cli-info-sheet.pdf"));
        r = run({QStringLiteral("report"), QStringLiteral("info-sheet"), QStringLiteral("--out"), sheet, QStringLiteral("--lang"),
                 QStringLiteral("zh_CN")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QString sheetText = pdfText(sheet);
        for (const InformationItem &item : InformationSheetRepository::shipped())
            QVERIFY2(sheetText.contains(item.titleZh.left(8)), qPrintable(item.titleZh));
        r = run({QStringLiteral("report"), QStringLiteral("info-sheet")});
        QCOMPARE(r.status, 2);
        QCOMPARE(digest(copy), before);
    }
};

QTEST_MAIN(TestListReports)
#include "tst_listreports.moc"
