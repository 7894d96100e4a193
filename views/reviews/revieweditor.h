#pragma once

#include "common/recordeditor.h"
#include "domain/review.h"
#include "repositories/reviewrepository.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

using ReviewEditorBase = RecordEditorOf<ApplicationReview, ReviewRepository, &ReviewRules::validate>;

// The editor of one application review (申请评审), in place below the reviews list: the
// application reviewed, the reviewer and date, the planned audit period, the parties'
// agreement, the decision with its reasons; the audit-time inputs (on-site share, stage 1
// and table days set by hand, adjustments each with a reason). Beside the tabs, the checks
// as the rules compute them, updated as you type: E1–E10, the qualified auditors per scope
// class (R-5.2.3 (2)), the agreement, R-5.2.4 and the audit-time figures with AT-* — and
// which of them keep the application from being accepted. Finalise makes the review a
// record (never edited again); Correct starts a new review that supersedes it.
class ReviewEditor : public ReviewEditorBase
{
    Q_OBJECT

public:
    enum Tab { DetailsTab, AuditTimeTab, AdjustmentsTab, HistoryTab };

    explicit ReviewEditor(QWidget *parent = nullptr);

    SubRecordTable *adjustments() const { return m_adjustments; }
    QComboBox *decision() const { return m_decision; }
    QPushButton *finaliseButton() const { return m_finalise; }
    QPushButton *correctButton() const { return m_correct; }
    QPushButton *contractButton() const { return m_contract; }
    // Makes the draft contract of a finalised review that accepted (or finds the one made).
    bool makeContract();
    QStringList checkTexts() const;
    QString figuresText() const;

    // The steps behind the buttons (Finalise asks first in the GUI).
    bool finalise();
    bool startCorrection();

signals:
    // A review was started or finalised: its application changed.
    void openReview(qint64 id);
    void openContract(qint64 id);

protected:
    Texts texts() const override;
    void retranslateFields() override;
    QString ownTabTitle(int tab) const override;
    QString storedTitle() const override;
    QString subRecordProblemText(const FieldProblem &problem) const override;
    void stateUpdated() override;
    void sessionChanged() override;

    void showFields(const ApplicationReview &review) override;
    ApplicationReview readFields(ApplicationReview review) const override;
    void clearFields() override;
    QString nameOf(const ApplicationReview &review) const override;
    bool modifiedBeyondRecord() const override;
    QList<FieldProblem> fieldProblems(const ApplicationReview &review) const override;
    // From the data read when the review opened (the application, the auditors, the table
    // and the parameters), not read again at every keystroke.
    QList<FieldProblem> currentProblems() const override;

private:
    void loadContext(const ApplicationReview &review);
    ReviewRules::Checks checksOf(const ApplicationReview &review) const;
    void updateChecks(const ApplicationReview &review);
    void askFinalise();

    QString m_applicationText;
    Application m_app;
    QList<Auditor> m_auditors;
    QList<AuditTimeRow> m_rows;
    RuleParameters m_parameters;
    QLabel *m_application = nullptr;
    QComboBox *m_decision = nullptr;
    QPlainTextEdit *m_reasons = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    SubRecordTable *m_adjustments = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_checksTitle = nullptr;
    QListWidget *m_checks = nullptr;
    QPushButton *m_finalise = nullptr;
    QPushButton *m_correct = nullptr;
    QPushButton *m_contract = nullptr;
};
