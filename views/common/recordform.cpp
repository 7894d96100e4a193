#include "common/recordform.h"

#include "common/fieldmessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

RecordForm::RecordForm(const QList<Field> &fields, QWidget *parent)
    : QWidget(parent), m_fields(fields), m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(1);   // each field has its message line below it
    m_grid->setVerticalSpacing(4);
    int row = 0;
    for (const Field &field : std::as_const(m_fields)) {
        QWidget *editor = nullptr;
        const QString key = field.key;
        switch (field.kind) {
        case Text: {
            auto *edit = new QLineEdit(this);
            if (field.maxLength > 0)
                edit->setMaxLength(field.maxLength);
            connect(edit, &QLineEdit::textEdited, this, [this, key] { emit edited(key); });
            editor = edit;
            break;
        }
        case LongText: {
            auto *edit = new QPlainTextEdit(this);
            edit->setTabChangesFocus(true);
            edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 5 + 12);
            connect(edit, &QPlainTextEdit::textChanged, this, [this, key] {
                if (!m_loading)
                    emit edited(key);
            });
            editor = edit;
            break;
        }
        case Integer: {
            auto *spin = new QSpinBox(this);
            spin->setRange(int(field.minimum), int(field.maximum));
            spin->setGroupSeparatorShown(true);
            connect(spin, &QSpinBox::valueChanged, this, [this, key] {
                if (!m_loading)
                    emit edited(key);
            });
            editor = spin;
            break;
        }
        case Decimal: {
            auto *spin = new QDoubleSpinBox(this);
            spin->setRange(field.minimum, field.maximum);
            spin->setDecimals(field.decimals);
            connect(spin, &QDoubleSpinBox::valueChanged, this, [this, key] {
                if (!m_loading)
                    emit edited(key);
            });
            editor = spin;
            break;
        }
        case Check: {
            auto *box = new QCheckBox(this);
            connect(box, &QCheckBox::toggled, this, [this, key] {
                if (!m_loading)
                    emit edited(key);
            });
            editor = box;
            break;
        }
        case Choice: {
            auto *box = new QComboBox(this);
            box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            connect(box, &QComboBox::currentIndexChanged, this, [this, key] {
                if (!m_loading)
                    emit edited(key);
            });
            editor = box;
            break;
        }
        }
        editor->setObjectName(key);
        auto *label = new QLabel(this);
        label->setBuddy(editor);
        auto *message = new FieldMessage(key, this);
        if (field.kind == Check) {
            label->hide();   // the check box carries the text
            m_grid->addWidget(editor, row, 1);
        } else {
            m_grid->addWidget(label, row, 0, Qt::AlignRight | (field.kind == LongText ? Qt::AlignTop : Qt::AlignVCenter));
            const bool narrow = field.kind == Integer || field.kind == Decimal || field.kind == Choice;
            m_grid->addWidget(editor, row, 1, narrow ? Qt::AlignLeft : Qt::Alignment());
        }
        m_grid->addWidget(message, row + 1, 1);
        row += 2;
        m_labels.insert(key, label);
        m_editors.insert(key, editor);
        m_messages.insert(key, message);
    }
    m_grid->setRowStretch(row, 1);
    refreshChoices();
}

QStringList RecordForm::keys() const
{
    QStringList keys;
    for (const Field &field : m_fields)
        keys << field.key;
    return keys;
}

void RecordForm::setLabel(const QString &key, const QString &text)
{
    if (auto *box = qobject_cast<QCheckBox *>(m_editors.value(key)))
        box->setText(text);
    else if (QLabel *label = m_labels.value(key))
        label->setText(text);
}

void RecordForm::setPlaceholder(const QString &key, const QString &text)
{
    if (auto *edit = qobject_cast<QLineEdit *>(m_editors.value(key)))
        edit->setPlaceholderText(text);
}

