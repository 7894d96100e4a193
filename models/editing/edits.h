#pragma once

#include "changeset.h"
#include "repositories/writeresult.h"

#include <QObject>
#include <QUndoCommand>

#include <functional>

class Database;
class QUndoStack;

// The one write path of the window, for every record type: a write goes through its
// repository (validated, logged) inside one transaction, and when it changed anything the
// entries it appended become one undoable step on the undo stack. Undo and redo write the
// records back through the change log (ChangeSet), logged as "undo" and "redo". Pages
// follow every change, by whatever made it, through changed().
class Edits : public QObject
{
    Q_OBJECT

public:
    // What a step is called in the Edit menu, in the language of the moment ("Edit client
    // “上海示例云”"): asked each time the menu is shown.
    using Describe = std::function<QString()>;
    using Write = std::function<WriteResult()>;

    Edits(Database &db, QUndoStack *stack, QObject *parent = nullptr);

    Database &database() const { return m_db; }

    // A check before every write, undo and redo: a non-empty answer refuses it with that
    // message and nothing is written (the window: no user profile chosen yet).
    void setGuard(std::function<QString()> guard) { m_guard = std::move(guard); }
    QUndoStack *undoStack() const { return m_stack; }

    // Runs the write; on success pushes the step (when it logged anything) and reports it.
    // A database busy for longer than the wait, or any SqlError, is a failed result with a
    // message; nothing is written then.
    WriteResult run(const Describe &describe, const Write &write);

    // Runs a write that is a record in its own right (a certification decision, a
    // certificate event): validated and logged like any write and reported through
    // changed(), but not put on the undo stack — such a record is taken back by another
    // one (a reversing event), never by rewriting history.
    WriteResult record(const Write &write);
    // Runs the write through edits when there are any (undoable), else directly.
    static WriteResult runOn(Edits *edits, const Describe &describe, const Write &write)
    {
        return edits ? edits->run(describe, write) : write();
    }

    // Used by the steps on the stack.
    bool undo(const ChangeSet &set);
    bool redo(const ChangeSet &set);

signals:
    // Records were written (by a write, an undo or a redo).
    void changed(const QList<RecordRef> &records);
    // An undo or redo could not be done; nothing was changed. For the user.
    void undoFailed(const QString &message);

private:
    QString refusal() const { return m_guard ? m_guard() : QString(); }

    Database &m_db;
    QUndoStack *m_stack;
    std::function<QString()> m_guard;
};

// One step on the undo stack: the change set of one write. Every edit of every record
// type is one of these; it says what it did through the Describe it was given.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(Edits *edits, Edits::Describe describe, ChangeSet set);

    void undo() override;
    void redo() override;

    QString describe() const { return m_describe ? m_describe() : QString(); }
    const ChangeSet &changeSet() const { return m_set; }

private:
    Edits *m_edits;
    Edits::Describe m_describe;
    ChangeSet m_set;
    bool m_done = true;   // the write happened before the step was pushed
};
