#include "commandline.h"
#include "clicontext.h"

#include "db/chainanchor.h"
#include "i18n/language.h"
#include "repositories/referencerepository.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace {

const QStringList kValueOptions{QStringLiteral("db"), QStringLiteral("lang"), QStringLiteral("clients"),
                                QStringLiteral("seed"), QStringLiteral("out"), QStringLiteral("client"),
                                QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("days"),
                                QStringLiteral("month"), QStringLiteral("from"), QStringLiteral("to"),
                                QStringLiteral("take")};

// Splits arguments into options and words without interpreting them.
QStringList wordsOf(const QStringList &arguments)
{
    QStringList words;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a.startsWith(QLatin1String("--"))) {
            const QString name = a.mid(2).section(u'=', 0, 0);
            if (kValueOptions.contains(name) && !a.contains(u'='))
                ++i;
        } else if (!a.startsWith(u'-') || a == QLatin1String("-")) {
            words << a;
        }
    }
    return words;
}

void addOptions(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({QStringLiteral("db"), CommandLine::tr("Dossier database file (default: %1).").arg(Database::defaultPath()),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("lang"), CommandLine::tr("Language of messages: zh_CN or en."), QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("json"), CommandLine::tr("Print machine-readable JSON.")});
    parser.addOption({QStringLiteral("clients"), CommandLine::tr("Number of demo clients (default 200)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("seed"), CommandLine::tr("Seed of the demo data (default 1)."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("out"), CommandLine::tr("Output file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("id"), CommandLine::tr("Id of the record."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("client"), CommandLine::tr("Id of the client."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("status"), CommandLine::tr("Only records with this status."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("days"), CommandLine::tr("Days ahead (default: the Due page's setting)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("month"), CommandLine::tr("Month of the report."), QStringLiteral("YYYY-MM")});
    parser.addOption({QStringLiteral("from"), CommandLine::tr("First day of the report."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("to"), CommandLine::tr("Last day of the report."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("take"),
                      CommandLine::tr("Where a dossier's records differ: keep this database's (here) or take the bundle's (bundle)."),
                      QStringLiteral("here|bundle")});
    parser.addHelpOption();
    parser.addVersionOption();
}

QString usage()
{
    return CommandLine::tr(
        "Usage: csisms [--db FILE] [--lang zh_CN|en] [COMMAND]\n"
        "Without a command the application window opens.\n"
        "Commands:\n"
        "  init                          create or upgrade the database\n"
        "  demo [--clients N] [--seed S] fill an empty database with deterministic demo dossiers\n"
        "  check [--json]                integrity, foreign keys, change-log chain, rule violations\n"
        "  clients import FILE.csv       import clients: all rows or none\n"
        "  clients list [--json]         list the client register\n"
        "  backup --out FILE             consistent copy of the database, also while it is in use\n"
        "  export --out FILE.zip [--client ID]\n"
        "                                the whole database, or one client's dossier, as an archive bundle\n"
        "  import FILE.zip [--take here|bundle]\n"
        "                                restore a whole-database bundle into a new, empty database\n"
        "                                (--db NEW.sqlite), or bring a client's dossier into this one\n"
        "  application check FILE.json [--json]\n"
        "                                eligibility and audit time of an application file (no database)\n"
        "  application export --id N     one application as a csisms-application/1 file\n"
        "  applications list [--json] [--status S]\n"
        "                                the applications, newest first (S: draft, submitted, under_review, …)\n"
        "  programme check FILE.json [--json]\n"
        "                                rule check of a programme file (no database)\n"
        "  programme propose FILE.json [--out FILE]\n"
        "                                fill in the audits a programme file lacks, within the rules\n"
        "  programme export --client ID  that client's current programme as a csisms-programme/1 file\n"
        "  due [--days N] [--json]       what needs attention within N days, and what is late\n"
        "  certificates list [--json]    the certificate register\n"
        "  report cnca --month YYYY-MM --out FILE.xlsx\n"
        "                                the CNCA monthly information report of that month\n"
        "  report certsearch --out FILE.xlsx\n"
        "                                the certificate register as an IAF CertSearch upload sheet\n"
        "  report programme --client ID --out FILE.pdf [--lang zh_CN|en|bilingual]\n"
        "                                the client's audit programme report (审核方案) as a PDF\n"
        "  report due --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf [--lang …]\n"
        "                                the due list of those dates, and what is late on the first\n"
        "  report register --out FILE.pdf [--lang …]\n"
        "                                the certificate register with each status today\n"
        "  report review --id N --out FILE.pdf [--lang …]\n"
        "                                the application review record (申请评审记录) of review N\n"
        "  report info-sheet --out FILE.pdf [--lang …]\n"
        "                                the public information sheet (5.1.1) with the body's texts\n");
}

// Runs a command so that nothing it meets ends the program abnormally: a database error
// that escaped the command's own handling, or memory running out, becomes a message and
// exit status 2; open transactions have rolled back by then.
int runGuarded(int (*command)(CliContext &), CliContext &context)
{
    try {
        return command(context);
    } catch (const SqlError &e) {
        context.err << CommandLine::tr("The command stopped because of a database error: %1. "
                                       "Nothing of what it was writing was stored.").arg(e.explanation())
                    << Qt::endl;
    } catch (const std::bad_alloc &) {
        context.err << CommandLine::tr("The command stopped: there was not enough memory. "
                                       "Nothing of what it was writing was stored.") << Qt::endl;
    } catch (const std::exception &e) {
        context.err << CommandLine::tr("The command stopped because of an unexpected error: %1. "
                                       "Nothing of what it was writing was stored.").arg(QString::fromLocal8Bit(e.what()))
                    << Qt::endl;
    }
    return CommandLine::UsageError;
}

} // namespace

bool CommandLine::isCommand(const QStringList &arguments)
{
    for (const QString &a : arguments.mid(1))
        if (a == QLatin1String("--help") || a == QLatin1String("-h") || a == QLatin1String("--version")
            || a == QLatin1String("-v") || a == QLatin1String("-help"))
            return true;
    return !wordsOf(arguments).isEmpty();
}

bool CommandLine::drawsPages(const QStringList &arguments)
{
    const QStringList words = wordsOf(arguments);
    if (words.value(0) == QLatin1String("export"))   // the bundle holds each programme report
        return true;
    return words.value(0) == QLatin1String("report")
           && QStringList{QStringLiteral("programme"), QStringLiteral("review"), QStringLiteral("due"),
                          QStringLiteral("register"), QStringLiteral("info-sheet")}
                  .contains(words.value(1));
}

QString CommandLine::option(const QStringList &arguments, const QString &name)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--") + name && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--") + name + u'='))
            return a.section(u'=', 1);
    }
    return {};
}

qint64 CliContext::positiveId(const QString &option, const QString &needs) const
{
    bool isNumber = false;
    const qint64 id = parser.value(option).toLongLong(&isNumber);
    if (parser.isSet(option) && isNumber && id > 0)
        return id;
    err << needs << Qt::endl;
    return 0;
}

std::unique_ptr<Database> CliContext::openDatabase(Database::Mode mode, bool checkAnchor) const
{
    auto db = std::make_unique<Database>();
    const DatabaseError error = db->open(databasePath, mode);
    if (error) {
        err << error.message << Qt::endl;
        return nullptr;
    }
    if (mode != Database::Mode::Read)
        ChainAnchor::follow(*db);
    if (mode == Database::Mode::CreateOrUpgrade) {
        const WriteResult seeded = ReferenceRepository::seedIfEmpty(*db);
        if (!seeded) {
            err << seeded.message << Qt::endl;
            return nullptr;
        }
    }
    if (checkAnchor && !db->wasCreated()) {
        const QString problem = ChainAnchor::stored(db->path()).problemWith(*db);
        if (!problem.isEmpty())
            err << CommandLine::tr("Warning: %1").arg(problem) << Qt::endl;
    }
    return db;
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    LanguageManager language;
    const QString requested = option(arguments, QStringLiteral("lang"));
    // "bilingual" is a language of printed reports only; messages are then in the system's.
    const bool bilingual = requested.trimmed().compare(QLatin1String("bilingual"), Qt::CaseInsensitive) == 0;
    if (!requested.isEmpty() && !bilingual && LanguageManager::normalize(requested).isEmpty()) {
        language.setLanguage(LanguageManager::systemLanguage());
        err << tr("Unknown language “%1”; use zh_CN or en (or bilingual for a printed report).").arg(requested) << Qt::endl;
        return UsageError;
    }
    language.setLanguage(requested.isEmpty() || bilingual ? LanguageManager::systemLanguage() : requested);

    QCommandLineParser parser;
    addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run; see below."));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl << usage();
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << usage();
        return Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << QCoreApplication::applicationName() << u' ' << QStringLiteral(CSISMS_VERSION) << Qt::endl;
        return Success;
    }

    CliContext context{parser, parser.positionalArguments(), out, err,
                       parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Database::defaultPath(),
                       parser.isSet(QStringLiteral("json"))};
    const QString command = context.words.value(0);
    const QString sub = context.words.value(1);

    // Options each command accepts, so a misplaced one is an error rather than ignored.
    struct Entry { QStringList words; int extra; QStringList options; int (*run)(CliContext &); };
    const QList<Entry> commands{
        {{QStringLiteral("init")}, 0, {}, &CliCommands::init},
        {{QStringLiteral("demo")}, 0, {QStringLiteral("clients"), QStringLiteral("seed")}, &CliCommands::demo},
        {{QStringLiteral("check")}, 0, {QStringLiteral("json")}, &CliCommands::check},
        {{QStringLiteral("backup")}, 0, {QStringLiteral("out")}, &CliCommands::backup},
        {{QStringLiteral("clients"), QStringLiteral("import")}, 1, {}, &CliCommands::clientsImport},
        {{QStringLiteral("clients"), QStringLiteral("list")}, 0, {QStringLiteral("json")}, &CliCommands::clientsList},
        {{QStringLiteral("application"), QStringLiteral("check")}, 1, {QStringLiteral("json")}, &CliCommands::applicationCheck},
        {{QStringLiteral("application"), QStringLiteral("export")}, 0, {QStringLiteral("id")}, &CliCommands::applicationExport},
        {{QStringLiteral("applications"), QStringLiteral("list")}, 0, {QStringLiteral("json"), QStringLiteral("status")},
         &CliCommands::applicationsList},
        {{QStringLiteral("programme"), QStringLiteral("check")}, 1, {QStringLiteral("json")}, &CliCommands::programmeCheck},
        {{QStringLiteral("programme"), QStringLiteral("propose")}, 1, {QStringLiteral("out")}, &CliCommands::programmePropose},
        {{QStringLiteral("programme"), QStringLiteral("export")}, 0, {QStringLiteral("client")}, &CliCommands::programmeExport},
        {{QStringLiteral("due")}, 0, {QStringLiteral("days"), QStringLiteral("json")}, &CliCommands::due},
        {{QStringLiteral("certificates"), QStringLiteral("list")}, 0, {QStringLiteral("json")}, &CliCommands::certificatesList},
        {{QStringLiteral("report"), QStringLiteral("cnca")}, 0, {QStringLiteral("month"), QStringLiteral("out")},
         &CliCommands::reportCnca},
        {{QStringLiteral("report"), QStringLiteral("certsearch")}, 0, {QStringLiteral("out")}, &CliCommands::reportCertSearch},
        {{QStringLiteral("report"), QStringLiteral("programme")}, 0, {QStringLiteral("client"), QStringLiteral("out")},
         &CliCommands::reportProgramme},
        {{QStringLiteral("report"), QStringLiteral("due")}, 0, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("out")},
         &CliCommands::reportDue},
        {{QStringLiteral("report"), QStringLiteral("register")}, 0, {QStringLiteral("out")}, &CliCommands::reportRegister},
        {{QStringLiteral("report"), QStringLiteral("review")}, 0, {QStringLiteral("id"), QStringLiteral("out")},
         &CliCommands::reportReview},
        {{QStringLiteral("report"), QStringLiteral("info-sheet")}, 0, {QStringLiteral("out")}, &CliCommands::reportInfoSheet},
        {{QStringLiteral("export")}, 0, {QStringLiteral("out"), QStringLiteral("client")}, &CliCommands::exportBundle},
        {{QStringLiteral("import")}, 1, {QStringLiteral("take")}, &CliCommands::importBundle},
    };
    for (const Entry &entry : commands) {
        if (context.words.mid(0, entry.words.size()) != entry.words)
            continue;
        if (context.words.size() != entry.words.size() + entry.extra) {
            err << tr("Wrong number of arguments for “%1”.").arg(entry.words.join(u' ')) << Qt::endl << usage();
            return UsageError;
        }
        for (const QString &name : {QStringLiteral("json"), QStringLiteral("clients"), QStringLiteral("seed"),
                                    QStringLiteral("out"), QStringLiteral("id"), QStringLiteral("status"),
                                    QStringLiteral("client"), QStringLiteral("days"), QStringLiteral("month"),
                                    QStringLiteral("take")}) {
            if (parser.isSet(name) && !entry.options.contains(name)) {
                err << tr("The option --%1 does not apply to “%2”.").arg(name, entry.words.join(u' ')) << Qt::endl << usage();
                return UsageError;
            }
        }
        return runGuarded(entry.run, context);
    }
    if (command == QLatin1String("clients") && sub.isEmpty())
        err << tr("“clients” needs a subcommand: import or list.") << Qt::endl;
    else if (command == QLatin1String("application") && sub.isEmpty())
        err << tr("“application” needs a subcommand: check or export.") << Qt::endl;
    else if (command == QLatin1String("programme") && sub.isEmpty())
        err << tr("“programme” needs a subcommand: check, propose or export.") << Qt::endl;
    else if (command == QLatin1String("certificates") && sub.isEmpty())
        err << tr("“certificates” needs a subcommand: list.") << Qt::endl;
    else if (command == QLatin1String("applications") && sub.isEmpty())
        err << tr("“applications” needs a subcommand: list.") << Qt::endl;
    else if (command == QLatin1String("report") && sub.isEmpty())
        err << tr("“report” needs a subcommand: cnca or certsearch.") << Qt::endl;
    else
        err << tr("Unknown command “%1”.").arg(context.words.join(u' ')) << Qt::endl;
    err << usage();
    return UsageError;
}
