#include "itemmodels/duelistmodel.h"

#include "db/database.h"
#include "domain/displayformat.h"
#include "domain/ruleparameters.h"

#include <QColor>
#include <QRegularExpression>

namespace {

// Late rows: the colour of the other lists' "expired" (AuditorListModel).
const QColor kLateColour(0xb0, 0x00, 0x20);

// Before the lateness in words, so lateness is never told by colour alone.
const QString kLateMark = QStringLiteral("⚠ ");

int order(const QDate &a, const QDate &b)
{
    if (a.isValid() != b.isValid())
        return a.isValid() ? -1 : 1;   // without a date: last
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

DueListModel::DueListModel(QObject *parent) : DueListModelBase(parent)
{
    m_days = RuleParameters().dueDays();
    m_today = QDate::currentDate();
}

void DueListModel::setDatabase(Database *db)
{
    m_computed = false;
    DueListModelBase::setDatabase(db);
}

void DueListModel::refresh()
{
    recompute();
}

void DueListModel::recompute()
{
    m_computed = false;
    reread();
}

void DueListModel::retranslate()
{
    // The subjects and details are DueList's words in the language it was computed in.
    if (database())
        recompute();
    DueListModelBase::retranslate();
}

void DueListModel::setFilter(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    m_words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    reread();   // from the items computed: no query
}

void DueListModel::setKindFilter(std::optional<DueItem::Kind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    reread();
}

void DueListModel::setDays(int days)
{
    days = qMax(0, days);
    if (days == m_days)
        return;
    m_days = days;
    if (database())
        recompute();
}

bool DueListModel::matches(const DueItem &item) const
{
    for (const QString &word : m_words)
        if (!item.clientName.contains(word, Qt::CaseInsensitive) && !item.subject.contains(word, Qt::CaseInsensitive)
            && !item.detail.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

QList<DueListRow> DueListModel::read(Database &db)
{
    if (!m_computed) {
        m_all.clear();
        m_counts.clear();
        m_matching = 0;
        m_today = QDate::currentDate();
        m_all = DueList::compute(db, m_today, m_days);   // throws SqlError
        m_computed = true;
        ++m_computations;
    }
    QList<DueListRow> rows;
    m_counts.clear();
    m_matching = 0;
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        const DueItem &item = m_all.at(i);
        if (!matches(item))
            continue;
        ++m_counts[int(item.kind)];
        ++m_matching;
        if (!m_kind || item.kind == *m_kind)
            rows << DueListRow{qint64(i) + 1, item};
    }
    return rows;
}

QString DueListModel::readFailedText(const QString &reason) const
{
    return tr("The list of what is due could not be read: %1").arg(reason);
}

DueItem DueListModel::item(int row) const
{
    return row >= 0 && row < rowCount() ? DueListModelBase::row(row).item : DueItem();
}

int DueListModel::count(std::optional<DueItem::Kind> kind) const
{
    return kind ? m_counts.value(int(*kind)) : m_matching;
}

int DueListModel::lateCount() const
{
    int late = 0;
    for (int r = 0; r < rowCount(); ++r)
        if (row(r).item.late)
            ++late;
    return late;
}

QString DueListModel::daysText(const DueItem &item) const
{
    const int days = int(m_today.daysTo(item.date));
    if (item.late || days < 0)
        return kLateMark + tr("%n day(s) late", "due item", qMax(1, -days));
    if (days == 0)
        return tr("today", "due item");
    return tr("in %n day(s)", "due item", days);
}

QVariant DueListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DueItem &i = row(index.row()).item;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case DueDate: return DisplayFormat::date(i.date);
        case DaysLeft: return daysText(i);
        case What: return DueList::kindLabel(i.kind);
        case Client: return i.clientName;
        case Subject: return i.subject;
        case Detail: return i.detail;
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        // The whole of it, as the detail is often wider than its column.
        return tr("%1 — %2: %3", "due item tool tip: kind, subject, detail")
            .arg(DueList::kindLabel(i.kind), i.subject, i.detail);
    case Qt::EditRole:
        switch (Column(index.column())) {
        case DueDate: return i.date;
        case DaysLeft: return int(m_today.daysTo(i.date));
        case What: return DueList::kindKey(i.kind);
        case Client: return i.clientName;
        case Subject: return i.subject;
        case Detail: return i.detail;
        case ColumnCount: break;
        }
        return {};
    case Qt::ForegroundRole:
        return i.late ? QVariant(kLateColour) : QVariant();
    case IdRole: return i.row;
    case TableRole: return i.table;
    case ClientIdRole: return i.clientId;
    case KindRole: return int(i.kind);
    case KindKeyRole: return DueList::kindKey(i.kind);
    case DateRole: return i.date;
    case DaysLeftRole: return int(m_today.daysTo(i.date));
    case LateRole: return i.late;
    default: return {};
    }
}

QVariant DueListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (Column(section)) {
    case DueDate: return tip ? tr("The day it is due, or was") : tr("Due date");
    case DaysLeft: return tip ? tr("Days from today; late ones are marked ⚠") : tr("Days left");
    case What: return tip ? tr("What is due") : tr("What");
    case Client: return tip ? tr("The client, or for a registration the auditor") : tr("Client");
    case Subject: return tip ? tr("The audit, finding, certificate, contract or registration") : tr("Subject");
    case Detail: return tip ? tr("Why it is due, and what to do") : tr("Detail");
    case ColumnCount: break;
    }
    return {};
}

QHash<int, QByteArray> DueListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "recordId");
    names.insert(TableRole, "table");
    names.insert(ClientIdRole, "clientId");
    names.insert(KindRole, "kind");
    names.insert(KindKeyRole, "kindKey");
    names.insert(DateRole, "date");
    names.insert(DaysLeftRole, "daysLeft");
    names.insert(LateRole, "late");
    return names;
}

QString DueListModel::sortText(const DueListRow &r, int column) const
{
    switch (column) {
    case Client: return r.item.clientName;
    case Subject: return r.item.subject;
    case Detail: return r.item.detail;
    default: return QString();
    }
}

int DueListModel::compare(const DueListRow &a, const DueListRow &b, int column) const
{
    switch (column) {
    case DueDate:
    case DaysLeft:
        // Same day: DueList's order (by kind), which the row keys follow.
        return order(a.item.date, b.item.date);
    case What:
        // In the order of the kinds (as the kind filter lists them), then by date.
        if (a.item.kind != b.item.kind)
            return int(a.item.kind) < int(b.item.kind) ? -1 : 1;
        return order(a.item.date, b.item.date);
    default:
        return DueListModelBase::compare(a, b, column);
    }
}
