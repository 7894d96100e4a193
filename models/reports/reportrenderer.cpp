// ReportRenderer: a ReportDocument laid out on A4 pages and painted — header and footer on
// every page, the letterhead on the first, tables that repeat their header, rows never cut.

#include "reportdocument.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QBuffer>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

#include <algorithm>
#include <memory>

namespace {

const QColor kText(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x55, 0x55, 0x55);
const QColor kRule(0x99, 0x99, 0x99);
const QColor kHeaderFill(0xe8, 0xec, 0xf2);

// A text laid out in lines of a width, measured for the device and drawn the same way.
class Text
{
public:
    Text(QString text, const QFont &font, QPaintDevice *device, double width) : m_layout(text.replace(u'\n', QChar::LineSeparator), font, device)
    {
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_layout.setTextOption(option);
        m_layout.setCacheEnabled(true);
        m_layout.beginLayout();
        double y = 0;
        for (;;) {
            QTextLine line = m_layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(std::max(1.0, width));
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        m_layout.endLayout();
        m_height = y;
    }
    double height() const { return m_height; }
    int lineCount() const { return m_layout.lineCount(); }
    QTextLine line(int i) const { return m_layout.lineAt(i); }
    void draw(QPainter *p, const QPointF &at) const
    {
        if (p)
            m_layout.draw(p, at);
    }
    void drawLine(QPainter *p, int i, const QPointF &at) const
    {
        if (p)
            m_layout.lineAt(i).draw(p, at);
    }
    double naturalWidth() const
    {
        double w = 0;
        for (int i = 0; i < m_layout.lineCount(); ++i)
            w = std::max(w, m_layout.lineAt(i).naturalTextWidth());
        return w;
    }

private:
    QTextLayout m_layout;
    double m_height = 0;
};

class Layout
{
public:
    Layout(const ReportDocument &document, QPagedPaintDevice &device, QPainter *painter, int total, bool onNewPage = false)
        : m_doc(document), m_device(device), m_painter(painter), m_total(total), m_newPageFirst(onNewPage)
    {
        m_mm = device.logicalDpiY() / 25.4;
        m_width = device.width();
        m_height = device.height();
        m_font = ReportRenderer::baseFont();
        m_bold = m_font;
        m_bold.setBold(true);
        m_small = m_font;
        m_small.setPointSizeF(m_font.pointSizeF() * 0.85);
        m_heading = m_bold;
        m_heading.setPointSizeF(m_font.pointSizeF() * 1.3);
    }

    int run()
    {
        startPage();
        letterhead();
        for (const ReportBlock &b : m_doc.blocks) {
            switch (b.kind) {
            case ReportBlock::Kind::Heading: heading(b); break;
            case ReportBlock::Kind::Paragraph: paragraph(b); break;
            case ReportBlock::Kind::Fields: fields(b); break;
            case ReportBlock::Kind::Table: table(b); break;
            case ReportBlock::Kind::Picture: picture(b); break;
            case ReportBlock::Kind::Signatures: signatures(b); break;
            }
        }
        return m_page;
    }

private:
    double mm(double v) const { return v * m_mm; }
    double pad() const { return mm(1.2); }
    bool atTop() const { return m_y <= m_top + 0.5; }

    void startPage()
    {
        if ((m_page > 0 || m_newPageFirst) && m_painter)
            m_device.newPage();
        ++m_page;
        // Header: title left, reference right, a rule below.
        const double half = m_width * 0.62;
        const Text title(m_doc.title, m_bold, &m_device, half);
        const Text reference(m_doc.reference, m_small, &m_device, m_width - half - mm(4));
        const double headerHeight = std::max(title.height(), reference.height());
        if (m_painter) {
            m_painter->setPen(kText);
            title.draw(m_painter, QPointF(0, 0));
            reference.draw(m_painter, QPointF(m_width - reference.naturalWidth(), 0));
            m_painter->setPen(QPen(kRule, mm(0.25)));
            m_painter->drawLine(QPointF(0, headerHeight + mm(1)), QPointF(m_width, headerHeight + mm(1)));
        }
        m_top = headerHeight + mm(4);
        // Footer: generated left, page X of Y right, a rule above.
        const QString page = m_doc.pageText.isEmpty() ? QStringLiteral("%1 / %2") : m_doc.pageText;
        const Text footer(m_doc.footer, m_small, &m_device, m_width * 0.7);
        const Text number(page.arg(m_page).arg(m_total > 0 ? m_total : m_page), m_small, &m_device, m_width * 0.28);
        const double footerHeight = std::max(footer.height(), number.height());
        const double footerTop = m_height - footerHeight;
        if (m_painter) {
            m_painter->setPen(QPen(kRule, mm(0.25)));
            m_painter->drawLine(QPointF(0, footerTop - mm(1)), QPointF(m_width, footerTop - mm(1)));
            m_painter->setPen(kMuted);
            footer.draw(m_painter, QPointF(0, footerTop));
            number.draw(m_painter, QPointF(m_width - number.naturalWidth(), footerTop));
        }
        m_bottom = footerTop - mm(3);
        m_y = m_top;
    }

