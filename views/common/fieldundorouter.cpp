#include "common/fieldundorouter.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocument>

bool FieldUndoRouter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    const bool redo = key->matches(QKeySequence::Redo)
                      || (key->key() == Qt::Key_Z && key->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier));
    if (!undo && !redo)
        return QObject::eventFilter(watched, event);
    bool available = false;
    if (auto *edit = qobject_cast<QLineEdit *>(watched))
        available = undo ? edit->isUndoAvailable() : edit->isRedoAvailable();
    else if (auto *text = qobject_cast<QPlainTextEdit *>(watched))
        available = undo ? text->document()->isUndoAvailable() : text->document()->isRedoAvailable();
    if (available)
        return QObject::eventFilter(watched, event);
    event->ignore();  // not overridden: the application's Undo/Redo shortcut fires
    return true;
}
