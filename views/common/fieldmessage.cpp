#include "common/fieldmessage.h"

#include <QPainter>

FieldMessage::FieldMessage(const QString &key, QWidget *parent) : QLabel(parent)
{
    setObjectName(key + QStringLiteral("_message"));
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    QPalette colours = palette();
    colours.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    setPalette(colours);
}

void FieldMessage::setVisible(bool visible)
{
    m_active = visible;
    QLabel::setVisible(true);
    update();
}

QSize FieldMessage::sizeHint() const { return {fontMetrics().averageCharWidth() * 10, fontMetrics().height()}; }

QSize FieldMessage::minimumSizeHint() const { return {0, fontMetrics().height()}; }

void FieldMessage::paintEvent(QPaintEvent *)
{
    const QString message = text();
    setToolTip(m_active ? message : QString());
    if (!m_active || message.isEmpty())
        return;
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::WindowText));
    const QString line = message.section(u'\n', 0, 0) + (message.contains(u'\n') ? QStringLiteral(" …") : QString());
    painter.drawText(rect(), Qt::AlignLeft | Qt::AlignVCenter, fontMetrics().elidedText(line, Qt::ElideRight, width()));
}
