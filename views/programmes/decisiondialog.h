#pragma once

#include "domain/certificate.h"

#include <QDialog>

class OptionalDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;

// The certification decision (认证决定) on a programme's cycle, by the user at work: what
// it rests on (the audits and their nonconformities), grant or refuse, the date and the
// reasons. Whatever keeps it from being taken (the user's role, being on an audit team, an
// audit not done, an open nonconformity for a grant) shows with its rule as it is
// answered, and OK waits until nothing does.
class DecisionDialog : public QDialog
{
    Q_OBJECT

public:
    DecisionDialog(const DecisionBasis &basis, QWidget *parent = nullptr);

    CertificationDecision decision() const;
    QRadioButton *grantButton() const { return m_grant; }
    QRadioButton *refuseButton() const { return m_refuse; }
    OptionalDateEdit *dateEdit() const { return m_date; }
    QPlainTextEdit *reasonsEdit() const { return m_reasons; }
    QLabel *problemsLabel() const { return m_problems; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void update();

    DecisionBasis m_basis;
    QRadioButton *m_grant, *m_refuse;
    OptionalDateEdit *m_date;
    QPlainTextEdit *m_reasons;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};
