#pragma once

#include <QColor>
#include <QFont>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include "reports/reportlanguage.h"

#include <functional>

class QPagedPaintDevice;
class QPainter;

// A printed report as a list of blocks, laid out on A4 pages by ReportRenderer: headings,
// paragraphs, label–value fields, tables whose header repeats on every page they run onto
// (a row is never cut in half), pictures drawn with QPainter (vector graphics in a PDF), and
// a sign-off block. Every page has the document's header (title left, number and version
// right) and footer (generation time left, "page X of Y" right). The same document is
// previewed, printed and written to PDF, in the window and from the command line.
struct ReportCell
{
    QString text;
    bool bold = false;
    QColor colour;   // invalid: the text colour
    bool operator==(const ReportCell &) const = default;
};

struct ReportBlock
{
    enum class Kind { Heading, Paragraph, Fields, Table, Picture, Signatures };
    Kind kind = Kind::Paragraph;
    QString text;                             // Heading, Paragraph
    QString second;                           // Paragraph: the other language, side by side
    QList<std::pair<QString, QString>> fields;   // Fields: label, value
    QStringList header;                       // Table; Signatures: the roles
    QList<double> widths;                     // Table: relative column widths
    QList<QList<ReportCell>> rows;            // Table
    double heightMm = 0;                      // Picture
    std::function<void(QPainter &, const QRectF &)> draw;   // Picture
    QColor colour;                            // Paragraph: invalid for the text colour
};

// The body's letterhead, on the first page under the header: its logo left, its name,
// address and approval number beside it. Nothing is drawn when all are empty.
struct ReportLetterhead
{
    QString name;
    QString address;
    QString approval;   // "CNCA approval CNCA-R-…"
    QImage logo;
    bool isEmpty() const { return name.isEmpty() && address.isEmpty() && approval.isEmpty() && logo.isNull(); }
};

struct ReportDocument
{
    QString title;       // header, left: the body and what the report is
    QString reference;   // header, right: report number and version
    QString footer;      // footer, left: when and by what it was generated
    QString pageText;    // footer, right: "Page %1 of %2" in the report's language
    bool landscape = false;   // A4 across, for wide registers
    ReportLetterhead letterhead;   // first page (ReportFrame fills it from Settings)
    QList<ReportBlock> blocks;

    void heading(const QString &text);
    void paragraph(const QString &text, const QColor &colour = QColor());
    void fields(const QList<std::pair<QString, QString>> &fields);
    void table(const QStringList &header, const QList<double> &widths, const QList<QList<ReportCell>> &rows);
    void picture(double heightMm, std::function<void(QPainter &, const QRectF &)> draw);
    // Boxes to sign, one per role, each with a signature and a date line.
    void signatures(const QStringList &roles, const QString &signatureLabel, const QString &dateLabel);

    // Every text of the document, in order (tests, search).
    QStringList texts() const;

    // The two languages of one report as one: where a text differs, Chinese above English
    // (a paragraph's two languages side by side). Both must come from the same builder on
    // the same data, so that their blocks, rows and cells correspond.
    static ReportDocument bilingual(const ReportDocument &chinese, const ReportDocument &english);
    // A report in `mode`: `build` run once per language the mode holds, each time inside
    // that language's ReportLanguage::Scope, and the two merged when bilingual.
    static ReportDocument inLanguage(ReportLanguage::Mode mode, const std::function<ReportDocument(ReportLanguage::Mode)> &build);
};

class ReportRenderer
{
public:
    // The fonts a report is set in: Latin letters and digits in DejaVu Sans, Chinese in
    // Droid Sans Fallback (both TrueType, embedded as subsets with their Unicode mapping,
    // so a PDF's text can be searched and copied).
    static QFont baseFont(double pointSize = 9.0);

    // Lays out and paints the document on `device` (A4 with its margins already set), a
    // page after another; returns the number of pages.
    static int render(const ReportDocument &document, QPagedPaintDevice &device);
    // Paints the document on a painter already active on `device`, after the pages already
    // there when `onNewPage` (several reports in one file); returns its number of pages.
    static int renderInto(const ReportDocument &document, QPagedPaintDevice &device, QPainter &painter, bool onNewPage);
    // The number of pages the document takes on `device`, without painting.
    static int pageCount(const ReportDocument &document, QPagedPaintDevice &device);

    // Writes the document as a PDF (A4, 15 mm margins): whole or not at all (a failed or
    // interrupted write leaves any earlier file as it was). Returns the error, or empty.
    static QString writePdf(const ReportDocument &document, const QString &path, int *pages = nullptr);
    // The document as the bytes of a PDF (as writePdf writes it); empty when it could not be drawn.
    static QByteArray pdfBytes(const ReportDocument &document, int *pages = nullptr);
    // Sets A4 (across when `landscape`) and the report's margins on a device (a printer,
    // a PDF writer).
    static void setUpPage(QPagedPaintDevice &device, bool landscape = false);
};
