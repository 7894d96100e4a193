#include "clientwriter.h"

#include "clientcommands.h"
#include "db/database.h"

#include <QUndoStack>

ClientWriter::ClientWriter(QUndoStack *undoStack, QObject *parent) : QObject(parent), m_undoStack(undoStack) {}

std::optional<Client> ClientWriter::load(qint64 id) const
{
    if (!m_db)
        return std::nullopt;
    try {
        return ClientRepository(*m_db).load(id);
    } catch (const SqlError &) {
        return std::nullopt;
    }
}

WriteResult ClientWriter::save(const Client &client)
{
    if (!m_db)
        return WriteResult{false, client.id, tr("No database is open."), {}};
    const std::optional<Client> before = client.id > 0 ? load(client.id) : std::nullopt;
    WriteResult result = ClientRepository(*m_db).save(client);
    if (!result)
        return result;
    const std::optional<Client> after = load(result.id);
    if (after && after != before) {
        m_undoStack->push(new ClientCommand(this, before ? ClientCommand::Edit : ClientCommand::Add, before, after));
    }
    emit clientChanged(result.id);
    return result;
}

WriteResult ClientWriter::setArchived(qint64 id, bool archived)
{
    if (!m_db)
        return WriteResult{false, id, tr("No database is open."), {}};
    const std::optional<Client> before = load(id);
    WriteResult result = ClientRepository(*m_db).setArchived(id, archived);
    if (!result)
        return result;
    const std::optional<Client> after = load(id);
    if (before && after && before != after)
        m_undoStack->push(new ClientCommand(this, archived ? ClientCommand::Archive : ClientCommand::Unarchive,
                                            before, after));
    emit clientChanged(id);
    return result;
}

WriteResult ClientWriter::remove(qint64 id)
{
    if (!m_db)
        return WriteResult{false, id, tr("No database is open."), {}};
    const std::optional<Client> before = load(id);
    WriteResult result = ClientRepository(*m_db).remove(id);
    if (!result)
        return result;
    if (before)
        m_undoStack->push(new ClientCommand(this, ClientCommand::Delete, before, std::nullopt));
    emit clientRemoved(id);
    return result;
}

bool ClientWriter::apply(const Client &state)
{
    if (!m_db)
        return false;
    const WriteResult result = ClientRepository(*m_db).save(state);
    if (!result) {
        emit undoFailed(tr("This step cannot be undone or redone: %1").arg(result.message));
        return false;
    }
    emit clientChanged(result.id);
    return true;
}

bool ClientWriter::applyRemove(qint64 id)
{
    if (!m_db)
        return false;
    const WriteResult result = ClientRepository(*m_db).remove(id);
    if (!result) {
        emit undoFailed(tr("This step cannot be undone or redone: %1").arg(result.message));
        return false;
    }
    emit clientRemoved(id);
    return true;
}
