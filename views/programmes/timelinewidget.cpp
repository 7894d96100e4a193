#include "programmes/timelinewidget.h"

#include "itemmodels/programmeauditsmodel.h"
#include "domain/displayformat.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

TimelineWidget::TimelineWidget(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void TimelineWidget::setTimeline(const ProgrammeTimeline &timeline)
{
    const int selected = m_timeline.selected;
    const int dragged = m_timeline.dragged;
    const int days = m_timeline.dragDays;
    m_timeline = timeline;
    m_timeline.font = font();
    m_timeline.selected = selected < m_timeline.programme.audits.size() ? selected : -1;
    m_timeline.dragged = dragged;
    m_timeline.dragDays = days;
    updateGeometry();
    update();
}

void TimelineWidget::setSelected(int audit)
{
    if (audit == m_timeline.selected)
        return;
    m_timeline.selected = audit;
    update();
}

QRectF TimelineWidget::area() const { return QRectF(rect()).adjusted(2, 2, -2, -2); }

QRectF TimelineWidget::barRect(int audit) const
{
    ProgrammeTimeline t = m_timeline;
    t.font = font();
    return t.barOf(area(), audit);
}

QSize TimelineWidget::sizeHint() const
{
    ProgrammeTimeline t = m_timeline;
    return QSize(600, int(t.heightFor(font())) + 6);
}

QSize TimelineWidget::minimumSizeHint() const { return QSize(300, sizeHint().height()); }

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    m_timeline.font = font();
    m_timeline.paint(painter, area());
    if (hasFocus()) {
        painter.setPen(QPen(palette().highlight().color(), 1, Qt::DotLine));
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const int audit = m_timeline.auditAt(area(), event->position());
    if (audit >= 0) {
        setSelected(audit);
        emit auditSelected(audit);
        if (!m_readOnly && barRect(audit).adjusted(-3, -3, 3, 3).contains(event->position())) {
            m_timeline.dragged = audit;
            m_timeline.dragDays = 0;
            m_pressX = event->position().x();
        }
    }
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (m_timeline.dragged < 0)
        return;
    const QDate from = m_timeline.dayAt(area(), m_pressX);
    const QDate to = m_timeline.dayAt(area(), event->position().x());
    m_timeline.dragDays = int(from.daysTo(to));
    const ProgrammeAudit &a = m_timeline.programme.audits.at(m_timeline.dragged);
    setToolTip(tr("%1 to %2").arg(DisplayFormat::date(a.start().addDays(m_timeline.dragDays)),
                                  DisplayFormat::date(a.end().addDays(m_timeline.dragDays))));
    QToolTip::showText(event->globalPosition().toPoint(), toolTip(), this);
    update();
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_timeline.dragged < 0)
        return QWidget::mouseReleaseEvent(event);
    const int audit = m_timeline.dragged;
    const int days = m_timeline.dragDays;
    m_timeline.dragged = -1;
    m_timeline.dragDays = 0;
    setToolTip(QString());
    update();
    if (days != 0)
        emit auditMoved(audit, days);
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    const int count = int(m_timeline.programme.audits.size());
    const int selected = m_timeline.selected;
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (count > 0) {
            const int next = std::clamp(selected + (event->key() == Qt::Key_Up ? -1 : 1), 0, count - 1);
            setSelected(next);
            emit auditSelected(next);
        }
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (selected >= 0 && !m_readOnly) {
            const int step = event->modifiers() & Qt::ShiftModifier ? 7 : 1;
            emit auditMoved(selected, event->key() == Qt::Key_Left ? -step : step);
        }
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_timeline.dragged < 0) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int audit = m_timeline.auditAt(area(), help->pos());
        if (audit >= 0) {
            const Programme &p = m_timeline.programme;
            const ProgrammeAudit &a = p.audits.at(audit);
            QStringList lines{QStringLiteral("%1 — %2").arg(ProgrammeAuditsModel::shortName(p, audit),
                                                            ProgrammeRules::statusLabel(a.status)),
                              tr("%1 to %2").arg(DisplayFormat::date(a.start()), DisplayFormat::date(a.end()))};
            if (audit < m_timeline.windows.size() && m_timeline.windows.at(audit).to.isValid())
                lines << tr("Allowed until %1").arg(DisplayFormat::date(m_timeline.windows.at(audit).to));
            for (const ProgrammeViolation &v : m_timeline.violations)
                if (v.audit == audit)
                    lines << v.finding.message;
            QToolTip::showText(help->globalPos(), lines.join(u'\n'), this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}
