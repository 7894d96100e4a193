#include "fuzztargets.h"

#include "checks/applicationcheck.h"
#include "io/programmefile.h"
#include "checks/databasecheck.h"
#include "db/database.h"
#include "db/databasefile.h"
#include "io/clientimport.h"
#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "io/logopicture.h"
#include "archive/archiveexport.h"
#include "archive/archiveimport.h"
#include "archive/dossiermerge.h"
#include "archive/zipreader.h"
#include "archive/zipwriter.h"
#include "demo/demodata.h"
#include "db/changelog.h"
#include "domain/bodysettings.h"
#include "repositories/clientrepository.h"
#include "repositories/referencerepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cmath>
#include <cstdlib>
#include <memory>

namespace FuzzTargets {

namespace {

struct Scratch
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    // dossierBundle: the office database every input is planned against (copied afresh for
    // each), and the entries of a dossier sent out from it and worked on elsewhere.
    QString dossierOffice;
    QList<std::pair<QString, QByteArray>> dossierSeed;
};

// Made by initialize() and gone in shutdown(), which runs before the application object
// and Qt's own globals go (a static would be destroyed after them).
Scratch *g_scratch = nullptr;

Scratch &scratch()
{
    return *g_scratch;
}

void require(bool condition, const char *what)
{
    if (!condition)
        qFatal("fuzz property violated: %s", what);
}

// The bytes of a file and of its SQLite siblings, to prove that nothing was written.
QByteArray filesState(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &suffix : QStringList{QString()} + DatabaseFile::siblingSuffixes()) {
        QFile file(path + suffix);
        hash.addData(suffix.toUtf8());
        if (file.open(QIODevice::ReadOnly))
            hash.addData(file.readAll());
        else
            hash.addData("absent");
    }
    return hash.result();
}

} // namespace

void initialize()
{
    if (g_scratch)
        return;
    g_scratch = new Scratch;
    Scratch &s = scratch();
    s.db = std::make_unique<Database>();
    const DatabaseError error = s.db->open(s.dir.filePath(QStringLiteral("fuzz.sqlite")));
    require(!error, "the scratch database opens");
    // One client already registered, so that duplicates against the register are reached.
    Client existing;
    existing.nameZh = QStringLiteral("已登记客户");
    existing.creditCode = QStringLiteral("91350100M000100Y43");
    require(ClientRepository(*s.db).save(existing).ok, "the scratch client is saved");
    // Registered after the SQL module's globals exist, so it runs before they are destroyed.
    std::atexit(shutdown);
}

void shutdown()
{
    delete g_scratch;
    g_scratch = nullptr;
}

void csvReader(const QByteArray &input)
{
    QString text, error;
    CsvReader::Encoding encoding;
    if (!CsvReader::decode(input, &text, &encoding, &error)) {
        require(!error.isEmpty(), "a refused file says why");
        return;
    }
    const QChar separator = CsvReader::detectSeparator(text);
    const QList<CsvRecord> records = CsvReader::parse(text, separator, &error);
    if (!error.isEmpty())
        return;
    // Written back and read again, every record has the same fields (formula cells come
    // back through restore; line breaks inside fields read back as \n).
    QStringList lines;
    for (const CsvRecord &record : records)
        lines << CsvWriter::row(record.fields);
    QString again;
    const QList<CsvRecord> reread = CsvReader::parse(lines.join(u'\n'), u',', &again);
    require(again.isEmpty(), "written CSV parses");
    QList<QStringList> before, after;
    for (const CsvRecord &r : records)
        before << r.fields;
    for (const CsvRecord &r : reread) {
        QStringList fields;
        for (const QString &f : r.fields)
            fields << CsvWriter::restore(f);
        after << fields;
    }
    require(before == after, "CSV written back reads the same");
}

void clientImport(const QByteArray &input)
{
    Database &db = *scratch().db;
    const int clientsBefore = ClientRepository(db).totalCount();
    const QVariant logBefore = db.scalar(QStringLiteral("SELECT count(*) FROM change_log"));
    ImportResult result;
    {
        // Whatever the import does is rolled back afterwards, so every input meets the same
        // register.
        Transaction outer(db);
        result = ClientImport::importData(db, input);
        if (result.ok)
            require(ClientRepository(db).totalCount() == clientsBefore + result.imported, "every row is stored");
        else
            require(ClientRepository(db).totalCount() == clientsBefore, "a refused import stores nothing");
        require(result.ok || !result.problems.isEmpty() || !result.message.isEmpty(), "a refusal says why");
        require(result.problems.shown.size() <= ImportProblems::kShown, "problems are capped");
    }
    require(db.scalar(QStringLiteral("SELECT count(*) FROM change_log")) == logBefore, "the scratch log is restored");
}

