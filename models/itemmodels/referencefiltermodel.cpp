#include "referencefiltermodel.h"

#include <QRegularExpression>

ReferenceFilterModel::ReferenceFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void ReferenceFilterModel::setFilterWords(const QString &text)
{
    const QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool ReferenceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    QStringList cells;
    for (int column = 0; column < sourceModel()->columnCount(sourceParent); ++column)
        cells << sourceModel()->index(sourceRow, column, sourceParent).data().toString();
    const QString row = cells.join(u'\n');
    for (const QString &word : m_words)
        if (!row.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}
