#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;

// One thing that needs a person (the Due page, `csisms due`): what, by when, which record
// to open.
struct DueItem
{
    enum class Kind {
        AuditDue,            // an audit starts within the horizon (or ended without being recorded as done)
        WindowClosing,       // the window the rules allow an audit closes within the horizon
        WindowMissed,        // the window closed and the audit is not done
        CorrectionDue,       // a nonconformity's correction is due within the horizon
        CorrectionOverdue,   // … and its deadline has passed (F-correction)
        DecisionWaiting,     // the audits of a cycle are done and no decision is recorded
        SuspensionLimit,     // a suspension reaches its longest length (C-suspend-max)
        CertificateExpiring, // a certificate expires with no recertification planned
        ContractUnsigned,    // audits are planned for a client whose contract is unsigned
        RegistrationExpiring // an auditor's registration expires
    };
    Kind kind = Kind::AuditDue;
    QDate date;              // the day it is due (or was)
    bool late = false;       // the day has passed
    QString table;           // the record to open: programmes, certificates, contracts, auditors
    qint64 row = 0;
    qint64 clientId = 0;
    QString clientName;      // or the auditor's name
    QString subject;         // what, in the user's language ("第一次监督审核", a certificate number …)
    QString detail;          // why it is due, in the user's language
    bool operator==(const DueItem &) const = default;
};

// Computes what is due on `today` within `days` days, and everything already late. Reads
// only the records that can be due (open audits starting by the horizon, open findings,
// suspended or expiring certificates, draft contracts, expiring registrations), so the
// Due page is quick on a large register.
class DueList
{
    Q_DECLARE_TR_FUNCTIONS(DueList)

public:
    static QList<DueItem> compute(const Database &db, const QDate &today, int days);
    static QString kindKey(DueItem::Kind kind);     // audit_due, window_closing, …
    static QString kindLabel(DueItem::Kind kind);   // in the user's language
    static QList<DueItem::Kind> kinds();
};
