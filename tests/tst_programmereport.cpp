// The audit programme report: its content in Chinese, English and both; the PDF's text
// real and searchable (pdftotext), its page count, the header repeated on every page and
// no table row cut; the window's language untouched by a report's; the print preview's
// language switch and Save as PDF; and `report programme` run as the real program.

#include "childprocess.h"
#include "testsupport.h"

#include "demo/demodata.h"
#include "repositories/programmerepository.h"
#include "repositories/bodysettingsrepository.h"
#include "reports/programmebatchdialog.h"
#include "reports/programmereport.h"
#include "reports/reportbatch.h"
#include "reports/reportdocument.h"
#include "reports/reportlanguage.h"
#include "reports/reportpreviewdialog.h"

#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QSet>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

// The text of a PDF's pages (from `first` to `last`, 0: all), as pdftotext reads it.
QString pdfText(const QString &path, int first = 0, int last = 0)
{
    QStringList arguments{QStringLiteral("-layout")};
    if (first > 0)
        arguments << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l") << QString::number(last);
    arguments << path << QStringLiteral("-");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), arguments);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(60000);
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString joined(const ReportDocument &d) { return d.texts().join(u'\n'); }

} // namespace

class TestProgrammeReport : public QObject
{
    Q_OBJECT

    TestSupport::IsolatedSettings m_settings;
    TestSupport::TempDatabase m_db;
    QTemporaryDir m_dir;
    qint64 m_client = 0;   // a client whose programme has the most audits, some done

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext (poppler-utils) is needed: bash setup.sh installs it");
        DemoData::generate(*m_db, 40, 11);
        // A client whose current cycle has five audits or more, some of them done.
        QSqlQuery q = m_db->exec(QStringLiteral("SELECT DISTINCT client_id FROM programmes ORDER BY client_id"));
        ProgrammeRepository programmes(*m_db);
        while (q.next() && m_client == 0) {
            const std::optional<Programme> p = programmes.load(programmes.currentOf(q.value(0).toLongLong()));
            if (p && p->audits.size() >= 5
                && std::any_of(p->audits.cbegin(), p->audits.cend(),
                               [](const ProgrammeAudit &a) { return a.status == ProgrammeAudit::Status::Done; }))
                m_client = p->clientId;
        }
        QVERIFY(m_client > 0);
    }

    void contentInEachLanguage()
    {
        QString error;
        const std::optional<ProgrammeReportData> data = ProgrammeReportData::read(*m_db, m_client, &error);
        QVERIFY2(data, qPrintable(error));
        QVERIFY(data->programme.audits.size() >= 5);
        const QString windowText = QCoreApplication::translate("ProgrammeRules", "Stage 2");

        const QString zh = joined(ProgrammeReport::build(*data, ReportLanguage::Mode::Chinese));
        for (const char *expected : {"审核方案", "认证委托人", "统一社会信用代码", "规则允许的时间窗口", "审核组（组长在前）",
                                     "按条款的 ISO/IEC 27017 覆盖情况", "规则检查", "编制（审核方案管理人员）"})
            QVERIFY2(zh.contains(QString::fromUtf8(expected)), expected);
        QVERIFY(zh.contains(data->client.nameZh));
        QVERIFY(zh.contains(data->client.creditCode));
        // The domain's labels in Chinese too, and dates in the Chinese form.
        QVERIFY(zh.contains(QStringLiteral("第二阶段审核")));
        const QDate signedOn = data->programme.contractSignedOn;
        QVERIFY(zh.contains(QStringLiteral("%1年%2月%3日").arg(signedOn.year()).arg(signedOn.month()).arg(signedOn.day())));
        QVERIFY(!zh.contains(QStringLiteral("Audit programme")));

        const QString en = joined(ProgrammeReport::build(*data, ReportLanguage::Mode::English));
        for (const char *expected : {"Audit programme", "Unified social credit code", "Window the rules allow", "Team (leader first)",
                                     "Coverage of ISO/IEC 27017 by clause", "Rule check", "Prepared by (programme manager)",
                                     "the stage 2 audit"})
            QVERIFY2(en.contains(QLatin1String(expected)), expected);
        QVERIFY(en.contains(QLocale(QLocale::English, QLocale::UnitedKingdom).toString(signedOn, QStringLiteral("d MMM yyyy"))));
        QVERIFY(!en.contains(QStringLiteral("认证委托人")));

        const QString both = joined(ProgrammeReport::build(*data, ReportLanguage::Mode::Bilingual));
        QVERIFY(both.contains(QStringLiteral("认证委托人\nClient")));
        QVERIFY(both.contains(QStringLiteral("审核方案")) && both.contains(QStringLiteral("Audit programme")));
        QVERIFY(both.contains(signedOn.toString(Qt::ISODate)));

        // The window's language is as it was.
        QCOMPARE(QCoreApplication::translate("ProgrammeRules", "Stage 2"), windowText);
    }

    void pdfTextIsRealAndEveryPageNumbered_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("page");
        QTest::newRow("zh_CN") << int(ReportLanguage::Mode::Chinese) << QStringLiteral("审核方案") << QStringLiteral("第 %1 页，共 %2 页");
        QTest::newRow("en") << int(ReportLanguage::Mode::English) << QStringLiteral("Audit programme") << QStringLiteral("Page %1 of %2");
        QTest::newRow("bilingual") << int(ReportLanguage::Mode::Bilingual) << QStringLiteral("审核方案")
                                   << QStringLiteral("Page %1 of %2");
    }
    void pdfTextIsRealAndEveryPageNumbered()
    {
        QFETCH(int, mode);
        QFETCH(QString, title);
        QFETCH(QString, page);
        QString error;
        const std::optional<ProgrammeReportData> data = ProgrammeReportData::read(*m_db, m_client, &error);
        QVERIFY(data);
        const QString path = m_dir.filePath(QStringLiteral("programme-%1.pdf").arg(mode));
        int pages = 0;
        const QString written = ReportRenderer::writePdf(ProgrammeReport::build(*data, ReportLanguage::Mode(mode)), path, &pages);
        QVERIFY2(written.isEmpty(), qPrintable(written));
        QVERIFY(pages >= 2);
        QCOMPARE(pdfPages(path), pages);
        for (int i = 1; i <= pages; ++i) {
            const QString text = pdfText(path, i, i);
            QVERIFY2(text.contains(title), qPrintable(text.left(300)));   // real text, the right code points
            QVERIFY2(text.contains(page.arg(i).arg(pages)), qPrintable(text.right(300)));
        }
        QVERIFY(pdfText(path).contains(data->client.creditCode));
    }

    void longTablesRepeatTheirHeaderAndKeepRowsWhole()
    {
        ReportDocument doc;
        doc.title = QStringLiteral("长表 Long table");
        doc.pageText = QStringLiteral("Page %1 of %2");
        doc.heading(QStringLiteral("Rows"));
        QList<QList<ReportCell>> rows;
        for (int i = 1; i <= 150; ++i)
            rows << QList<ReportCell>{{QStringLiteral("row-%1").arg(i), true, QColor()},
                                      {QStringLiteral("first-%1\nsecond-%1\nthird-%1").arg(i), false, QColor()},
                                      {QStringLiteral("审核-%1").arg(i), false, QColor()}};
        doc.table({QStringLiteral("HeadA"), QStringLiteral("HeadB"), QStringLiteral("HeadC")}, {1, 2, 1}, rows);
        const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
        int pages = 0;
        QVERIFY(ReportRenderer::writePdf(doc, path, &pages).isEmpty());
        QVERIFY(pages >= 4);
        QSet<int> seen;
        for (int p = 1; p <= pages; ++p) {
            const QString text = pdfText(path, p, p);
            QVERIFY2(text.contains(QStringLiteral("HeadA")) && text.contains(QStringLiteral("HeadC")), qPrintable(QString::number(p)));
            // Each row on this page has all three lines of its cell here.
            const QRegularExpression row(QStringLiteral("row-(\\d+)\\b"));
            for (auto it = row.globalMatch(text); it.hasNext();) {
                const int i = it.next().captured(1).toInt();
                QVERIFY2(text.contains(QStringLiteral("third-%1").arg(i)), qPrintable(QStringLiteral("row %1 cut").arg(i)));
                QVERIFY(!seen.contains(i));
                seen.insert(i);
            }
        }
        QCOMPARE(seen.size(), 150);
    }

    void previewSwitchesLanguageAndSaves()
    {
        QString error;
        const std::optional<ProgrammeReportData> data = ProgrammeReportData::read(*m_db, m_client, &error);
        QVERIFY(data);
        int builds = 0;
        ReportPreviewDialog dialog(
            [&](ReportLanguage::Mode mode) {
                ++builds;
                return ProgrammeReport::build(*data, mode);
            },
            ReportLanguage::Mode::English, QStringLiteral("p.pdf"));
        QVERIFY(joined(dialog.document()).contains(QStringLiteral("Audit programme")));
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("reportLanguage"));
        QVERIFY(language);
        language->setCurrentIndex(language->findData(int(ReportLanguage::Mode::Chinese)));
        emit language->activated(language->currentIndex());
        QCOMPARE(dialog.mode(), ReportLanguage::Mode::Chinese);
        QCOMPARE(builds, 2);
        QVERIFY(joined(dialog.document()).contains(QStringLiteral("认证委托人")));
        const QString path = m_dir.filePath(QStringLiteral("saved.pdf"));
        QVERIFY(dialog.saveAs(path).isEmpty());
        QVERIFY(pdfText(path).contains(QStringLiteral("认证委托人")));
        // A file that cannot be written is refused, and nothing is left.
        const QString bad = m_dir.filePath(QStringLiteral("no/such/folder/x.pdf"));
        QVERIFY(!dialog.saveAs(bad).isEmpty());
        QVERIFY(!QFile::exists(bad));
    }

    void batchWritesWholeOrNothing()
    {
        ProgrammeRepository programmes(*m_db);
        const QDate from = QDate::currentDate().addYears(-3), to = QDate::currentDate().addYears(3);
        const QList<qint64> ids = programmes.withAuditsBetween(from, to);
        QVERIFY(ids.size() >= 10);
        // The dialog counts the reports of its dates and writes them into one PDF.
        ProgrammeBatchDialog dialog(*m_db);
        dialog.fromEdit()->setDate(from);
        dialog.toEdit()->setDate(to);
        QCOMPARE(dialog.reportCount(), int(ids.size()));
        dialog.toEdit()->setDate(from.addDays(-1));
        QCOMPARE(dialog.reportCount(), 0);
        dialog.toEdit()->setDate(to);
        // With the body's logo: drawn on every report's first page, embedded in the PDF once.
        QImage logo(300, 120, QImage::Format_RGB32);
        logo.fill(QColor(0x1f, 0x4e, 0x79));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        logo.save(&buffer, "PNG");
        QVERIFY(BodySettingsRepository(*m_db).setValue(QStringLiteral("body_logo"), QString::fromLatin1(png.toBase64())));
        const QString one = m_dir.filePath(QStringLiteral("batch.pdf"));
        dialog.pathEdit()->setText(one);
        const ReportBatch::Result written = dialog.run();
        QVERIFY2(written.error.isEmpty(), qPrintable(written.error));
        QCOMPARE(written.reports, int(ids.size()));
        QCOMPARE(pdfPages(one), written.pages);
        {
            QProcess images;
            images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), one});
            QVERIFY(images.waitForFinished(60000));
            const QStringList lines = QString::fromUtf8(images.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts).mid(2);
            QSet<QString> objects;
            for (const QString &line : lines)
                objects.insert(line.simplified().section(u' ', 10, 10));   // the image's object number
            QCOMPARE(lines.size(), written.reports);
            QCOMPARE(objects.size(), 1);
        }
        // One PDF per client, into a folder.
        const QString folder = m_dir.filePath(QStringLiteral("each"));
        const ReportBatch::Result each = ReportBatch::write(*m_db, ids.mid(0, 5), ReportLanguage::Mode::English,
                                                            ReportBatch::Target::FilePerClient, folder);
        QVERIFY2(each.error.isEmpty(), qPrintable(each.error));
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 5);
        QCOMPARE(QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden).size(), 0);
        // Cancelled after two reports: no file, no folder of parts, the earlier file as it was.
        const QByteArray before = digest(one);
        ReportBatch::Result cancelled = ReportBatch::write(*m_db, ids, ReportLanguage::Mode::Chinese, ReportBatch::Target::OneFile,
                                                           one, [](int done, int) { return done < 2; });
        QVERIFY(cancelled.cancelled);
        QCOMPARE(digest(one), before);
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("batch.pdf*")}, QDir::Files | QDir::Hidden).size(), 1);
        const QString other = m_dir.filePath(QStringLiteral("other"));
        cancelled = ReportBatch::write(*m_db, ids, ReportLanguage::Mode::Chinese, ReportBatch::Target::FilePerClient, other,
                                       [](int done, int) { return done < 3; });
        QVERIFY(cancelled.cancelled);
        QCOMPARE(QDir(other).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size(), 0);
        // Nothing to write is said, not written.
        QVERIFY(!ReportBatch::write(*m_db, {}, ReportLanguage::Mode::Chinese, ReportBatch::Target::OneFile,
                                    m_dir.filePath(QStringLiteral("empty.pdf")))
                     .error.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("empty.pdf"))));
    }

    void commandLineWritesTheReport()
    {
        QTemporaryDir home;
        const QString copy = m_dir.filePath(QStringLiteral("cli.sqlite"));
        QVERIFY(m_db->backupTo(copy, nullptr));
        const QByteArray before = digest(copy);
        const QString out = m_dir.filePath(QStringLiteral("cli.pdf"));
        const auto run = [&](const QStringList &arguments) {
            return ChildProcess::run(home.path(), QStringList{QStringLiteral("--db"), copy} + arguments);
        };
        ChildProcess::Result r = run({QStringLiteral("report"), QStringLiteral("programme"), QStringLiteral("--client"),
                                      QString::number(m_client), QStringLiteral("--out"), out, QStringLiteral("--lang"),
                                      QStringLiteral("bilingual")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(pdfText(out).contains(QStringLiteral("Audit programme")));
        QVERIFY(pdfText(out).contains(QStringLiteral("审核方案")));
        // No programme, no client, no --out, a bad --client: a message, no file.
        const QString none = m_dir.filePath(QStringLiteral("none.pdf"));
        r = run({QStringLiteral("report"), QStringLiteral("programme"), QStringLiteral("--client"), QStringLiteral("999999"),
                 QStringLiteral("--out"), none});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains(QStringLiteral("999999")));
        r = run({QStringLiteral("report"), QStringLiteral("programme"), QStringLiteral("--client"), QString::number(m_client)});
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.contains(QStringLiteral("--out")));
        r = run({QStringLiteral("report"), QStringLiteral("programme"), QStringLiteral("--client"), QStringLiteral("x"),
                 QStringLiteral("--out"), none});
        QCOMPARE(r.status, 2);
        QVERIFY(!QFile::exists(none));
        // Only read.
        QCOMPARE(digest(copy), before);
    }
};

QTEST_MAIN(TestProgrammeReport)
#include "tst_programmereport.moc"
