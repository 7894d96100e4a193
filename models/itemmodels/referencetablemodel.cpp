#include "referencetablemodel.h"

#include "editing/edits.h"

#include "db/database.h"

ReferenceTableModel::ReferenceTableModel(ReferenceRepository::Table table, QObject *parent)
    : QAbstractTableModel(parent), m_table(table)
{
}

void ReferenceTableModel::setDatabase(Database *db)
{
    beginResetModel();
    m_db = db;
    load();
    endResetModel();
}

void ReferenceTableModel::refresh()
{
    beginResetModel();
    load();
    endResetModel();
}

void ReferenceTableModel::load()
{
    clearRows();
    if (!m_db)
        return;
    try {
        ReferenceRepository repository(*m_db);
        loadRows(repository);
    } catch (const SqlError &e) {
        clearRows();
        emit loadFailed(tr("%1 could not be read: %2").arg(title(), e.message()));
    }
}

void ReferenceTableModel::retranslate()
{
    const int columns = columnCount();
    emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rowsLoaded() > 0)
        emit dataChanged(index(0, 0), index(rowsLoaded() - 1, columns - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

int ReferenceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rowsLoaded();
}

QHash<int, QByteArray> ReferenceTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "entryId");
    names.insert(ActiveRole, "active");
    return names;
}

qint64 ReferenceTableModel::idAt(int row) const
{
    return row >= 0 && row < rowsLoaded() ? rowId(row) : 0;
}

int ReferenceTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < rowsLoaded(); ++row)
        if (rowId(row) == id)
            return row;
    return -1;
}

WriteResult ReferenceTableModel::noDatabase()
{
    return WriteResult{false, 0, tr("No database is open."), {}};
}

WriteResult ReferenceTableModel::save(const QVariantMap &entry)
{
    if (!m_db)
        return noDatabase();
    const ReferenceRepository::Table table = m_table;
    const bool adding = entry.value(QStringLiteral("id")).toLongLong() <= 0;
    const WriteResult result = Edits::runOn(
        m_edits,
        [table, adding] {
            return adding ? tr("Add an entry to %1").arg(ReferenceRepository::tableLabel(table))
                          : tr("Edit an entry of %1").arg(ReferenceRepository::tableLabel(table));
        },
        [this, &entry] {
            ReferenceRepository repository(*m_db);
            return write(repository, entry);
        });
    if (result)
        refresh();
    return result;
}

WriteResult ReferenceTableModel::setActive(qint64 id, bool active)
{
    if (!m_db)
        return noDatabase();
    const ReferenceRepository::Table table = m_table;
    const WriteResult result = Edits::runOn(
        m_edits,
        [table, active] {
            return active ? tr("Reinstate an entry of %1").arg(ReferenceRepository::tableLabel(table))
                          : tr("Retire an entry of %1").arg(ReferenceRepository::tableLabel(table));
        },
        [this, id, active] {
            ReferenceRepository repository(*m_db);
            return writeActive(repository, id, active);
        });
    if (result)
        refresh();
    return result;
}

WriteResult ReferenceTableModel::remove(qint64 id)
{
    if (!m_db)
        return noDatabase();
    const ReferenceRepository::Table table = m_table;
    const WriteResult result = Edits::runOn(
        m_edits, [table] { return tr("Delete an entry of %1").arg(ReferenceRepository::tableLabel(table)); },
        [this, id] {
            ReferenceRepository repository(*m_db);
            return writeRemove(repository, id);
        });
    if (result)
        refresh();
    return result;
}

WriteResult ReferenceTableModel::restoreShipped()
{
    if (!m_db)
        return noDatabase();
    const ReferenceRepository::Table table = m_table;
    const WriteResult result = Edits::runOn(
        m_edits, [table] { return tr("Restore the shipped %1").arg(ReferenceRepository::tableLabel(table)); },
        [this, table] { return ReferenceRepository(*m_db).restoreShipped(table); });
    if (result)
        refresh();
    return result;
}

WriteResult ReferenceTableModel::writeActive(ReferenceRepository &, qint64 id, bool)
{
    return WriteResult{false, id, tr("Entries of %1 are not retired; delete or change them instead.").arg(title()), {}};
}

WriteResult ReferenceTableModel::writeRemove(ReferenceRepository &, qint64 id)
{
    return WriteResult{false, id, tr("Entries of %1 cannot be deleted; retire them instead.").arg(title()), {}};
}
