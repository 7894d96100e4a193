#include "certsearchreport.h"

#include "reports/cncareport.h"

#include <QCoreApplication>

namespace {

// The messages' translation context.
struct CertSearchReport
{
    Q_DECLARE_TR_FUNCTIONS(CertSearchReport)
};

constexpr int kMaxNumber = 60;     // Certification Identity Number and Certificate Number
constexpr int kMaxEntityId = 45;   // Certified Entity Unique ID
// Several values in one cell (sites, sectors). The current templates (2.x) give sites and
// sectors sheets of their own with one value per cell; in this one-sheet layout they share
// a cell, separated so that the field mapping of CertSearch can split them.
constexpr char kSeparator[] = "; ";

QString text(const QString &value) { return value.trimmed(); }

QString joined(const QStringList &values, QString (*one)(const QString &))
{
    QStringList cells;
    for (const QString &value : values) {
        if (const QString cell = one(value); !cell.isEmpty())
            cells << cell;
    }
    return cells.join(QLatin1String(kSeparator));
}

struct Column
{
    const char *header;
    QString (*value)(const CertSearchEntry &);
    bool mandatory;
};

// The column names are those of the IAF CertSearch field glossary ("Certification Data
// Fields" and "Certified Entity Data Fields", support.iafcertsearch.org), in its order:
// the certification, then the certified entity and its address. The last three names
// (standard, sites, sector codes) are ours: the glossary puts standards, sites and
// sectors on sheets of their own. CertSearch reads headers by name and maps others, but
// check the columns against the template of the day before the first upload. The
// Certification Identity Number is the CB's own key for a certificate; the certificate
// number is that key here, so both columns hold it. Mandatory as the glossary marks them.
const Column kColumns[] = {
    {"Certification Identity Number", [](const CertSearchEntry &e) { return cncaCode(e.certificateNumber); }, true},
    {"Certificate Number", [](const CertSearchEntry &e) { return cncaCode(e.certificateNumber); }, true},
    {"Certification Status", [](const CertSearchEntry &e) { return certSearchStatus(e.statusCode); }, true},
    {"Accreditation Status", [](const CertSearchEntry &e) { return text(e.accreditationStatus); }, true},
    {"Certification Type", [](const CertSearchEntry &e) { return text(e.certificationType); }, true},
    {"Certification Scope", [](const CertSearchEntry &e) { return text(e.scope); }, false},
    {"Certification Original Issue Date", [](const CertSearchEntry &e) { return certSearchDate(e.originalIssue); }, false},
    {"Certification Issue Date", [](const CertSearchEntry &e) { return certSearchDate(e.issued); }, true},
    {"Certification Expiry Date", [](const CertSearchEntry &e) { return certSearchDate(e.expiry); }, true},
    {"Certified Entity Name", [](const CertSearchEntry &e) { return text(e.entityName); }, true},
    {"Certified Entity Unique ID", [](const CertSearchEntry &e) { return cncaCode(e.entityId); }, true},
    {"Certified Entity Country/Economy", [](const CertSearchEntry &e) { return cncaCode(e.country); }, true},
    {"Certified Entity Street", [](const CertSearchEntry &e) { return text(e.street); }, false},
    {"Certified Entity City", [](const CertSearchEntry &e) { return text(e.city); }, false},
    {"Certified Entity State", [](const CertSearchEntry &e) { return text(e.state); }, false},
    {"Certified Entity Zipcode/Postcode", [](const CertSearchEntry &e) { return cncaCode(e.postcode); }, false},
    {"Certification Standard", [](const CertSearchEntry &e) { return text(e.standard); }, false},
    {"Certification Sites", [](const CertSearchEntry &e) { return joined(e.sites, text); }, false},
    {"Sector Code", [](const CertSearchEntry &e) { return joined(e.sectors, cncaCode); }, false},
};

// How a message names the certificate: its number, else its holder.
QString named(const CertSearchEntry &e)
{
    const QString number = cncaCode(e.certificateNumber);
    if (!number.isEmpty())
        return number;
    const QString holder = text(e.entityName);
    return holder.isEmpty() ? CertSearchReport::tr("(without number or holder)")
                            : CertSearchReport::tr("without number, of %1").arg(holder);
}

} // namespace

QStringList certSearchHeaders()
{
    QStringList headers;
    for (const Column &column : kColumns)
        headers << QLatin1String(column.header);
    return headers;
}

QString certSearchStatus(const QString &cncaStatus)
{
    const QString code = cncaCode(cncaStatus);
    if (code == QLatin1String("01"))
        return QStringLiteral("Active");
    if (code == QLatin1String("02"))
        return QStringLiteral("Suspended");
    if (code == QLatin1String("03"))
        return QStringLiteral("Withdrawn");
    if (code == QLatin1String("04"))
        return QStringLiteral("Cancelled");
    if (code == QLatin1String("05"))
        return QStringLiteral("Expired");
    return {};
}

QString certSearchDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyyMMdd")) : QString();
}

QStringList certSearchProblems(const QList<CertSearchEntry> &entries)
{
    QStringList problems;
    for (const CertSearchEntry &e : entries) {
        const QString name = named(e);
        const QString number = cncaCode(e.certificateNumber);
        if (number.size() > kMaxNumber)
            problems << CertSearchReport::tr("Certificate %1: the number has %2 characters, but IAF CertSearch accepts "
                                             "at most %3, so the certificate cannot be uploaded. Check the number in "
                                             "the certificate's record; it is not shortened here, since a shortened "
                                             "number could name another certificate.")
                            .arg(name).arg(number.size()).arg(kMaxNumber);
        const QString id = cncaCode(e.entityId);
        if (id.size() > kMaxEntityId)
            problems << CertSearchReport::tr("Certificate %1: the organisation's ID %2 has %3 characters, but IAF "
                                             "CertSearch accepts at most %4. Correct the client's credit code.")
                            .arg(name, id).arg(id.size()).arg(kMaxEntityId);
        const bool unknownStatus = !cncaCode(e.statusCode).isEmpty() && certSearchStatus(e.statusCode).isEmpty();
        if (unknownStatus)
            problems << CertSearchReport::tr("Certificate %1: the status code “%2” is not one of 01 to 05, so IAF "
                                             "CertSearch would not know the status. Correct the certificate's status.")
                            .arg(name, text(e.statusCode));
        QStringList missing;
        for (const Column &column : kColumns) {
            if (column.mandatory && column.value(e).isEmpty())
                missing << QLatin1String(column.header);
        }
        if (unknownStatus)   // reported above
            missing.removeOne(QStringLiteral("Certification Status"));
        if (!missing.isEmpty())
            problems << CertSearchReport::tr("Certificate %1: IAF CertSearch requires these fields, which are empty: "
                                             "%2. Fill them in before uploading.")
                            .arg(name, missing.join(CertSearchReport::tr(", ")));
    }
    return problems;
}

QList<XlsxSheet> certSearchSheets(const QList<CertSearchEntry> &entries)
{
    XlsxSheet sheet{QStringLiteral("Certificates"), certSearchHeaders(), {}};
    for (const CertSearchEntry &e : entries) {
        QStringList row;
        for (const Column &column : kColumns)
            row << column.value(e);
        sheet.rows << row;
    }
    return {sheet};
}
