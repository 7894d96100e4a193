#pragma once

#include <QDialog>

class Database;
class Session;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// File → Import clients…: choose a CSV file, see what it holds or every problem in it
// ("line N: column: problem"), then import all rows in one transaction — or none.
class ImportClientsDialog : public QDialog
{
    Q_OBJECT

public:
    // The import is one step of the session's write path: Edit → Undo takes it back whole.
    explicit ImportClientsDialog(Session &session, QWidget *parent = nullptr);

    // Reads and checks a file (also used by tests instead of the file dialog).
    void setFile(const QString &path);
    QString problemsText() const;
    bool canImport() const;
    int importedCount() const { return m_imported; }

    // Imports after the user confirmed; true when the clients were written.
    bool importNow();

signals:
    void imported(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void browse();
    void retranslateUi();
    void showState();

    Session &m_session;
    Database &m_db;
    QString m_path;
    int m_valid = -1;      // rows ready to import; -1 when the file has problems or none is chosen
    int m_imported = 0;
    QStringList m_problems;   // the lines shown (the first problems, then how many more)
    int m_problemCount = 0;   // all problems found

    QLabel *m_intro;
    QLineEdit *m_fileEdit;
    QPushButton *m_browseButton;
    QLabel *m_summary;
    QPlainTextEdit *m_problemsView;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;
};
