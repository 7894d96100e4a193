#include "clientcommands.h"

#include "clientwriter.h"

#include <QCoreApplication>

ClientCommand::ClientCommand(ClientWriter *writer, Kind kind, std::optional<Client> before,
                             std::optional<Client> after)
    : m_writer(writer), m_kind(kind), m_before(std::move(before)), m_after(std::move(after))
{
}

void ClientCommand::redo()
{
    if (m_skipRedo) {  // first push: the write already happened
        m_skipRedo = false;
        return;
    }
    if (!applyState(m_after, m_before))
        setObsolete(true);
}

void ClientCommand::undo()
{
    if (!applyState(m_before, m_after))
        setObsolete(true);
}

bool ClientCommand::applyState(const std::optional<Client> &state, const std::optional<Client> &other)
{
    if (state)
        return m_writer->apply(*state);
    return other ? m_writer->applyRemove(other->id) : true;
}

QString ClientCommand::describe() const
{
    const Client &client = m_after ? *m_after : *m_before;
    const QString name = client.nameZh;
    switch (m_kind) {
    case Add: return QCoreApplication::translate("ClientCommand", "Add “%1”").arg(name);
    case Edit: return QCoreApplication::translate("ClientCommand", "Edit “%1”").arg(name);
    case Delete: return QCoreApplication::translate("ClientCommand", "Delete “%1”").arg(name);
    case Archive: return QCoreApplication::translate("ClientCommand", "Archive “%1”").arg(name);
    case Unarchive: return QCoreApplication::translate("ClientCommand", "Unarchive “%1”").arg(name);
    }
    return name;
}
