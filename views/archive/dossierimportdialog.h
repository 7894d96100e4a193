#pragma once

#include "archive/dossiermerge.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// Bringing a client's dossier in (File → Import client dossier…): what the bundle holds
// compared with this database, record by record. Records new here are listed and added;
// each record that differs shows its differing fields side by side, with when and by whom
// each side last changed it, and a check box "take the bundle's" that starts unchecked:
// nothing here is overwritten unless the user ticks it. Import writes it all in one go.
class DossierImportDialog : public QDialog
{
    Q_OBJECT

public:
    DossierImportDialog(const DossierMerge::Plan &plan, const QString &bundle, QWidget *parent = nullptr);

    // The differing records (indexes into plan.records) whose bundle values are chosen.
    QSet<int> taken() const;
    // Ticks or clears "take the bundle's" for every differing record.
    void takeAll(bool take);
    QTreeWidget *tree() const { return m_tree; }

private:
    void updateSummary();

    const DossierMerge::Plan &m_plan;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QList<std::pair<int, QTreeWidgetItem *>> m_choices;
    QPushButton *m_import;
};
