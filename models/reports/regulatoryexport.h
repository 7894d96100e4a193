#pragma once

#include "reports/certsearchreport.h"
#include "reports/cncareport.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// The two regulatory exports gathered from the dossier database: the CNCA monthly
// information report (认证信息报送, cncareport.h) and the IAF CertSearch upload sheet
// (certsearchreport.h). Everything here only reads, through Database (one consistent
// snapshot per export); the value rules and the columns are those of the two sheet
// builders. What CSISMS does not hold stays empty and is named where it is left out
// (regulatoryexport.cpp, cncareport.cpp, certsearchreport.cpp).
//
// A statement that fails throws SqlError (the database cannot be read); every other
// failure is a message.
class RegulatoryExport
{
    Q_DECLARE_TR_FUNCTIONS(RegulatoryExport)

public:
    // The month's report (month 1 … 12):
    // - plans: every audit not cancelled whose operative start (actual, else planned) is in
    //   the month, by that date, then id;
    // - certificates: every certificate issued in the month, with an event in the month
    //   (one that still stands at the month's end, or the reversal of an earlier one), or
    //   whose programme had a surveillance audit done (actual end) in the month; one row
    //   each, with its status and scope at the month's end, by the date that puts it in the
    //   month, then id;
    // - results: every audit done whose actual end is in the month, by that date, then id.
    // An invalid month gives an empty report.
    static CncaMonth cncaMonth(Database &db, int year, int month);

    // Every certificate of the register as IAF CertSearch takes it: its status on `today`
    // and its scope as it stands, in certificate-number order.
    static QList<CertSearchEntry> certSearch(Database &db, const QDate &today);

    // Writes the month's report to `path` (XlsxWorkbook: complete or not at all). Empty on
    // success, else what is wrong and what to do. `written`, when given, gets what was
    // written.
    static QString writeCnca(Database &db, int year, int month, const QString &path, CncaMonth *written = nullptr);

    // Writes the CertSearch sheet of the register on `today` to `path`. A register
    // CertSearch would refuse (certSearchProblems) is not written at all: an upload to a
    // public register must not be silently wrong. The message then says so, and `problems`
    // (when given) gets one line per problem, naming the certificate; it is cleared
    // otherwise. `written`, when given, gets the entries written.
    static QString writeCertSearch(Database &db, const QDate &today, const QString &path, QStringList *problems,
                                   QList<CertSearchEntry> *written = nullptr);

    // The codes this export gives CSISMS's values, each one of the shipped reference lists
    // (resources/reference/cnca-report-codes.json; empty for a value it does not know).
    static QString stageCode(const QString &auditKind);   // audit_stage: stage1 0101, stage2 0102, …
    static QString methodCode(const QString &method);     // audit_method: onsite FS01, remote FS02, combined FS03

    // What IAF CertSearch is told of every certificate where CSISMS holds nothing (see
    // regulatoryexport.cpp).
    static QString accreditationStatus();   // "Unaccredited"
    static QString certificationType();     // "Management System"
};
