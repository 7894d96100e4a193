#pragma once

#include "describedcommand.h"
#include "domain/auditor.h"

#include <optional>

class AuditorWriter;

// An undoable write of one auditor: its whole state (with competences, education and
// conflict declarations) before and after (nullopt: the auditor does not exist). The
// write has already happened when the command is pushed; undo and redo write the other
// state through AuditorRepository again, so the change log records them as well.
class AuditorCommand : public DescribedCommand
{
public:
    enum Kind { Add, Edit, Delete, Deactivate, Reactivate };

    AuditorCommand(AuditorWriter *writer, Kind kind, std::optional<Auditor> before, std::optional<Auditor> after);

    void undo() override;
    void redo() override;

    Kind kind() const { return m_kind; }
    // "Edit auditor “王晓明”", in the current language.
    QString describe() const override;

private:
    bool applyState(const std::optional<Auditor> &state, const std::optional<Auditor> &other);

    AuditorWriter *m_writer;
    Kind m_kind;
    std::optional<Auditor> m_before;
    std::optional<Auditor> m_after;
    bool m_skipRedo = true;  // the write happened before the command was pushed
};