    // The body's logo, name, address and approval number, once, on the first page.
    void letterhead()
    {
        const ReportLetterhead &l = m_doc.letterhead;
        if (l.isEmpty())
            return;
        const double logoHeight = mm(16);
        double logoWidth = 0;
        if (!l.logo.isNull())
            logoWidth = std::min(mm(45), logoHeight * l.logo.width() / std::max(1, l.logo.height()));
        const double x = logoWidth > 0 ? logoWidth + mm(4) : 0;
        const Text name(l.name, m_heading, &m_device, m_width - x);
        QStringList lines;
        for (const QString &t : {l.address, l.approval})
            if (!t.isEmpty())
                lines << t;
        const Text details(lines.join(u'\n'), m_small, &m_device, m_width - x);
        const double textHeight = name.height() + (lines.isEmpty() ? 0 : mm(1) + details.height());
        const double height = std::max(logoWidth > 0 ? logoHeight : 0.0, textHeight);
        if (m_painter) {
            if (logoWidth > 0) {
                const double h = logoWidth * l.logo.height() / std::max(1, l.logo.width());
                m_painter->drawImage(QRectF(0, m_y + (height - h) / 2, logoWidth, h), l.logo);
            }
            const double top = m_y + (height - textHeight) / 2;
            m_painter->setPen(kText);
            name.draw(m_painter, QPointF(x, top));
            m_painter->setPen(kMuted);
            details.draw(m_painter, QPointF(x, top + name.height() + mm(1)));
            m_painter->setPen(QPen(kRule, mm(0.25)));
            m_painter->drawLine(QPointF(0, m_y + height + mm(2)), QPointF(m_width, m_y + height + mm(2)));
        }
        m_y += height + mm(5);
    }

    void ensure(double height)
    {
        if (m_y + height > m_bottom && !atTop())
            startPage();
    }

    void heading(const ReportBlock &b)
    {
        const Text text(b.text, m_heading, &m_device, m_width);
        const double before = atTop() ? 0 : mm(4);
        // Kept with what follows: at least three lines of it fit below.
        ensure(before + text.height() + mm(1.5) + QFontMetricsF(m_font, &m_device).height() * 3);
        if (!atTop())
            m_y += before;
        if (m_painter) {
            m_painter->setPen(kText);
            text.draw(m_painter, QPointF(0, m_y));
        }
        m_y += text.height() + mm(1.5);
    }

    // Lines of one text placed down the page, continuing on the next page where needed.
    void flow(const Text &text, double x, const QColor &colour)
    {
        for (int i = 0; i < text.lineCount(); ++i) {
            const QTextLine line = text.line(i);
            ensure(line.height());
            if (m_painter) {
                m_painter->setPen(colour.isValid() ? colour : kText);
                text.drawLine(m_painter, i, QPointF(x, m_y - line.y()));
            }
            m_y += line.height();
        }
    }

    void paragraph(const ReportBlock &b)
    {
        if (b.second.isEmpty()) {
            const Text text(b.text, m_font, &m_device, m_width);
            flow(text, 0, b.colour);
        } else {
            // Two languages side by side, each in its half; kept on one page where it fits.
            const double half = (m_width - mm(5)) / 2;
            const Text left(b.text, m_font, &m_device, half);
            const Text right(b.second, m_font, &m_device, half);
            const double height = std::max(left.height(), right.height());
            if (height <= m_bottom - m_top) {
                ensure(height);
                if (m_painter) {
                    m_painter->setPen(b.colour.isValid() ? b.colour : kText);
                    left.draw(m_painter, QPointF(0, m_y));
                    right.draw(m_painter, QPointF(half + mm(5), m_y));
                }
                m_y += height;
            } else {
                flow(left, 0, b.colour);
                flow(right, 0, b.colour);
            }
        }
        m_y += mm(1.5);
    }

