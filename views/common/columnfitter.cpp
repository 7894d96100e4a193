#include "common/columnfitter.h"

#include <QHeaderView>
#include <QTableView>

void ColumnFitter::fit(QTableView *view, int maxCharacters)
{
    QHeaderView *header = view->horizontalHeader();
    const int widest = view->fontMetrics().horizontalAdvance(QChar(0x4E2D)) * maxCharacters;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const int content = qMax(static_cast<QAbstractItemView *>(view)->sizeHintForColumn(column), header->sectionSizeHint(column)) + 8;
        header->resizeSection(column, qMax(header->sectionSizeHint(column) + 8, qMin(content, widest)));
    }
}
