#include "clientlistmodel.h"

#include "clientpagefetcher.h"
#include "db/database.h"

#include <QColor>
#include <QLocale>

#include <algorithm>
#include <cstdlib>

namespace {

// Pages kept in memory at most; scrolling far away drops the pages farthest from the one read.
constexpr int kMaxCachedPages = 25;

} // namespace

ClientListModel::ClientListModel(QObject *parent) : RecordListModel(parent) {}

// The worker goes first: it waits for a page being read, and its answers die with it.
ClientListModel::~ClientListModel() { m_fetcher.reset(); }

void ClientListModel::setDatabase(Database *db)
{
    beginResetModel();
    // The worker reads the old database's file: it is stopped (and its connection closed)
    // here, before the caller closes or destroys the old Database.
    if (db != m_db)
        m_fetcher.reset();
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

// The row, or nullptr when it is not (yet) there: out of range, loading, unreadable or gone.
const ClientListRow *ClientListModel::rowAt(int row, Load load) const
{
    if (row < 0 || row >= m_count || !m_db)
        return nullptr;
    const int pageNumber = row / PageSize;
    auto it = m_pages.constFind(pageNumber);
    if (it == m_pages.constEnd()) {
        if (m_failedPages.contains(pageNumber))
            return nullptr;   // shown as unreadable rows until the list is read again
        // The first page is what a reset shows: read at once, so the list never flashes empty.
        if (load == Load::Later && pageNumber > 0 && requestPage(pageNumber))
            return nullptr;   // shown as loading until the worker's answer arrives
        if (!readPage(pageNumber))
            return nullptr;
        it = m_pages.constFind(pageNumber);
    }
    const int offset = row - pageNumber * PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

// Asks the worker for the page unless it was asked already; false when there is no worker
// that can read what this connection sees (then the caller reads the page itself).
bool ClientListModel::requestPage(int page) const
{
    // Inside a write transaction this connection sees rows no other connection sees yet.
    if (!m_fetcher || m_db->transactionDepth() > 0 || m_fetcher->databasePath() != m_db->path())
        return false;
    if (m_requested.contains(page))
        return true;
    m_requested.insert(page);
    // Dropped requests are forgotten, so the next data() for their rows asks again. A
    // dropped page is one the view left (four newer pages were asked for since), so nobody
    // is told: telling a view that still iterates over all rows would make it ask again
    // for ever.
    const QList<int> dropped = m_fetcher->request(m_generation, page, m_query, page * PageSize, PageSize);
    for (const int old : dropped)
        m_requested.remove(old);
    return true;
}

// Reads the page on this thread; false (the page marked as failed) when it cannot be read.
bool ClientListModel::readPage(int page) const
{
    QList<ClientListRow> rows;
    try {
        rows = ClientRepository(*m_db).page(m_query, page * PageSize, PageSize);
    } catch (const SqlError &e) {
        // Rows that could not be read say so (not blank rows that look like clients).
        m_failedPages.insert(page, e.explanation());
        m_requested.remove(page);
        emit const_cast<ClientListModel *>(this)->loadFailed(
            tr("The client list could not be read: %1").arg(e.explanation()));
        return false;
    }
    // A request for it still on its way is dropped when it arrives (the page is there).
    m_requested.remove(page);
    insertPage(page, rows);
    return true;
}

void ClientListModel::insertPage(int page, const QList<ClientListRow> &rows) const
{
    // Keep the pages nearest to the one read: those are the rows the view shows now.
    while (m_pages.size() >= kMaxCachedPages) {
        auto farthest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
            if (std::abs(it.key() - page) > std::abs(farthest.key() - page))
                farthest = it;
        m_pages.erase(farthest);
    }
    m_pages.insert(page, rows);
    noteShortPage(page, rows.size());
}

// A page shorter than the count read at the re-query promised: another program deleted (or
// archived, or changed so the filter no longer finds) clients since. Its missing rows show
// "no longer there" and the user is told once to read the list again. The model does not
// reset itself: that would move the view and its selection under the user's hands while
// they scroll, and rows inserted meanwhile shift the later pages without any sign, so a
// reset here would not make the list exact either — the next re-query does.
void ClientListModel::noteShortPage(int page, qsizetype rows) const
{
    const int expected = std::min(PageSize, m_count - page * PageSize);
    if (rows >= expected || m_shortReported)
        return;
    m_shortReported = true;
    emit const_cast<ClientListModel *>(this)->loadFailed(
        tr("The client list changed since it was read (another program wrote to the database); "
           "rows marked “no longer there” are gone. Filter or sort the list to read it again."));
}

void ClientListModel::pageRead(quint64 generation, int page, const QList<ClientListRow> &rows)
{
    // Answers for an older query, or for a page read here meanwhile, are dropped.
    if (generation != m_generation || !m_requested.remove(page) || m_pages.contains(page))
        return;
    insertPage(page, rows);
    emitPageChanged(page);
}

void ClientListModel::pageFailed(quint64 generation, int page, const QString &message)
{
    if (generation != m_generation || !m_requested.remove(page) || m_pages.contains(page))
        return;
    m_failedPages.insert(page, message);
    emit loadFailed(tr("The client list could not be read: %1").arg(message));
    emitPageChanged(page);
}

void ClientListModel::emitPageChanged(int page)
{
    const int first = page * PageSize;
    const int last = std::min(m_count, first + PageSize) - 1;
    if (first <= last)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

bool ClientListModel::isLoading(int row) const
{
    return row >= 0 && row < m_count && m_requested.contains(row / PageSize);
}

QVariant ClientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // Never blocks on a page after the first: the worker reads it (see the class comment).
    const ClientListRow *row = rowAt(index.row(), Load::Later);
    if (!row) {
        // Not a client's row: a marker in the first column and the tooltip, nothing else,
        // never blank rows that look like clients.
        const int page = index.row() / PageSize;
        QString marker;
        QString tip;
        QColor colour;
        if (isLoading(index.row())) {
            marker = tr("Loading…", "a row of the client list not read yet");
            tip = tr("This row is being read from the database.");
            colour = QColor(Qt::gray);
        } else if (const auto failure = m_failedPages.constFind(page); failure != m_failedPages.constEnd()) {
            marker = tr("⚠ could not be read");
            tip = tr("This row could not be read: %1").arg(*failure);
            colour = QColor(0xb0, 0x00, 0x20);
        } else if (m_pages.contains(page)) {
            marker = tr("⚠ no longer there", "a row of the client list deleted by another program");
            tip = tr("This client was removed or changed by another program after the list was read. "
                     "Filter or sort the list to read it again.");
            colour = QColor(0xb0, 0x00, 0x20);
        } else {
            return {};   // no database
        }
        if (role == Qt::DisplayRole && index.column() == NameZh)
            return marker;
        if (role == Qt::ToolTipRole)
            return tip;
        if (role == Qt::ForegroundRole)
            return colour;
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

// Keeps a worker for the database's file, when another connection can read it.
void ClientListModel::updateFetcher()
{
    if (m_fetcher && (!m_db || m_fetcher->databasePath() != m_db->path()))
        m_fetcher.reset();   // the database was reopened on another file
    if (!m_fetcher && m_db && ClientPageFetcher::canRead(*m_db)) {
        m_fetcher = std::make_unique<ClientPageFetcher>(m_db->path());
        connect(m_fetcher.get(), &ClientPageFetcher::pageRead, this, &ClientListModel::pageRead);
        connect(m_fetcher.get(), &ClientPageFetcher::pageFailed, this, &ClientListModel::pageFailed);
    }
}

void ClientListModel::requery(bool fewRows)
{
    // A new generation: what was asked for the old query is dropped, here or when it arrives.
    ++m_generation;
    m_requested.clear();
    m_shortReported = false;
    if (m_fetcher)
        m_fetcher->discardPending();
    m_pages.clear();
    m_failedPages.clear();
    m_count = 0;
    updateFetcher();
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
    // Synchronous on purpose: the callers (the current row, the selection restored after a
    // reset, the actions' state) need the id now, and it is one page read, as before.
    const ClientListRow *r = rowAt(row, Load::Now);
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
