// Rule Records (RULES.md): a dossier is kept at least for the current cycle plus one full
// cycle and at least record_retention_years after its certificate expires, is withdrawn
// or is cancelled. Table-driven over Retention::keepUntil and certificateEnd (events that
// stand, a reversed withdrawal, the parameters); then over a demo database: every client's
// dossier has a date, the dossier tab shows it, a client's exported dossier carries it, and
// `check` lists the dossiers past it (checked on a day years ahead) as warnings of rule
// Records, and no other day's.

#include "testsupport.h"

#include "archive/archiveexport.h"
#include "archive/zipreader.h"
#include "checks/databasecheck.h"
#include "checks/retentioncheck.h"
#include "demo/demodata.h"
#include "domain/certificate.h"
#include "domain/displayformat.h"
#include "domain/retention.h"
#include "domain/ruleparameters.h"
#include "repositories/parameterrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

Q_DECLARE_METATYPE(Retention::Facts)

namespace {

QDate d(const char *iso) { return QDate::fromString(QLatin1String(iso), Qt::ISODate); }

Certificate certificate(const QList<std::pair<CertificateEvent::Kind, QDate>> &events)
{
    Certificate c;
    c.id = 1;
    c.number = QStringLiteral("CSISMS-2026-0001");
    c.issuedOn = d("2026-05-01");
    c.firstIssuedOn = c.issuedOn;
    c.expiresOn = d("2029-04-30");
    qint64 id = 0;
    for (const auto &[kind, day] : events) {
        CertificateEvent e;
        e.id = ++id;
        e.kind = kind;
        e.occurredOn = day;
        if (kind == CertificateEvent::Kind::Reverse)
            e.reverses = id - 1;
        c.events << e;
    }
    return c;
}

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void keepUntil_data()
    {
        QTest::addColumn<Retention::Facts>("facts");
        QTest::addColumn<int>("cycleYears");
        QTest::addColumn<int>("retentionYears");
        QTest::addColumn<QDate>("expected");
        using F = Retention::Facts;
        QTest::newRow("Records: nothing recorded, no date") << F{} << 3 << 2 << QDate();
        QTest::newRow("Records: no certificate, a full cycle after the last step")
            << F{{}, d("2026-01-10")} << 3 << 2 << d("2029-01-10");
        QTest::newRow("Records: valid certificate, its cycle plus one full cycle")
            << F{{d("2029-04-30")}, d("2026-12-02")} << 3 << 2 << d("2032-04-30");
        QTest::newRow("Records: years after the end win when longer than a cycle")
            << F{{d("2029-04-30")}, d("2026-12-02")} << 3 << 5 << d("2034-04-30");
        QTest::newRow("Records: withdrawn early, counted from the withdrawal")
            << F{{d("2027-03-01")}, d("2027-03-01")} << 3 << 2 << d("2030-03-01");
        QTest::newRow("Records: a later step after the certificate ended keeps it longer")
            << F{{d("2020-01-31")}, d("2024-06-30")} << 3 << 2 << d("2027-06-30");
        QTest::newRow("Records: several cycles, the latest counts")
            << F{{d("2023-04-30"), d("2026-04-30")}, d("2025-01-01")} << 3 << 2 << d("2029-04-30");
        QTest::newRow("Records: leap day end") << F{{d("2028-02-29")}, QDate()} << 3 << 4 << d("2032-02-29");
        QTest::newRow("Records: leap day end, plain year") << F{{d("2028-02-29")}, QDate()} << 3 << 2 << d("2031-02-28");
        QTest::newRow("Records: cycle years are a setting") << F{{d("2029-04-30")}, QDate()} << 4 << 2 << d("2033-04-30");
    }
    void keepUntil()
    {
        QFETCH(Retention::Facts, facts);
        QFETCH(int, cycleYears);
        QFETCH(int, retentionYears);
        QFETCH(QDate, expected);
        RuleParameters p;
        p.setValue(QLatin1String(ParameterKey::CycleYears), cycleYears);
        p.setValue(QLatin1String(ParameterKey::RecordRetentionYears), retentionYears);
        QCOMPARE(Retention::keepUntil(facts, p), expected);
        if (expected.isValid()) {
            QVERIFY(!Retention::isPast(facts, expected, p));
            QVERIFY(Retention::isPast(facts, expected.addDays(1), p));
        } else {
            QVERIFY(!Retention::isPast(facts, d("2100-01-01"), p));
        }
    }

