#include "applicationlistmodel.h"

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

ApplicationListModel::ApplicationListModel(QObject *parent) : ApplicationListModelBase(parent)
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

QVariant ApplicationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApplicationListRow &r = row(index.row());
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

QString ApplicationListModel::sortText(const ApplicationListRow &r, int column) const
{
    switch (column) {
    case Number: return r.number;
    case Client: return r.clientName;
    case Type: return ApplicationTypes::text(r.type);
    case ScopeClasses: return r.scopeClasses;
    default: return QString();
    }
}

int ApplicationListModel::compare(const ApplicationListRow &a, const ApplicationListRow &b, int column) const
{
    const auto order = [](const auto &x, const auto &y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (column) {
    case Number: return order(a.number, b.number);   // numbers are ASCII: no collation needed
    case Received: return order(a.receivedOn, b.receivedOn);
    case Status: return int(a.status) - int(b.status);
    case StatusSince: return order(a.statusChangedOn, b.statusChangedOn);
    case Personnel: return order(a.personnelTotal.value_or(-1), b.personnelTotal.value_or(-1));
    default: return ApplicationListModelBase::compare(a, b, column);
    }
}

void ApplicationListModel::setFilter(const QString &text)
{
    if (text == m_query.filter)
        return;
    m_query.filter = text;
    reread();
}

void ApplicationListModel::setStatuses(const QList<AppStatus> &statuses)
{
    if (statuses == m_query.statuses)
        return;
    m_query.statuses = statuses;
    reread();
}

void ApplicationListModel::setReceivedRange(const QDate &from, const QDate &to)
{
    if (from == m_query.receivedFrom && to == m_query.receivedTo)
        return;
    m_query.receivedFrom = from;
    m_query.receivedTo = to;
    reread();
}

void ApplicationListModel::setClient(qint64 clientId)
{
    if (clientId == m_query.clientId)
        return;
    m_query.clientId = clientId;
    reread();
}

QList<ApplicationListRow> ApplicationListModel::read(Database &db) { return ApplicationRepository(db).list(m_query); }

QString ApplicationListModel::readFailedText(const QString &reason) const
{
    return tr("The application list could not be read: %1").arg(reason);
}
