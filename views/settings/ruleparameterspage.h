#pragma once

#include <QWidget>

class NoteBar;
class StatusLine;
class QAction;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QTableView;
class RuleParameterModel;

// Settings → Rule parameters: every parameter of the certification rules with its meaning
// in the user's language, unit, default and the rule IDs that use it, and below the table
// the selected parameter's value to edit. What is typed is checked at once (a message
// beside the field says what is wrong and what to enter); Save (Ctrl+S) stores a valid
// value through ParameterRepository, so the change log records it; "Reset to default" and
// "Reset all to defaults…" (asks first) bring back the program's values. Read only, with
// a note, for anyone but an administrator.
class RuleParametersPage : public QWidget
{
    Q_OBJECT

public:
    explicit RuleParametersPage(QWidget *parent = nullptr);

    RuleParameterModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *valueEdit() const { return m_value; }
    // The message beside the value ("" when the value is acceptable).
    QString valueMessage() const;
    QString statusText() const;
    QString noteText() const;
    QList<QAction *> editActions() const;
    QAction *saveAction() const { return m_saveAction; }
    QAction *resetAction() const { return m_resetAction; }
    QAction *resetAllAction() const { return m_resetAllAction; }

    void setEditable(bool editable, const QString &note);
    bool isEditable() const { return m_editable; }
    // The key of the parameter in the editor ("" when none).
    QString currentKey() const { return m_key; }
    void selectParameter(const QString &key);
    bool isModified() const;
    bool maybeSave();

public slots:
    bool save();
    void revert();
    void resetToDefault();
    void resetAll();

signals:
    void modificationChanged(bool modified);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void currentRowChanged(const QModelIndex &current);
    void showParameter(const QString &key);
    QString problem() const;
    void updateState();
    void showStatus(const QString &text, bool isError);

    RuleParameterModel *m_model;
    bool m_editable = false;
    bool m_syncing = false;
    bool m_wasModified = false;
    QString m_key;
    QString m_loadedText;

    NoteBar *m_note = nullptr;
    QLabel *m_description = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_meaning = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_valueLabel = nullptr;
    QLineEdit *m_value = nullptr;
    QLabel *m_unit = nullptr;
    QLabel *m_message = nullptr;
    StatusLine *m_status = nullptr;
    QPushButton *m_resetButton = nullptr;
    QPushButton *m_resetAllButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_resetAllAction = nullptr;
};
