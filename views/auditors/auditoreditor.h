#pragma once

#include "common/recordeditor.h"
#include "domain/auditor.h"
#include "domain/ruleparameters.h"

#include <QHash>
#include <QSet>

class ChangeHistoryModel;
class Database;
class FieldDelegate;
class OptionalDateEdit;
class QAction;
class Session;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class SubRecordTable;

// The editor of one of the body's auditors, shown in place below the auditor list: names,
// registration (number, level, validity), qualification confirmation, impartiality
// statement and notes with validation messages beside the fields; tabs for competences
// per scope class, continuing education (with the yearly totals against the body's
// minimum, a shortfall marked by text and colour), conflict-of-interest declarations
// (the client chosen from the register) and the change history; and a panel with the
// auditor's findings under the people rules (A-4.x), updated as you type. It saves
// explicitly (Save, Ctrl+S) through AuditorWriter, so a save can be undone; Revert and Esc
// never throw away what was typed without asking.
class AuditorEditor : public RecordEditor
{
    Q_OBJECT

public:
    enum Tab { DetailsTab, CompetencesTab, EducationTab, ConflictsTab, HistoryTab };

    explicit AuditorEditor(QWidget *parent = nullptr);

    // The scope classes, clients and rule parameters of the open database (closes the editor).
    // The session written to (nullptr: none). Closes the auditor shown.
    void setSession(Session *session);

    // Shows a stored auditor (the caller asks about unsaved changes first).
    void openAuditor(qint64 id);
    void newAuditor();
    void closeAuditor();

    bool hasAuditor() const { return m_hasAuditor; }
    bool isNew() const { return m_hasAuditor && m_original.id == 0; }
    // Id of the stored auditor shown (0 when new or none).
    qint64 auditorId() const { return m_hasAuditor ? m_original.id : 0; }
    bool isModified() const override;
    // The auditor as the fields now describe it.
    Auditor currentAuditor() const;
    QString displayName() const override;

    // Validates and writes; false when refused (the messages say why).
    bool save() override;
    void revert() override;
    // When modified: asks Save / Discard / Cancel; false when the user cancels or the
    // save was refused.
    void focusFirstField();

    // The auditor was written elsewhere (list action, undo, redo): follow it, keeping
    // unsaved changes.
    void auditorChanged(qint64 id);
    void auditorRemoved(qint64 id);

    QAction *saveAction() const { return m_saveAction; }
    QAction *revertAction() const { return m_revertAction; }
    QLineEdit *lineEdit(const QString &key) const { return m_lineEdits.value(key); }
    OptionalDateEdit *dateEdit(const QString &key) const { return m_dateEdits.value(key); }
    QComboBox *levelBox() const { return m_level; }
    QCheckBox *activeBox() const { return m_active; }
    QTabWidget *tabs() const { return m_tabs; }
    SubRecordTable *competences() const { return m_competences; }
    SubRecordTable *education() const { return m_education; }
    SubRecordTable *conflicts() const { return m_conflicts; }
    // The findings panel's lines ("[A-4.4] …") and the education totals' text.
    QStringList findingTexts() const;
    QString educationTotalsText() const;
    ChangeHistoryModel *history() const { return m_history; }

protected:
    QString saveQuestion() const override;
    void retranslateUi() override;

private:
    // auditoreditorui.cpp: the widgets and their texts.
    void buildUi();
    QWidget *buildDetailsTab();
    QString tabTitle(int tab) const;

    void load(const Auditor &auditor);
    void loadReferenceData();
    void fieldEdited(const QString &key);
    void updateState();
    QList<FieldProblem> currentProblems() const;
    void showProblems(const QList<FieldProblem> &problems);
    void focusProblem(const FieldProblem &problem);
    void updateFindings(const Auditor &auditor);
    void updateEducationTotals(const Auditor &auditor);
    void showStatus(const QString &text, bool isError);

    Session *m_session = nullptr;
    Database *m_db = nullptr;
    RuleParameters m_parameters;
    QList<QPair<QString, QString>> m_scopeClasses;   // code, "code name" (active ones)
    Auditor m_original;
    bool m_hasAuditor = false;
    bool m_loading = false;
    bool m_wasModified = false;
    bool m_showAllProblems = false;
    QSet<QString> m_touched;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_title = nullptr;
    QTabWidget *m_tabs = nullptr;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QLineEdit *> m_lineEdits;
    QHash<QString, OptionalDateEdit *> m_dateEdits;
    QComboBox *m_level = nullptr;
    QCheckBox *m_active = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    SubRecordTable *m_competences = nullptr;
    SubRecordTable *m_education = nullptr;
    SubRecordTable *m_conflicts = nullptr;
    FieldDelegate *m_scopeClassDelegate = nullptr;
    FieldDelegate *m_relationDelegate = nullptr;
    FieldDelegate *m_clientDelegate = nullptr;
    QLabel *m_educationTotals = nullptr;
    QTableView *m_historyView = nullptr;
    ChangeHistoryModel *m_history = nullptr;
    QLabel *m_findingsTitle = nullptr;
    QListWidget *m_findings = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
};
