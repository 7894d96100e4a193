#pragma once

#include "db/changelog.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

class Database;

// The history of one client's dossier as the editor's History tab shows it: one row per
// change-log entry (the client and its sub-records), newest first, with who, when and
// what changed in readable form. Read-only; refresh() after a write.
class ChangeHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Columns, in display order.
    enum Column {
        When,     // local time of the change, in the user's locale
        Who,      // user name recorded with the change
        Record,   // kind of record (translated) and its name or number
        Action,   // added, changed, deleted
        Changes,  // one "field: old → new" line per changed field
        ColumnCount
    };
    Q_ENUM(Column)

    // Roles beyond Qt's.
    enum Role {
        EntryIdRole = Qt::UserRole + 1,  // qint64 id of the change-log entry
        TimestampRole,                   // QDateTime (UTC) of the change
    };
    Q_ENUM(Role)

    explicit ChangeHistoryModel(QObject *parent = nullptr);

    // Reads the change-log entries of one record with its sub-records, newest first.
    using Loader = std::function<QList<ChangeEntry>(const Database &db, qint64 id)>;

    // Shows the history of a client (db nullptr or clientId 0: empty). Resets the model.
    void setClient(const Database *db, qint64 clientId);
    // Shows the history of any other kind of record as `loader` reads it, e.g. an auditor
    // with its competences (db nullptr or id 0: empty). Resets the model.
    void setRecord(const Database *db, qint64 id, Loader loader);
    // Id of the client or record shown (0: none).
    qint64 clientId() const { return m_clientId; }
    // Reads the log again; resets the model.
    void refresh();
    // Texts depend on the language: headers and cells change.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const ChangeEntry &entry(int row) const { return m_entries.at(row); }

    // Readable names, in the user's language, of a record table and of a column.
    static QString tableLabel(const QString &table);
    static QString fieldLabel(const QString &field);
    // The changes of an entry as lines "field: old → new" (added and deleted records
    // list their non-empty values).
    static QStringList changeLines(const ChangeEntry &entry);

signals:
    // The log could not be read; the history is shown empty. message is for the user.
    void loadFailed(const QString &message);

private:
    QString recordText(const ChangeEntry &entry) const;
    void load();

    const Database *m_db = nullptr;
    qint64 m_clientId = 0;
    Loader m_loader;   // empty: a client's history
    QList<ChangeEntry> m_entries;
};
