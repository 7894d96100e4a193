#pragma once

#include "domain/client.h"

#include "describedcommand.h"

#include <optional>

class ClientWriter;

// An undoable write of one client: its whole state before and after (nullopt: the
// client does not exist). The write itself has already happened when the command is
// pushed; undo and redo write the other state through ClientRepository again, so the
// change log records them like any other change.
class ClientCommand : public DescribedCommand
{
public:
    enum Kind { Add, Edit, Delete, Archive, Unarchive };

    ClientCommand(ClientWriter *writer, Kind kind, std::optional<Client> before, std::optional<Client> after);

    void undo() override;
    void redo() override;

    Kind kind() const { return m_kind; }
    // What the command does, in the current language ("add “上海示例云”"); computed on
    // demand so that a language change shows in the Edit menu at once.
    QString describe() const override;

private:
    bool applyState(const std::optional<Client> &state, const std::optional<Client> &other);

    ClientWriter *m_writer;
    Kind m_kind;
    std::optional<Client> m_before;
    std::optional<Client> m_after;
    bool m_skipRedo = true;  // the write happened before the command was pushed
};
