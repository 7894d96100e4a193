#include "common/fielddelegate.h"
#include "domain/displayformat.h"

#include "clients/clientpicker.h"
#include "db/database.h"
#include "common/optionaldateedit.h"
#include "repositories/clientrepository.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLocale>

FieldDelegate::FieldDelegate(Kind kind, QObject *parent) : QStyledItemDelegate(parent), m_kind(kind) {}

void FieldDelegate::setRange(double minimum, double maximum, int decimals)
{
    m_minimum = minimum;
    m_maximum = maximum;
    m_decimals = decimals;
}

void FieldDelegate::setDatabase(Database *db)
{
    m_db = db;
    m_clientNames.clear();
}

QString FieldDelegate::clientName(qint64 id) const
{
    if (id <= 0)
        return QString();
    auto it = m_clientNames.constFind(id);
    if (it != m_clientNames.constEnd())
        return *it;
    QString name;
    if (m_db) {
        try {
            if (const std::optional<::Client> client = ClientRepository(*m_db).load(id))
                name = client->nameZh;
        } catch (const SqlError &) {
        }
    }
    if (name.isEmpty())
        name = tr("client no. %1 (no longer in the register)").arg(id);
    m_clientNames.insert(id, name);
    return name;
}

QString FieldDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    const QString text = value.toString();
    if (text.isEmpty() && m_emptyText)
        return m_emptyText();
    switch (m_kind) {
    case Date:
    case OptionalDate: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? DisplayFormat::date(date) : text;
    }
    case Choice:
        if (m_choices)
            for (const auto &[key, label] : m_choices())
                if (key == text)
                    return label;
        return text;
    case Number: {
        bool ok = false;
        const double number = text.toDouble(&ok);
        return ok ? locale.toString(number, 'g', 10) : text;
    }
    case Client:
        return text.isEmpty() ? QString() : clientName(text.toLongLong());
    }
    return text;
}

QWidget *FieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    switch (m_kind) {
    case Date:
    case OptionalDate: {
        auto *edit = new OptionalDateEdit(parent);
        edit->setOptional(m_kind == OptionalDate);
        edit->setFrame(false);
        return edit;
    }
    case Choice: {
        auto *box = new QComboBox(parent);
        box->setFrame(false);
        return box;
    }
    case Number: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(m_minimum, m_maximum);
        spin->setDecimals(m_decimals);
        spin->setFrame(false);
        return spin;
    }
    case Client: {
        auto *picker = new ClientPicker(m_db, parent);
        picker->setFrame(false);
        return picker;
    }
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void FieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString text = index.data(Qt::EditRole).toString();
    switch (m_kind) {
    case Date:
    case OptionalDate:
        static_cast<OptionalDateEdit *>(editor)->setValue(QDate::fromString(text, Qt::ISODate));
        return;
    case Choice: {
        auto *box = static_cast<QComboBox *>(editor);
        box->clear();
        if (m_choices)
            for (const auto &[key, label] : m_choices())
                box->addItem(label, key);
        int current = box->findData(text);
        if (current < 0 && !text.isEmpty()) {   // a retired entry stays as it is
            box->addItem(displayText(text, QLocale()), text);
            current = box->count() - 1;
        }
        box->setCurrentIndex(qMax(0, current));
        return;
    }
    case Number:
        static_cast<QDoubleSpinBox *>(editor)->setValue(text.toDouble());
        return;
    case Client: {
        const qint64 id = text.toLongLong();
        static_cast<ClientPicker *>(editor)->setClient(id, clientName(id));
        return;
    }
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void FieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    QString text;
    switch (m_kind) {
    case Date:
    case OptionalDate: {
        const QDate date = static_cast<OptionalDateEdit *>(editor)->value();
        text = date.isValid() ? date.toString(Qt::ISODate) : QString();
        break;
    }
    case Choice:
        text = static_cast<QComboBox *>(editor)->currentData().toString();
        break;
    case Number:
        text = QString::number(static_cast<QDoubleSpinBox *>(editor)->value(), 'g', 10);
        break;
    case Client: {
        auto *picker = static_cast<ClientPicker *>(editor);
        if (picker->clientId() <= 0 && !picker->text().trimmed().isEmpty())
            return;   // nothing chosen from the list: keep the cell as it was
        if (picker->clientId() > 0) {
            m_clientNames.insert(picker->clientId(), picker->text());
            text = QString::number(picker->clientId());
        }
        break;
    }
    }
    if (index.data(Qt::EditRole).toString() != text)
        model->setData(index, text, Qt::EditRole);
}

void FieldDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // Date and choice editors need their own height; never smaller than the cell.
    QRect rect = option.rect;
    rect.setHeight(qMax(rect.height(), editor->sizeHint().height()));
    rect.setWidth(qMax(rect.width(), editor->minimumSizeHint().width()));
    editor->setGeometry(rect);
}