void databaseOpen(const QByteArray &input)
{
    const QString path = scratch().dir.filePath(QStringLiteral("input.sqlite"));
    for (const QString &suffix : QStringList{QString()} + DatabaseFile::siblingSuffixes())
        QFile::remove(path + suffix);
    {
        QFile file(path);
        require(file.open(QIODevice::WriteOnly), "the input file is written");
        file.write(input);
    }
    const QByteArray before = filesState(path);
    {
        Database db;
        const DatabaseError error = db.open(path, Database::Mode::Read);
        if (error) {
            require(!error.message.isEmpty(), "a refused file says why");
        } else {
            const CheckReport report = DatabaseCheck::run(db);
            Q_UNUSED(report);
            (void)ClientRepository(db).listRegister();
        }
    }
    require(filesState(path) == before, "reading leaves the file and its siblings unchanged");
}

void applicationFile(const QByteArray &input)
{
    QString error;
    const std::optional<ApplicationFile> application = ApplicationFileFormat::parse(input, &error);
    if (!application) {
        require(!error.isEmpty(), "a refused application file says why");
        return;
    }
    static const QList<AuditTimeRow> table = ReferenceRepository::shippedAuditTimeRows();
    const ApplicationCheck check = ApplicationCheck::run(*application, table, RuleParameters());
    require(check.conditions.size() == 10, "ten conditions");
    const AuditTime::Result &t = check.auditTime;
    for (double days : {t.tableDays, t.adjustedDays, t.stage1Days, t.stage2Days, t.onsiteDays, t.surveillanceDays,
                        t.recertificationDays})
        require(std::isfinite(days) && days >= 0, "audit-time figures are days");
    for (double days : {t.adjustedDays, t.stage1Days, t.onsiteDays, t.surveillanceDays, t.recertificationDays})
        require(days * 2 == std::floor(days * 2), "figures in half days");
    require(t.stage1Days + t.stage2Days == t.adjustedDays, "stage 1 + stage 2 = adjusted");
    bool error_ = false;
    for (const RuleFinding &f : check.findings)
        error_ = error_ || f.severity == RuleFinding::Error;
    require(check.acceptable == !error_, "acceptable exactly when no error");
    require(!check.toText(*application).isEmpty() && !check.toJson().isEmpty(), "the result prints");
}

void programmeFile(const QByteArray &input)
{
    static const QStringList catalogue = [] {
        QStringList ids;
        for (const Control &c : ReferenceRepository::shippedControls())
            ids << c.code;
        return ids;
    }();
    static const ProgrammePlanner::Catalogue planned = [] {
        ProgrammePlanner::Catalogue c;
        for (const Control &control : ReferenceRepository::shippedControls()) {
            c.ids << control.code;
            c.clauses << control.clause;
        }
        return c;
    }();
    QString error;
    const std::optional<Programme> programme = ProgrammeFileFormat::parse(input, catalogue, &error);
    if (!programme) {
        require(!error.isEmpty(), "a refused programme file says why");
        return;
    }
    const RuleParameters parameters;
    const QList<ProgrammeViolation> violations = ProgrammeRules::check(*programme, catalogue, parameters);
    for (const ProgrammeViolation &v : violations) {
        require(!v.finding.rule.isEmpty() && v.finding.message.endsWith(QStringLiteral("(%1)").arg(v.finding.rule)),
                "a finding names its rule");
        require(v.audit >= -1 && v.audit < programme->audits.size(), "a finding's audit is in the file");
    }
    // What is written reads back the same, and checks the same.
    const QByteArray written = ProgrammeFileFormat::write(*programme, parameters.cycleYears());
    const std::optional<Programme> again = ProgrammeFileFormat::parse(written, catalogue, &error);
    require(again.has_value(), "a written programme reads back");
    require(ProgrammeRules::check(*again, catalogue, parameters).size() == violations.size(), "and checks the same");
    // The generator keeps what it is given and adds audits within reason.
    const Programme proposed = ProgrammePlanner::propose(*programme, planned, parameters);
    // At most stage 1, stage 2, the recertification and 40 surveillances (the planner's
    // bound, for a cycle given as centuries long) are added.
    require(proposed.audits.size() >= programme->audits.size() && proposed.audits.size() <= programme->audits.size() + 43,
            "propose adds a bounded number of audits");
    for (const ProgrammeAudit &a : programme->audits)
        require(proposed.audits.contains(a), "propose keeps every audit as given");
}

