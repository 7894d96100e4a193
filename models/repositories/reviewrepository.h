#pragma once

#include "db/changelog.h"
#include "domain/review.h"
#include "io/applicationfile.h"
#include "repositories/writeresult.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class Database;

// One line of the reviews list.
struct ReviewListRow
{
    qint64 id = 0;
    qint64 applicationId = 0;
    QString applicationNumber;
    QString clientName;
    QString reviewer;
    QDate reviewedOn;
    ApplicationReview::Decision decision = ApplicationReview::Decision::None;
    QDate finalisedOn;
    qint64 supersedesId = 0;
    qint64 supersededBy = 0;   // the review that corrects this one (0: none)
};

struct ReviewListQuery
{
    QString filter;            // words: application number, client, reviewer
    bool openOnly = false;     // drafts only (not finalised)
    qint64 applicationId = 0;  // one application's
    qint64 clientId = 0;       // > 0: one client's; < 0: none
};

// All SQL of application reviews (申请评审): a review with its audit-time adjustments,
// started on a submitted application (which goes under review), saved while a draft,
// finalised once (the figures kept, the decision giving the application its status), and
// corrected by a new review that supersedes it. Every write is logged under the client.
class ReviewRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReviewRepository)

public:
    explicit ReviewRepository(Database &db);

    static QString rootTable();
    static QStringList tables();
    static QStringList readTables();

    QList<ReviewListRow> list(const ReviewListQuery &query = {}) const;
    int count() const;
    std::optional<ApplicationReview> load(qint64 id) const;
    // The latest finalised review of an application that nothing supersedes, if any.
    std::optional<ApplicationReview> currentOf(qint64 applicationId) const;

    // What the review checks, over the database (the application, the body's auditors, the
    // audit-time table and the parameters in force). Throws SqlError.
    ReviewRules::Checks checks(const ApplicationReview &review) const;
    QList<FieldProblem> validate(const ApplicationReview &review) const;
    // Saves a draft (inserting when id is 0 or free, as after an undo). A finalised review
    // is refused: it is a record.
    WriteResult save(const ApplicationReview &review);
    // A new draft review of a submitted or resubmitted application by `reviewer` (the
    // application goes under review), or of one under review without an open draft.
    WriteResult start(qint64 applicationId, const QString &reviewer, const QDate &on = QDate::currentDate());
    // A new draft correcting a finalised review (a copy of it naming it as superseded).
    WriteResult startCorrection(qint64 reviewId, const QString &reviewer, const QDate &on = QDate::currentDate());
    // Finalises: validates with the checks (accept refused while a blocking check stands),
    // keeps the figures, and gives the application the status of the decision.
    WriteResult finalise(qint64 id, const QString &by, const QDate &on = QDate::currentDate());
    // Deletes a draft; a finalised review is kept.
    WriteResult remove(qint64 id);

    QList<ChangeEntry> history(qint64 id) const;

    // The application as a `csisms-application/1` file with the audit-time choices of its
    // review (the current finalised one, else the draft in progress): what `application
    // export` prints, so that `application check` gives the review's states and figures.
    std::optional<ApplicationFile> exportFile(qint64 applicationId) const;

    // For bulk writers (demo) inside a Transaction: no checks. Throws SqlError.
    qint64 insertUnchecked(const ApplicationReview &review, qint64 clientId);

private:
    qint64 clientOf(qint64 applicationId) const;
    Database &m_db;
};
