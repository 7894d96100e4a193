#pragma once

class QTableView;

// Column widths that follow the content, so Chinese text is not cut off, within a limit
// so one long title does not push the rest of the table out of view (it wraps or shows
// in full in its tooltip). Never narrower than the header text.
class ColumnFitter
{
public:
    // Widths from the rows in the model (QAbstractItemView::sizeHintForColumn) (for the small tables of settings and auditors);
    // `maxCharacters` in CJK characters of the view's font.
    static void fit(QTableView *view, int maxCharacters = 30);
};
