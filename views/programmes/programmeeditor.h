#pragma once

#include "common/recordeditor.h"
#include "domain/auditor.h"
#include "domain/programme.h"
#include "repositories/programmerepository.h"

class AuditForm;
class CoverageModel;
class OptionalDateEdit;
class ProgrammeAuditsModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QToolButton;
class TimelineWidget;

using ProgrammeEditorBase = RecordEditorOf<Programme, ProgrammeRepository, &ProgrammeRules::validate>;

// The editor of one audit programme (审核方案): on Details the client, contract and cycle,
// the planned and recorded certification decision and the expiry; on Audits the cycle's
// timeline (windows shaded, audits as bars, violations marked; dragging or Left/Right moves
// an audit), the audits table and the form of the selected audit; on Coverage the controls
// × audits matrix. Beside them the rule check — every P-rule and the teams — follows
// each edit. Propose fills in the audits missing, within the rules. Edits of the audits are
// undone and redone with Ctrl+Z / Ctrl+Shift+Z until saved; after a save, Edit → Undo.
class ProgrammeEditor : public ProgrammeEditorBase
{
    Q_OBJECT

public:
    enum Tab { DetailsTab, AuditsTab, CoverageTab, HistoryTab };

    explicit ProgrammeEditor(QWidget *parent = nullptr);

    TimelineWidget *timeline() const { return m_timeline; }
    QTableView *auditsView() const { return m_auditsView; }
    AuditForm *auditForm() const { return m_form; }
    QListWidget *violationsList() const { return m_violations; }
    QTableView *coverageView() const { return m_coverageView; }
    QPushButton *proposeButton() const { return m_propose; }
    QToolButton *addAuditButton() const { return m_addAudit; }
    QPushButton *removeAuditButton() const { return m_removeAudit; }
    QPushButton *decideButton() const { return m_decide; }
    QLabel *decisionLabel() const { return m_decision; }
    const QList<ProgrammeViolation> &violations() const { return m_found; }

    // The steps behind the buttons.
    void propose();
    void addAudit(ProgrammeAudit::Kind kind);
    void removeSelectedAudit();
    void selectAudit(int index);
    // Asks for the certification decision on the programme's cycle and records it (false
    // when cancelled or refused).
    bool decide();
    bool undoAuditEdit();
    bool redoAuditEdit();

protected:
    Texts texts() const override;
    void retranslateFields() override;
    QString ownTabTitle(int tab) const override;
    QString storedTitle() const override;
    void stateUpdated() override;
    void sessionChanged() override;

    void showFields(const Programme &programme) override;
    Programme readFields(Programme programme) const override;
    void clearFields() override;
    QString nameOf(const Programme &programme) const override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void loadReference();
    void showDecision();
    void setAudits(const QList<ProgrammeAudit> &audits, int select);
    void auditEdited();
    void moveAudit(int index, int days);
    void refreshViews();
    QStringList problemsOf(int audit) const;
    void watchForUndo(QWidget *root);

    QPushButton *m_decide = nullptr;
    QLabel *m_decision = nullptr;
    QLineEdit *m_client;
    QLineEdit *m_contract;
    QComboBox *m_cycle;
    OptionalDateEdit *m_plannedDecision;
    OptionalDateEdit *m_decided;
    OptionalDateEdit *m_expires;
    QPlainTextEdit *m_notes;
    QLabel *m_cycleDates;
    TimelineWidget *m_timeline;
    QTableView *m_auditsView;
    ProgrammeAuditsModel *m_auditsModel;
    AuditForm *m_form;
    QPushButton *m_propose;
    QToolButton *m_addAudit;
    QPushButton *m_removeAudit;
    QTableView *m_coverageView;
    CoverageModel *m_coverage;
    QCheckBox *m_uncoveredOnly;
    QLabel *m_coverageSummary;
    QLabel *m_checkTitle;
    QListWidget *m_violations;

    QList<ProgrammeAudit> m_audits;                 // the working copy of the audits
    QList<QList<ProgrammeAudit>> m_undo, m_redo;    // before each audit edit not yet saved
    QList<ProgrammeViolation> m_found;
    ProgrammePlanner::Catalogue m_catalogue;
    QList<Auditor> m_auditors;
    RuleParameters m_parameters;
    ProgrammeCheckContext m_context;
    bool m_filling = false;
};
