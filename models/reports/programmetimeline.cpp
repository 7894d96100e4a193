#include "programmetimeline.h"

#include "domain/displayformat.h"
#include "itemmodels/programmeauditsmodel.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace {

double labelWidth(const QRectF &area, const QFont &font)
{
    return std::min(area.width() * 0.2, QFontMetricsF(font).horizontalAdvance(QLatin1Char('M')) * 11);
}

double axisHeight(const QFont &font) { return QFontMetricsF(font).height() * 2.4; }

QRectF chartOf(const QRectF &area, const QFont &font)
{
    const double left = labelWidth(area, font);
    const double top = axisHeight(font);
    return QRectF(area.left() + left, area.top() + top, std::max(10.0, area.width() - left - 8),
                  std::max(10.0, area.height() - top - QFontMetricsF(font).height() * 2.6));
}

} // namespace

ProgrammeTimeline ProgrammeTimeline::of(const Programme &programme, const QList<ProgrammeViolation> &violations,
                                        const RuleParameters &parameters)
{
    ProgrammeTimeline t;
    t.programme = programme;
    t.violations = violations;
    t.parameters = parameters;
    for (int i = 0; i < programme.audits.size(); ++i)
        t.windows << ProgrammeRules::window(programme, i, parameters);
    return t;
}

QDate ProgrammeTimeline::first() const
{
    QDate d = programme.decisionDate().isValid() ? programme.decisionDate().addMonths(-4) : QDate::currentDate();
    if (programme.contractSignedOn.isValid())
        d = std::min(d, programme.contractSignedOn.addDays(-14));
    for (const ProgrammeAudit &a : programme.audits)
        if (a.start().isValid())
            d = std::min(d, a.start().addDays(-14));
    return QDate(d.year(), d.month(), 1);
}

QDate ProgrammeTimeline::last() const
{
    const QDate e = programme.expiryDate(parameters.cycleYears());
    QDate d = e.isValid() ? e.addMonths(1) : first().addYears(3);
    for (const ProgrammeAudit &a : programme.audits)
        if (a.end().isValid())
            d = std::max(d, a.end().addDays(30));
    return d;
}

double ProgrammeTimeline::xOf(const QRectF &area, const QDate &day) const
{
    const QRectF chart = chartOf(area, font);
    const double span = std::max<qint64>(1, first().daysTo(last()));
    return chart.left() + chart.width() * double(first().daysTo(day)) / span;
}

QDate ProgrammeTimeline::dayAt(const QRectF &area, double x) const
{
    const QRectF chart = chartOf(area, font);
    const double span = std::max<qint64>(1, first().daysTo(last()));
    return first().addDays(qint64(std::llround((x - chart.left()) / chart.width() * span)));
}

double ProgrammeTimeline::laneHeight(const QFont &font) { return QFontMetricsF(font).height() * 1.6; }

double ProgrammeTimeline::heightFor(const QFont &font) const
{
    return axisHeight(font) + laneHeight(font) * std::max<qsizetype>(1, programme.audits.size())
           + QFontMetricsF(font).height() * 2.8;
}

QRectF ProgrammeTimeline::barOf(const QRectF &area, int audit) const
{
    const QRectF chart = chartOf(area, font);
    const double lane = laneHeight(font);
    const ProgrammeAudit &a = programme.audits.at(audit);
    const int shift = audit == dragged ? dragDays : 0;
    const double x1 = xOf(area, a.start().addDays(shift));
    const double x2 = xOf(area, a.end().addDays(shift + 1));
    const double top = chart.top() + lane * audit + lane * 0.2;
    return QRectF(x1, top, std::max(6.0, x2 - x1), lane * 0.6);
}

int ProgrammeTimeline::auditAt(const QRectF &area, const QPointF &point) const
{
    for (int i = 0; i < programme.audits.size(); ++i) {
        if (!programme.audits.at(i).start().isValid() || !programme.audits.at(i).end().isValid())
            continue;
        if (barOf(area, i).adjusted(-3, -3, 3, 3).contains(point))
            return i;
    }
    // Anywhere on a lane selects its audit.
    const QRectF chart = chartOf(area, font);
    const int lane = int((point.y() - chart.top()) / laneHeight(font));
    return point.y() >= chart.top() && lane >= 0 && lane < programme.audits.size() ? lane : -1;
}

