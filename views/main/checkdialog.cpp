#include "main/checkdialog.h"

#include "db/chainanchor.h"
#include "db/database.h"
#include "db/recordlabels.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

CheckDialog::CheckDialog(const Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_report = DatabaseCheck::run(db, ChainAnchor::stored(db.path()));
    QApplication::restoreOverrideCursor();

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_findings = new QTreeWidget(this);
    m_findings->setRootIsDecorated(false);
    m_findings->setWordWrap(true);
    m_findings->setAlternatingRowColors(true);
    m_findings->setColumnCount(4);
    connect(m_findings, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString table = item->data(0, Qt::UserRole).toString();
        const qint64 row = item->data(1, Qt::UserRole).toLongLong();
        if (table.isEmpty() || row <= 0)
            return;
        const QJsonObject values = item->data(2, Qt::UserRole).toJsonObject();
        emit openRecord(RecordRef{table, row, values.value(QStringLiteral("client_id")).toInteger(), values, !values.isEmpty()});
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_findings, 1);
    layout->addWidget(buttons);
    resize(900, 500);
    retranslateUi();
}

void CheckDialog::retranslateUi()
{
    setWindowTitle(tr("Check database"));
    m_summary->setText(
        (m_report.chainIntact ? tr("%Ln change-log entries checked; the chain is intact.", nullptr, int(m_report.changeLogEntries))
                              : tr("%Ln change-log entries checked; the chain is BROKEN.", nullptr, int(m_report.changeLogEntries)))
        + u' ' + tr("Errors: %1. Warnings: %2.").arg(m_report.errorCount()).arg(m_report.warningCount()));
    m_findings->setHeaderLabels({tr("Severity"), tr("Rule"), tr("Record"), tr("Finding")});
    m_findings->clear();
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const CheckFinding &f : m_report.findings) {
        const bool error = f.severity == QLatin1String("error");
        auto *item = new QTreeWidgetItem(m_findings);
        item->setIcon(0, error ? errorIcon : warningIcon);
        item->setText(0, error ? tr("Error") : tr("Warning"));
        item->setText(1, f.rule);
        QString record;
        if (!f.table.isEmpty() && f.row) {
            QJsonObject values;
            try {
                if (m_db.recordTables().contains(f.table))
                    values = ChangeLog::snapshot(m_db, f.table, f.row);
            } catch (const SqlError &) {
            }
            record = RecordLabels::recordName(f.table, f.row, values);
            item->setData(2, Qt::UserRole, QVariant::fromValue(values));
            item->setToolTip(2, tr("Double-click or press Enter to open it."));
        } else if (!f.table.isEmpty()) {
            record = RecordLabels::table(f.table);
        }
        item->setText(2, record);
        item->setData(0, Qt::UserRole, f.table);
        item->setData(1, Qt::UserRole, f.row);
        item->setText(3, f.message);
        item->setToolTip(3, f.message);
    }
    if (m_report.findings.isEmpty())
        new QTreeWidgetItem(m_findings, {QString(), QString(), QString(), tr("No problems found.")});
    m_findings->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_findings->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_findings->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_findings->header()->setStretchLastSection(true);
}

void CheckDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The findings' messages are in the language of the check: check again.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_report = DatabaseCheck::run(m_db, ChainAnchor::stored(m_db.path()));
        QApplication::restoreOverrideCursor();
        retranslateUi();
    }
    QDialog::changeEvent(event);
}
