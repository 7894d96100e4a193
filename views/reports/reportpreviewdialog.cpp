#include "reportpreviewdialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QToolBar>

ReportPreviewDialog::ReportPreviewDialog(Builder build, ReportLanguage::Mode mode, const QString &fileName, QWidget *parent)
    : QPrintPreviewDialog(parent), m_build(std::move(build)), m_mode(mode), m_fileName(fileName)
{
    setObjectName(QStringLiteral("reportPreview"));
    m_document = m_build(m_mode);
    ReportRenderer::setUpPage(*printer(), m_document.landscape);
    connect(this, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *printer) { ReportRenderer::render(m_document, *printer); });
    m_preview = findChild<QPrintPreviewWidget *>();

    // The report's own tools, on the preview's tool bar.
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_language->addItem(QStringLiteral("中文"), int(ReportLanguage::Mode::Chinese));
    m_language->addItem(QStringLiteral("English"), int(ReportLanguage::Mode::English));
    m_language->addItem(QString(), int(ReportLanguage::Mode::Bilingual));
    m_language->setCurrentIndex(m_language->findData(int(m_mode)));
    connect(m_language, &QComboBox::activated, this,
            [this] { setMode(ReportLanguage::Mode(m_language->currentData().toInt())); });
    m_save = new QAction(this);
    m_save->setObjectName(QStringLiteral("saveAsPdf"));
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, this, &ReportPreviewDialog::saveAsPdf);
    if (auto *bar = findChild<QToolBar *>()) {
        bar->addSeparator();
        bar->addWidget(m_language);
        bar->addAction(m_save);
    } else {
        addAction(m_save);
    }
    retranslate();
    resize(1000, 900);
}

ReportLanguage::Mode ReportPreviewDialog::defaultMode()
{
    return QLocale().language() == QLocale::Chinese ? ReportLanguage::Mode::Chinese : ReportLanguage::Mode::English;
}

void ReportPreviewDialog::retranslate()
{
    setWindowTitle(tr("Print preview — %1").arg(m_document.title));
    m_language->setItemText(2, tr("中文 + English"));
    m_language->setToolTip(tr("The language of this report (independent of the window's)"));
    m_save->setText(tr("Save as PDF…"));
    m_save->setToolTip(tr("Save the report as a PDF file (%1)").arg(m_save->shortcut().toString(QKeySequence::NativeText)));
}

void ReportPreviewDialog::setMode(ReportLanguage::Mode mode)
{
    if (mode == m_mode)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_mode = mode;
    m_document = m_build(m_mode);
    m_language->setCurrentIndex(m_language->findData(int(m_mode)));
    if (m_preview)
        m_preview->updatePreview();
    QApplication::restoreOverrideCursor();
    retranslate();
}

QString ReportPreviewDialog::saveAs(const QString &path) { return ReportRenderer::writePdf(m_document, path); }

void ReportPreviewDialog::saveAsPdf()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("reports/folder"),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report as PDF"), QDir(folder).filePath(m_fileName),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString target = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = saveAs(target);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Save as PDF"), error);
        return;
    }
    settings.setValue(QStringLiteral("reports/folder"), QFileInfo(target).absolutePath());
}