void logoPicture(const QByteArray &input)
{
    QString error;
    const QString logo = LogoPicture::fromBytes(input, &error);
    if (logo.isEmpty()) {
        require(!error.isEmpty(), "a refused picture says why");
        return;
    }
    require(BodySettings::validate(QString::fromLatin1(BodySettingKey::BodyLogo), logo).isEmpty(), "a logo validates");
    BodySettings settings;
    settings.bodyLogo = logo;
    QImage image;
    require(image.loadFromData(settings.logoPng(), "PNG"), "a logo is a PNG");
    require(image.width() <= LogoPicture::kPixels && image.height() <= LogoPicture::kPixels, "a logo fits");
    QString again;
    require(LogoPicture::fromBytes(input, &again) == logo, "the same picture gives the same logo");
}

void archiveBundle(const QByteArray &input)
{
    const QString bundle = scratch().dir.filePath(QStringLiteral("bundle.zip"));
    {
        QFile file(bundle);
        require(file.open(QIODevice::WriteOnly) && file.write(input) == input.size(), "the input is written");
    }
    const QString problem = ArchiveImport::verify(bundle);
    const QString path = scratch().dir.filePath(QStringLiteral("restore.sqlite"));
    {
        Database db;
        require(!db.open(path), "the restore database opens");
        const ArchiveImport::Result result = ArchiveImport::restore(db, bundle);
        if (!problem.isEmpty()) {
            require(result.error == problem, "a refused bundle is refused by restore for the same reason");
            require(ArchiveImport::isEmpty(db), "a refused bundle writes nothing");
        } else if (result.error.isEmpty()) {
            require(ChangeLog::verifyChain(db).isEmpty(), "a restored change log verifies");
        } else {
            require(ArchiveImport::isEmpty(db), "a restore that fails writes nothing");
        }
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

namespace {

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : QStringList{QString()} + DatabaseFile::siblingSuffixes())
        QFile::remove(path + suffix);
}

// The office database (three demo dossiers) and a dossier of its first client taken to a
// laptop (a copy of the file), changed there and exported: a record that differs, change-log
// entries new to the office.
void prepareDossier(Scratch &s)
{
    if (!s.dossierOffice.isEmpty())
        return;
    const QString office = s.dir.filePath(QStringLiteral("dossier-office.sqlite"));
    const QString laptop = s.dir.filePath(QStringLiteral("dossier-laptop.sqlite"));
    const QString seed = s.dir.filePath(QStringLiteral("dossier-seed.zip"));
    {
        Database db(QStringLiteral("fuzz-office"));
        require(!db.open(office), "the office database opens");
        db.changeLog().setUserName(QStringLiteral("office"));
        require(bool(DemoData::generate(db, 3, 7)), "the office database is filled");
    }
    require(QFile::copy(office, laptop), "the laptop copy is made");
    {
        Database db(QStringLiteral("fuzz-laptop"));
        require(!db.open(laptop, Database::Mode::Write), "the laptop database opens");
        db.changeLog().setUserName(QStringLiteral("laptop"));
        ClientRepository clients(db);
        const qint64 id = db.scalar(QStringLiteral("SELECT min(id) FROM clients")).toLongLong();
        std::optional<Client> client = clients.load(id);
        require(client.has_value(), "the laptop's client loads");
        client->nameEn = QStringLiteral("Changed on the laptop");
        client->sites << ClientSite{0, QStringLiteral("新场所"), QStringLiteral("厦门市"), 12};
        require(clients.save(*client).ok, "the laptop's change is saved");
        require(ArchiveExport::write(db, seed, {}, id).error.isEmpty(), "the seed dossier is exported");
    }
    removeDatabaseFiles(laptop);
    ZipReader zip(seed);
    require(zip.forEach([&](const ZipReader::Entry &entry, const ZipReader::ReadPiece &piece) {
        QByteArray bytes;
        for (QByteArray data = piece(); !data.isEmpty(); data = piece())
            bytes += data;
        s.dossierSeed.append({entry.path, bytes});
        return true;
    }), "the seed dossier reads");
    s.dossierOffice = office;
}

// The seed dossier with data/<table>.json replaced (or added) and a manifest that lists
// every file as it now is.
void writeSeedWith(const Scratch &s, const QString &table, const QByteArray &data, const QString &path)
{
    QList<std::pair<QString, QByteArray>> entries;
    QJsonObject manifest;
    const QString replaced = QStringLiteral("data/%1.json").arg(table);
    bool found = false;
    for (const auto &[name, bytes] : s.dossierSeed) {
        if (name == QLatin1String("manifest.json"))
            manifest = QJsonDocument::fromJson(bytes).object();
        else if (name == replaced)
            found = true, entries.append({name, data});
        else
            entries.append({name, bytes});
    }
    if (!found && ZipReader::pathProblem(replaced).isEmpty())
        entries.append({replaced, data});
    QJsonArray files;
    for (const auto &[name, bytes] : std::as_const(entries))
        files.append(QJsonObject{{QStringLiteral("path"), name},
                                 {QStringLiteral("size"), bytes.size()},
                                 {QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())}});
    manifest.insert(QStringLiteral("files"), files);
    entries.append({QStringLiteral("manifest.json"), QJsonDocument(manifest).toJson()});
    ZipWriter zip(path);
    require(zip.open(), "the dossier zip is created");
    for (const auto &[name, bytes] : std::as_const(entries))
        require(zip.add(name, bytes), "the dossier zip is written");
    require(zip.close(), "the dossier zip is finished");
}

} // namespace

