#include "programmelistmodel.h"

#include "domain/displayformat.h"

ProgrammeListModel::ProgrammeListModel(QObject *parent) : ProgrammeListModelBase(parent) {}

namespace {
QString decisionText(const ProgrammeListRow &r)
{
    if (!r.decision.isValid())
        return {};
    return r.decisionRecorded ? DisplayFormat::date(r.decision)
                              : ProgrammeListModel::tr("%1 (planned)").arg(DisplayFormat::date(r.decision));
}

QString nextText(const ProgrammeListRow &r)
{
    if (!r.nextEnd.isValid())
        return {};
    const auto kind = ProgrammeRules::kindFromKey(r.nextKind);
    return QStringLiteral("%1 · %2").arg(kind ? ProgrammeRules::kindLabel(*kind) : r.nextKind, DisplayFormat::date(r.nextEnd));
}
} // namespace

QVariant ProgrammeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProgrammeListRow &r = row(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Client: return r.clientName;
        case Contract: return r.contractNumber;
        case Cycle: return ProgrammeRules::cycleLabel(r.cycle);
        case Decision: return decisionText(r);
        case Expiry: return DisplayFormat::date(r.expiry);
        case Audits: return tr("%1 of %2 done").arg(r.done).arg(r.audits);
        case Next: return nextText(r);
        case ColumnCount: break;
        }
        return {};
    case IdRole: return r.id;
    default: return {};
    }
}

QVariant ProgrammeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(section)) {
    case Client: return tr("Client");
    case Contract: return tr("Contract");
    case Cycle: return tr("Cycle");
    case Decision: return tr("Certification decision");
    case Expiry: return tr("Expiry");
    case Audits: return tr("Audits");
    case Next: return tr("Next audit");
    case ColumnCount: break;
    }
    return {};
}

void ProgrammeListModel::setFilter(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    reread();
}

void ProgrammeListModel::setClient(qint64 clientId)
{
    if (clientId == m_clientId)
        return;
    m_clientId = clientId;
    reread();
}

QList<ProgrammeListRow> ProgrammeListModel::read(Database &db) { return ProgrammeRepository(db).list(m_filter, m_clientId); }

QString ProgrammeListModel::readFailedText(const QString &reason) const
{
    return tr("The programme list could not be read: %1").arg(reason);
}

QString ProgrammeListModel::sortText(const ProgrammeListRow &r, int column) const
{
    switch (column) {
    case Client: return r.clientName;
    case Contract: return r.contractNumber;
    case Cycle: return ProgrammeRules::cycleLabel(r.cycle);
    default: return {};
    }
}

int ProgrammeListModel::compare(const ProgrammeListRow &a, const ProgrammeListRow &b, int column) const
{
    const auto order = [](const auto &x, const auto &y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (column) {
    case Decision: return order(a.decision, b.decision);
    case Expiry: return order(a.expiry, b.expiry);
    case Audits: return order(a.done * 1000 + a.audits, b.done * 1000 + b.audits);
    case Next: return order(a.nextEnd, b.nextEnd);
    default: return ProgrammeListModelBase::compare(a, b, column);
    }
}
