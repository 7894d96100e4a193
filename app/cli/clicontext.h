#pragma once

#include "db/database.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

// What every command gets: parsed options, its words, the output streams, and a way
// to open the database that reports failures the same way everywhere.
struct CliContext
{
    QCommandLineParser &parser;
    QStringList words;        // the command and its positional arguments
    QTextStream &out;
    QTextStream &err;
    QString databasePath;
    bool json = false;

    // Opens the database for the mode (CreateOrUpgrade also seeds the shipped reference
    // data); prints the reason and returns null when it cannot be opened. A database that
    // is written keeps the change log's anchor on this computer up to date; unless
    // checkAnchor is false, a change log that no longer holds the head this computer saw
    // last is reported as a warning.
    std::unique_ptr<Database> openDatabase(Database::Mode mode, bool checkAnchor = true) const;
    // The record id given with --`option` (--id, --client): a whole number above 0; else
    // 0, after printing `needs` (what the command needs, in the user's language).
    qint64 positiveId(const QString &option, const QString &needs) const;
};

// The commands, one function each (exit status as CommandLine::Status).
namespace CliCommands {
int init(CliContext &context);
int demo(CliContext &context);
int check(CliContext &context);
int backup(CliContext &context);
int clientsImport(CliContext &context);
int clientsList(CliContext &context);
int applicationCheck(CliContext &context);
int applicationExport(CliContext &context);
int applicationsList(CliContext &context);
int programmeCheck(CliContext &context);
int programmePropose(CliContext &context);
int programmeExport(CliContext &context);
int due(CliContext &context);
int certificatesList(CliContext &context);
int reportCnca(CliContext &context);
int reportCertSearch(CliContext &context);
int reportProgramme(CliContext &context);
int reportDue(CliContext &context);
int reportRegister(CliContext &context);
int reportInfoSheet(CliContext &context);
int exportBundle(CliContext &context);
int importBundle(CliContext &context);
int reportReview(CliContext &context);
} // namespace CliCommands
