#pragma once

#include "domain/applicanteligibility.h"

#include <QWidget>

#include <optional>

class OptionalDateEdit;
class QCheckBox;
class QComboBox;
class QLineEdit;

// The inputs of the eligibility conditions (RULES.md 5.1.2) on the application editor's
// Eligibility tab, one widget per condition, each saying "not stated" until the reviewer
// says otherwise (the condition is then unknown, never silently met). Each emits edited()
// for a change the user makes, not for one made by setting a value.

// E1, E2, E10: the state the reviewer gives, with the evidence.
class StatedInput : public QWidget
{
    Q_OBJECT

public:
    explicit StatedInput(bool mayBeNotApplicable, QWidget *parent = nullptr);
    void setValue(const ApplicantEligibility::Stated &value);
    ApplicantEligibility::Stated value() const;
    void retranslate();
    QComboBox *stateBox() const { return m_state; }
    QLineEdit *evidenceEdit() const { return m_evidence; }

signals:
    void edited();

private:
    bool m_mayBeNotApplicable;
    QComboBox *m_state;
    QLineEdit *m_evidence;
};

// E4, E5, E8, E9: an event that may have happened: not stated / never / on a date (E9 with
// "rectified" besides).
class DateFactInput : public QWidget
{
    Q_OBJECT

public:
    explicit DateFactInput(bool withRectified, QWidget *parent = nullptr);
    void setValue(const ApplicantEligibility::DateFact &value, bool rectified = false);
    ApplicantEligibility::DateFact value() const;
    bool rectified() const;
    void retranslate();
    QComboBox *kindBox() const { return m_kind; }
    OptionalDateEdit *dateEdit() const { return m_date; }
    QCheckBox *rectifiedBox() const { return m_rectified; }

signals:
    void edited();

private:
    void updateEnabled();
    QComboBox *m_kind;
    OptionalDateEdit *m_date;
    QCheckBox *m_rectified = nullptr;
};

// E6, E7: a yes/no fact: not stated / no / yes.
class FlagInput : public QWidget
{
    Q_OBJECT

public:
    explicit FlagInput(QWidget *parent = nullptr);
    void setValue(const std::optional<bool> &value);
    std::optional<bool> value() const;
    void retranslate();
    QComboBox *box() const { return m_box; }

signals:
    void edited();

private:
    QComboBox *m_box;
};
