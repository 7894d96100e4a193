#include "clientlistmodel.h"

#include "db/database.h"

#include <QColor>
#include <QLocale>

namespace {

// Pages kept in memory at most; scrolling far away drops the others.
constexpr int kMaxCachedPages = 25;

} // namespace

ClientListModel::ClientListModel(QObject *parent) : RecordListModel(parent) {}

void ClientListModel::setDatabase(Database *db)
{
    beginResetModel();
    m_db = db;
    requery();
    endResetModel();
}

int ClientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int ClientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ClientListRow *ClientListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count || !m_db)
        return nullptr;
    const int pageNumber = row / PageSize;
    auto it = m_pages.constFind(pageNumber);
    if (it == m_pages.constEnd()) {
        if (m_pages.size() >= kMaxCachedPages) {
            m_pages.clear();
            m_failedPages.clear();
        }
        if (m_failedPages.contains(pageNumber))
            return nullptr;   // shown as unreadable rows until the list is read again
        QList<ClientListRow> rows;
        try {
            rows = ClientRepository(*m_db).page(m_query, pageNumber * PageSize, PageSize);
        } catch (const SqlError &e) {
            // Rows that could not be read say so (not blank rows that look like clients).
            m_failedPages.insert(pageNumber, e.explanation());
            emit const_cast<ClientListModel *>(this)->loadFailed(
                tr("The client list could not be read: %1").arg(e.explanation()));
            return nullptr;
        }
        it = m_pages.insert(pageNumber, rows);
    }
    const int offset = row - pageNumber * PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QVariant ClientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClientListRow *row = rowAt(index.row());
    if (!row) {
        const QString failure = m_failedPages.value(index.row() / PageSize);
        if (failure.isEmpty())
            return {};
        if ((role == Qt::DisplayRole && index.column() == NameZh) || role == Qt::ToolTipRole)
            return role == Qt::ToolTipRole ? tr("This row could not be read: %1").arg(failure)
                                           : tr("⚠ could not be read");
        if (role == Qt::ForegroundRole)
            return QColor(0xb0, 0x00, 0x20);
        return {};
    }

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole: {
        switch (Column(index.column())) {
        case NameZh:
            if (role == Qt::DisplayRole && row->archived)
                return tr("[archived] %1", "marker before the name of an archived client").arg(row->nameZh);
            if (role == Qt::ToolTipRole && row->archived)
                return tr("%1 (archived: hidden unless “Show archived” is on)").arg(row->nameZh);
            return row->nameZh;
        case NameEn: return row->nameEn;
        case CreditCode: return row->creditCode;
        case Contact: return row->contact;
        case Phone: return row->phone;
        case Headcount:
            if (!row->headcount)
                return {};
            return role == Qt::EditRole ? QVariant(*row->headcount) : QVariant(QLocale().toString(*row->headcount));
        case ColumnCount: break;
        }
        return {};
    }
    case Qt::TextAlignmentRole:
        if (index.column() == Headcount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (row->archived)
            return QColor(Qt::darkGray);
        return {};
    case IdRole:
        return row->id;
    case ArchivedRole:
        return row->archived;
    default:
        return {};
    }
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == Headcount)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(section)) {
    case NameZh: return tr("Name");
    case NameEn: return tr("English name");
    case CreditCode: return role == Qt::ToolTipRole ? tr("Unified social credit code") : tr("Credit code");
    case Contact: return tr("Contact");
    case Phone: return tr("Phone");
    case Headcount: return tr("Headcount");
    case ColumnCount: break;
    }
    return {};
}

void ClientListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        column = NameZh;
    const auto sortColumn = ClientListQuery::Column(column);
    if (sortColumn == m_query.sortColumn && order == m_query.order)
        return;
    beginResetModel();
    m_query.sortColumn = sortColumn;
    m_query.order = order;
    requery();
    endResetModel();
}

QHash<int, QByteArray> ClientListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "clientId");
    names.insert(ArchivedRole, "archived");
    return names;
}

void ClientListModel::setFilter(const QString &text)
{
    if (text == m_query.filter)
        return;
    // Typing on narrows the list: every row matching the longer filter matched the shorter.
    const bool narrows = !m_query.filter.trimmed().isEmpty() && text.startsWith(m_query.filter)
                         && m_query.knownCount >= 0 && m_query.knownCount < FewRows;
    beginResetModel();
    m_query.filter = text;
    requery(narrows);
    endResetModel();
}

void ClientListModel::setShowArchived(bool show)
{
    if (show == m_query.includeArchived)
        return;
    beginResetModel();
    m_query.includeArchived = show;
    requery();
    endResetModel();
}

void ClientListModel::refresh()
{
    beginResetModel();
    requery();
    endResetModel();
}

void ClientListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_count > 0)
        emit dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

void ClientListModel::requery(bool fewRows)
{
    m_pages.clear();
    m_failedPages.clear();
    m_count = 0;
    if (!m_db)
        return;
    try {
        m_query.knownCount = -1;
        if (fewRows) {
            // One pass gives the first page and the count.
            const QList<ClientListRow> first = ClientRepository(*m_db).firstPageOfFew(m_query, PageSize, &m_count);
            if (!first.isEmpty())
                m_pages.insert(0, first);
        } else {
            m_count = ClientRepository(*m_db).count(m_query);
        }
        m_query.knownCount = m_count;  // lets the page queries choose their plan
    } catch (const SqlError &e) {
        emit loadFailed(tr("The client list could not be read: %1").arg(e.message()));
    }
}

qint64 ClientListModel::idAt(int row) const
{
    const ClientListRow *r = rowAt(row);
    return r ? r->id : 0;
}

int ClientListModel::rowOf(qint64 id) const
{
    if (!m_db || id <= 0)
        return -1;
    try {
        const int row = ClientRepository(*m_db).positionOf(m_query, id);
        return row < m_count ? row : -1;
    } catch (const SqlError &) {
        return -1;
    }
}

int ClientListModel::cachedRowCount() const
{
    int n = 0;
    for (const QList<ClientListRow> &page : std::as_const(m_pages))
        n += page.size();
    return n;
}
