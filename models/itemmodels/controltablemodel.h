#pragma once

#include "itemmodels/referencetablemodel.h"

// The ISO/IEC 27017 control catalogue as Settings → Reference data shows it: one row per
// control in catalogue order, with both titles; retired controls stay listed (greyed,
// marked "retired"). Read-only cells; entries change through save() (see
// ReferenceTableModel).
class ControlTableModel : public ReferenceTableModel
{
    Q_OBJECT

public:
    // Columns, in display order.
    enum Column {
        Code,           // catalogue ID, e.g. 5.1.1 or CLD.6.3.1
        Clause,         // clause of ISO/IEC 27002 the control belongs to
        TitleZh,        // Chinese title
        TitleEn,        // English title
        CloudGuidance,  // "yes" when ISO/IEC 27017 adds cloud guidance
        Extended,       // "yes" for the CLD extended set
        Status,         // in use / retired
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ControlTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Fields: code, clause, title_zh, title_en, cloud_guidance, extended (bool); plus id,
    // active and sort_order.
    QStringList fieldKeys() const override;
    QVariantMap entry(int row) const override;
    QList<FieldProblem> validate(const QVariantMap &entry) const override;
    bool canRetire() const override { return true; }

    const Control &control(int row) const { return m_rows.at(row); }
    static Control fromEntry(const QVariantMap &entry);

protected:
    void loadRows(ReferenceRepository &repository) override;
    void clearRows() override { m_rows.clear(); }
    int rowsLoaded() const override { return int(m_rows.size()); }
    qint64 rowId(int row) const override { return m_rows.at(row).id; }
    WriteResult write(ReferenceRepository &repository, const QVariantMap &entry) override;
    WriteResult writeActive(ReferenceRepository &repository, qint64 id, bool active) override;

private:
    QList<Control> m_rows;
};
