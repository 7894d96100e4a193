#pragma once

#include "common/recordlistpage.h"

class QCheckBox;
class ReviewEditor;
class ReviewListModel;

// The Reviews page (申请评审): application reviews, newest first (drafts only on request),
// above the editor of the selected one. A review is started from its application (Start
// review on the Applications page), not here; a draft can be deleted, a finalised review is
// a record and is corrected by a new one instead.
class ReviewsPage : public RecordListPage
{
    Q_OBJECT

public:
    explicit ReviewsPage(QWidget *parent = nullptr);

    QString title() const override;
    QString description() const override;
    ReviewEditor *editor() const;
    ReviewListModel *model() const;
    QCheckBox *openOnlyBox() const { return m_openOnly; }
    bool openRecord(const RecordRef &record) override;
    // The application review record of the review shown (as stored).
    PageReport report() const override;

protected:
    QStringList recordTables() const override;
    const char *parentColumn() const override { return "review_id"; }
    QStringList listedTables() const override;
    Texts texts() const override;
    QString rowCountText(int rows) const override;
    std::optional<Removal> removal(Database &db, qint64 id) const override;
    WriteResult remove(Database &db, qint64 id) const override;
    qint64 storedCount(Database &db) const override;
    void retranslateOwn() override;

private:
    QCheckBox *m_openOnly = nullptr;
};
