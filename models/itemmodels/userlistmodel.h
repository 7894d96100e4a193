#pragma once

#include "domain/user.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class Database;

// The local user profiles as Settings → Users shows them: one row per profile by name,
// with its role in the user's language, the auditor it is linked to and whether it is
// active (profiles are never deleted: the change log names them). Read-only; the page
// writes through UserRepository and calls refresh().
class UserListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Columns, in display order.
    enum Column {
        Name,     // profile name, as the change log records it
        Role,     // reviewer, manager, decision-maker, administrator (translated)
        Auditor,  // name of the linked auditor, empty when none
        Status,   // active / inactive
        ColumnCount
    };
    Q_ENUM(Column)

    // Roles beyond Qt's, valid on every column of a row.
    enum ItemRole {
        IdRole = Qt::UserRole + 1,  // qint64 id of the profile
        RoleKeyRole,                // QString role key (reviewer ...)
        ActiveRole,                 // bool
        AuditorIdRole,              // qint64 id of the linked auditor, 0 when none
    };
    Q_ENUM(ItemRole)

    explicit UserListModel(QObject *parent = nullptr);

    // The database to list (nullptr: no rows). Resets the model.
    void setDatabase(Database *db);
    Database *database() const { return m_db; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const User &user(int row) const { return m_users.at(row); }
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;

    // Reads the profiles again; resets the model.
    void refresh();
    // Texts depend on the language: headers, roles and status change.
    void retranslate();

signals:
    // A read failed; the list is shown empty. message is for the user.
    void loadFailed(const QString &message);

private:
    void load();

    Database *m_db = nullptr;
    QList<User> m_users;
    QHash<qint64, QString> m_auditorNames;
};
