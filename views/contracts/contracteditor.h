#pragma once

#include "common/recordeditor.h"
#include "domain/contract.h"
#include "repositories/contractrepository.h"

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

using ContractEditorBase = RecordEditorOf<Contract, ContractRepository, &ContractRules::validate>;

// The editor of one certification contract (认证合同): number and version, the application
// and its client, the parties, the audit-time figures carried from the review, the fee items
// in CNY with their total, the duties of the body (5.3.2) and of the client (5.3.3) ticked as
// acknowledged, and the status. A draft is edited; Sign checks what signing needs and makes it
// read only; a signed contract is terminated with a reason, or amended (a new version).
class ContractEditor : public ContractEditorBase
{
    Q_OBJECT

public:
    enum Tab { DetailsTab, FeesTab, DutiesTab, HistoryTab };

    explicit ContractEditor(QWidget *parent = nullptr);

    SubRecordTable *fees() const { return m_fees; }
    QListWidget *duties() const { return m_duties; }
    QPushButton *signButton() const { return m_sign; }
    QPushButton *terminateButton() const { return m_terminate; }
    QPushButton *amendButton() const { return m_amend; }
    QString totalText() const;

    // The steps behind the buttons (the GUI asks for the date and reason first).
    bool sign(const QDate &on);
    bool terminate(const QDate &on, const QString &reason);
    bool amend();

signals:
    void openContract(qint64 id);

protected:
    Texts texts() const override;
    void retranslateFields() override;
    QString ownTabTitle(int tab) const override;
    QString storedTitle() const override;
    QString subRecordProblemText(const FieldProblem &problem) const override;
    void stateUpdated() override;

    void showFields(const Contract &contract) override;
    Contract readFields(Contract contract) const override;
    void clearFields() override;
    QString nameOf(const Contract &contract) const override;
    QList<FieldProblem> fieldProblems(const Contract &contract) const override;

private:
    void askSign();
    void askTerminate();
    bool runStep(const QString &what, const std::function<WriteResult(Database &)> &step);

    QString m_applicationText;
    QLabel *m_application = nullptr;
    QLabel *m_statusText = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_total = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    SubRecordTable *m_fees = nullptr;
    QListWidget *m_duties = nullptr;
    QPushButton *m_sign = nullptr;
    QPushButton *m_terminate = nullptr;
    QPushButton *m_amend = nullptr;
};
