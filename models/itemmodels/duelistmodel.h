#pragma once

#include "checks/duelist.h"
#include "itemmodels/memorylistmodel.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

class Database;

// A row of the Due list: the item, and its key in this reading. A due item has no id of its
// own (one programme gives an audit due, its window closing and a correction due), so the
// key is the item's place in DueList::compute's order; sorting keeps selections by it.
struct DueListRow
{
    qint64 id = 0;
    DueItem item;
};

// The list of the Due page: what needs a person within the coming N days and what is late
// (DueList::compute on today), filtered by kind and by words in the client, subject or
// detail. The list is computed once per reading (database, days, refresh, language) and
// filtered in memory, so a keystroke in the filter does not ask the database again. Late
// rows carry a "⚠" and their lateness in words as well as the colour.
using DueListModelBase = MemoryListModel<DueListRow>;

class DueListModel : public DueListModelBase
{
    Q_OBJECT

public:
    // Columns, in display order.
    enum Column {
        DueDate,    // the day it is due (or was)
        DaysLeft,   // "in 5 days", "today", "⚠ 3 days late"
        What,       // the kind of item (DueList::kindLabel)
        Client,     // the client's name, or the auditor's
        Subject,    // the audit, finding, certificate number, contract …
        Detail,     // why it is due
        ColumnCount
    };
    Q_ENUM(Column)

    // Roles beyond Qt's, valid on every column of a row. IdRole (RecordListModel) is the id
    // of the record to open, in the table under TableRole; idAt()/rowOf() use the row's key
    // in this reading (DueListRow::id), as a due item has no id of its own.
    enum Role {
        TableRole = RecordListModel::IdRole + 1,   // QString: programmes, certificates, contracts, auditors
        ClientIdRole,               // qint64: the client's id (0 for an auditor)
        KindRole,                   // int: DueItem::Kind
        KindKeyRole,                // QString: DueList::kindKey
        DateRole,                   // QDate: the day it is due
        DaysLeftRole,               // int: days from today to the date (negative: late)
        LateRole,                   // bool: the day has passed
    };
    Q_ENUM(Role)

    explicit DueListModel(QObject *parent = nullptr);

    void setDatabase(Database *db) override;
    // Computes the list again (after writes).
    void refresh() override;
    // Headers, and the items' texts, which DueList writes in the language in force.
    void retranslate() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Words that must all appear (any case) in the client's name, the subject or the detail.
    void setFilter(const QString &text) override;
    QString filter() const override { return m_filter; }
    // Only items of one kind (nullopt: every kind).
    void setKindFilter(std::optional<DueItem::Kind> kind);
    std::optional<DueItem::Kind> kindFilter() const { return m_kind; }
    // The horizon: items due within this many days from today, and everything late.
    void setDays(int days);
    int days() const { return m_days; }

    // The item on a row (the view's order); a default item when out of range.
    DueItem item(int row) const;
    // Every item computed, before the filters, in DueList's order.
    const QList<DueItem> &computed() const { return m_all; }
    // Items the word filter lets through, of one kind (nullopt: all kinds) — what the list
    // shows when that kind is chosen.
    int count(std::optional<DueItem::Kind> kind = std::nullopt) const;
    // Rows shown now that are late.
    int lateCount() const;
    // The day the list was computed for.
    QDate today() const { return m_today; }
    // Whether a list was computed (false: no database, or the reading failed).
    bool isComputed() const { return m_computed; }
    // How many lists were computed so far (a reset without a new one only filtered).
    int computations() const { return m_computations; }

protected:
    int columns() const override { return ColumnCount; }
    QList<DueListRow> read(Database &db) override;
    QString readFailedText(const QString &reason) const override;
    QString sortText(const DueListRow &row, int column) const override;
    int compare(const DueListRow &a, const DueListRow &b, int column) const override;

private:
    bool matches(const DueItem &item) const;
    QString daysText(const DueItem &item) const;
    void recompute();

    QList<DueItem> m_all;
    QHash<int, int> m_counts;   // by int(kind), items the word filter lets through
    int m_matching = 0;         // all kinds
    QStringList m_words;
    QString m_filter;
    std::optional<DueItem::Kind> m_kind;
    int m_days = 30;
    QDate m_today;
    bool m_computed = false;
    int m_computations = 0;
};
