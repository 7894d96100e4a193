#include "main/reportsmenu.h"

#include "db/database.h"
#include "reports/listreports.h"
#include "reports/programmebatchdialog.h"
#include "reports/reportpreviewdialog.h"
#include "reports/regulatoryexport.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>

ReportsMenu::ReportsMenu(std::function<Database *()> database, QWidget *parent)
    : QMenu(parent), m_database(std::move(database)), m_cnca(nullptr), m_certSearch(nullptr), m_programmes(addAction(QString())),
      m_informationSheet(addAction(QString()))
{
    addSeparator();
    m_cnca = addAction(QString());
    m_certSearch = addAction(QString());
    m_programmes->setObjectName(QStringLiteral("programmeReports"));
    connect(m_programmes, &QAction::triggered, this, &ReportsMenu::askProgrammes);
    m_informationSheet->setObjectName(QStringLiteral("informationSheet"));
    connect(m_informationSheet, &QAction::triggered, this, &ReportsMenu::previewInformationSheet);
    setObjectName(QStringLiteral("reportsMenu"));
    m_cnca->setObjectName(QStringLiteral("cncaReport"));
    m_certSearch->setObjectName(QStringLiteral("certSearchReport"));
    connect(m_cnca, &QAction::triggered, this, &ReportsMenu::askCnca);
    connect(m_certSearch, &QAction::triggered, this, &ReportsMenu::askCertSearch);
    connect(this, &QMenu::aboutToShow, this, [this] {
        m_cnca->setEnabled(m_database() != nullptr);
        m_certSearch->setEnabled(m_database() != nullptr);
        m_programmes->setEnabled(m_database() != nullptr);
        m_informationSheet->setEnabled(m_database() != nullptr);
    });
    retranslate();
}

void ReportsMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void ReportsMenu::retranslate()
{
    setTitle(tr("Re&ports"));
    m_programmes->setText(tr("&Audit programme reports…"));
    m_programmes->setToolTip(tr("The audit programme reports of every client with audits in a period, as PDF"));
    m_informationSheet->setText(tr("Public &information sheet…"));
    m_informationSheet->setToolTip(tr("What the body makes public to clients under rule 5.1.1, with its texts from "
                                      "Settings → Public information"));
    m_cnca->setText(tr("&CNCA monthly information report…"));
    m_cnca->setToolTip(tr("The audit-plan, certificate and audit-result sheets of a month, as an .xlsx file for the "
                          "national platform (due by the 10th of the next month)"));
    m_certSearch->setText(tr("IAF Cert&Search upload sheet…"));
    m_certSearch->setToolTip(tr("The certificate register as the IAF CertSearch bulk-upload spreadsheet"));
}

QString ReportsMenu::exportCnca(int year, int month, const QString &path)
{
    Database *db = m_database();
    if (!db)
        return tr("Open a database first.");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString message;
    try {
        message = RegulatoryExport::writeCnca(*db, year, month, path);
    } catch (const SqlError &e) {
        message = tr("The report could not be read from the database, and no file was written: %1").arg(e.explanation());
    }
    QApplication::restoreOverrideCursor();
    return message;
}

QString ReportsMenu::exportCertSearch(const QString &path)
{
    Database *db = m_database();
    if (!db)
        return tr("Open a database first.");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString message;
    QStringList problems;
    try {
        message = RegulatoryExport::writeCertSearch(*db, QDate::currentDate(), path, &problems);
    } catch (const SqlError &e) {
        message = tr("The register could not be read from the database, and no file was written: %1").arg(e.explanation());
    }
    QApplication::restoreOverrideCursor();
    if (!message.isEmpty() && !problems.isEmpty())
        message += QLatin1Char('\n') + problems.mid(0, 12).join(QLatin1Char('\n'))
                   + (problems.size() > 12 ? tr("\n… and %n more.", nullptr, int(problems.size() - 12)) : QString());
    return message;
}

void ReportsMenu::askCnca()
{
    QDialog dialog(parentWidget());
    dialog.setWindowTitle(tr("CNCA monthly information report"));
    auto *month = new QDateEdit(QDate::currentDate().addMonths(-1), &dialog);
    month->setObjectName(QStringLiteral("reportMonth"));
    month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    month->setCalendarPopup(false);
    auto *form = new QFormLayout(&dialog);
    auto *label = new QLabel(tr("&Month:"), &dialog);
    label->setBuddy(month);
    form->addRow(label, month);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QDate m = month->date();
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("CNCA-%1.xlsx").arg(m.toString(QStringLiteral("yyyy-MM"))));
    const QString path = QFileDialog::getSaveFileName(parentWidget(), tr("Save the CNCA report"), suggested,
                                                      tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    const QString message = exportCnca(m.year(), m.month(), path);
    if (message.isEmpty())
        QMessageBox::information(parentWidget(), tr("CNCA monthly information report"),
                                 tr("The report of %1 was written to %2.").arg(m.toString(QStringLiteral("yyyy-MM")),
                                                                               QDir::toNativeSeparators(path)));
    else
        QMessageBox::warning(parentWidget(), tr("CNCA monthly information report"), message);
}

void ReportsMenu::askCertSearch()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("CertSearch-%1.xlsx").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(parentWidget(), tr("Save the IAF CertSearch sheet"), suggested,
                                                      tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    const QString message = exportCertSearch(path);
    if (message.isEmpty())
        QMessageBox::information(parentWidget(), tr("IAF CertSearch upload sheet"),
                                 tr("The certificate register was written to %1. Check the accreditation status column "
                                    "before uploading.").arg(QDir::toNativeSeparators(path)));
    else
        QMessageBox::warning(parentWidget(), tr("IAF CertSearch upload sheet"), message);
}

void ReportsMenu::previewInformationSheet()
{
    Database *db = m_database();
    if (!db)
        return;
    ReportPreviewDialog dialog([db](ReportLanguage::Mode mode) { return ListReports::informationSheet(*db, mode); },
                               ReportPreviewDialog::defaultMode(),
                               tr("public-information-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate)), parentWidget());
    dialog.exec();
}

void ReportsMenu::askProgrammes()
{
    Database *db = m_database();
    if (!db)
        return;
    ProgrammeBatchDialog dialog(*db, parentWidget());
    dialog.exec();
}