    void fields(const ReportBlock &b)
    {
        const double labelWidth = m_width * 0.26;
        const double valueWidth = m_width - labelWidth - mm(3);
        for (const auto &[label, value] : b.fields) {
            const Text l(label, m_bold, &m_device, labelWidth);
            const Text v(value.isEmpty() ? QStringLiteral("—") : value, m_font, &m_device, valueWidth);
            const double height = std::max(l.height(), v.height()) + mm(0.8);
            ensure(height);
            if (m_painter) {
                m_painter->setPen(kMuted);
                l.draw(m_painter, QPointF(0, m_y));
                m_painter->setPen(kText);
                v.draw(m_painter, QPointF(labelWidth + mm(3), m_y));
            }
            m_y += height;
        }
        m_y += mm(1.5);
    }

    QList<double> columns(const ReportBlock &b) const
    {
        const qsizetype n = std::max<qsizetype>(b.header.size(), b.widths.size());
        QList<double> w(n, 1.0);
        for (qsizetype i = 0; i < std::min(n, b.widths.size()); ++i)
            w[i] = std::max(0.01, b.widths.at(i));
        double sum = 0;
        for (double v : std::as_const(w))
            sum += v;
        for (double &v : w)
            v = v / sum * m_width;
        return w;
    }

    // One row of cells: their texts laid out, the height of the highest.
    struct Row
    {
        std::vector<std::unique_ptr<Text>> cells;
        double height = 0;
    };
    Row rowOf(const QList<ReportCell> &cells, const QList<double> &widths, bool header) const
    {
        Row row;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const ReportCell cell = c < cells.size() ? cells.at(c) : ReportCell();
            auto text = std::make_unique<Text>(cell.text, header || cell.bold ? m_bold : m_small, &m_device,
                                               widths.at(c) - 2 * pad());
            row.height = std::max(row.height, text->height() + 2 * pad());
            row.cells.push_back(std::move(text));
        }
        return row;
    }
    void drawRow(const Row &row, const QList<ReportCell> &cells, const QList<double> &widths, bool header)
    {
        if (!m_painter)
            return;
        double x = 0;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const QRectF box(x, m_y, widths.at(c), row.height);
            if (header)
                m_painter->fillRect(box, kHeaderFill);
            m_painter->setPen(QPen(kRule, mm(0.2)));
            m_painter->drawRect(box);
            const QColor colour = c < cells.size() && cells.at(c).colour.isValid() ? cells.at(c).colour : kText;
            m_painter->setPen(colour);
            m_painter->save();
            m_painter->setClipRect(box);
            row.cells.at(size_t(c))->draw(m_painter, QPointF(x + pad(), m_y + pad()));
            m_painter->restore();
            x += widths.at(c);
        }
    }

    void table(const ReportBlock &b)
    {
        const QList<double> widths = columns(b);
        QList<ReportCell> headerCells;
        for (const QString &h : b.header)
            headerCells << ReportCell{h, true, QColor()};
        const Row header = rowOf(headerCells, widths, true);
        const auto putHeader = [&] {
            drawRow(header, headerCells, widths, true);
            m_y += header.height;
        };
        const double firstRow = b.rows.isEmpty() ? 0 : rowOf(b.rows.first(), widths, false).height;
        ensure(header.height + firstRow);
        putHeader();
        for (const QList<ReportCell> &cells : b.rows) {
            const Row row = rowOf(cells, widths, false);
            if (m_y + row.height > m_bottom) {
                startPage();
                putHeader();   // the header again on every page the table runs onto
            }
            drawRow(row, cells, widths, false);
            m_y += row.height;
        }
        m_y += mm(2.5);
    }

    void picture(const ReportBlock &b)
    {
        const double height = std::min(mm(b.heightMm), m_bottom - m_top);
        ensure(height);
        if (m_painter && b.draw) {
            m_painter->save();
            const QRectF area(0, m_y, m_width, height);
            m_painter->setClipRect(area);
            b.draw(*m_painter, area);
            m_painter->restore();
        }
        m_y += height + mm(2.5);
    }

