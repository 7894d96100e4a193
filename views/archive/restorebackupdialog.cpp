#include "archive/restorebackupdialog.h"

#include "archive/backupstore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
const QString kKeepKey = QStringLiteral("backup/keep");
}

int RestoreBackupDialog::keep() { return std::clamp(QSettings().value(kKeepKey, BackupStore::kDefaultKeep).toInt(), 1, 365); }

RestoreBackupDialog::RestoreBackupDialog(const BackupStore &store, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(this)), m_keep(new QSpinBox(this)), m_folder(new QLabel(this)),
      m_restore(new QPushButton(tr("&Restore…"), this))
{
    setWindowTitle(tr("Restore from backup"));
    setObjectName(QStringLiteral("restoreBackupDialog"));
    m_table->setObjectName(QStringLiteral("backups"));
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("Backup of"), tr("Written"), tr("Size"), tr("Clients"), tr("Applications"),
                                        tr("Programmes"), tr("Certificates"), tr("Change-log entries")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    const QLocale locale;
    const QList<BackupStore::Backup> backups = store.list();
    m_table->setRowCount(int(backups.size()));
    for (int row = 0; row < backups.size(); ++row) {
        const BackupStore::Backup &b = backups.at(row);
        const BackupStore::Contents c = BackupStore::contents(b.path);
        const QString what = b.beforeRestore ? tr("before a restore") : locale.toString(b.day, QLocale::ShortFormat);
        const QStringList cells{what,
                                locale.toString(b.written, QLocale::ShortFormat),
                                tr("%1 MB").arg(locale.toString(b.bytes / 1048576.0, 'f', 1)),
                                c.error.isEmpty() ? locale.toString(c.clients) : tr("unreadable"),
                                c.error.isEmpty() ? locale.toString(c.applications) : QString(),
                                c.error.isEmpty() ? locale.toString(c.programmes) : QString(),
                                c.error.isEmpty() ? locale.toString(c.certificates) : QString(),
                                c.error.isEmpty() ? locale.toString(c.logEntries) : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!c.error.isEmpty())
                item->setToolTip(c.error);
            m_table->setItem(row, column, item);
        }
        m_paths << (c.error.isEmpty() ? b.path : QString());
    }
    m_table->resizeColumnsToContents();
    m_folder->setText(backups.isEmpty() ? tr("There is no backup of this database yet. One is made every day it is open "
                                             "and when the window closes, in %1.")
                                              .arg(QDir::toNativeSeparators(store.folder()))
                                        : tr("In %1.").arg(QDir::toNativeSeparators(store.folder())));
    m_folder->setWordWrap(true);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keep->setObjectName(QStringLiteral("keepBackups"));
    m_keep->setRange(1, 365);
    m_keep->setValue(keep());
    connect(m_keep, &QSpinBox::valueChanged, this, [](int value) { QSettings().setValue(kKeepKey, value); });
    auto *chooseFolder = new QPushButton(tr("Choose &folder…"), this);
    chooseFolder->setToolTip(tr("Keep the backups on another disk, so that they outlive this one"));
    connect(chooseFolder, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the backups"), BackupStore::defaultRoot());
        if (folder.isEmpty())
            return;
        BackupStore::setChosenRoot(folder);
        m_folder->setText(tr("From now on the backups go to %1.").arg(QDir::toNativeSeparators(folder)));
    });
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Backups are kept in:"), chooseFolder);
    auto *keepLabel = new QLabel(tr("&Keep the newest daily backups:"), this);
    keepLabel->setBuddy(m_keep);
    form->addRow(keepLabel, m_keep);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_restore->setEnabled(false);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        m_restore->setEnabled(row >= 0 && !m_paths.value(row).isEmpty());
    });
    connect(m_restore, &QPushButton::clicked, this, &RestoreBackupDialog::restoreSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &RestoreBackupDialog::restoreSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_folder);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(820, 360);
}

void RestoreBackupDialog::restoreSelected()
{
    const int row = m_table->currentRow();
    const QString path = m_paths.value(row);
    if (path.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, windowTitle(),
        tr("Replace the open database by the backup of %1 (%2)? Everything written since then is replaced; the current "
           "file is backed up first, so this can be taken back by restoring that copy.")
            .arg(m_table->item(row, 0)->text(), m_table->item(row, 1)->text()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_chosen = path;
    accept();
}
