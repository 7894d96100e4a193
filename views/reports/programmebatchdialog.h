#pragma once

#include "reports/reportbatch.h"

#include <QDialog>

class Database;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

// Reports → Audit programme reports…: the programme reports of every client with audits
// in a date range, in a language, into one PDF or one PDF per client. It says how many
// reports the dates take as they change; writing shows a progress bar with Cancel (a
// cancelled batch leaves no file) and keeps the window responsive between reports.
class ProgrammeBatchDialog : public QDialog
{
    Q_OBJECT

public:
    ProgrammeBatchDialog(Database &db, QWidget *parent = nullptr);

    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLineEdit *pathEdit() const { return m_path; }
    QComboBox *languageBox() const { return m_language; }
    QRadioButton *perClientButton() const { return m_perClient; }
    int reportCount() const { return int(m_ids.size()); }
    // Writes the batch with a progress dialog; the result (shown to the user by accept()).
    ReportBatch::Result run();

    void accept() override;

private:
    void recount();
    void choosePath();

    Database &m_db;
    QList<qint64> m_ids;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_language;
    QRadioButton *m_oneFile;
    QRadioButton *m_perClient;
    QLineEdit *m_path;
    QLabel *m_count;
    QDialogButtonBox *m_buttons;
};
