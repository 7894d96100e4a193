#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

// One row of a sub-record table: the record's id (0 when new) and its cell texts.
struct SubRecordRow
{
    qint64 id = 0;
    QStringList values;
    bool operator==(const SubRecordRow &) const = default;
};

// An editable table of a client's sub-records (sites, shifts, legal entities) with
// Add and Remove buttons and the validation messages of its rows below it. Knows
// nothing of the records' meaning: the client editor maps rows to and from Client.
class SubRecordTable : public QWidget
{
    Q_OBJECT

public:
    explicit SubRecordTable(int columnCount, QWidget *parent = nullptr);

    // Column headers and button texts, in the current language (from retranslateUi).
    void setHeaders(const QStringList &headers);
    void setButtonTexts(const QString &add, const QString &remove);
    // Widths of the columns in characters of the current font (for the initial layout).
    void setColumnWidthsInCharacters(const QList<int> &widths);

    // A column of check boxes (its value in rows() is "1" when ticked, else "").
    void setCheckColumn(int column) { m_checkColumn = column; }
    void setRows(const QList<SubRecordRow> &rows);
    QList<SubRecordRow> rows() const;
    // Messages about the rows, shown below the table (empty: hidden).
    void setProblems(const QStringList &messages);
    void setReadOnly(bool readOnly);
    // Ends an open cell editor, keeping what was typed in it (before a save reads rows()).
    void commitEditing();

    QTableWidget *table() const { return m_table; }
    // A button of the record type's own beside Add and Remove (Attach file…).
    void addButton(QPushButton *button);

signals:
    // The user changed, added or removed a row.
    void edited();

private:
    void addRow();
    void removeSelectedRows();
    void updateButtons();

    QTableWidgetItem *newItem(int column, const QString &value) const;
    int m_columnCount;
    int m_checkColumn = -1;
    bool m_readOnly = false;
    bool m_filling = false;
    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QLabel *m_problems;
    class QHBoxLayout *m_buttons = nullptr;
};
