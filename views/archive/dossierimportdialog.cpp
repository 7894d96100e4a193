#include "archive/dossierimportdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { RecordColumn, HereColumn, BundleColumn };

} // namespace

DossierImportDialog::DossierImportDialog(const DossierMerge::Plan &plan, const QString &bundle, QWidget *parent)
    : QDialog(parent), m_plan(plan)
{
    setObjectName(QStringLiteral("dossierImport"));
    setWindowTitle(tr("Import client dossier"));
    auto *layout = new QVBoxLayout(this);
    auto *source = new QLabel(tr("Bundle: %1").arg(QDir::toNativeSeparators(bundle)), this);
    source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(source);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("differences"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Record / field"), tr("In this database"), tr("In the bundle")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->setColumnWidth(RecordColumn, 320);
    m_tree->setColumnWidth(HereColumn, 260);
    auto *differs = new QTreeWidgetItem(m_tree, {tr("Records that differ: tick those whose values are to be taken from the bundle")});
    auto *added = new QTreeWidgetItem(m_tree, {tr("Records new here: added")});
    for (QTreeWidgetItem *group : {differs, added}) {
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(RecordColumn);
        bold.setBold(true);
        group->setFont(RecordColumn, bold);
    }
    for (int i = 0; i < plan.records.size(); ++i) {
        const DossierMerge::Record &r = plan.records.at(i);
        if (r.kind == DossierMerge::Record::Added) {
            new QTreeWidgetItem(added, {r.external ? tr("%1 (referred to by the dossier)").arg(r.name) : r.name});
            continue;
        }
        auto *item = new QTreeWidgetItem(differs, {tr("%1 — take the bundle's").arg(r.name),
                                                   r.hereChanged.isEmpty() ? QString() : tr("changed %1").arg(r.hereChanged),
                                                   r.bundleChanged.isEmpty() ? QString() : tr("changed %1").arg(r.bundleChanged)});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(RecordColumn, Qt::Unchecked);
        for (const DossierMerge::Difference &d : r.differences) {
            auto *field = new QTreeWidgetItem(item, {d.label, DossierMerge::displayValue(d.here), DossierMerge::displayValue(d.bundle)});
            field->setToolTip(HereColumn, field->text(HereColumn));
            field->setToolTip(BundleColumn, field->text(BundleColumn));
        }
        m_choices.append({i, item});
    }
    differs->setHidden(differs->childCount() == 0);
    added->setHidden(added->childCount() == 0);
    m_tree->expandAll();
    layout->addWidget(m_tree, 1);

    auto *buttons = new QDialogButtonBox(this);
    auto *takeAllButton = buttons->addButton(tr("&Take all from the bundle"), QDialogButtonBox::ActionRole);
    takeAllButton->setObjectName(QStringLiteral("takeAll"));
    auto *keepAllButton = buttons->addButton(tr("&Keep all as here"), QDialogButtonBox::ActionRole);
    keepAllButton->setObjectName(QStringLiteral("keepAll"));
    takeAllButton->setEnabled(!m_choices.isEmpty());
    keepAllButton->setEnabled(!m_choices.isEmpty());
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("import"));
    m_import->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(takeAllButton, &QPushButton::clicked, this, [this] { takeAll(true); });
    connect(keepAllButton, &QPushButton::clicked, this, [this] { takeAll(false); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::itemChanged, this, &DossierImportDialog::updateSummary);
    layout->addWidget(buttons);
    updateSummary();
    resize(980, 620);
}

QSet<int> DossierImportDialog::taken() const
{
    QSet<int> chosen;
    for (const auto &[index, item] : m_choices)
        if (item->checkState(RecordColumn) == Qt::Checked)
            chosen.insert(index);
    return chosen;
}

void DossierImportDialog::takeAll(bool take)
{
    for (const auto &[index, item] : std::as_const(m_choices))
        item->setCheckState(RecordColumn, take ? Qt::Checked : Qt::Unchecked);
}

void DossierImportDialog::updateSummary()
{
    const int take = int(taken().size());
    const QString client = m_plan.localClientId
                               ? tr("The dossier of %1, a client this database has.").arg(m_plan.clientName)
                               : tr("The dossier of %1, a client new to this database: all its records are added.")
                                     .arg(m_plan.clientName);
    m_summary->setText(client + u' '
                       + tr("%1 records are added, %2 differ (%3 to be taken from the bundle, the others kept as they are "
                            "here), %4 are the same, and %5 exist only here and are kept. %6 change-log entries of the other "
                            "database are kept with the dossier.")
                             .arg(m_plan.added())
                             .arg(m_plan.differing())
                             .arg(take)
                             .arg(m_plan.same)
                             .arg(m_plan.localOnly)
                             .arg(m_plan.peerEntries));
}
