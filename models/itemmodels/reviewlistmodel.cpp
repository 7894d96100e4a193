#include "reviewlistmodel.h"

#include "domain/displayformat.h"

#include <QColor>

ReviewListModel::ReviewListModel(QObject *parent) : ReviewListModelBase(parent) {}

QString ReviewListModel::stateText(const ReviewListRow &r)
{
    if (r.supersededBy > 0)
        return tr("superseded by review #%1").arg(r.supersededBy);
    if (r.finalisedOn.isValid())
        return tr("finalised %1").arg(DisplayFormat::date(r.finalisedOn));
    return r.supersedesId > 0 ? tr("draft, correcting review #%1").arg(r.supersedesId) : tr("draft");
}

QVariant ReviewListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewListRow &r = row(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Application: return r.applicationNumber;
        case Client: return r.clientName;
        case Reviewer: return r.reviewer;
        case ReviewedOn: return DisplayFormat::date(r.reviewedOn);
        case Decision: return ReviewRules::decisionText(r.decision);
        case State: return stateText(r);
        case ColumnCount: break;
        }
        return {};
    case Qt::ForegroundRole:
        if (r.supersededBy > 0)
            return QColor(Qt::darkGray);
        if (index.column() == Decision)
            switch (r.decision) {
            case ApplicationReview::Decision::Accept: return QColor(0x1b, 0x6e, 0x20);
            case ApplicationReview::Decision::Refuse: return QColor(0xb0, 0x00, 0x20);
            case ApplicationReview::Decision::Supplement: return QColor(0xa0, 0x52, 0x00);
            case ApplicationReview::Decision::None: break;
            }
        return {};
    case IdRole: return r.id;
    default: return {};
    }
}

QVariant ReviewListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(section)) {
    case Application: return tr("Application");
    case Client: return tr("Client");
    case Reviewer: return tr("Reviewer");
    case ReviewedOn: return tr("Reviewed on");
    case Decision: return tr("Decision");
    case State: return tr("State");
    case ColumnCount: break;
    }
    return {};
}

void ReviewListModel::setFilter(const QString &text)
{
    if (text == m_query.filter)
        return;
    m_query.filter = text;
    reread();
}

void ReviewListModel::setOpenOnly(bool open)
{
    if (open == m_query.openOnly)
        return;
    m_query.openOnly = open;
    reread();
}

void ReviewListModel::setClient(qint64 clientId)
{
    if (clientId == m_query.clientId)
        return;
    m_query.clientId = clientId;
    reread();
}

QList<ReviewListRow> ReviewListModel::read(Database &db) { return ReviewRepository(db).list(m_query); }

QString ReviewListModel::readFailedText(const QString &reason) const
{
    return tr("The review list could not be read: %1").arg(reason);
}

QString ReviewListModel::sortText(const ReviewListRow &r, int column) const
{
    switch (column) {
    case Application: return r.applicationNumber;
    case Client: return r.clientName;
    case Reviewer: return r.reviewer;
    case Decision: return ReviewRules::decisionText(r.decision);
    case State: return stateText(r);
    default: return {};
    }
}

int ReviewListModel::compare(const ReviewListRow &a, const ReviewListRow &b, int column) const
{
    if (column == ReviewedOn)
        return a.reviewedOn < b.reviewedOn ? -1 : (b.reviewedOn < a.reviewedOn ? 1 : 0);
    if (column == Application)
        return a.applicationNumber.compare(b.applicationNumber);
    return ReviewListModelBase::compare(a, b, column);
}