void RecordForm::refreshChoices()
{
    m_loading = true;
    for (const Field &field : std::as_const(m_fields)) {
        if (field.kind != Choice || !field.choices)
            continue;
        auto *box = static_cast<QComboBox *>(m_editors.value(field.key));
        const QVariant current = box->currentData();
        box->clear();
        for (const auto &[value, label] : field.choices())
            box->addItem(label, value);
        const int index = box->findData(current);
        box->setCurrentIndex(index >= 0 ? index : (box->count() > 0 ? 0 : -1));
    }
    m_loading = false;
}

void RecordForm::setValue(const Field &field, const QVariant &value)
{
    QWidget *editor = m_editors.value(field.key);
    switch (field.kind) {
    case Text: static_cast<QLineEdit *>(editor)->setText(value.toString()); break;
    case LongText: static_cast<QPlainTextEdit *>(editor)->setPlainText(value.toString()); break;
    case Integer: static_cast<QSpinBox *>(editor)->setValue(value.toInt()); break;
    case Decimal: static_cast<QDoubleSpinBox *>(editor)->setValue(value.toDouble()); break;
    case Check: static_cast<QCheckBox *>(editor)->setChecked(value.toBool()); break;
    case Choice: {
        auto *box = static_cast<QComboBox *>(editor);
        int index = box->findData(value);
        if (index < 0 && value.isValid()) {   // a value no longer offered stays as it is
            box->addItem(value.toString(), value);
            index = box->count() - 1;
        }
        box->setCurrentIndex(index);
        break;
    }
    }
}

QVariant RecordForm::value(const Field &field) const
{
    QWidget *editor = m_editors.value(field.key);
    switch (field.kind) {
    case Text: return static_cast<QLineEdit *>(editor)->text();
    case LongText: return static_cast<QPlainTextEdit *>(editor)->toPlainText();
    case Integer: return static_cast<QSpinBox *>(editor)->value();
    case Decimal: return static_cast<QDoubleSpinBox *>(editor)->value();
    case Check: return static_cast<QCheckBox *>(editor)->isChecked();
    case Choice: return static_cast<QComboBox *>(editor)->currentData();
    }
    return {};
}

void RecordForm::setValues(const QVariantMap &values)
{
    m_loading = true;
    m_values = values;
    for (const Field &field : std::as_const(m_fields))
        setValue(field, values.value(field.key));
    m_loading = false;
}

QVariantMap RecordForm::values() const
{
    QVariantMap values = m_values;
    for (const Field &field : m_fields)
        values.insert(field.key, value(field));
    return values;
}

QList<FieldProblem> RecordForm::setProblems(const QList<FieldProblem> &problems)
{
    QHash<QString, QStringList> byField;
    QList<FieldProblem> elsewhere;
    for (const FieldProblem &problem : problems) {
        if (m_messages.contains(problem.field))
            byField[problem.field] << problem.message;
        else
            elsewhere << problem;
    }
    for (auto it = m_messages.constBegin(); it != m_messages.constEnd(); ++it) {
        const QString text = byField.value(it.key()).join(u'\n');
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
        m_editors.value(it.key())->setAccessibleDescription(text);
    }
    return elsewhere;
}

QString RecordForm::message(const QString &key) const
{
    const QLabel *label = m_messages.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

void RecordForm::setReadOnly(bool readOnly)
{
    for (QWidget *editor : std::as_const(m_editors)) {
        if (auto *edit = qobject_cast<QLineEdit *>(editor))
            edit->setReadOnly(readOnly);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
            text->setReadOnly(readOnly);
        else if (auto *spin = qobject_cast<QAbstractSpinBox *>(editor))
            spin->setReadOnly(readOnly);
        else
            editor->setEnabled(!readOnly);
    }
}

void RecordForm::focusField(const QString &key)
{
    if (QWidget *editor = m_editors.value(key)) {
        editor->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(editor))
            edit->selectAll();
    }
}
