#include "scopeclasstablemodel.h"

#include "db/database.h"

#include <QColor>
#include <QLocale>

ScopeClassTableModel::ScopeClassTableModel(QObject *parent)
    : ReferenceTableModel(ReferenceRepository::Table::ScopeClasses, parent)
{
}

int ScopeClassTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScopeClassTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ScopeClass &s = row.scopeClass;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Code: return s.code;
        case NameZh: return s.nameZh;
        case NameEn: return s.nameEn;
        case Risk: return role == Qt::EditRole ? QVariant(s.risk) : QVariant(ReferenceData::riskLabel(s.risk));
        case Uses:
            if (role == Qt::EditRole)
                return row.uses;
            if (role == Qt::ToolTipRole)
                return row.uses > 0 ? tr("Used by %n record(s): it can be retired, not deleted.", nullptr, row.uses)
                                    : tr("Not used by any record.");
            return QLocale().toString(row.uses);
        case Status:
            if (role == Qt::EditRole)
                return s.active;
            return s.active ? tr("in use") : tr("retired");
        case ColumnCount: break;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Uses)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        return s.active ? QVariant() : QVariant(QColor(Qt::darkGray));
    case IdRole: return s.id;
    case ActiveRole: return s.active;
    case RiskKeyRole: return s.risk;
    case UseCountRole: return row.uses;
    default: return {};
    }
}

QVariant ScopeClassTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == Uses)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (Column(section)) {
    case Code: return tr("Code");
    case NameZh: return tr("Name (Chinese)");
    case NameEn: return tr("Name (English)");
    case Risk: return tr("Risk");
    case Uses: return tip ? tr("Records that refer to the class (auditor competences, applications …)") : tr("Used by");
    case Status: return tr("Status");
    case ColumnCount: break;
    }
    return {};
}

QHash<int, QByteArray> ScopeClassTableModel::roleNames() const
{
    QHash<int, QByteArray> names = ReferenceTableModel::roleNames();
    names.insert(RiskKeyRole, "risk");
    names.insert(UseCountRole, "useCount");
    return names;
}

QStringList ScopeClassTableModel::fieldKeys() const
{
    return {QStringLiteral("code"), QStringLiteral("name_zh"), QStringLiteral("name_en"), QStringLiteral("risk")};
}

QVariantMap ScopeClassTableModel::entry(int row) const
{
    const ScopeClass s = row >= 0 && row < m_rows.size() ? m_rows.at(row).scopeClass : ScopeClass{};
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("code"), s.code},
            {QStringLiteral("name_zh"), s.nameZh},
            {QStringLiteral("name_en"), s.nameEn},
            {QStringLiteral("risk"), s.risk},
            {QStringLiteral("active"), s.active},
            {QStringLiteral("sort_order"), s.sortOrder}};
}

ScopeClass ScopeClassTableModel::fromEntry(const QVariantMap &e)
{
    ScopeClass s;
    s.id = e.value(QStringLiteral("id")).toLongLong();
    s.code = e.value(QStringLiteral("code")).toString().trimmed();
    s.nameZh = e.value(QStringLiteral("name_zh")).toString().trimmed();
    s.nameEn = e.value(QStringLiteral("name_en")).toString().trimmed();
    s.risk = e.value(QStringLiteral("risk"), QStringLiteral("medium")).toString();
    s.active = e.value(QStringLiteral("active"), true).toBool();
    s.sortOrder = e.value(QStringLiteral("sort_order")).toInt();
    return s;
}

QList<FieldProblem> ScopeClassTableModel::validate(const QVariantMap &entry) const
{
    const ScopeClass s = fromEntry(entry);
    if (!database())
        return ReferenceData::validate(s);
    try {
        return ReferenceRepository(*database()).validate(s);
    } catch (const SqlError &) {
        return ReferenceData::validate(s);
    }
}

void ScopeClassTableModel::loadRows(ReferenceRepository &repository)
{
    for (const ScopeClass &s : repository.scopeClasses(true))
        m_rows << Row{s, repository.scopeClassUseCount(s.code)};
}

WriteResult ScopeClassTableModel::write(ReferenceRepository &repository, const QVariantMap &entry)
{
    return repository.saveScopeClass(fromEntry(entry));
}

WriteResult ScopeClassTableModel::writeActive(ReferenceRepository &repository, qint64 id, bool active)
{
    return repository.setScopeClassActive(id, active);
}

WriteResult ScopeClassTableModel::writeRemove(ReferenceRepository &repository, qint64 id)
{
    return repository.removeScopeClass(id);
}
