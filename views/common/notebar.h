#pragma once

#include <QFrame>

class QLabel;

// A quiet information strip at the top of a page, such as "Only an administrator can
// change reference data". Hidden while it has no text.
class NoteBar : public QFrame
{
    Q_OBJECT

public:
    explicit NoteBar(QWidget *parent = nullptr);
    void setText(const QString &text);
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
};
