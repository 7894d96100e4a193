#pragma once

#include "io/xlsxworkbook.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// The certificates of the body as IAF CertSearch takes them in a bulk upload (IAF MD 28).
// One sheet, "Certificates", one row per certificate; the headers are the field names of
// the CertSearch glossary (see certsearchreport.cpp for what is ours), dates as YYYYMMDD.
struct CertSearchEntry
{
    QString certificateNumber;    // also the Certification Identity Number
    QString statusCode;           // CNCA certificate status 01..05 (cnca-codes.json)
    QDate originalIssue;
    QDate issued;
    QDate expiry;
    QString entityName;
    QString entityId;             // unified social credit code
    QString country;              // "CN"
    QString street;
    QString city;
    QString state;
    QString postcode;
    QString scope;
    QString standard;             // e.g. "ISO/IEC 27001:2022"
    QStringList sites;
    QStringList sectors;          // scope class codes
    QString accreditationStatus;  // "Accredited" or "Unaccredited"
    QString certificationType;    // "Management System"
};

// The header row of the sheet, in column order.
QStringList certSearchHeaders();
// The CertSearch status of a CNCA status code: 01 Active, 02 Suspended, 03 Withdrawn,
// 04 Cancelled, 05 Expired; empty for any other code.
QString certSearchStatus(const QString &cncaCode);
// A date as CertSearch wants it, YYYYMMDD; empty when invalid.
QString certSearchDate(const QDate &date);
// What would make CertSearch refuse an entry, one message per problem naming the
// certificate, in the user's language: a certificate number longer than 60 characters
// (it is never cut: a cut number would name another certificate), an entity ID longer
// than 45, a status code it cannot map, and empty mandatory fields. Empty when none.
QStringList certSearchProblems(const QList<CertSearchEntry> &entries);
// The upload sheet. Values are written as they are (trimmed; numbers and codes upper case
// without spaces): call certSearchProblems() first and show what it finds.
QList<XlsxSheet> certSearchSheets(const QList<CertSearchEntry> &entries);
