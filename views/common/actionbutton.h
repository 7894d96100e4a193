#pragma once

#include <QToolButton>

class QAction;

// A push-style button for an action that also stands in a menu (New, Archive, Delete …). The
// action's text carries the menu's Alt letter ("删除(&D)", "&Delete"), unique within its menu
// but not among the controls on the page; a plain QToolButton would show it as "删除(D)",
// promising an Alt+D that belongs to another control. This button shows the text without
// the letter ("删除", "Delete") and follows every change of the action (text, enabled,
// tool tip), as QToolButton does.
class ActionButton : public QToolButton
{
    Q_OBJECT

public:
    ActionButton(QAction *action, QWidget *parent = nullptr);

    // "删除(&D)" → "删除", "&Delete" → "Delete", "Save && close" → "Save & close".
    static QString withoutMnemonic(const QString &text);

protected:
    void actionEvent(QActionEvent *event) override;

private:
    void showText();
};