void ProgrammeTimeline::paint(QPainter &painter, const QRectF &area) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const QRectF chart = chartOf(area, font);
    const double lane = laneHeight(font);
    const double lanesBottom = chart.top() + lane * std::max<qsizetype>(1, programme.audits.size());
    const QDate from = first(), to = last();

    // Axis: years, then months (every month a tick, a label where there is room).
    painter.setPen(QColor(0x44, 0x44, 0x44));
    const double monthWidth = chart.width() / std::max(1.0, from.daysTo(to) / 30.44);
    for (QDate m = from; m <= to; m = m.addMonths(1)) {
        const double x = xOf(area, m);
        const bool january = m.month() == 1;
        painter.setPen(january ? QColor(0x55, 0x55, 0x55) : QColor(0xdd, 0xdd, 0xdd));
        painter.drawLine(QPointF(x, area.top() + metrics.height() * (january ? 0.1 : 1.2)), QPointF(x, lanesBottom));
        painter.setPen(QColor(0x44, 0x44, 0x44));
        if (january || m == from)
            painter.drawText(QPointF(x + 3, area.top() + metrics.ascent()), QString::number(m.year()));
        if (monthWidth > metrics.horizontalAdvance(QStringLiteral("12")) + 4)
            painter.drawText(QRectF(x, area.top() + metrics.height() * 1.2, monthWidth, metrics.height()), Qt::AlignHCenter,
                             QString::number(m.month()));
    }

    // Lanes: the window allowed, then the audit's bar.
    for (int i = 0; i < programme.audits.size(); ++i) {
        const ProgrammeAudit &a = programme.audits.at(i);
        const double top = chart.top() + lane * i;
        if (i == selected)
            painter.fillRect(QRectF(area.left(), top, area.width(), lane), QColor(0xe8, 0xf0, 0xfb));
        if (i < windows.size() && a.counts()) {
            const ProgrammeRules::Window &w = windows.at(i);
            if (w.to.isValid()) {
                const double x1 = w.from.isValid() ? xOf(area, w.from) : chart.left();
                const double x2 = xOf(area, w.to.addDays(1));
                const QRectF band(x1, top + lane * 0.1, std::max(1.0, x2 - x1), lane * 0.8);
                painter.fillRect(band, QColor(0xdf, 0xf1, 0xdf));
                if (w.warnFrom.isValid())
                    painter.fillRect(QRectF(xOf(area, w.warnFrom), band.top(), x2 - xOf(area, w.warnFrom), band.height()),
                                     QColor(0xfb, 0xe9, 0xc4));
            }
        }
        // The name, with the status mark for who cannot tell the colours apart.
        painter.setPen(a.counts() ? QColor(0x22, 0x22, 0x22) : QColor(0x88, 0x88, 0x88));
        const QString name = QStringLiteral("%1 %2").arg(ProgrammeAuditsModel::statusMark(a.status),
                                                         ProgrammeAuditsModel::shortName(programme, i));
        painter.drawText(QRectF(area.left() + 4, top, chart.left() - area.left() - 8, lane), Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(name, Qt::ElideRight, chart.left() - area.left() - 8));
        if (!a.start().isValid() || !a.end().isValid())
            continue;
        bool error = false, warning = false;
        for (const ProgrammeViolation &v : violations)
            if (v.audit == i)
                (v.finding.severity == RuleFinding::Error ? error : warning) = true;
        const QRectF bar = barOf(area, i).translated(0, 0);
        QRectF scaled(bar.left(), top + lane * 0.2, bar.width(), lane * 0.6);
        const QColor colour = ProgrammeAuditsModel::statusColour(a.status);
        QPainterPath path;
        path.addRoundedRect(scaled, 3, 3);
        painter.fillPath(path, a.status == ProgrammeAudit::Status::Planned ? colour.lighter(125) : colour);
        if (a.status == ProgrammeAudit::Status::Cancelled) {
            painter.setPen(QPen(Qt::white, 1.5));
            painter.drawLine(scaled.topLeft(), scaled.bottomRight());
        }
        if (error || warning) {
            painter.setPen(QPen(error ? QColor(0xc6, 0x28, 0x28) : QColor(0xd8, 0x8a, 0x00), 2.5));
            painter.drawPath(path);
            painter.setPen(error ? QColor(0xc6, 0x28, 0x28) : QColor(0x9a, 0x6a, 0x00));
            QFont bold = font;
            bold.setBold(true);
            painter.setFont(bold);
            painter.drawText(QPointF(scaled.right() + 4, scaled.center().y() + metrics.ascent() / 2 - 1),
                             error ? QStringLiteral("!") : QStringLiteral("⚠"));
            painter.setFont(font);
        }
        if (i == selected) {
            painter.setPen(QPen(QColor(0x10, 0x10, 0x10), 1.5, Qt::DashLine));
            painter.drawRect(scaled.adjusted(-2, -2, 2, 2));
        }
    }

    // The cycle's dates as labelled lines.
    struct Mark { QDate day; QString label; QColor colour; Qt::PenStyle style; };
    const QDate D = programme.decisionDate();
    const QDate E = programme.expiryDate(parameters.cycleYears());
    QList<Mark> marks;
    if (programme.contractSignedOn.isValid())
        marks << Mark{programme.contractSignedOn, tr("Contract %1").arg(DisplayFormat::date(programme.contractSignedOn)),
                      QColor(0x77, 0x77, 0x77), Qt::DashLine};
    if (D.isValid())
        marks << Mark{D, (programme.actualDecision.isValid() ? tr("Decision %1") : tr("Decision %1 (planned)"))
                             .arg(DisplayFormat::date(D)),
                      QColor(0x1f, 0x3f, 0x9f), Qt::SolidLine};
    if (E.isValid())
        marks << Mark{E, tr("Expiry %1").arg(DisplayFormat::date(E)), QColor(0x9f, 0x1f, 0x1f), Qt::SolidLine};
    double lastRight = -1e9;
    int row = 0;
    for (const Mark &m : marks) {
        const double x = xOf(area, m.day);
        painter.setPen(QPen(m.colour, 1.5, m.style));
        painter.drawLine(QPointF(x, chart.top()), QPointF(x, lanesBottom + 2));
        const double w = metrics.horizontalAdvance(m.label);
        row = x - w / 2 < lastRight + 6 ? 1 - row : 0;
        const double left = std::clamp(x - w / 2, area.left(), area.right() - w);
        painter.drawText(QPointF(left, lanesBottom + metrics.ascent() + 2 + row * metrics.height()), m.label);
        lastRight = left + w;
    }
    painter.restore();
}
