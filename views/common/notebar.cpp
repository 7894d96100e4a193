#include "common/notebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

NoteBar::NoteBar(QWidget *parent) : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xff, 0xf8, 0xe1));
    p.setColor(QPalette::WindowText, QColor(0x3e, 0x2f, 0x00));
    setPalette(p);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(size, size));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setObjectName(QStringLiteral("noteText"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();
}

void NoteBar::setText(const QString &text)
{
    m_text->setText(text);
    setVisible(!text.isEmpty());
}

QString NoteBar::text() const
{
    return m_text->text();
}
