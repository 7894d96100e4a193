#pragma once

#include "itemmodels/referencetablemodel.h"

// The business-scope classification (the rules' Appendix A) as Settings → Reference data
// shows it: one row per class in table order, with both names, the risk level and how
// many records use it. A class in use can only be retired, never deleted or recoded (the
// repository refuses and says why).
class ScopeClassTableModel : public ReferenceTableModel
{
    Q_OBJECT

public:
    // Columns, in display order.
    enum Column {
        Code,     // class code, e.g. CS-01
        NameZh,   // Chinese name
        NameEn,   // English name
        Risk,     // high / medium / low, in the user's language
        Uses,     // number of records that refer to the class
        Status,   // in use / retired
        ColumnCount
    };
    Q_ENUM(Column)

    // Roles beyond ReferenceTableModel's.
    enum ScopeClassRole {
        RiskKeyRole = ActiveRole + 1,  // QString risk key: high, medium, low
        UseCountRole,                  // int: records that refer to the class
    };
    Q_ENUM(ScopeClassRole)

    explicit ScopeClassTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Fields: code, name_zh, name_en, risk (key); plus id, active and sort_order.
    QStringList fieldKeys() const override;
    QVariantMap entry(int row) const override;
    QList<FieldProblem> validate(const QVariantMap &entry) const override;
    bool canRetire() const override { return true; }
    bool canRemove() const override { return true; }

    const ScopeClass &scopeClass(int row) const { return m_rows.at(row).scopeClass; }
    int useCount(int row) const { return m_rows.at(row).uses; }
    static ScopeClass fromEntry(const QVariantMap &entry);

protected:
    void loadRows(ReferenceRepository &repository) override;
    void clearRows() override { m_rows.clear(); }
    int rowsLoaded() const override { return int(m_rows.size()); }
    qint64 rowId(int row) const override { return m_rows.at(row).scopeClass.id; }
    WriteResult write(ReferenceRepository &repository, const QVariantMap &entry) override;
    WriteResult writeActive(ReferenceRepository &repository, qint64 id, bool active) override;
    WriteResult writeRemove(ReferenceRepository &repository, qint64 id) override;

private:
    struct Row
    {
        ScopeClass scopeClass;
        int uses = 0;
    };
    QList<Row> m_rows;
};
