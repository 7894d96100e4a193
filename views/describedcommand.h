#pragma once

#include <QString>
#include <QUndoCommand>

// An undo command that says what it does in the current language when asked, so the Edit
// menu's "Undo …"/"Redo …" follow a language switch (QUndoCommand::text() would keep the
// language it was set in). MainWindow shows describe() for every command on its stack.
class DescribedCommand : public QUndoCommand
{
public:
    using QUndoCommand::QUndoCommand;

    virtual QString describe() const = 0;
};
