#pragma once

#include "domain/certificate.h"

#include <QDate>
#include <QDialog>

class OptionalDateEdit;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

// Records one event of a certificate's life (suspend, restore, withdraw, cancel, expire,
// extend or reduce the scope, or reverse the latest event), offering only what the
// certificate's state allows, with the reason codes of the reference data; what keeps the
// event from being recorded shows as it is typed, and OK waits until nothing does.
class CertificateEventDialog : public QDialog
{
    Q_OBJECT

public:
    CertificateEventDialog(const Certificate &certificate, const QDate &today, QWidget *parent = nullptr);

    CertificateEvent event() const;
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *reasonBox() const { return m_reason; }
    OptionalDateEdit *dateEdit() const { return m_date; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QPlainTextEdit *scopeZhEdit() const { return m_scopeZh; }
    QLabel *problemsLabel() const { return m_problems; }

private:
    void kindChanged();
    void update();

    Certificate m_certificate;
    QDate m_today;
    CertificateState m_state;
    QComboBox *m_kind;
    OptionalDateEdit *m_date;
    QComboBox *m_reason;
    QLabel *m_reasonLabel;
    QPlainTextEdit *m_note;
    QLabel *m_scopeZhLabel, *m_scopeEnLabel;
    QPlainTextEdit *m_scopeZh, *m_scopeEn;
    QLabel *m_reverses;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};
