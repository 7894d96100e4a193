#include "certificatelistmodel.h"

#include "domain/displayformat.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

CertificateListModel::CertificateListModel(QObject *parent) : CertificateListModelBase(parent) {}

namespace {
QString scopeOf(const CertificateListRow &r)
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const QString &first = chinese ? r.scopeZh : r.scopeEn;
    return first.isEmpty() ? (chinese ? r.scopeEn : r.scopeZh) : first;
}

// Status as text with a mark, so it is not told by colour alone.
QString statusText(CertificateStatus s)
{
    const char *mark = s == CertificateStatus::Valid ? "● " : s == CertificateStatus::Suspended ? "◐ " : "○ ";
    return QString::fromUtf8(mark) + CertificateRules::statusLabel(s);
}
} // namespace

QVariant CertificateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CertificateListRow &r = row(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Number: return r.number;
        case Client: return r.clientName;
        case Status: return statusText(r.status);
        case Issued: return DisplayFormat::date(r.issuedOn);
        case Expires: return DisplayFormat::date(r.expiresOn);
        case Scope: return scopeOf(r);
        case ColumnCount: break;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Status && r.status == CertificateStatus::Suspended)
            return QBrush(QColor(0x9a, 0x5b, 0x00));
        if (index.column() == Status && r.status != CertificateStatus::Valid)
            return QBrush(QColor(0x6b, 0x6b, 0x6b));
        return {};
    case IdRole: return r.id;
    default: return {};
    }
}

QVariant CertificateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(section)) {
    case Number: return tr("Certificate");
    case Client: return tr("Client");
    case Status: return tr("Status");
    case Issued: return tr("Issued");
    case Expires: return tr("Expires");
    case Scope: return tr("Scope");
    case ColumnCount: break;
    }
    return {};
}

void CertificateListModel::setFilter(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    reread();
}

void CertificateListModel::setStatus(std::optional<CertificateStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    reread();
}

void CertificateListModel::setExpiringBy(const QDate &day)
{
    if (day == m_expiringBy)
        return;
    m_expiringBy = day;
    reread();
}

void CertificateListModel::setClient(qint64 clientId)
{
    if (clientId == m_clientId)
        return;
    m_clientId = clientId;
    reread();
}

void CertificateListModel::setToday(const QDate &day)
{
    m_today = day;
    reread();
}

QList<CertificateListRow> CertificateListModel::read(Database &db)
{
    if (m_clientId < 0)
        return {};
    const QList<CertificateListRow> all = CertificateRepository(db).list(m_today.isValid() ? m_today : QDate::currentDate(), m_clientId);
    const QString filter = m_filter.trimmed();
    QList<CertificateListRow> rows;
    for (const CertificateListRow &r : all) {
        if (m_clientId != 0 && r.clientId != m_clientId)
            continue;
        if (m_status && r.status != *m_status)
            continue;
        if (m_expiringBy.isValid() && (!r.expiresOn.isValid() || r.expiresOn > m_expiringBy))
            continue;
        if (!filter.isEmpty() && !r.number.contains(filter, Qt::CaseInsensitive) && !r.clientName.contains(filter, Qt::CaseInsensitive)
            && !r.creditCode.contains(filter, Qt::CaseInsensitive) && !r.scopeZh.contains(filter, Qt::CaseInsensitive)
            && !r.scopeEn.contains(filter, Qt::CaseInsensitive))
            continue;
        rows << r;
    }
    return rows;
}

QString CertificateListModel::readFailedText(const QString &reason) const
{
    return tr("The certificate register could not be read: %1").arg(reason);
}

QString CertificateListModel::sortText(const CertificateListRow &r, int column) const
{
    switch (column) {
    case Number: return r.number;
    case Client: return r.clientName;
    case Status: return CertificateRules::statusCode(r.status);
    case Scope: return scopeOf(r);
    default: return {};
    }
}

int CertificateListModel::compare(const CertificateListRow &a, const CertificateListRow &b, int column) const
{
    const auto order = [](const auto &x, const auto &y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (column) {
    case Issued: return order(a.issuedOn, b.issuedOn);
    case Expires: return order(a.expiresOn, b.expiresOn);
    default: return CertificateListModelBase::compare(a, b, column);
    }
}
