#include "reviews/reviewspage.h"

#include "editing/changeset.h"
#include "itemmodels/reviewlistmodel.h"
#include "reports/reviewreport.h"
#include "repositories/reviewrepository.h"
#include "reviews/revieweditor.h"

#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>

ReviewsPage::ReviewsPage(QWidget *parent) : RecordListPage(new ReviewListModel, new ReviewEditor, parent)
{
    setObjectName(QStringLiteral("reviewsPage"));
    view()->setObjectName(QStringLiteral("reviewTable"));
    splitter()->setObjectName(QStringLiteral("reviewsSplitter"));
    recordEditor()->setObjectName(QStringLiteral("reviewEditor"));
    view()->horizontalHeader()->setStretchLastSection(true);
    m_openOnly = new QCheckBox;
    m_openOnly->setObjectName(QStringLiteral("openOnly"));
    addFilterWidget(m_openOnly);
    connect(m_openOnly, &QCheckBox::toggled, model(), &ReviewListModel::setOpenOnly);
    connect(editor(), &ReviewEditor::openReview, this, [this](qint64 id) { openStored(id); });
    connect(editor(), &ReviewEditor::openContract, this, [this](qint64 id) {
        emit openRequested(RecordRef{QStringLiteral("contracts"), id});
    });
    finishBuilding();
    // A review starts from its application, never from nothing.
    newAction()->setVisible(false);
}

QString ReviewsPage::title() const { return tr("Reviews"); }

QString ReviewsPage::description() const
{
    return tr("Application reviews: checks, audit time, decision");
}

ReviewEditor *ReviewsPage::editor() const { return static_cast<ReviewEditor *>(recordEditor()); }

ReviewListModel *ReviewsPage::model() const { return static_cast<ReviewListModel *>(listModel()); }

bool ReviewsPage::openRecord(const RecordRef &record)
{
    if (record.table == ReviewRepository::rootTable() && model()->rowOf(record.row) < 0 && m_openOnly->isChecked())
        m_openOnly->setChecked(false);
    if (record.table == ReviewRepository::rootTable())
        model()->refresh();
    return RecordListPage::openRecord(record);
}

QStringList ReviewsPage::recordTables() const { return ReviewRepository::tables(); }

QStringList ReviewsPage::listedTables() const { return ReviewRepository::tables() + ReviewRepository::readTables(); }

RecordListPage::Texts ReviewsPage::texts() const
{
    Texts t;
    t.filterPlaceholder = tr("Filter by application, client or reviewer (Ctrl+F)");
    t.filterToolTip = tr("Every word typed must appear in the application's number, the client's name or the reviewer.");
    t.newText = tr("New review");
    t.newToolTip = tr("A review is started from its application on the Applications page");
    t.deleteToolTip = tr("Delete the selected review (only a draft)");
    t.deleteTitle = tr("Delete review");
    t.cannotDelete = tr("“%1” cannot be deleted: %2");
    t.confirmDelete = tr("Delete the draft review “%1”?\n\nYou can bring it back with Edit → Undo.");
    t.deleteStep = tr("Delete review “%1”");
    return t;
}

QString ReviewsPage::rowCountText(int rows) const { return tr("%Ln review(s)", nullptr, rows); }

std::optional<RecordListPage::Removal> ReviewsPage::removal(Database &db, qint64 id) const
{
    const std::optional<ApplicationReview> review = ReviewRepository(db).load(id);
    if (!review)
        return std::nullopt;
    QStringList dependents;
    if (review->isFinal())
        dependents << tr("a finalised review is a record; correct it with a new review instead");
    return Removal{review->reviewedOn.toString(Qt::ISODate), dependents, false};
}

WriteResult ReviewsPage::remove(Database &db, qint64 id) const { return ReviewRepository(db).remove(id); }

qint64 ReviewsPage::storedCount(Database &db) const { return ReviewRepository(db).count(); }

void ReviewsPage::retranslateOwn()
{
    m_openOnly->setText(tr("Drafts onl&y"));
    m_openOnly->setToolTip(tr("Only the reviews not finalised yet"));
}

PageReport ReviewsPage::report() const
{
    return recordReport(tr("application-review-%1.pdf"), [](Database &db, qint64 id, ReportLanguage::Mode mode, QString *error) {
        return ReviewReport::build(db, id, mode, error);
    });
}
