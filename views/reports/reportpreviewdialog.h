#pragma once

#include "reports/reportdocument.h"
#include "reports/reportlanguage.h"

#include <QPrintPreviewDialog>

#include <functional>

class QComboBox;
class QPrintPreviewWidget;

// The print preview of a report (QPrintPreviewDialog: pages, zoom, page setup, Print), with
// the report's language chosen for this report alone — 中文, English or both side by side —
// and Save as PDF…. The report is built again when the language changes.
class ReportPreviewDialog : public QPrintPreviewDialog
{
    Q_OBJECT

public:
    using Builder = std::function<ReportDocument(ReportLanguage::Mode)>;
    // `fileName`: suggested for Save as PDF (without folder).
    ReportPreviewDialog(Builder build, ReportLanguage::Mode mode, const QString &fileName, QWidget *parent = nullptr);

    ReportLanguage::Mode mode() const { return m_mode; }
    void setMode(ReportLanguage::Mode mode);
    const ReportDocument &document() const { return m_document; }
    // Writes the report as shown to `path`; the error, or empty.
    QString saveAs(const QString &path);

    // The language a report starts in: the window's.
    static ReportLanguage::Mode defaultMode();

private:
    void saveAsPdf();
    void retranslate();

    Builder m_build;
    ReportLanguage::Mode m_mode;
    ReportDocument m_document;
    QString m_fileName;
    QComboBox *m_language = nullptr;
    QAction *m_save = nullptr;
    QPrintPreviewWidget *m_preview = nullptr;
};
