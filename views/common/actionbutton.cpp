#include "actionbutton.h"

#include <QAction>
#include <QActionEvent>
#include <QRegularExpression>

ActionButton::ActionButton(QAction *action, QWidget *parent) : QToolButton(parent)
{
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setDefaultAction(action);
    showText();
}

QString ActionButton::withoutMnemonic(const QString &text)
{
    // The Chinese form first: the letter in brackets after the words, "(&D)" or "（&D）".
    static const QRegularExpression bracketed(QStringLiteral(R"(\s*[(（]&[^&\s][)）])"));
    QString plain = text;
    plain.remove(bracketed);
    QString out;
    out.reserve(plain.size());
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (plain.at(i) == u'&') {
            if (i + 1 < plain.size() && plain.at(i + 1) == u'&')
                out += plain.at(++i);
            continue;
        }
        out += plain.at(i);
    }
    return out;
}

void ActionButton::actionEvent(QActionEvent *event)
{
    QToolButton::actionEvent(event);   // takes text, tool tip, enabled state from the action
    if (event->type() == QEvent::ActionChanged && event->action() == defaultAction()) {
        showText();
        setVisible(defaultAction()->isVisible());   // a page without the action hides its button
    }
}

void ActionButton::showText()
{
    if (defaultAction())
        setText(withoutMnemonic(defaultAction()->text()));
}
