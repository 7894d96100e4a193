#include "contractlistmodel.h"

#include "domain/displayformat.h"

#include <QColor>

ContractListModel::ContractListModel(QObject *parent) : ContractListModelBase(parent) {}

QString ContractListModel::statusText(const ContractListRow &r)
{
    if (r.amendedBy > 0)
        return tr("%1, amended by a later version").arg(ContractRules::statusText(r.status));
    return ContractRules::statusText(r.status);
}

QVariant ContractListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContractListRow &r = row(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Number: return r.number;
        case Version: return r.version;
        case Application: return r.applicationNumber;
        case Client: return r.clientName;
        case Status: return statusText(r);
        case SignedOn: return DisplayFormat::date(r.signedOn);
        case Total: return ContractRules::amountText(r.totalFen);
        case ColumnCount: break;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Total || index.column() == Version)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Status) {
            if (r.amendedBy > 0 || r.status == Contract::Status::Terminated)
                return QColor(Qt::darkGray);
            if (r.status == Contract::Status::Signed)
                return QColor(0x1b, 0x6e, 0x20);
            return QColor(0x55, 0x55, 0x55);
        }
        return {};
    case IdRole: return r.id;
    default: return {};
    }
}

QVariant ContractListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && (section == Total || section == Version))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(section)) {
    case Number: return tr("Number");
    case Version: return tr("Version");
    case Application: return tr("Application");
    case Client: return tr("Client");
    case Status: return tr("Status");
    case SignedOn: return tr("Signed on");
    case Total: return tr("Total fee");
    case ColumnCount: break;
    }
    return {};
}

void ContractListModel::setFilter(const QString &text)
{
    if (text == m_query.filter)
        return;
    m_query.filter = text;
    reread();
}

void ContractListModel::setClient(qint64 clientId)
{
    if (clientId == m_query.clientId)
        return;
    m_query.clientId = clientId;
    reread();
}

QList<ContractListRow> ContractListModel::read(Database &db) { return ContractRepository(db).list(m_query); }

QString ContractListModel::readFailedText(const QString &reason) const
{
    return tr("The contract list could not be read: %1").arg(reason);
}

QString ContractListModel::sortText(const ContractListRow &r, int column) const
{
    switch (column) {
    case Client: return r.clientName;
    case Status: return statusText(r);
    default: return {};
    }
}

int ContractListModel::compare(const ContractListRow &a, const ContractListRow &b, int column) const
{
    const auto order = [](const auto &x, const auto &y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (column) {
    case Number: return order(a.number, b.number) != 0 ? order(a.number, b.number) : order(a.version, b.version);
    case Version: return order(a.version, b.version);
    case Application: return order(a.applicationNumber, b.applicationNumber);
    case SignedOn: return order(a.signedOn, b.signedOn);
    case Total: return order(a.totalFen, b.totalFen);
    default: return ContractListModelBase::compare(a, b, column);
    }
}