    void certificateEnd_data()
    {
        using K = CertificateEvent::Kind;
        QTest::addColumn<Certificate>("certificate");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("Records: valid, ends at expiry") << certificate({}) << d("2029-04-30");
        QTest::newRow("Records: suspended and restored, ends at expiry")
            << certificate({{K::Suspend, d("2027-01-10")}, {K::Restore, d("2027-03-01")}}) << d("2029-04-30");
        QTest::newRow("Records: withdrawn, ends that day") << certificate({{K::Withdraw, d("2027-06-15")}}) << d("2027-06-15");
        QTest::newRow("Records: cancelled, ends that day") << certificate({{K::Cancel, d("2028-01-05")}}) << d("2028-01-05");
        QTest::newRow("Records: a reversed withdrawal does not end it")
            << certificate({{K::Withdraw, d("2027-06-15")}, {K::Reverse, d("2027-06-20")}}) << d("2029-04-30");
    }
    void certificateEnd()
    {
        QFETCH(Certificate, certificate);
        QFETCH(QDate, expected);
        QCOMPARE(Retention::certificateEnd(certificate), expected);
    }

    // On a database: every dossier gets a date; `check` lists those past it on the day it
    // checks, as warnings of rule Records, and none today.
    void databaseDossiers()
    {
        TestSupport::TempDatabase db;
        QVERIFY(DemoData::generate(*db, 12, 3));
        const RuleParameters parameters = ParameterRepository(*db).load();
        const QList<RetentionCheck::Dossier> all = RetentionCheck::dossiers(*db, parameters);
        QCOMPARE(all.size(), db->scalar(QStringLiteral("SELECT count(*) FROM clients")).toInt());
        QDate latest;
        for (const RetentionCheck::Dossier &dossier : all) {
            QVERIFY2(dossier.keepUntil >= QDate::currentDate().addYears(parameters.cycleYears()),
                     qPrintable(dossier.clientName));   // written today: a full cycle at least
            const QList<RetentionCheck::Dossier> one = RetentionCheck::dossiers(*db, parameters, dossier.clientId);
            QCOMPARE(one.size(), 1);
            QCOMPARE(one.first().keepUntil, dossier.keepUntil);
            latest = std::max(latest, dossier.keepUntil);
        }
        const auto recordsFindings = [&](const QDate &day) {
            int n = 0;
            for (const CheckFinding &f : DatabaseCheck::run(*db, {}, day).findings)
                if (f.rule == QLatin1String("Records")) {
                    ++n;
                    if (f.severity != QLatin1String("warning") || f.table != QLatin1String("clients"))
                        return -1;
                }
            return n;
        };
        QCOMPARE(recordsFindings(QDate::currentDate()), 0);
        QCOMPARE(recordsFindings(latest.addDays(1)), int(all.size()));
        int pastOnFirst = 0;
        const QDate first = std::min_element(all.begin(), all.end(), [](const auto &a, const auto &b) {
                                return a.keepUntil < b.keepUntil;
                            })->keepUntil;
        for (const RetentionCheck::Dossier &dossier : all)
            pastOnFirst += dossier.keepUntil < first.addDays(1);
        QCOMPARE(recordsFindings(first.addDays(1)), pastOnFirst);

        // A client's exported dossier names the day it is kept until.
        QTemporaryDir dir;
        const QString bundle = dir.filePath(QStringLiteral("dossier.zip"));
        QVERIFY(ArchiveExport::write(*db, bundle, {}, all.first().clientId).error.isEmpty());
        QByteArray manifest;
        ZipReader zip(bundle);
        QVERIFY(zip.forEach([&](const ZipReader::Entry &e, const ZipReader::ReadPiece &piece) {
            if (e.path == QLatin1String("manifest.json"))
                for (QByteArray data = piece(); !data.isEmpty(); data = piece())
                    manifest += data;
            return true;
        }));
        QCOMPARE(QJsonDocument::fromJson(manifest).object().value(QLatin1String("client")).toObject().value(
                     QLatin1String("keep_until")).toString(),
                 all.first().keepUntil.toString(Qt::ISODate));
        QVERIFY(RetentionCheck::describe(all.first().keepUntil, QDate::currentDate()).contains(
            DisplayFormat::date(all.first().keepUntil)));
        QVERIFY(RetentionCheck::describe(all.first().keepUntil, all.first().keepUntil.addDays(1)).contains(
            QStringLiteral("passed")));
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
