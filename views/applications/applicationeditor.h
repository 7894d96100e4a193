#pragma once

#include "common/recordeditor.h"
#include "domain/application.h"
#include "domain/ruleparameters.h"
#include "repositories/applicationrepository.h"

#include <QHash>

class ClientPicker;
class DateFactInput;
class FlagInput;
class OptionalDateEdit;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class StatedInput;

using ApplicationEditorBase = RecordEditorOf<Application, ApplicationRepository, &ApplicationRules::validate>;

// The editor of one application for certification (认证申请, RULES.md 5.1), in place below
// the applications list and in a client's dossier: the client, number (given when first
// saved, from the body's pattern), type, received date, standards, scope in both languages,
// scope classes and sites in scope (checked from the reference table and the client's
// sites); tabs for the eligibility facts E1–E10, the groups doing identical work, the
// outsourced processes, the documents D1–D9 with their attached files (attach, open with
// the desktop's viewer, save elsewhere), and the dated status history. A panel beside the
// tabs shows the conditions as the rules compute them, each with its reason, the review
// findings, the effective personnel and what documents are missing —
// updated as you type. The status changes only through its buttons (submit, start review,
// resubmit, withdraw), each a dated, logged step that can be undone; accept, refuse and
// request supplement are the decision of its review (Start review / Open review).
class ApplicationEditor : public ApplicationEditorBase
{
    Q_OBJECT

public:
    enum Tab { DetailsTab, EligibilityTab, GroupsTab, OutsourcedTab, DocumentsTab, StatusTab, HistoryTab };

    explicit ApplicationEditor(QWidget *parent = nullptr);

    // Reference data and parameters may have changed in Settings since the last one.
    void newRecord() override;
    // A new application of this client (from the client's dossier).
    void newRecordFor(qint64 clientId);

    ClientPicker *clientPicker() const { return m_client; }
    QListWidget *scopeClassList() const { return m_scopeClasses; }
    QListWidget *siteList() const { return m_sites; }
    SubRecordTable *groups() const { return m_groups; }
    SubRecordTable *outsourced() const { return m_outsourced; }
    SubRecordTable *documents() const { return m_documents; }
    QTableWidget *statusHistory() const { return m_statusHistory; }
    StatedInput *statedInput(const QString &id) const;      // E1, E2, E10
    DateFactInput *dateFactInput(const QString &id) const;  // E4, E5, E8, E9
    FlagInput *flagInput(const QString &id) const;          // E6, E7
    OptionalDateEdit *operatingSince() const { return m_operatingSince; }
    // The status buttons (only those of the statuses that may follow are shown).
    QPushButton *statusButton(ApplicationRules::Status status) const { return m_statusButtons.value(int(status)); }
    // The panel's lines: conditions, findings, figures, documents.
    QStringList checkTexts() const;

    // The steps behind the buttons, also for tests: a status change (the changes typed are
    // saved first), attaching a file to a document row, and an attachment written to a file.
    bool changeStatus(ApplicationRules::Status to, const QString &note);
    // Starts the review of a submitted application (it goes under review), or finds the one
    // in progress; reviewOpened names it.
    bool startReview();
    QPushButton *reviewButton() const { return m_review; }

signals:
    void reviewOpened(qint64 reviewId);

public:
    bool attachFile(int documentRow, const QString &path);
    bool saveAttachmentAs(int documentRow, const QString &path);

protected:
    Texts texts() const override;
    void retranslateFields() override;
    QString ownTabTitle(int tab) const override;
    QString storedTitle() const override;
    QString subRecordProblemText(const FieldProblem &problem) const override;
    void stateUpdated() override;
    void sessionChanged() override;

    void showFields(const Application &application) override;
    Application readFields(Application application) const override;
    void clearFields() override;
    QString nameOf(const Application &application) const override;
    bool modifiedBeyondRecord() const override;
    QList<FieldProblem> fieldProblems(const Application &application) const override;

private:
    void buildDetails();
    void buildEligibility();
    void buildTabs();
    void loadReferenceData();
    void loadClient(qint64 clientId, const QList<qint64> &checkedSites, bool checkAll);
    void updateChecks(const Application &application);
    void updateStatusArea();
    void askStatusChange(ApplicationRules::Status to);
    void attachToSelected();
    void openSelected();
    void saveSelectedAs();
    int selectedDocumentRow() const;
    std::optional<QByteArray> attachmentOf(int row);
    QString documentFileText(const QStringList &values) const;

    RuleParameters m_parameters;
    QList<AuditTimeRow> m_auditTimeRows;
    QList<QPair<QString, QString>> m_classChoices;      // code, "code name"
    QList<QPair<QString, QString>> m_entityChoices;     // id, name (the client's legal entities)
    QString m_clientName;

    ClientPicker *m_client = nullptr;
    QLineEdit *m_number = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_statusText = nullptr;
    QHash<int, QPushButton *> m_statusButtons;
    QPushButton *m_review = nullptr;
    qint64 m_openReview = 0;   // the draft review of the application shown, if any
    QPlainTextEdit *m_scopeZh = nullptr;
    QPlainTextEdit *m_scopeEn = nullptr;
    QListWidget *m_scopeClasses = nullptr;
    QListWidget *m_sites = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    OptionalDateEdit *m_operatingSince = nullptr;
    QHash<QString, StatedInput *> m_stated;
    QHash<QString, DateFactInput *> m_dated;
    QHash<QString, FlagInput *> m_flags;
    SubRecordTable *m_groups = nullptr;
    SubRecordTable *m_outsourced = nullptr;
    SubRecordTable *m_documents = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_saveAs = nullptr;
    QLabel *m_documentSummary = nullptr;
    QTableWidget *m_statusHistory = nullptr;
    QLabel *m_checksTitle = nullptr;
    QListWidget *m_checks = nullptr;
};
