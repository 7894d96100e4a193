#include "ruleparametermodel.h"

#include "editing/edits.h"

#include "db/database.h"
#include "repositories/parameterrepository.h"

#include <QFont>

RuleParameterModel::RuleParameterModel(QObject *parent) : QAbstractTableModel(parent) {}

void RuleParameterModel::setDatabase(Database *db)
{
    beginResetModel();
    m_db = db;
    load();
    endResetModel();
}

void RuleParameterModel::refresh()
{
    beginResetModel();
    load();
    endResetModel();
}

void RuleParameterModel::load()
{
    m_values = RuleParameters::defaults();
    if (!m_db)
        return;
    try {
        m_values = ParameterRepository(*m_db).load();
    } catch (const SqlError &e) {
        emit loadFailed(tr("The rule parameters could not be read; the defaults are shown: %1").arg(e.message()));
    }
}

void RuleParameterModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

int RuleParameterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ParameterDefinitions::all().size());
}

int RuleParameterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ParameterDefinition &RuleParameterModel::definition(int row) const
{
    return ParameterDefinitions::all().at(row);
}

int RuleParameterModel::rowOf(const QString &key) const
{
    const QList<ParameterDefinition> &all = ParameterDefinitions::all();
    for (int row = 0; row < all.size(); ++row)
        if (all.at(row).key == key)
            return row;
    return -1;
}

QVariant RuleParameterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ParameterDefinition &d = definition(index.row());
    const double value = m_values.value(d.key);
    const bool isDefault = m_values.isDefault(d.key);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (Column(index.column())) {
        case Section: return d.sectionText();
        case Meaning: return d.meaning();
        case Value: return role == Qt::EditRole ? QVariant(value) : QVariant(d.format(value));
        case Unit: return d.unitText();
        case Default: return role == Qt::EditRole ? QVariant(d.defaultValue) : QVariant(d.format(d.defaultValue));
        case Rules: return d.rules.join(QStringLiteral(", "));
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Meaning: return tr("%1\n(key %2)").arg(d.meaning(), d.key);
        case Value:
            return isDefault ? tr("The default is in force.")
                             : tr("Changed by the body; the default is %1 %2.").arg(d.format(d.defaultValue), d.unitText());
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::FontRole:
        if (index.column() == Value && !isDefault) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Value || index.column() == Default)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case KeyRole: return d.key;
    case ValueRole: return value;
    case DefaultRole: return d.defaultValue;
    case IsDefaultRole: return isDefault;
    default: return {};
    }
}

QVariant RuleParameterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && (section == Value || section == Default))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(section)) {
    case Section: return tr("Area");
    case Meaning: return tr("Parameter");
    case Value: return role == Qt::ToolTipRole ? tr("Value in force (bold: changed by the body)") : tr("Value");
    case Unit: return tr("Unit");
    case Default: return tr("Default");
    case Rules: return role == Qt::ToolTipRole ? tr("Rule IDs of the certification rules that use the parameter")
                                               : tr("Rules");
    case ColumnCount: break;
    }
    return {};
}

QHash<int, QByteArray> RuleParameterModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(ValueRole, "value");
    names.insert(DefaultRole, "defaultValue");
    names.insert(IsDefaultRole, "isDefault");
    return names;
}

void RuleParameterModel::rowChanged(const QString &key)
{
    try {
        m_values = ParameterRepository(*m_db).load();
    } catch (const SqlError &e) {
        emit loadFailed(tr("The rule parameters could not be read; the defaults are shown: %1").arg(e.message()));
    }
    const int row = rowOf(key);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

WriteResult RuleParameterModel::setValue(const QString &key, double value)
{
    if (!m_db)
        return WriteResult{false, 0, tr("No database is open."), {}};
    const WriteResult result = Edits::runOn(
        m_edits, [key] { return tr("Change the rule parameter “%1”").arg(key); },
        [this, key, value] { return ParameterRepository(*m_db).setValue(key, value); });
    if (result)
        rowChanged(key);
    return result;
}

WriteResult RuleParameterModel::resetToDefault(const QString &key)
{
    if (!m_db)
        return WriteResult{false, 0, tr("No database is open."), {}};
    const WriteResult result = Edits::runOn(
        m_edits, [key] { return tr("Reset the rule parameter “%1” to its default").arg(key); },
        [this, key] { return ParameterRepository(*m_db).resetToDefault(key); });
    if (result)
        rowChanged(key);
    return result;
}

WriteResult RuleParameterModel::resetAll()
{
    if (!m_db)
        return WriteResult{false, 0, tr("No database is open."), {}};
    const WriteResult result = Edits::runOn(m_edits, [] { return tr("Reset every rule parameter to its default"); },
                                            [this] { return ParameterRepository(*m_db).resetAll(); });
    if (result) {
        beginResetModel();
        load();
        endResetModel();
    }
    return result;
}
