#include "informationitemtablemodel.h"

#include "db/database.h"
#include "repositories/informationsheetrepository.h"

InformationItemTableModel::InformationItemTableModel(QObject *parent)
    : ReferenceTableModel(ReferenceRepository::Table::InformationItems, parent)
{
}

int InformationItemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InformationItemTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InformationItem &i = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Item: return role == Qt::EditRole ? QVariant(i.item) : QVariant(QStringLiteral("(%1)").arg(i.item));
        case TitleZh: return i.titleZh;
        case TitleEn: return i.titleEn;
        case TextZh: return role == Qt::DisplayRole ? QVariant(i.textZh.section(u'\n', 0, 0)) : QVariant(i.textZh);
        case TextEn: return role == Qt::DisplayRole ? QVariant(i.textEn.section(u'\n', 0, 0)) : QVariant(i.textEn);
        case ColumnCount: break;
        }
        return {};
    case IdRole: return i.id;
    case ActiveRole: return true;
    default: return {};
    }
}

QVariant InformationItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(section)) {
    case Item: return role == Qt::ToolTipRole ? tr("The item's number in rule 5.1.1") : tr("Item");
    case TitleZh: return tr("Title (Chinese)");
    case TitleEn: return tr("Title (English)");
    case TextZh: return tr("Text (Chinese)");
    case TextEn: return tr("Text (English)");
    case ColumnCount: break;
    }
    return {};
}

QStringList InformationItemTableModel::fieldKeys() const
{
    return {QStringLiteral("title_zh"), QStringLiteral("title_en"), QStringLiteral("text_zh"), QStringLiteral("text_en")};
}

QVariantMap InformationItemTableModel::entry(int row) const
{
    const InformationItem i = row >= 0 && row < m_rows.size() ? m_rows.at(row) : InformationItem{};
    return {{QStringLiteral("id"), i.id},
            {QStringLiteral("item"), i.item},
            {QStringLiteral("title_zh"), i.titleZh},
            {QStringLiteral("title_en"), i.titleEn},
            {QStringLiteral("text_zh"), i.textZh},
            {QStringLiteral("text_en"), i.textEn}};
}

InformationItem InformationItemTableModel::fromEntry(const QVariantMap &e)
{
    InformationItem i;
    i.id = e.value(QStringLiteral("id")).toLongLong();
    i.item = e.value(QStringLiteral("item")).toInt();
    i.titleZh = e.value(QStringLiteral("title_zh")).toString().trimmed();
    i.titleEn = e.value(QStringLiteral("title_en")).toString().trimmed();
    i.textZh = e.value(QStringLiteral("text_zh")).toString().trimmed();
    i.textEn = e.value(QStringLiteral("text_en")).toString().trimmed();
    return i;
}

QList<FieldProblem> InformationItemTableModel::validate(const QVariantMap &entry) const
{
    const InformationItem i = fromEntry(entry);
    if (!database())
        return InformationSheet::validate(i);
    try {
        return InformationSheetRepository(*database()).validate(i);
    } catch (const SqlError &) {
        return InformationSheet::validate(i);
    }
}

void InformationItemTableModel::loadRows(ReferenceRepository &)
{
    m_rows = InformationSheetRepository(*database()).items();
}

WriteResult InformationItemTableModel::write(ReferenceRepository &, const QVariantMap &entry)
{
    return InformationSheetRepository(*database()).save(fromEntry(entry));
}
