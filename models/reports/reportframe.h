#pragma once

#include "domain/bodysettings.h"
#include "reports/reportdocument.h"
#include "reports/reportlanguage.h"

#include <QDateTime>
#include <QImage>

class Database;

// What frames every report the body prints: the header (the body and what the report is,
// left; its reference, right), the letterhead on the first page (logo, name, address and CNCA
// approval number from Settings → Body and numbering, in the report's language), and the
// footer (when and by what it was generated; page X of Y). Read once and applied to each
// report of a batch.
class ReportFrame
{
public:
    ReportFrame() = default;
    explicit ReportFrame(const BodySettings &body);
    static ReportFrame read(Database &db);

    // Frames `doc`, a report called `what` with `reference`, built in `single` (Chinese or
    // English) for a report in `mode`. In a bilingual report both languages' titles carry
    // the Chinese name, so that the header names the body once.
    void apply(ReportDocument &doc, const QString &what, const QString &reference, const QDateTime &generated,
               ReportLanguage::Mode mode, ReportLanguage::Mode single) const;

    // The body's name and address in a language (the Chinese ones where no English is set).
    QString name(ReportLanguage::Mode single) const;
    QString address(ReportLanguage::Mode single) const;
    const BodySettings &body() const { return m_body; }

private:
    BodySettings m_body;
    QImage m_logo;
};
