#pragma once

#include "common/recordeditor.h"
#include "domain/auditor.h"
#include "domain/ruleparameters.h"
#include "repositories/auditorrepository.h"

class FieldDelegate;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;

using AuditorEditorBase = RecordEditorOf<Auditor, AuditorRepository, &AuditorRules::validate>;

// The editor of one of the body's auditors, shown in place below the auditor list: names,
// registration (number, level, validity), qualification confirmation, impartiality
// statement and notes; tabs for competences per scope class, continuing education (with
// the yearly totals against the body's minimum, a shortfall marked by text and colour),
// conflict-of-interest declarations (the client chosen from the register) and the change
// history; and a panel with the auditor's findings under the people rules (A-4.x), updated
// as you type. RecordEditor has the rest.
class AuditorEditor : public AuditorEditorBase
{
    Q_OBJECT

public:
    enum Tab { DetailsTab, CompetencesTab, EducationTab, ConflictsTab, HistoryTab };

    explicit AuditorEditor(QWidget *parent = nullptr);

    // Scope classes and parameters may have changed in Settings since the last one.
    void newRecord() override;

    SubRecordTable *competences() const { return m_competences; }
    SubRecordTable *education() const { return m_education; }
    SubRecordTable *conflicts() const { return m_conflicts; }
    // The findings panel's lines ("[A-4.4] …") and the education totals' text.
    QStringList findingTexts() const;
    QString educationTotalsText() const;

protected:
    Texts texts() const override;
    void retranslateFields() override;
    QString ownTabTitle(int tab) const override;
    QString storedTitle() const override;
    QString subRecordProblemText(const FieldProblem &problem) const override;
    void stateUpdated() override;
    void sessionChanged() override;

    void showFields(const Auditor &auditor) override;
    Auditor readFields(Auditor auditor) const override;
    void clearFields() override;
    QString nameOf(const Auditor &auditor) const override { return auditor.nameZh; }
    QList<FieldProblem> fieldProblems(const Auditor &auditor) const override;

private:
    void buildTabs();
    void loadReferenceData();
    void updateFindings(const Auditor &auditor);
    void updateEducationTotals(const Auditor &auditor);

    RuleParameters m_parameters;
    QList<QPair<QString, QString>> m_scopeClasses;   // code, "code name" (active ones)

    QComboBox *m_level = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    SubRecordTable *m_competences = nullptr;
    SubRecordTable *m_education = nullptr;
    SubRecordTable *m_conflicts = nullptr;
    FieldDelegate *m_clientDelegate = nullptr;
    QLabel *m_educationTotals = nullptr;
    QLabel *m_findingsTitle = nullptr;
    QListWidget *m_findings = nullptr;
};
