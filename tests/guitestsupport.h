#pragma once

// Helpers for the widget tests: typing into the focused widget with real key events,
// clicking table rows and list items, and answering the next modal dialog or message box.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QListWidget>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

#include <functional>

namespace GuiTest {

// The focused widget. The offscreen platform does not give the focus back to the main
// window when a dialog closes, as a desktop does: do that here.
inline QWidget *focused(QWidget *window)
{
    if (!QApplication::focusWidget() && window) {
        QApplication::setActiveWindow(window);
        if (!QTest::qWaitForWindowActive(window))
            return nullptr;
    }
    return QApplication::focusWidget();
}

// Types text into the focused widget as key events (CJK characters as text events).
inline void typeText(QWidget *window, const QString &text)
{
    for (const QChar c : text) {
        QWidget *target = focused(window);
        QVERIFY(target);
        if (c.unicode() < 0x80)
            QTest::keyClick(target, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

inline void press(QWidget *window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = focused(window);
    QVERIFY(target);
    QTest::keyClick(target, key, modifiers);
}

// Clicks a row of a view (its first visible column) as a user would.
inline void clickRow(QAbstractItemView *view, int row, int column = 0)
{
    const QModelIndex index = view->model()->index(row, column);
    view->scrollTo(index);
    const QRect rect = view->visualRect(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
}

inline void clickItem(QListWidget *list, int row)
{
    QListWidgetItem *item = list->item(row);
    list->scrollToItem(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, list->visualItemRect(item).center());
}

// Acts on the next modal widget (a dialog or message box) once it is shown: `act` gets
// it and should close it. Remembers the message box's text.
class ModalAnswer : public QObject
{
public:
    void start(std::function<void(QWidget *)> act)
    {
        m_act = std::move(act);
        m_seen = false;
        m_text.clear();
        m_tries = 0;
        QTimer::singleShot(0, this, [this] { poll(); });
    }
    // Clicks a standard button of the next message box.
    void button(QMessageBox::StandardButton which)
    {
        start([which](QWidget *widget) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (QAbstractButton *b = box ? box->button(which) : nullptr)
                b->click();
            else if (auto *dialog = qobject_cast<QDialog *>(widget))
                dialog->reject();
        });
    }
    // Clicks the first button with this role of the next message box.
    void role(QMessageBox::ButtonRole role)
    {
        start([role](QWidget *widget) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (box)
                for (QAbstractButton *b : box->buttons())
                    if (box->buttonRole(b) == role) {
                        b->click();
                        return;
                    }
            if (auto *dialog = qobject_cast<QDialog *>(widget))
                dialog->reject();
        });
    }
    bool seen() const { return m_seen; }
    QString text() const { return m_text; }

private:
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal) {
            if (++m_tries < 300)
                QTimer::singleShot(10, this, [this] { poll(); });
            return;
        }
        m_seen = true;
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            m_text = box->text();
        m_act(modal);
    }

    std::function<void(QWidget *)> m_act;
    bool m_seen = false;
    QString m_text;
    int m_tries = 0;
};

} // namespace GuiTest
