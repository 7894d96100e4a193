#include "auditorcommands.h"

#include "auditorwriter.h"

#include <QCoreApplication>

AuditorCommand::AuditorCommand(AuditorWriter *writer, Kind kind, std::optional<Auditor> before,
                               std::optional<Auditor> after)
    : m_writer(writer), m_kind(kind), m_before(std::move(before)), m_after(std::move(after))
{
}

void AuditorCommand::redo()
{
    if (m_skipRedo) {  // first push: the write already happened
        m_skipRedo = false;
        return;
    }
    if (!applyState(m_after, m_before))
        setObsolete(true);
}

void AuditorCommand::undo()
{
    if (!applyState(m_before, m_after))
        setObsolete(true);
}

bool AuditorCommand::applyState(const std::optional<Auditor> &state, const std::optional<Auditor> &other)
{
    if (state)
        return m_writer->apply(*state);
    return other ? m_writer->applyRemove(other->id) : true;
}

QString AuditorCommand::describe() const
{
    const QString name = (m_after ? *m_after : *m_before).nameZh;
    switch (m_kind) {
    case Add: return QCoreApplication::translate("AuditorCommand", "Add auditor “%1”").arg(name);
    case Edit: return QCoreApplication::translate("AuditorCommand", "Edit auditor “%1”").arg(name);
    case Delete: return QCoreApplication::translate("AuditorCommand", "Delete auditor “%1”").arg(name);
    case Deactivate: return QCoreApplication::translate("AuditorCommand", "Mark auditor “%1” inactive").arg(name);
    case Reactivate: return QCoreApplication::translate("AuditorCommand", "Mark auditor “%1” active").arg(name);
    }
    return name;
}
