#include "reports/programmebatchdialog.h"

#include "db/database.h"
#include "repositories/programmerepository.h"
#include "reports/reportpreviewdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

ProgrammeBatchDialog::ProgrammeBatchDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_language(new QComboBox(this)),
      m_oneFile(new QRadioButton(tr("&One PDF with every report"), this)),
      m_perClient(new QRadioButton(tr("One PDF per &client, into a folder"), this)), m_path(new QLineEdit(this)),
      m_count(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("programmeBatch"));
    setWindowTitle(tr("Audit programme reports"));
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setDate(QDate(today.year(), today.month(), 1));
    m_to->setDate(QDate(today.year(), today.month(), 1).addMonths(1).addDays(-1));
    m_language->addItem(QStringLiteral("中文"), int(ReportLanguage::Mode::Chinese));
    m_language->addItem(QStringLiteral("English"), int(ReportLanguage::Mode::English));
    m_language->addItem(tr("中文 + English"), int(ReportLanguage::Mode::Bilingual));
    m_language->setCurrentIndex(m_language->findData(int(ReportPreviewDialog::defaultMode())));
    m_oneFile->setChecked(true);

    auto *pathRow = new QHBoxLayout;
    auto *browse = new QPushButton(tr("&Browse…"), this);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Audits &from:"), m_from);
    form->addRow(tr("&to:"), m_to);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_oneFile);
    form->addRow(QString(), m_perClient);
    auto *pathLabel = new QLabel(tr("&Save to:"), this);
    pathLabel->setBuddy(m_path);   // a row holding a layout gets no buddy of its own
    form->addRow(pathLabel, pathRow);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The audit programme report of every client with an audit planned or done in these dates."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_count);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Write"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProgrammeBatchDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ProgrammeBatchDialog::choosePath);
    connect(m_from, &QDateEdit::dateChanged, this, &ProgrammeBatchDialog::recount);
    connect(m_to, &QDateEdit::dateChanged, this, &ProgrammeBatchDialog::recount);
    connect(m_path, &QLineEdit::textChanged, this, &ProgrammeBatchDialog::recount);

    const QString folder = QSettings().value(QStringLiteral("reports/folder"),
                                             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    m_path->setText(QDir(folder).filePath(tr("audit-programmes.pdf")));
    m_path->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 48);
    recount();
}

void ProgrammeBatchDialog::recount()
{
    const bool ordered = m_from->date() <= m_to->date();
    try {
        m_ids = ordered ? ProgrammeRepository(m_db).withAuditsBetween(m_from->date(), m_to->date()) : QList<qint64>();
    } catch (const SqlError &e) {
        m_ids.clear();
        m_count->setText(e.explanation());
    }
    if (!ordered)
        m_count->setText(tr("The first date is after the last: choose dates in order."));
    else
        m_count->setText(tr("%n report(s) to write.", nullptr, int(m_ids.size())));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_ids.isEmpty() && !m_path->text().trimmed().isEmpty());
}

void ProgrammeBatchDialog::choosePath()
{
    QString chosen;
    if (m_perClient->isChecked())
        chosen = QFileDialog::getExistingDirectory(this, tr("The folder for the reports"), QFileInfo(m_path->text()).absolutePath());
    else
        chosen = QFileDialog::getSaveFileName(this, tr("Save the reports as PDF"), m_path->text(), tr("PDF documents (*.pdf)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

ReportBatch::Result ProgrammeBatchDialog::run()
{
    QProgressDialog progress(tr("Writing the audit programme reports…"), tr("Cancel"), 0, int(m_ids.size()), this);
    progress.setObjectName(QStringLiteral("batchProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QString path = m_path->text().trimmed();
    const ReportBatch::Target target = m_perClient->isChecked() ? ReportBatch::Target::FilePerClient : ReportBatch::Target::OneFile;
    if (target == ReportBatch::Target::OneFile && !path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    const ReportBatch::Result result = ReportBatch::write(
        m_db, m_ids, ReportLanguage::Mode(m_language->currentData().toInt()), target, path, [&](int done, int total) {
            progress.setValue(done);
            progress.setLabelText(tr("Writing the audit programme reports… %1 of %2").arg(done).arg(total));
            QApplication::processEvents();   // the window stays responsive between reports
            return !progress.wasCanceled();
        });
    progress.reset();
    if (result.error.isEmpty() && !result.cancelled)
        QSettings().setValue(QStringLiteral("reports/folder"),
                             target == ReportBatch::Target::OneFile ? QFileInfo(path).absolutePath() : path);
    return result;
}

void ProgrammeBatchDialog::accept()
{
    ReportBatch::Result result;
    try {
        result = run();
    } catch (const SqlError &e) {
        QMessageBox::warning(this, windowTitle(), e.explanation());
        return;
    }
    if (result.cancelled) {
        QMessageBox::information(this, windowTitle(), tr("Cancelled: no file was written."));
        return;
    }
    if (!result.error.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("%1\nNo file was written.").arg(result.error));
        return;
    }
    QMessageBox::information(this, windowTitle(),
                             tr("%n report(s) written (%1 pages): %2", nullptr, result.reports)
                                 .arg(result.pages)
                                 .arg(QDir::toNativeSeparators(result.files.size() == 1 ? result.files.first() : m_path->text())));
    QDialog::accept();
}
