#pragma once

#include <QLabel>
#include <QWidget>

class QHBoxLayout;
class QPushButton;

// The status line under a form: "Saved at 14:05." or, in red, "Not saved: …". Plain text
// that wraps (a message may be long, a name may hold markup-like characters).
class StatusLine : public QLabel
{
    Q_OBJECT

public:
    explicit StatusLine(QWidget *parent = nullptr);
    void showText(const QString &text, bool isError);
};

// The editor pane below a list of entries (reference data, users): a bold title, the form,
// and a row with the status line and Discard changes / Save. The page owns what the
// buttons do; the pane only holds them.
class EntryPane : public QWidget
{
    Q_OBJECT

public:
    explicit EntryPane(QWidget *parent = nullptr);

    // The form, between the title and the buttons (taken over by the pane).
    void setContent(QWidget *content);

    QLabel *title() const { return m_title; }
    StatusLine *status() const { return m_status; }
    QPushButton *revertButton() const { return m_revertButton; }
    QPushButton *saveButton() const { return m_saveButton; }

private:
    QLabel *m_title;
    StatusLine *m_status;
    QPushButton *m_revertButton;
    QPushButton *m_saveButton;
};
