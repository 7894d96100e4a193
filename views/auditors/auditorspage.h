#pragma once

#include "common/recordlistpage.h"

class AuditorEditor;
class AuditorListModel;
class QCheckBox;
class QSpinBox;

// The Auditors page: the body's auditors as a filterable, sortable list (name in either
// language or registration number; inactive ones on request; or only registrations that
// expire within N days, N defaulting to the registration-warning parameter) above the
// editor of the selected auditor (RecordListPage has the rest). An auditor other records
// refer to is marked inactive instead of deleted.
class AuditorsPage : public RecordListPage
{
    Q_OBJECT

public:
    explicit AuditorsPage(QWidget *parent = nullptr);

    QString title() const override;
    QString description() const override;

    AuditorEditor *editor() const;
    AuditorListModel *model() const;
    QCheckBox *showInactiveBox() const { return m_showInactive; }
    QCheckBox *expiringBox() const { return m_expiring; }
    QSpinBox *expiringDays() const { return m_days; }

protected:
    QStringList recordTables() const override;
    const char *parentColumn() const override { return "auditor_id"; }
    QStringList listedTables() const override;
    Texts texts() const override;
    QString rowCountText(int rows) const override;
    std::optional<Removal> removal(Database &db, qint64 id) const override;
    WriteResult remove(Database &db, qint64 id) const override;
    WriteResult setAside(Database &db, qint64 id) const override;
    qint64 storedCount(Database &db) const override;
    void retranslateOwn() override;
    void sessionChanged() override;

private:
    void updateExpiring();

    bool m_daysFromParameter = true;
    QCheckBox *m_showInactive = nullptr;
    QCheckBox *m_expiring = nullptr;
    QSpinBox *m_days = nullptr;
};
