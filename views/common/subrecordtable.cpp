#include "common/subrecordtable.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

SubRecordTable::SubRecordTable(int columnCount, QWidget *parent)
    : QWidget(parent),
      m_columnCount(columnCount),
      m_table(new QTableWidget(0, columnCount, this)),
      m_addButton(new QPushButton(this)),
      m_removeButton(new QPushButton(this)),
      m_problems(new QLabel(this))
{
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);

    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problems->hide();

    auto *buttons = new QHBoxLayout;
    m_buttons = buttons;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problems);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &SubRecordTable::addRow);
    connect(m_removeButton, &QPushButton::clicked, this, &SubRecordTable::removeSelectedRows);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            emit edited();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &SubRecordTable::updateButtons);
    updateButtons();
}

void SubRecordTable::setHeaders(const QStringList &headers)
{
    m_table->setHorizontalHeaderLabels(headers);
}

void SubRecordTable::setButtonTexts(const QString &add, const QString &remove)
{
    m_addButton->setText(add);
    m_removeButton->setText(remove);
}

void SubRecordTable::setColumnWidthsInCharacters(const QList<int> &widths)
{
    const int character = m_table->fontMetrics().horizontalAdvance(QChar(0x4E2D));  // a CJK character
    for (int column = 0; column < widths.size() && column < m_columnCount; ++column)
        m_table->setColumnWidth(column, widths.at(column) * character + 16);
}

void SubRecordTable::setRows(const QList<SubRecordRow> &rows)
{
    m_filling = true;
    // A cell editor still open (the record is read again) closes with its cell, not after.
    m_table->setCurrentItem(nullptr);
    m_table->setRowCount(0);
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < m_columnCount; ++c) {
            auto *item = newItem(c, rows.at(r).values.value(c));
            if (c == 0)
                item->setData(kIdRole, rows.at(r).id);
            m_table->setItem(r, c, item);
        }
    }
    m_filling = false;
    updateButtons();
}

QTableWidgetItem *SubRecordTable::newItem(int column, const QString &value) const
{
    if (column != m_checkColumn)
        return new QTableWidgetItem(value);
    auto *item = new QTableWidgetItem;
    item->setFlags((item->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
    item->setCheckState(value.isEmpty() ? Qt::Unchecked : Qt::Checked);
    return item;
}

QList<SubRecordRow> SubRecordTable::rows() const
{
    QList<SubRecordRow> rows;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        SubRecordRow row;
        for (int c = 0; c < m_columnCount; ++c) {
            const QTableWidgetItem *item = m_table->item(r, c);
            if (c == m_checkColumn)
                row.values << (item && item->checkState() == Qt::Checked ? QStringLiteral("1") : QString());
            else
                row.values << (item ? item->text() : QString());
            if (c == 0 && item)
                row.id = item->data(kIdRole).toLongLong();
        }
        rows << row;
    }
    return rows;
}

void SubRecordTable::setProblems(const QStringList &messages)
{
    m_problems->setText(messages.join(u'\n'));
    m_problems->setVisible(!messages.isEmpty());
}

void SubRecordTable::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : QAbstractItemView::AllEditTriggers);
    updateButtons();
}

void SubRecordTable::commitEditing()
{
    // A cell editor commits when it loses the focus (the delegate's own handling).
    QWidget *focus = QApplication::focusWidget();
    if (focus && m_table->viewport()->isAncestorOf(focus))
        m_table->setFocus(Qt::OtherFocusReason);
}

void SubRecordTable::addRow()
{
    m_filling = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int c = 0; c < m_columnCount; ++c)
        m_table->setItem(row, c, newItem(c, QString()));
    m_filling = false;
    m_table->setCurrentCell(row, 0);
    m_table->setFocus();
    m_table->editItem(m_table->item(row, 0));
    updateButtons();
    emit edited();
}

void SubRecordTable::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows << m_table->currentRow();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows)
        m_table->removeRow(row);
    updateButtons();
    emit edited();
}

void SubRecordTable::updateButtons()
{
    m_addButton->setEnabled(!m_readOnly);
    m_removeButton->setEnabled(!m_readOnly && m_table->currentRow() >= 0);
}

void SubRecordTable::addButton(QPushButton *button)
{
    button->setParent(this);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
}
