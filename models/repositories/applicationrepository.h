#pragma once

#include "db/changelog.h"
#include "domain/application.h"
#include "io/applicationfile.h"
#include "repositories/writeresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class Database;

// One line of the applications list (the reviewer's work queue) and of a client's dossier.
struct ApplicationListRow
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString clientName;
    QString number;
    QString type;
    QDate receivedOn;
    ApplicationRules::Status status = ApplicationRules::Status::Draft;
    QString scopeClasses;               // codes, comma-separated
    std::optional<int> personnelTotal;
    QDate statusChangedOn;              // the last status change (received date when none)
};

// What the applications list asks for: every word of `filter` matches the number or the
// client's name (either language); the statuses listed (all when empty); received in
// [receivedFrom, receivedTo] (either end open when invalid); one client's (clientId > 0;
// none at all when it is negative).
struct ApplicationListQuery
{
    // The columns a list sorts by; Newest: received date, newest first (the default).
    enum Column { Number, Client, Type, Received, Status, StatusSince, ScopeClasses, Personnel, Newest };
    QString filter;
    QList<ApplicationRules::Status> statuses;
    QDate receivedFrom;
    QDate receivedTo;
    qint64 clientId = 0;
    Column sortColumn = Newest;
    Qt::SortOrder order = Qt::AscendingOrder;
};

// A file attached to a document, as stored: content-addressed (the same file attached twice
// is stored once), written once and never changed.
struct StoredAttachment
{
    qint64 id = 0;
    QString sha256;
    qint64 size = 0;
};

// All SQL of applications for certification (认证申请): the application aggregate (scope
// classes, sites, groups, outsourced processes, documents; the status history, written only
// by changeStatus), the number from the body's pattern, attached files, list queries and the
// application as a `csisms-application/1` file. Every write runs in one transaction that also
// appends the change-log entries, filed under the client.
class ApplicationRepository
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationRepository)

public:
    explicit ApplicationRepository(Database &db);

    static QString rootTable();
    // The application's own tables (their rows carry application_id) and the tables a list
    // row or a check reads (clients, sites, legal entities, scope classes, parameters).
    static QStringList tables();
    static QStringList readTables();

    // The rows of a query in its order: all of them, or `limit` from `offset` (a page of a
    // long list); how many match; the row of an application in it (-1: not listed).
    QList<ApplicationListRow> list(const ApplicationListQuery &query = {}) const;
    QList<ApplicationListRow> page(const ApplicationListQuery &query, int offset, int limit) const;
    int count(const ApplicationListQuery &query) const;
    int positionOf(const ApplicationListQuery &query, qint64 id) const;
    int count() const;
    // Applications per status (keys as statusKey).
    QHash<QString, int> countByStatus() const;

    std::optional<Application> load(qint64 id) const;
    // Every application with its sub-records (one query per table, whatever the number), in
    // id order: the input of the checks.
    QList<Application> loadAll() const;

    // Pure rules plus the register's: the client exists, the scope classes are known, the
    // sites and legal entities are the client's, attachments exist, the number is unique.
    QList<FieldProblem> validate(const Application &application) const;
    // Inserts (id 0, or a free id as after an undo) or updates the whole aggregate. A new
    // application gets its number from the pattern in Settings, and status draft with its
    // first status change; a save never changes the status or the status history.
    WriteResult save(const Application &application);
    // Changes the status (ApplicationRules::mayChange; submission also needs
    // submissionProblems to be empty), with a dated entry by the user at work.
    WriteResult changeStatus(qint64 id, ApplicationRules::Status to, const QString &note, const QDate &on = QDate::currentDate());
    // A finalised review that corrects an earlier one sets the status its decision gives,
    // outside the usual flow (accepted → refused after a correction), dated, with the note.
    WriteResult correctStatus(qint64 id, ApplicationRules::Status to, const QString &note, const QDate &on);
    // Deletes a draft application with its sub-records; any other one is withdrawn instead.
    WriteResult remove(qint64 id);
    QString removalRefusal(qint64 id) const;

    // Stores a file's content (refused when larger than the attachment_max_mib parameter:
    // the message says so and nothing is written); the same content stored before is found,
    // not stored again. Its own transaction, logged (not an undoable step: the row stays).
    std::optional<StoredAttachment> storeAttachment(const QByteArray &content, QString *error);
    // The content of an attachment, nullopt when there is none such.
    std::optional<QByteArray> attachmentContent(qint64 id) const;

    // The number the next application received on `received` would get.
    QString nextNumber(const QDate &received) const;

    // The change-log entries of the application and its sub-records, newest first.
    QList<ChangeEntry> history(qint64 id) const;

    // The application as a `csisms-application/1` file: what `application check` reads.
    ApplicationFile toFile(const Application &application) const;

    // For bulk writers (demo) inside a Transaction: writes without validating, number and
    // status as given (status changes included). Throws SqlError.
    qint64 insertUnchecked(const Application &application);

private:
    void writeSubRecords(const Application &application, qint64 id, const Application *previous);
    Database &m_db;
};

