#pragma once

#include "reports/programmetimeline.h"

#include <QWidget>

// The programme page's timeline: the shared drawing (ProgrammeTimeline) on screen.
// Clicking a bar or lane selects its audit; dragging a bar moves the audit (its operative
// dates) by whole days, shown as it is dragged and applied on release; with the keyboard,
// Up/Down select, Left/Right move the selected audit a day (with Shift a week).
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    void setTimeline(const ProgrammeTimeline &timeline);
    const ProgrammeTimeline &timeline() const { return m_timeline; }
    void setSelected(int audit);
    int selected() const { return m_timeline.selected; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // Where a bar is drawn (for tests and tool tips).
    QRectF barRect(int audit) const;

signals:
    void auditSelected(int audit);
    void auditMoved(int audit, int days);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF area() const;
    ProgrammeTimeline m_timeline;
    bool m_readOnly = false;
    double m_pressX = 0;
};
