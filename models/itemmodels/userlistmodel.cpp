#include "userlistmodel.h"

#include "db/database.h"
#include "repositories/auditorrepository.h"
#include "repositories/userrepository.h"

#include <QColor>

UserListModel::UserListModel(QObject *parent) : QAbstractTableModel(parent) {}

void UserListModel::setDatabase(Database *db)
{
    beginResetModel();
    m_db = db;
    load();
    endResetModel();
}

void UserListModel::refresh()
{
    beginResetModel();
    load();
    endResetModel();
}

void UserListModel::load()
{
    m_users.clear();
    m_auditorNames.clear();
    if (!m_db)
        return;
    try {
        m_users = UserRepository(*m_db).list(true);
        const AuditorRepository auditors(*m_db);
        for (const User &user : std::as_const(m_users))
            if (user.auditorId > 0 && !m_auditorNames.contains(user.auditorId))
                if (const std::optional<::Auditor> auditor = auditors.load(user.auditorId))
                    m_auditorNames.insert(user.auditorId, auditor->displayName());
    } catch (const SqlError &e) {
        m_users.clear();
        emit loadFailed(tr("The user profiles could not be read: %1").arg(e.message()));
    }
}

void UserListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_users.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_users.size()) - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &u = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Name: return u.name;
        case Role: return role == Qt::EditRole ? QVariant(UserRules::roleKey(u.role)) : QVariant(UserRules::roleLabel(u.role));
        case Auditor: return u.auditorId > 0 ? m_auditorNames.value(u.auditorId) : QString();
        case Status:
            if (role == Qt::EditRole)
                return u.active;
            return u.active ? tr("active") : tr("inactive");
        case ColumnCount: break;
        }
        return {};
    case Qt::ForegroundRole:
        return u.active ? QVariant() : QVariant(QColor(Qt::darkGray));
    case IdRole: return u.id;
    case RoleKeyRole: return UserRules::roleKey(u.role);
    case ActiveRole: return u.active;
    case AuditorIdRole: return u.auditorId;
    default: return {};
    }
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(section)) {
    case Name: return tr("Name");
    case Role: return tr("Role");
    case Auditor: return role == Qt::ToolTipRole ? tr("The auditor this user is (kept off decisions on audits they took part in)")
                                                 : tr("Auditor");
    case Status: return tr("Status");
    case ColumnCount: break;
    }
    return {};
}

QHash<int, QByteArray> UserListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "userId");
    names.insert(RoleKeyRole, "role");
    names.insert(ActiveRole, "active");
    names.insert(AuditorIdRole, "auditorId");
    return names;
}

qint64 UserListModel::idAt(int row) const
{
    return row >= 0 && row < m_users.size() ? m_users.at(row).id : 0;
}

int UserListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_users.size(); ++row)
        if (m_users.at(row).id == id)
            return row;
    return -1;
}
