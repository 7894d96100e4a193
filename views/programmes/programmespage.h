#pragma once

#include "common/recordlistpage.h"

class ProgrammeEditor;
class ProgrammeListModel;
class QAction;

// The Programmes page (审核方案): one audit programme per client and cycle, newest first,
// above the programme's editor (timeline, audits, coverage, rule check). New programme
// makes one from a signed contract that has none, with the decision's planned date; a
// programme with a done audit is a record and is not deleted.
class ProgrammesPage : public RecordListPage
{
    Q_OBJECT

public:
    explicit ProgrammesPage(QWidget *parent = nullptr);

    QString title() const override;
    QString description() const override;
    ProgrammeEditor *editor() const;
    ProgrammeListModel *model() const;
    void setSession(Session *session) override;
    bool openRecord(const RecordRef &record) override;
    bool newRecordFor(const QString &table, qint64 clientId) override;
    // The audit programme report of the programme shown (as stored).
    PageReport report() const override;
    QAction *newProgrammeAction() const { return m_newProgramme; }

    // Makes the programme of a signed contract (the step behind New programme's dialog).
    bool createProgramme(qint64 contractId, const QDate &plannedDecision);
    // The dialog: a signed contract without a programme and the planned decision.
    void askNewProgramme(qint64 clientId = 0);

protected:
    QStringList recordTables() const override;
    const char *parentColumn() const override { return "programme_id"; }
    QStringList listedTables() const override;
    Texts texts() const override;
    QString rowCountText(int rows) const override;
    std::optional<Removal> removal(Database &db, qint64 id) const override;
    WriteResult remove(Database &db, qint64 id) const override;
    qint64 storedCount(Database &db) const override;
    void updateOwnActions() override;
    void retranslateOwn() override;

private:
    QAction *m_newProgramme;
};