    void signatures(const ReportBlock &b)
    {
        const qsizetype n = std::max<qsizetype>(1, b.header.size());
        const double width = m_width / double(n);
        const QString signature = b.fields.isEmpty() ? QString() : b.fields.first().first;
        const QString date = b.fields.isEmpty() ? QString() : b.fields.first().second;
        double roleHeight = 0;
        for (const QString &role : b.header)
            roleHeight = std::max(roleHeight, Text(role, m_bold, &m_device, width - mm(3) - 2 * pad()).height());
        const double lineGap = mm(9);
        const double height = roleHeight + 2 * lineGap + 2 * pad();
        ensure(height);
        for (qsizetype i = 0; i < b.header.size(); ++i) {
            const QRectF box(i * width, m_y, width - mm(3), height);
            if (!m_painter)
                continue;
            const Text role(b.header.at(i), m_bold, &m_device, box.width() - 2 * pad());
            m_painter->setPen(QPen(kRule, mm(0.2)));
            m_painter->drawRect(box);
            m_painter->setPen(kText);
            role.draw(m_painter, box.topLeft() + QPointF(pad(), pad()));
            // A labelled line to sign on, and one for the date.
            for (int l = 0; l < 2; ++l) {
                const double base = box.top() + pad() + roleHeight + lineGap * (l + 1);
                const Text label(l == 0 ? signature : date, m_small, &m_device, box.width() / 2);
                m_painter->setPen(kMuted);
                label.draw(m_painter, QPointF(box.left() + pad(), base - label.height()));
                m_painter->setPen(QPen(kRule, mm(0.2)));
                m_painter->drawLine(QPointF(box.left() + pad() + label.naturalWidth() + mm(1), base),
                                    QPointF(box.right() - pad(), base));
            }
        }
        m_y += height + mm(2);
    }

    const ReportDocument &m_doc;
    QPagedPaintDevice &m_device;
    QPainter *m_painter;
    int m_total;
    bool m_newPageFirst = false;
    double m_mm = 1;
    double m_width = 0, m_height = 0, m_top = 0, m_bottom = 0, m_y = 0;
    int m_page = 0;
    QFont m_font, m_bold, m_small, m_heading;
};

} // namespace

QFont ReportRenderer::baseFont(double pointSize)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Droid Sans Fallback")});
    font.setPointSizeF(pointSize);
    font.setStyleStrategy(QFont::PreferOutline);
    return font;
}

void ReportRenderer::setUpPage(QPagedPaintDevice &device, bool landscape)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                     QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter));
}

int ReportRenderer::pageCount(const ReportDocument &document, QPagedPaintDevice &device)
{
    return Layout(document, device, nullptr, 0).run();
}

int ReportRenderer::render(const ReportDocument &document, QPagedPaintDevice &device)
{
    QPainter painter(&device);
    if (!painter.isActive())
        return 0;
    const int pages = renderInto(document, device, painter, false);
    painter.end();
    return pages;
}

int ReportRenderer::renderInto(const ReportDocument &document, QPagedPaintDevice &device, QPainter &painter, bool onNewPage)
{
    const int total = pageCount(document, device);
    painter.setRenderHint(QPainter::Antialiasing);
    return Layout(document, device, &painter, total, onNewPage).run();
}

namespace {

int renderPdf(const ReportDocument &document, QIODevice *device)
{
    QPdfWriter writer(device);
    writer.setCreator(QStringLiteral("CSISMS Desk"));
    writer.setTitle(document.title);
    writer.setResolution(600);
    ReportRenderer::setUpPage(writer, document.landscape);
    return ReportRenderer::render(document, writer);
}

} // namespace

QByteArray ReportRenderer::pdfBytes(const ReportDocument &document, int *pages)
{
    QByteArray bytes;
    int written = 0;
    {
        QBuffer buffer(&bytes);
        if (!buffer.open(QIODevice::WriteOnly))
            return {};
        written = renderPdf(document, &buffer);
    }
    if (pages)
        *pages = written;
    return written > 0 ? bytes : QByteArray();
}

QString ReportRenderer::writePdf(const ReportDocument &document, const QString &path, int *pages)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("ReportRenderer", "The file %1 cannot be written: %2")
            .arg(QFileInfo(path).absoluteFilePath(), file.errorString());
    const int written = renderPdf(document, &file);
    if (written == 0) {
        file.cancelWriting();
        return QCoreApplication::translate("ReportRenderer", "The report could not be drawn into %1.")
            .arg(QFileInfo(path).absoluteFilePath());
    }
    if (!file.commit())
        return QCoreApplication::translate("ReportRenderer", "The file %1 cannot be written: %2")
            .arg(QFileInfo(path).absoluteFilePath(), file.errorString());
    if (pages)
        *pages = written;
    return QString();
}
