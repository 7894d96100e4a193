// Replays the fuzz targets' seed corpus and every input a fuzzer ever crashed on
// (tests/fuzz/regressions/<target>/) through the same entry functions, in the normal
// build: a crash found once stays fixed.

#include "fuzztargets.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTest>

namespace {

QStringList inputs(const QString &target)
{
    QStringList files;
    for (const QString &folder : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
        QDirIterator it(QStringLiteral(CSISMS_FUZZ_DIR "/%1/%2").arg(folder, target), QDir::Files);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    return files;
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

    TestSupport::IsolatedSettings m_settings;

private slots:
    void initTestCase()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        FuzzTargets::initialize();
    }
    void cleanupTestCase() { FuzzTargets::shutdown(); }

    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        for (const QString &target : {QStringLiteral("csv"), QStringLiteral("import"), QStringLiteral("database"),
                                      QStringLiteral("application"), QStringLiteral("programme"), QStringLiteral("logo"), QStringLiteral("bundle"), QStringLiteral("dossier")})
            for (const QString &file : inputs(target))
                QTest::addRow("%s/%s", qPrintable(target), qPrintable(QFileInfo(file).fileName())) << target << file;
    }
    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        const QByteArray input = TestSupport::readFile(file);
        if (target == QLatin1String("csv"))
            FuzzTargets::csvReader(input);
        else if (target == QLatin1String("import"))
            FuzzTargets::clientImport(input);
        else if (target == QLatin1String("application"))
            FuzzTargets::applicationFile(input);
        else if (target == QLatin1String("programme"))
            FuzzTargets::programmeFile(input);
        else if (target == QLatin1String("logo"))
            FuzzTargets::logoPicture(input);
        else if (target == QLatin1String("bundle"))
            FuzzTargets::archiveBundle(input);
        else if (target == QLatin1String("dossier"))
            FuzzTargets::dossierBundle(input);
        else
            FuzzTargets::databaseOpen(input);
    }

    // The corpus is there: every target has seeds.
    void everyTargetHasSeeds()
    {
        for (const QString &target : {QStringLiteral("csv"), QStringLiteral("import"), QStringLiteral("database"),
                                      QStringLiteral("application"), QStringLiteral("programme"), QStringLiteral("logo"), QStringLiteral("bundle"), QStringLiteral("dossier")})
            QVERIFY2(inputs(target).size() >= 3, qPrintable(target));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
