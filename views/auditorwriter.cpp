#include "auditorwriter.h"

#include "auditorcommands.h"
#include "db/database.h"

#include <QUndoStack>

AuditorWriter::AuditorWriter(QUndoStack *undoStack, QObject *parent) : QObject(parent), m_undoStack(undoStack) {}

std::optional<Auditor> AuditorWriter::load(qint64 id) const
{
    if (!m_db)
        return std::nullopt;
    try {
        return AuditorRepository(*m_db).load(id);
    } catch (const SqlError &) {
        return std::nullopt;
    }
}

WriteResult AuditorWriter::save(const Auditor &auditor)
{
    if (!m_db)
        return WriteResult{false, auditor.id, tr("No database is open."), {}};
    const std::optional<Auditor> before = auditor.id > 0 ? load(auditor.id) : std::nullopt;
    WriteResult result = AuditorRepository(*m_db).save(auditor);
    if (!result)
        return result;
    const std::optional<Auditor> after = load(result.id);
    if (after && after != before) {
        AuditorCommand::Kind kind = before ? AuditorCommand::Edit : AuditorCommand::Add;
        if (before && before->active != after->active)
            kind = after->active ? AuditorCommand::Reactivate : AuditorCommand::Deactivate;
        m_undoStack->push(new AuditorCommand(this, kind, before, after));
    }
    emit auditorChanged(result.id);
    return result;
}

WriteResult AuditorWriter::setActive(qint64 id, bool active)
{
    std::optional<Auditor> auditor = load(id);
    if (!auditor)
        return WriteResult{false, id, tr("The auditor no longer exists; the list was out of date."), {}};
    auditor->active = active;
    return save(*auditor);
}

WriteResult AuditorWriter::remove(qint64 id)
{
    if (!m_db)
        return WriteResult{false, id, tr("No database is open."), {}};
    const std::optional<Auditor> before = load(id);
    WriteResult result = AuditorRepository(*m_db).remove(id);
    if (!result)
        return result;
    if (before)
        m_undoStack->push(new AuditorCommand(this, AuditorCommand::Delete, before, std::nullopt));
    emit auditorRemoved(id);
    return result;
}

bool AuditorWriter::apply(const Auditor &state)
{
    if (!m_db)
        return false;
    const WriteResult result = AuditorRepository(*m_db).save(state);
    if (!result) {
        emit undoFailed(tr("This step cannot be undone or redone: %1").arg(result.message));
        return false;
    }
    emit auditorChanged(result.id);
    return true;
}

bool AuditorWriter::applyRemove(qint64 id)
{
    if (!m_db)
        return false;
    const WriteResult result = AuditorRepository(*m_db).remove(id);
    if (!result) {
        emit undoFailed(tr("This step cannot be undone or redone: %1").arg(result.message));
        return false;
    }
    emit auditorRemoved(id);
    return true;
}
