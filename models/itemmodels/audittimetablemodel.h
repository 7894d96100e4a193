#pragma once

#include "itemmodels/referencetablemodel.h"

// The ISO/IEC 27006 initial audit-time table as Settings → Reference data shows it: one
// row per range of effective personnel with its auditor days, by personnel. Rows are
// added, changed and deleted (no retiring); the repository refuses overlapping ranges.
class AuditTimeTableModel : public ReferenceTableModel
{
    Q_OBJECT

public:
    // Columns, in display order.
    enum Column {
        MinPersonnel,  // smallest effective number of personnel of the row
        MaxPersonnel,  // largest
        Days,          // initial audit time in auditor days (stage 1 + stage 2)
        ColumnCount
    };
    Q_ENUM(Column)

    explicit AuditTimeTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Fields: min_personnel, max_personnel (int), days (double); plus id.
    QStringList fieldKeys() const override;
    QVariantMap entry(int row) const override;
    QList<FieldProblem> validate(const QVariantMap &entry) const override;
    bool canRemove() const override { return true; }

    const AuditTimeRow &auditTimeRow(int row) const { return m_rows.at(row); }
    static AuditTimeRow fromEntry(const QVariantMap &entry);

protected:
    void loadRows(ReferenceRepository &repository) override;
    void clearRows() override { m_rows.clear(); }
    int rowsLoaded() const override { return int(m_rows.size()); }
    qint64 rowId(int row) const override { return m_rows.at(row).id; }
    WriteResult write(ReferenceRepository &repository, const QVariantMap &entry) override;
    WriteResult writeRemove(ReferenceRepository &repository, qint64 id) override;

private:
    QList<AuditTimeRow> m_rows;
};
