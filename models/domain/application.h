#pragma once

#include "domain/applicanteligibility.h"
#include "domain/audittime.h"
#include "domain/fieldproblem.h"
#include "domain/fieldspec.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The parts of an application (认证申请, RULES.md 5.1) that are rules rather than data:
// how its number is made from the body's pattern, and which status may follow which.
namespace ApplicationRules {

// The number pattern (a setting): literal text with the fields {yyyy} (year received),
// {yy}, {mm}, {seq} or {seq:N} (the running number within the year, zero-padded to N
// digits), e.g. CSISMS-A-{yyyy}-{seq:4} → CSISMS-A-2026-0007. It must hold {seq}, once.
QList<FieldProblem> validatePattern(const QString &pattern);
// The number for the seq-th application received in `received`'s year (the pattern valid).
QString number(const QString &pattern, const QDate &received, int seq);

// Statuses, in the order of the work: draft → submitted → under review → accepted |
// refused | supplement requested (→ resubmitted → under review …) | withdrawn.
enum class Status { Draft, Submitted, UnderReview, Accepted, Refused, SupplementRequested, Resubmitted, Withdrawn };
QString statusKey(Status status);   // draft, submitted, under_review, accepted, refused, supplement_requested, resubmitted, withdrawn
std::optional<Status> statusFromKey(const QString &key);
QString statusText(Status status);  // in the user's language: 草稿, 已提交, 评审中 …
QList<Status> allStatuses();

// The statuses that may follow `from` (none after accepted, refused or withdrawn: those
// end an application; a new one starts again).
QList<Status> nextStatuses(Status from);
bool mayChange(Status from, Status to);
// Why a change is refused, in the user's language ("" when it is allowed).
QString changeRefusal(Status from, Status to);

} // namespace ApplicationRules


// Application types (RULES.md 5.1: a client new to the body applies for an
// initial certification).
namespace ApplicationTypes {
QStringList keys();                       // initial, recertification, scope_extension, transfer
QString text(const QString &key);         // in the user's language: 初次认证, 再认证 …
} // namespace ApplicationTypes

// The documents an application comes with (RULES.md 5.1.3, D1–D9).
namespace ApplicationDocuments {
QStringList kinds();                      // D1 … D9
QString text(const QString &kind);        // "D2 Legal status proof (one per legal entity)"
} // namespace ApplicationDocuments

// An outsourced process that affects the system (5.1.3 (1)).
struct OutsourcedProcess
{
    qint64 id = 0;
    QString process;
    QString provider;
    QString control;          // how the applicant controls it
    bool operator==(const OutsourcedProcess &) const = default;
};

// A group of personnel in scope doing identical activities (ISO/IEC 27006-1 C.3.4).
struct PersonnelGroup
{
    qint64 id = 0;
    QString activity;
    int count = 0;
    bool operator==(const PersonnelGroup &) const = default;
};

// One document of the application (D1–D9): when it came, its reference, and the file
// attached to it (kept in the database with its SHA-256 and size). D2 is one per legal
// entity of the client.
struct ApplicationDocument
{
    qint64 id = 0;
    QString kind = QStringLiteral("D1");
    qint64 legalEntityId = 0;   // D2: the legal entity it proves; 0 otherwise
    QDate receivedOn;
    QString reference;
    qint64 attachmentId = 0;    // 0: no file attached
    QString fileName;
    QString sha256;             // hex, of the attached file
    qint64 size = -1;           // bytes of the attached file; -1: none
    bool operator==(const ApplicationDocument &) const = default;
};

// A dated change of an application's status, by whom: written once, never changed.
struct StatusChange
{
    qint64 id = 0;
    ApplicationRules::Status status = ApplicationRules::Status::Draft;
    QDate changedOn;
    QString changedBy;
    QString note;
    bool operator==(const StatusChange &) const = default;
};

// An application for certification (认证申请) of one client: what it asks to certify, the
// eligibility facts, the documents, and its status. The number is given by the repository
// from the body's pattern when it is first stored; the status changes only through
// ApplicationRepository::changeStatus (dated, by whom, logged), never by a save.
struct Application
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString number;
    QString type = QStringLiteral("initial");
    QDate receivedOn;
    ApplicationRules::Status status = ApplicationRules::Status::Draft;
    bool newToBody = true;
    QString standards = defaultStandards();
    QString scopeZh;
    QString scopeEn;
    std::optional<int> personnelTotal;
    ApplicantEligibility::Facts eligibility;   // E3's operating_since included
    QString notes;
    QStringList scopeClasses;                  // scope_classes.code
    QList<qint64> siteIds;                     // client_sites.id of the client
    QList<PersonnelGroup> groups;
    QList<OutsourcedProcess> outsourced;
    QList<ApplicationDocument> documents;
    QList<StatusChange> statusChanges;         // oldest first; read only here

    static QString defaultStandards() { return QStringLiteral("ISO/IEC 27001:2022 + ISO/IEC 27017:2015"); }
    // The personnel part of the audit-time input (no adjustments: those are the review's).
    AuditTime::Input auditTimeInput() const;
    bool operator==(const Application &) const = default;
};

// The fields of the application aggregate, declared once (column order).
namespace ApplicationFields {
const RecordSpec &application();   // client_id … notes
const RecordSpec &scopeClass();    // scope_class_code
const RecordSpec &site();          // site_id
const RecordSpec &group();         // activity, person_count
const RecordSpec &outsourced();    // process, provider, control
const RecordSpec &document();      // kind … byte_size
const RecordSpec &statusChange();  // status, changed_on, changed_by, note
const RecordSpec &attachment();    // sha256, byte_size (content is not logged)
} // namespace ApplicationFields

namespace ApplicationRules {

// Pure checks of one application as stored at any status (the register's checks, such as
// a known scope class or a site of the client, are the repository's). Field keys as in the
// spec: received_on, personnel_total, groups[1].person_count, documents[0].legal_entity …
// is refused on application_type.
QList<FieldProblem> validate(const Application &application);
// What must be there before the application is submitted (scope, classes, personnel).
QList<FieldProblem> submissionProblems(const Application &application);

} // namespace ApplicationRules
