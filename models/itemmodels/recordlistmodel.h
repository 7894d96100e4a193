#pragma once

#include <QAbstractTableModel>

class Database;

// What a list page asks of the list of its records (RecordListPage): a read-only table over
// a repository, one row a record, its id under IdRole, filtered by the words typed and read
// again after writes. The record type's list model says how it reads, sorts and shows rows.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The id of a row's record (qint64), valid on every column. Models add roles after it.
    static constexpr int IdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    // The database to list (nullptr: an empty list). Resets the model.
    virtual void setDatabase(Database *db) = 0;
    virtual Database *database() const = 0;
    // Words that must all match (which columns, the model says).
    virtual void setFilter(const QString &text) = 0;
    virtual QString filter() const = 0;
    // Queries the repository again (after a write); resets the model.
    virtual void refresh() = 0;
    // Texts that depend on the language (headers, markers) change.
    virtual void retranslate() = 0;
    // Id of the record on a row (0 when out of range); row of a record, -1 when not listed.
    virtual qint64 idAt(int row) const = 0;
    virtual int rowOf(qint64 id) const = 0;

signals:
    // A repository query failed; message is for the user.
    void loadFailed(const QString &message);
};
