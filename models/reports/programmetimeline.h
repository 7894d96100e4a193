#pragma once

#include "domain/programme.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QList>
#include <QRectF>

class QPainter;

// The drawing of a programme's cycle, shared by the programme page and the printed
// programme report (vector graphics either way): a time axis with years and months, the
// contract's signing, the decision D and the expiry E as labelled lines, and one lane per
// audit with the window the rules allow it shaded (its last days before E, where a
// warning starts, in amber), the audit as a bar coloured by status and marked ○ ◐ ● ✕ with
// its name for colour-blind users, and a red outline and "!" where a rule is broken.
struct ProgrammeTimeline
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeTimeline)

public:
    Programme programme;
    QList<ProgrammeRules::Window> windows;     // one per audit
    QList<ProgrammeViolation> violations;
    RuleParameters parameters;
    int selected = -1;
    // A bar being dragged: drawn moved by this many days.
    int dragged = -1;
    int dragDays = 0;
    QFont font;                                 // of the text; the geometry follows it

    // The first and last day drawn.
    QDate first() const;
    QDate last() const;
    // Geometry within `area`: the x of a day, the day at an x, the lane rectangle of an audit.
    double xOf(const QRectF &area, const QDate &day) const;
    QDate dayAt(const QRectF &area, double x) const;
    QRectF barOf(const QRectF &area, int audit) const;
    int auditAt(const QRectF &area, const QPointF &point) const;
    // The height the drawing wants for its lanes.
    static double laneHeight(const QFont &font);
    double heightFor(const QFont &font) const;

    void paint(QPainter &painter, const QRectF &area) const;
    // Builds the windows from the rules.
    static ProgrammeTimeline of(const Programme &programme, const QList<ProgrammeViolation> &violations,
                                const RuleParameters &parameters);
};
