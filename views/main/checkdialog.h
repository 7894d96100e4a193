#pragma once

#include "checks/databasecheck.h"
#include "editing/changeset.h"

#include <QDialog>

class Database;
class QLabel;
class QTreeWidget;

// Tools → Check database…: the same check as `csisms check` (file integrity, foreign keys,
// the change-log chain, records changed behind the application's back, rule findings),
// shown as a list with severity in words and the rule ID of each finding.
class CheckDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CheckDialog(const Database &db, QWidget *parent = nullptr);

    const CheckReport &report() const { return m_report; }

signals:
    // A finding about a stored record was activated (double-click, Enter): open it.
    void openRecord(const RecordRef &record);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    const Database &m_db;
    CheckReport m_report;
    QLabel *m_summary;
    QTreeWidget *m_findings;
};
