#include "escapekey.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace EscapeKey {

void install(QWidget *area, QAbstractItemView *list, std::function<bool()> isModified, std::function<void()> revert)
{
    auto *escape = new QAction(area);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    area->addAction(escape);
    QObject::connect(escape, &QAction::triggered, area, [area, list, isModified, revert] {
        if (isModified()) {
            QMessageBox box(QMessageBox::Question, QCoreApplication::translate("EscapeKey", "Discard changes"),
                            QCoreApplication::translate("EscapeKey", "Discard the changes you have made here?"),
                            QMessageBox::Yes | QMessageBox::No, area);
            box.button(QMessageBox::Yes)->setText(QCoreApplication::translate("EscapeKey", "Discard"));
            box.button(QMessageBox::No)->setText(QCoreApplication::translate("EscapeKey", "Keep editing"));
            box.setDefaultButton(QMessageBox::No);
            if (box.exec() != QMessageBox::Yes)
                return;
            revert();
        }
        list->setFocus(Qt::ShortcutFocusReason);
    });
}

} // namespace EscapeKey
