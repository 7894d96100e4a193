#pragma once

#include <QDialog>

class BackupStore;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

// File → Restore from backup…: the automatic backups of the open database, newest first,
// with their dates, sizes and what they hold (clients, applications, programmes,
// certificates, change-log entries), and how many daily backups to keep. Restore… asks
// first; the window then backs up the current file and puts the chosen backup in its place.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const BackupStore &store, QWidget *parent = nullptr);

    // The backup chosen to restore (after exec() returned Accepted).
    QString chosen() const { return m_chosen; }
    QTableWidget *table() const { return m_table; }
    // The daily backups to keep (a setting: backup/keep).
    static int keep();

private:
    void restoreSelected();

    QTableWidget *m_table;
    QSpinBox *m_keep;
    QLabel *m_folder;
    QPushButton *m_restore;
    QString m_chosen;
    QStringList m_paths;
};
