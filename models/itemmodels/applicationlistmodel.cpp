#include "applicationlistmodel.h"

#include "db/database.h"
#include "domain/displayformat.h"

#include <QColor>
#include <QLocale>

namespace {
using AppStatus = ApplicationRules::Status;
}

QColor applicationStatusColor(AppStatus status)
{
    switch (status) {
    case AppStatus::Draft: return QColor(0x55, 0x55, 0x55);
    case AppStatus::Submitted:
    case AppStatus::Resubmitted: return QColor(0x00, 0x4e, 0xa0);
    case AppStatus::UnderReview: return QColor(0x6a, 0x1b, 0x9a);
    case AppStatus::SupplementRequested: return QColor(0xa0, 0x52, 0x00);
    case AppStatus::Accepted: return QColor(0x1b, 0x6e, 0x20);
    case AppStatus::Refused: return QColor(0xb0, 0x00, 0x20);
    case AppStatus::Withdrawn: return QColor(0x70, 0x70, 0x70);
    }
    return {};
}

ApplicationListModel::ApplicationListModel(QObject *parent) : RecordListModel(parent)
{
    m_query.statuses = statusesOf(WorkQueue);
}

QList<AppStatus> ApplicationListModel::statusesOf(StatusFilter filter)
{
    switch (filter) {
    case WorkQueue: return {AppStatus::Submitted, AppStatus::UnderReview, AppStatus::Resubmitted};
    case Open: return {AppStatus::Draft, AppStatus::Submitted, AppStatus::UnderReview, AppStatus::SupplementRequested, AppStatus::Resubmitted};
    case All:
    case OneStatus: break;
    }
    return {};
}

void ApplicationListModel::setDatabase(Database *db)
{
    m_db = db;
    reset();
}

int ApplicationListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : m_count; }

int ApplicationListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

void ApplicationListModel::requery()
{
    m_pages.clear();
    m_count = 0;
    if (!m_db)
        return;
    try {
        ApplicationRepository repository(*m_db);
        m_count = repository.count(m_query);
        if (m_count > 0)
            m_pages.insert(0, repository.page(m_query, 0, PageSize));
    } catch (const SqlError &e) {
        m_count = 0;
        emit loadFailed(tr("The application list could not be read: %1").arg(e.message()));
    }
}

void ApplicationListModel::reset()
{
    beginResetModel();
    requery();
    endResetModel();
}

void ApplicationListModel::refresh() { reset(); }

const ApplicationListRow *ApplicationListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count || !m_db)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        try {
            // Far pages are dropped when the cache grows (scrolling through a long list).
            if (m_pages.size() > 25)
                m_pages.clear();
            it = m_pages.insert(page, ApplicationRepository(*m_db).page(m_query, page * PageSize, PageSize));
        } catch (const SqlError &) {
            return nullptr;
        }
    }
    const int index = row % PageSize;
    return index < it->size() ? &it->at(index) : nullptr;   // rows deleted meanwhile: none
}

int ApplicationListModel::cachedRowCount() const
{
    int n = 0;
    for (const QList<ApplicationListRow> &page : std::as_const(m_pages))
        n += int(page.size());
    return n;
}

qint64 ApplicationListModel::idAt(int row) const
{
    const ApplicationListRow *r = rowAt(row);
    return r ? r->id : 0;
}

int ApplicationListModel::rowOf(qint64 id) const
{
    if (id <= 0 || !m_db)
        return -1;
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it)
        for (int i = 0; i < it->size(); ++i)
            if (it->at(i).id == id)
                return it.key() * PageSize + i;
    try {
        const int row = ApplicationRepository(*m_db).positionOf(m_query, id);
        return row < m_count ? row : -1;
    } catch (const SqlError &) {
        return -1;
    }
}

void ApplicationListModel::sort(int column, Qt::SortOrder order)
{
    const auto sortColumn = column >= 0 && column < ColumnCount ? ApplicationListQuery::Column(column) : ApplicationListQuery::Newest;
    if (sortColumn == m_query.sortColumn && order == m_query.order)
        return;
    m_query.sortColumn = sortColumn;
    m_query.order = order;
    reset();
}

void ApplicationListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_count > 0)
        emit dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

QVariant ApplicationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApplicationListRow *found = rowAt(index.row());
    if (!found)
        return role == Qt::DisplayRole && index.column() == 0 ? QVariant(tr("(could not be read)")) : QVariant();
    const ApplicationListRow &r = *found;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Number: return r.number;
        case Client: return r.clientName;
        case Type: return ApplicationTypes::text(r.type);
        case Received: return DisplayFormat::date(r.receivedOn);
        case Status: return ApplicationRules::statusText(r.status);
        case StatusSince: return DisplayFormat::date(r.statusChangedOn);
        case ScopeClasses: return r.scopeClasses;
        case Personnel: return r.personnelTotal ? QLocale().toString(*r.personnelTotal) : QString();
        case ColumnCount: break;
        }
        return {};
    case Qt::EditRole:
        switch (Column(index.column())) {
        case Number: return r.number;
        case Client: return r.clientName;
        case Type: return r.type;
        case Received: return r.receivedOn;
        case Status: return ApplicationRules::statusKey(r.status);
        case StatusSince: return r.statusChangedOn;
        case ScopeClasses: return r.scopeClasses;
        case Personnel: return r.personnelTotal ? QVariant(*r.personnelTotal) : QVariant();
        case ColumnCount: break;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Personnel)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Status)
            return applicationStatusColor(r.status);
        return {};
    case IdRole: return r.id;
    case StatusRole: return ApplicationRules::statusKey(r.status);
    case ClientIdRole: return r.clientId;
    default: return {};
    }
}

QVariant ApplicationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == Personnel)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (Column(section)) {
    case Number: return tr("Number");
    case Client: return tr("Client");
    case Type: return tr("Type");
    case Received: return tip ? tr("Date the application was received") : tr("Received");
    case Status: return tr("Status");
    case StatusSince: return tip ? tr("Date of the last change of status") : tr("Since");
    case ScopeClasses: return tr("Scope classes");
    case Personnel: return tip ? tr("Personnel in scope") : tr("Personnel");
    case ColumnCount: break;
    }
    return {};
}

QHash<int, QByteArray> ApplicationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "applicationId");
    names.insert(StatusRole, "status");
    names.insert(ClientIdRole, "clientId");
    return names;
}

void ApplicationListModel::setFilter(const QString &text)
{
    if (text == m_query.filter)
        return;
    m_query.filter = text;
    reset();
}

void ApplicationListModel::setStatuses(const QList<AppStatus> &statuses)
{
    if (statuses == m_query.statuses)
        return;
    m_query.statuses = statuses;
    reset();
}

void ApplicationListModel::setReceivedRange(const QDate &from, const QDate &to)
{
    if (from == m_query.receivedFrom && to == m_query.receivedTo)
        return;
    m_query.receivedFrom = from;
    m_query.receivedTo = to;
    reset();
}

void ApplicationListModel::setClient(qint64 clientId)
{
    if (clientId == m_query.clientId)
        return;
    m_query.clientId = clientId;
    reset();
}
