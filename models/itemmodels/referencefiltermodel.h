#pragma once

#include <QSortFilterProxyModel>

// The filter over a reference table (Settings → Reference data): every word typed must
// appear in some column of the row, case not considered; rows keep the table's order
// unless a header is clicked.
class ReferenceFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ReferenceFilterModel(QObject *parent = nullptr);

    // Words separated by spaces; empty shows every row.
    void setFilterWords(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};