void dossierBundle(const QByteArray &input)
{
    Scratch &s = scratch();
    prepareDossier(s);
    const QString bundle = s.dir.filePath(QStringLiteral("dossier.zip"));
    if (input.startsWith("PK")) {
        QFile file(bundle);
        require(file.open(QIODevice::WriteOnly) && file.write(input) == input.size(), "the input is written");
    } else {
        const qsizetype newline = input.indexOf('\n');
        const QString table = QString::fromUtf8(newline < 0 ? input : input.left(newline)).trimmed().left(64);
        writeSeedWith(s, table, newline < 0 ? QByteArray() : input.mid(newline + 1), bundle);
    }
    const QString work = s.dir.filePath(QStringLiteral("dossier-work.sqlite"));
    removeDatabaseFiles(work);
    require(QFile::copy(s.dossierOffice, work), "the office database is copied");
    {
        Database db(QStringLiteral("fuzz-dossier"));
        require(!db.open(work, Database::Mode::Write), "the office copy opens");
        db.changeLog().setUserName(QStringLiteral("office"));
        const QString head = ChangeLog::headHash(db);
        const qint64 entries = db.scalar(QStringLiteral("SELECT count(*) FROM change_log")).toLongLong();
        const auto unchanged = [&] {
            return ChangeLog::headHash(db) == head
                && db.scalar(QStringLiteral("SELECT count(*) FROM change_log")).toLongLong() == entries
                && !db.scalar(QStringLiteral("SELECT 1 FROM dossier_merges")).isValid();
        };
        const DossierMerge::Plan plan = DossierMerge::plan(db, bundle);
        require(unchanged(), "planning writes nothing");
        if (plan.error.isEmpty()) {
            QSet<int> take;
            for (int i = 0; i < plan.records.size(); ++i) {
                require(!plan.records.at(i).name.isEmpty(), "every record of a plan is named");
                if (plan.records.at(i).kind == DossierMerge::Record::Differs)
                    take.insert(i);
            }
            const DossierMerge::Result result = DossierMerge::apply(db, plan, take);
            if (!result.error.isEmpty()) {
                require(unchanged(), "a refused merge writes nothing");
            } else {
                require(result.added == plan.added() && result.taken == plan.differing(), "a merge does what it planned");
                require(ChangeLog::verifyChain(db).isEmpty(), "the change log verifies after a merge");
                require(ChangeLog::verifyPeerEntries(db).isEmpty(), "the other side's entries verify after a merge");
                require(!db.scalar(QStringLiteral("SELECT 1 FROM pragma_foreign_key_check")).isValid(), "the keys hold after a merge");
                const DossierMerge::Plan again = DossierMerge::plan(db, bundle);
                require(again.error.isEmpty(), "a merged dossier plans again");
                require(again.added() == 0 && again.differing() == 0 && again.peerEntries == 0,
                        "after taking everything, the same dossier has nothing left to do");
            }
        }
    }
    removeDatabaseFiles(work);
}

} // namespace FuzzTargets
