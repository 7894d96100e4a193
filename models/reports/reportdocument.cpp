#include "reportdocument.h"

// ReportDocument: the blocks a report is built of, and the bilingual merge. The layout on
// pages and the painting are ReportRenderer's (reportrenderer.cpp).

#include <algorithm>

// ---- building ----

void ReportDocument::heading(const QString &text)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Heading;
    b.text = text;
    blocks << b;
}

void ReportDocument::paragraph(const QString &text, const QColor &colour)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Paragraph;
    b.text = text;
    b.colour = colour;
    blocks << b;
}

void ReportDocument::fields(const QList<std::pair<QString, QString>> &fields)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Fields;
    b.fields = fields;
    blocks << b;
}

void ReportDocument::table(const QStringList &header, const QList<double> &widths, const QList<QList<ReportCell>> &rows)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Table;
    b.header = header;
    b.widths = widths;
    b.rows = rows;
    blocks << b;
}

void ReportDocument::picture(double heightMm, std::function<void(QPainter &, const QRectF &)> draw)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Picture;
    b.heightMm = heightMm;
    b.draw = std::move(draw);
    blocks << b;
}

void ReportDocument::signatures(const QStringList &roles, const QString &signatureLabel, const QString &dateLabel)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Signatures;
    b.header = roles;
    b.fields = {{signatureLabel, dateLabel}};
    blocks << b;
}

QStringList ReportDocument::texts() const
{
    QStringList all{title, reference, footer};
    for (const QString &t : {letterhead.name, letterhead.address, letterhead.approval})
        if (!t.isEmpty())
            all << t;
    for (const ReportBlock &b : blocks) {
        if (!b.text.isEmpty())
            all << b.text;
        if (!b.second.isEmpty())
            all << b.second;
        for (const auto &[label, value] : b.fields)
            all << label << value;
        all << b.header;
        for (const QList<ReportCell> &row : b.rows)
            for (const ReportCell &cell : row)
                all << cell.text;
    }
    return all;
}

namespace {

QString both(const QString &zh, const QString &en)
{
    if (zh == en || en.isEmpty())
        return zh;
    if (zh.isEmpty())
        return en;
    return zh + u'\n' + en;
}

QString inline2(const QString &zh, const QString &en)
{
    return zh == en || en.isEmpty() ? zh : zh.isEmpty() ? en : zh + QStringLiteral(" / ") + en;
}

} // namespace

ReportDocument ReportDocument::bilingual(const ReportDocument &zh, const ReportDocument &en)
{
    ReportDocument d = zh;
    // The titles share the body's name: "示例认证中心 · 审核方案 / Audit programme".
    const qsizetype cut = zh.title.lastIndexOf(QStringLiteral(" · "));
    if (cut > 0 && en.title.startsWith(zh.title.left(cut + 3)))
        d.title = zh.title + QStringLiteral(" / ") + en.title.mid(cut + 3);
    else
        d.title = inline2(zh.title, en.title);
    d.reference = inline2(zh.reference, en.reference);
    d.footer = inline2(zh.footer, en.footer);
    d.pageText = zh.pageText + QStringLiteral(" / ") + en.pageText;
    d.letterhead.name = both(zh.letterhead.name, en.letterhead.name);
    d.letterhead.address = both(zh.letterhead.address, en.letterhead.address);
    // "国家认监委批准号 / CNCA approval CNCA-R-2002-001": the number once.
    const QString &zhApproval = zh.letterhead.approval, &enApproval = en.letterhead.approval;
    const QString number = zhApproval.section(u' ', -1);
    if (!number.isEmpty() && zhApproval.endsWith(u' ' + number) && enApproval.endsWith(u' ' + number) && zhApproval != enApproval)
        d.letterhead.approval = zhApproval.chopped(number.size() + 1) + QStringLiteral(" / ") + enApproval;
    else
        d.letterhead.approval = inline2(zhApproval, enApproval);
    const qsizetype n = std::min(zh.blocks.size(), en.blocks.size());
    for (qsizetype i = 0; i < n; ++i) {
        ReportBlock &b = d.blocks[i];
        const ReportBlock &e = en.blocks.at(i);
        switch (b.kind) {
        case ReportBlock::Kind::Heading: b.text = inline2(b.text, e.text); break;
        case ReportBlock::Kind::Paragraph:
            if (b.text != e.text)
                b.second = e.text;
            break;
        case ReportBlock::Kind::Fields:
            for (qsizetype f = 0; f < std::min(b.fields.size(), e.fields.size()); ++f) {
                b.fields[f].first = both(b.fields.at(f).first, e.fields.at(f).first);
                b.fields[f].second = both(b.fields.at(f).second, e.fields.at(f).second);
            }
            break;
        case ReportBlock::Kind::Signatures:
            for (qsizetype f = 0; f < std::min(b.fields.size(), e.fields.size()); ++f) {
                b.fields[f].first = inline2(b.fields.at(f).first, e.fields.at(f).first);
                b.fields[f].second = inline2(b.fields.at(f).second, e.fields.at(f).second);
            }
            Q_FALLTHROUGH();
        case ReportBlock::Kind::Table:
            for (qsizetype c = 0; c < std::min(b.header.size(), e.header.size()); ++c)
                b.header[c] = both(b.header.at(c), e.header.at(c));
            for (qsizetype r = 0; r < std::min(b.rows.size(), e.rows.size()); ++r)
                for (qsizetype c = 0; c < std::min(b.rows.at(r).size(), e.rows.at(r).size()); ++c)
                    b.rows[r][c].text = both(b.rows.at(r).at(c).text, e.rows.at(r).at(c).text);
            break;
        case ReportBlock::Kind::Picture: break;   // drawn in Chinese; the legend is in the table
        }
    }
    return d;
}

ReportDocument ReportDocument::inLanguage(ReportLanguage::Mode mode,
                                          const std::function<ReportDocument(ReportLanguage::Mode)> &build)
{
    const auto one = [&build](ReportLanguage::Mode single) {
        const ReportLanguage::Scope scope(single);
        return build(single);
    };
    if (mode == ReportLanguage::Mode::Bilingual)
        return bilingual(one(ReportLanguage::Mode::Chinese), one(ReportLanguage::Mode::English));
    return one(mode);
}
