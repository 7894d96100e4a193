#pragma once

#include "db/database.h"
#include "itemmodels/recordlistmodel.h"

#include <QCollator>
#include <QList>
#include <QLocale>

#include <algorithm>

// A record list small enough to read whole (auditors, users, a client's applications …):
// one repository query gives every row, sorting happens in memory. What such lists share is
// here, once: reading (again) with a reset, a failed read shown as loadFailed and an empty
// list, sorting that keeps selections on their records and ties in id order, ids and rows,
// retranslation. A list of thousands of rows reads lazily instead (ClientListModel).
//
// The record type's model gives its columns, how it reads (read(), which may throw
// SqlError), the message of a failed read, and how two rows compare in a column: by
// sortText() through a Chinese collator unless compare() says otherwise. Row has an id.
// (moc needs the base named by an alias: using AuditorListModelBase = MemoryListModel<…>.)
template <class Row>
class MemoryListModel : public RecordListModel
{
public:
    using RecordListModel::RecordListModel;

    void setDatabase(Database *db) override
    {
        m_db = db;
        reread();
    }
    Database *database() const override { return m_db; }
    void refresh() override { reread(); }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : columns(); }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override
    {
        if (column < 0 || column >= columns())
            column = 0;
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QList<qint64> ids;
        for (const QModelIndex &index : before)
            ids << idAt(index.row());
        m_sortColumn = column;
        m_order = order;
        applySort();
        QModelIndexList after;
        for (int i = 0; i < before.size(); ++i) {
            const int row = rowOf(ids.at(i));
            after << (row >= 0 ? index(row, before.at(i).column()) : QModelIndex());
        }
        changePersistentIndexList(before, after);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    void retranslate() override
    {
        emit headerDataChanged(Qt::Horizontal, 0, columns() - 1);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columns() - 1),
                             {Qt::DisplayRole, Qt::ToolTipRole});
    }

    qint64 idAt(int row) const override { return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0; }
    int rowOf(qint64 id) const override
    {
        for (int row = 0; row < m_rows.size(); ++row)
            if (m_rows.at(row).id == id)
                return row;
        return -1;
    }
    const Row &row(int row) const { return m_rows.at(row); }

protected:
    virtual int columns() const = 0;
    // Every row the list shows now (its filters applied). Throws SqlError.
    virtual QList<Row> read(Database &db) = 0;
    // "The auditor list could not be read: %1" with the reason filled in.
    virtual QString readFailedText(const QString &reason) const = 0;
    // The text a column sorts by (default: none, so the order of read()).
    virtual QString sortText(const Row &, int) const { return {}; }
    // <0, 0, >0 as a sorts before, with or after b in the column (ascending).
    virtual int compare(const Row &a, const Row &b, int column) const
    {
        return m_collator.compare(sortText(a, column), sortText(b, column));
    }

    // Reads the rows again, with a reset (after a filter of the type's own changed).
    void reread()
    {
        beginResetModel();
        m_rows.clear();
        if (m_db) {
            try {
                m_rows = read(*m_db);
            } catch (const SqlError &e) {
                m_rows.clear();
                emit loadFailed(readFailedText(e.message()));
            }
        }
        applySort();
        endResetModel();
    }

private:
    void applySort()
    {
        if (m_sortColumn < 0)
            return;   // the repository's order
        const int column = m_sortColumn;
        std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Row &a, const Row &b) {
            const int c = compare(a, b, column);
            if (c == 0)
                return a.id < b.id;   // stable, whatever the direction
            return m_order == Qt::AscendingOrder ? c < 0 : c > 0;
        });
    }

    static QCollator makeCollator()
    {
        QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
        collator.setNumericMode(true);
        return collator;
    }

    Database *m_db = nullptr;
    QList<Row> m_rows;
    int m_sortColumn = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QCollator m_collator = makeCollator();
};
