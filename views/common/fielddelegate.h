#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QStyledItemDelegate>

#include <functional>

class Database;

// Editors and display texts for the typed columns of a SubRecordTable, whose cells hold
// plain text so that the editor maps rows to records without knowing the widgets:
// - Date / OptionalDate: an ISO date ("2026-03-15", or "" when none), shown in the
//   user's locale and edited with OptionalDateEdit;
// - Choice: a key ("consultancy", "CS-01") shown by its label and chosen from a combo box;
// - Number: a number in C notation ("7.5"), shown in the user's locale, edited with a
//   spin box;
// - Client: a client id, shown by the client's name and chosen with ClientPicker.
class FieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Kind { Date, OptionalDate, Choice, Number, Client };
    // key, label; asked each time (labels follow the language).
    using Choices = std::function<QList<QPair<QString, QString>>()>;

    explicit FieldDelegate(Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setChoices(Choices choices) { m_choices = std::move(choices); }
    // What an empty cell says ("not confirmed", "ongoing"); asked each time it is shown.
    void setEmptyText(std::function<QString()> text) { m_emptyText = std::move(text); }
    // Number: the range and decimals of the spin box.
    void setRange(double minimum, double maximum, int decimals);
    // Client: the register to search and to name clients from (clears the name cache).
    void setDatabase(Database *db);
    // Client: the name shown for an id (cached; read from the register when unknown).
    QString clientName(qint64 id) const;

    QString displayText(const QVariant &value, const QLocale &locale) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    Kind m_kind;
    Choices m_choices;
    std::function<QString()> m_emptyText;
    double m_minimum = 0;
    double m_maximum = 1000;
    int m_decimals = 1;
    Database *m_db = nullptr;
    mutable QHash<qint64, QString> m_clientNames;
};
