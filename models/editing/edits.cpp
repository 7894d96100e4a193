#include "edits.h"

#include "db/database.h"

#include <QUndoStack>

Edits::Edits(Database &db, QUndoStack *stack, QObject *parent) : QObject(parent), m_db(db), m_stack(stack) {}

WriteResult Edits::run(const Describe &describe, const Write &write)
{
    WriteResult result;
    if (const QString refused = refusal(); !refused.isEmpty()) {
        result.message = refused;
        return result;
    }
    try {
        // One transaction around the whole write, so every entry it appends is one step.
        Transaction transaction(m_db);
        result = write();
        if (!result.ok)
            return result;
        transaction.commit();
    } catch (const SqlError &e) {
        result.ok = false;
        result.message = e.explanation();
        return result;
    }
    const ChangeSet set = ChangeSet::lastCommitted(m_db);
    if (!set.isEmpty()) {
        m_stack->push(new EditCommand(this, describe, set));
        emit changed(set.records());
    }
    return result;
}

WriteResult Edits::record(const Write &write)
{
    WriteResult result;
    if (const QString refused = refusal(); !refused.isEmpty()) {
        result.message = refused;
        return result;
    }
    try {
        Transaction transaction(m_db);
        result = write();
        if (!result.ok)
            return result;
        transaction.commit();
    } catch (const SqlError &e) {
        result.ok = false;
        result.message = e.explanation();
        return result;
    }
    const ChangeSet set = ChangeSet::lastCommitted(m_db);
    if (!set.isEmpty())
        emit changed(set.records());
    return result;
}

bool Edits::undo(const ChangeSet &set)
{
    if (const QString refused = refusal(); !refused.isEmpty()) {
        emit undoFailed(refused);
        return false;
    }
    const WriteResult result = set.undo(m_db);
    if (!result.ok) {
        emit undoFailed(result.message);
        return false;
    }
    emit changed(set.records());
    return true;
}

bool Edits::redo(const ChangeSet &set)
{
    if (const QString refused = refusal(); !refused.isEmpty()) {
        emit undoFailed(refused);
        return false;
    }
    const WriteResult result = set.redo(m_db);
    if (!result.ok) {
        emit undoFailed(result.message);
        return false;
    }
    emit changed(set.records());
    return true;
}

EditCommand::EditCommand(Edits *edits, Edits::Describe describe, ChangeSet set)
    : m_edits(edits), m_describe(std::move(describe)), m_set(std::move(set))
{
}

void EditCommand::redo()
{
    if (m_done) {   // first push: the write already happened
        m_done = false;
        return;
    }
    if (!m_edits->redo(m_set))
        setObsolete(true);
}

void EditCommand::undo()
{
    if (!m_edits->undo(m_set))
        setObsolete(true);
}
