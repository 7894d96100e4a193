#pragma once

#include <QObject>

// Routes Ctrl+Z / Ctrl+Shift+Z typed in an editor's fields: while a text field has typing
// of its own to undo, the field undoes it; when it has none (or the field keeps no typing
// history, as date fields and combo boxes), the key reaches Edit → Undo and undoes the
// last saved change. Install one router on every field of an editor.
class FieldUndoRouter : public QObject
{
    Q_OBJECT

public:
    explicit FieldUndoRouter(QObject *parent = nullptr) : QObject(parent) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
