#pragma once

#include <QLabel>

// The message shown under a field while its value is wrong ("Enter the client's Chinese
// name; it is required."). It always keeps one line of room, shown or not, so a message
// appearing never pushes the form down or moves the field under the mouse; a message
// longer than the line is cut with an ellipsis and shown whole as a tooltip.
class FieldMessage : public QLabel
{
    Q_OBJECT

public:
    explicit FieldMessage(const QString &key, QWidget *parent = nullptr);

    // Hiding only empties the line; the room stays.
    void setVisible(bool visible) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    bool m_active = false;
};
