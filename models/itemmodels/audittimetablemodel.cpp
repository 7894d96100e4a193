#include "audittimetablemodel.h"

#include "db/database.h"

#include <QLocale>

AuditTimeTableModel::AuditTimeTableModel(QObject *parent)
    : ReferenceTableModel(ReferenceRepository::Table::AuditTime, parent)
{
}

int AuditTimeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTimeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditTimeRow &r = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case MinPersonnel: return locale.toString(r.minPersonnel);
        case MaxPersonnel: return locale.toString(r.maxPersonnel);
        case Days: return locale.toString(r.days, 'g', 6);
        case ColumnCount: break;
        }
        return {};
    case Qt::EditRole:
        switch (Column(index.column())) {
        case MinPersonnel: return r.minPersonnel;
        case MaxPersonnel: return r.maxPersonnel;
        case Days: return r.days;
        case ColumnCount: break;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case IdRole: return r.id;
    case ActiveRole: return true;
    default: return {};
    }
}

QVariant AuditTimeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (Column(section)) {
    case MinPersonnel: return tip ? tr("Smallest effective number of personnel of the row") : tr("Personnel from");
    case MaxPersonnel: return tip ? tr("Largest effective number of personnel of the row") : tr("Personnel to");
    case Days: return tip ? tr("Initial audit time (stage 1 + stage 2) in auditor days") : tr("Auditor days");
    case ColumnCount: break;
    }
    return {};
}

QStringList AuditTimeTableModel::fieldKeys() const
{
    return {QStringLiteral("min_personnel"), QStringLiteral("max_personnel"), QStringLiteral("days")};
}

QVariantMap AuditTimeTableModel::entry(int row) const
{
    AuditTimeRow r = row >= 0 && row < m_rows.size() ? m_rows.at(row) : AuditTimeRow{};
    if (row < 0 && !m_rows.isEmpty()) {   // a new row continues the table
        r.minPersonnel = m_rows.constLast().maxPersonnel + 1;
        r.maxPersonnel = r.minPersonnel;
        r.days = m_rows.constLast().days;
    }
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("min_personnel"), r.minPersonnel},
            {QStringLiteral("max_personnel"), r.maxPersonnel},
            {QStringLiteral("days"), r.days}};
}

AuditTimeRow AuditTimeTableModel::fromEntry(const QVariantMap &e)
{
    return AuditTimeRow{e.value(QStringLiteral("id")).toLongLong(), e.value(QStringLiteral("min_personnel")).toInt(),
                        e.value(QStringLiteral("max_personnel")).toInt(), e.value(QStringLiteral("days")).toDouble()};
}

QList<FieldProblem> AuditTimeTableModel::validate(const QVariantMap &entry) const
{
    return ReferenceData::validate(fromEntry(entry), m_rows);
}

void AuditTimeTableModel::loadRows(ReferenceRepository &repository)
{
    m_rows = repository.auditTimeRows();
}

WriteResult AuditTimeTableModel::write(ReferenceRepository &repository, const QVariantMap &entry)
{
    return repository.saveAuditTimeRow(fromEntry(entry));
}

WriteResult AuditTimeTableModel::writeRemove(ReferenceRepository &repository, qint64 id)
{
    return repository.removeAuditTimeRow(id);
}
