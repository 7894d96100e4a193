#pragma once

#include "domain/informationsheet.h"
#include "itemmodels/referencetablemodel.h"

// The public information sheet (5.1.1) as Settings → Reference data shows it: the eleven
// items in the rules' order, each with its title and the body's text in both languages.
// The items are fixed by the rules: they are edited and restored, never added or deleted.
class InformationItemTableModel : public ReferenceTableModel
{
    Q_OBJECT

public:
    // Columns, in display order.
    enum Column {
        Item,      // (1) … (11)
        TitleZh,   // the item's title, Chinese
        TitleEn,   // English
        TextZh,    // the body's text, Chinese (first line shown; whole as tooltip)
        TextEn,    // English
        ColumnCount
    };
    Q_ENUM(Column)

    explicit InformationItemTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Fields: title_zh, title_en, text_zh, text_en; plus id and item.
    QStringList fieldKeys() const override;
    QVariantMap entry(int row) const override;
    QList<FieldProblem> validate(const QVariantMap &entry) const override;
    bool canAdd() const override { return false; }

    const InformationItem &item(int row) const { return m_rows.at(row); }
    static InformationItem fromEntry(const QVariantMap &entry);

protected:
    void loadRows(ReferenceRepository &repository) override;
    void clearRows() override { m_rows.clear(); }
    int rowsLoaded() const override { return int(m_rows.size()); }
    qint64 rowId(int row) const override { return m_rows.at(row).id; }
    WriteResult write(ReferenceRepository &repository, const QVariantMap &entry) override;

private:
    QList<InformationItem> m_rows;
};
