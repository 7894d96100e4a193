#pragma once

#include <QHash>
#include <QWidget>

class QLabel;

// What every record editor shown in place below a list shares (clients, auditors): the
// unsaved-changes prompts (leaving, Esc, an action that would discard them), the inline
// field messages, and following a language change. A subclass describes its record and
// does the saving.
class RecordEditor : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual bool isModified() const = 0;
    // The record's name in prompts.
    virtual QString displayName() const = 0;
    // Validates and writes; false when refused (the messages say why).
    virtual bool save() = 0;
    // Restores the stored state.
    virtual void revert() = 0;

    // When modified: asks Save / Discard / Cancel. Returns false when the user cancels or
    // the save was refused, true when it is fine to leave.
    bool maybeSave();
    // Before an action (undo, redo, …) that would discard unsaved changes: asks, and
    // reverts when the user agrees. True when the action may go on.
    bool confirmDiscardFor(const QString &actionText);
    // The message shown beside a field (column key as in FieldProblem), "" when none.
    QString fieldMessage(const QString &key) const;

signals:
    void modificationChanged(bool modified);
    void saved(qint64 id);
    // Esc (after the changes were discarded or when there were none): leave the editor.
    void leaveRequested();

protected:
    // "The client “%1” has changes that are not saved yet. Save them?" for this record kind.
    virtual QString saveQuestion() const = 0;
    virtual void retranslateUi() = 0;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

    QHash<QString, QLabel *> m_messages;
};
