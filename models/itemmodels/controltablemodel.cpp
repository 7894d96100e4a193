#include "controltablemodel.h"

#include "db/database.h"

#include <QColor>

ControlTableModel::ControlTableModel(QObject *parent) : ReferenceTableModel(ReferenceRepository::Table::Controls, parent) {}

int ControlTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ControlTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Control &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Code: return c.code;
        case Clause: return c.clause;
        case TitleZh: return c.titleZh;
        case TitleEn: return c.titleEn;
        case CloudGuidance:
            if (role == Qt::EditRole)
                return c.cloudGuidance;
            return c.cloudGuidance ? tr("yes") : QString();
        case Extended:
            if (role == Qt::EditRole)
                return c.extended;
            return c.extended ? tr("yes") : QString();
        case Status:
            if (role == Qt::EditRole)
                return c.active;
            return c.active ? tr("in use") : tr("retired");
        case ColumnCount: break;
        }
        return {};
    case Qt::ForegroundRole:
        return c.active ? QVariant() : QVariant(QColor(Qt::darkGray));
    case IdRole: return c.id;
    case ActiveRole: return c.active;
    default: return {};
    }
}

QVariant ControlTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (Column(section)) {
    case Code: return tip ? tr("Catalogue ID of the control") : tr("ID");
    case Clause: return tr("Clause");
    case TitleZh: return tr("Title (Chinese)");
    case TitleEn: return tr("Title (English)");
    case CloudGuidance: return tip ? tr("ISO/IEC 27017 adds cloud-specific guidance") : tr("Cloud guidance");
    case Extended: return tip ? tr("Extended control set of ISO/IEC 27017 (CLD)") : tr("Extended");
    case Status: return tr("Status");
    case ColumnCount: break;
    }
    return {};
}

QStringList ControlTableModel::fieldKeys() const
{
    return {QStringLiteral("code"), QStringLiteral("clause"), QStringLiteral("title_zh"), QStringLiteral("title_en"),
            QStringLiteral("cloud_guidance"), QStringLiteral("extended")};
}

QVariantMap ControlTableModel::entry(int row) const
{
    const Control c = row >= 0 && row < m_rows.size() ? m_rows.at(row) : Control{};
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("code"), c.code},
            {QStringLiteral("clause"), c.clause},
            {QStringLiteral("title_zh"), c.titleZh},
            {QStringLiteral("title_en"), c.titleEn},
            {QStringLiteral("cloud_guidance"), c.cloudGuidance},
            {QStringLiteral("extended"), c.extended},
            {QStringLiteral("active"), c.active},
            {QStringLiteral("sort_order"), c.sortOrder}};
}

Control ControlTableModel::fromEntry(const QVariantMap &e)
{
    Control c;
    c.id = e.value(QStringLiteral("id")).toLongLong();
    c.code = e.value(QStringLiteral("code")).toString().trimmed();
    c.clause = e.value(QStringLiteral("clause")).toString().trimmed();
    c.titleZh = e.value(QStringLiteral("title_zh")).toString().trimmed();
    c.titleEn = e.value(QStringLiteral("title_en")).toString().trimmed();
    c.cloudGuidance = e.value(QStringLiteral("cloud_guidance")).toBool();
    c.extended = e.value(QStringLiteral("extended")).toBool();
    c.active = e.value(QStringLiteral("active"), true).toBool();
    c.sortOrder = e.value(QStringLiteral("sort_order")).toInt();
    return c;
}

QList<FieldProblem> ControlTableModel::validate(const QVariantMap &entry) const
{
    const Control c = fromEntry(entry);
    if (!database())
        return ReferenceData::validate(c);
    try {
        return ReferenceRepository(*database()).validate(c);
    } catch (const SqlError &) {
        return ReferenceData::validate(c);
    }
}

void ControlTableModel::loadRows(ReferenceRepository &repository)
{
    m_rows = repository.controls(true);
}

WriteResult ControlTableModel::write(ReferenceRepository &repository, const QVariantMap &entry)
{
    return repository.saveControl(fromEntry(entry));
}

WriteResult ControlTableModel::writeActive(ReferenceRepository &repository, qint64 id, bool active)
{
    return repository.setControlActive(id, active);
}
