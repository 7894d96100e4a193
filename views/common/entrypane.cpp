#include "entrypane.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

StatusLine::StatusLine(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("status"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
}

void StatusLine::showText(const QString &text, bool isError)
{
    setText(text);
    setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
}

EntryPane::EntryPane(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_status(new StatusLine(this)), m_revertButton(new QPushButton(this)),
      m_saveButton(new QPushButton(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(buttons);
}

void EntryPane::setContent(QWidget *content)
{
    content->setParent(this);
    static_cast<QVBoxLayout *>(layout())->insertWidget(1, content, 1);
}
