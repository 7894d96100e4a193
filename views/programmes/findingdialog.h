#pragma once

#include "domain/auditor.h"
#include "domain/finding.h"
#include "domain/ruleparameters.h"

#include <QDialog>

class OptionalDateEdit;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// One finding of an audit (审核发现): its grade, the requirement, what was found and the
// evidence, the deadline for its correction (the grade's days unless set), the client's
// correction and corrective action, and the auditor's verification. What keeps it from
// being kept shows as it is typed; OK waits until nothing does.
class FindingDialog : public QDialog
{
    Q_OBJECT

public:
    // `team`: the audit's team, offered first as verifiers; `auditors`: the register.
    FindingDialog(const AuditFinding &finding, const QStringList &catalogue, const QList<Auditor> &auditors,
                  const QList<qint64> &team, const RuleParameters &parameters, QWidget *parent = nullptr);

    AuditFinding finding() const;
    QComboBox *gradeBox() const { return m_grade; }
    QLineEdit *requirementEdit() const { return m_requirement; }
    QPlainTextEdit *statementEdit() const { return m_statement; }
    QPlainTextEdit *correctionEdit() const { return m_correction; }
    QPlainTextEdit *actionEdit() const { return m_action; }
    QComboBox *verdictBox() const { return m_verdict; }
    OptionalDateEdit *verifiedOnEdit() const { return m_verifiedOn; }
    QComboBox *verifierBox() const { return m_verifier; }
    QLabel *problemsLabel() const { return m_problems; }

private:
    void update();

    AuditFinding m_original;
    RuleParameters m_parameters;
    QList<Auditor> m_auditors;
    QComboBox *m_grade;
    QLineEdit *m_requirement;
    QPlainTextEdit *m_statement, *m_evidence, *m_correction, *m_action;
    OptionalDateEdit *m_raised, *m_due, *m_verifiedOn;
    QLabel *m_deadline;
    QComboBox *m_verdict, *m_verifier;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};
