#pragma once

#include "domain/client.h"   // FieldProblem

#include <QHash>
#include <QList>
#include <QPair>
#include <QVariant>
#include <QWidget>

#include <functional>

class QLabel;
class QGridLayout;

// A form of labelled fields with a validation message under each, built from a list of
// field descriptions (text, text of several lines, whole number, decimal, yes/no, choice). Values go in and out
// as a map of field key -> value, so the form knows nothing of what the fields mean; the
// page that owns it sets the labels (again after a language change) and the problems.
// Used for the entries of the Settings pages.
class RecordForm : public QWidget
{
    Q_OBJECT

public:
    enum Kind { Text, Integer, Decimal, Check, Choice, LongText };
    // value, label; asked again by refreshChoices() (labels follow the language).
    using Choices = std::function<QList<QPair<QVariant, QString>>()>;

    struct Field
    {
        QString key;
        Kind kind = Text;
        int maxLength = 0;        // Text, LongText: 0 for none (LongText: checked by validation)
        double minimum = 0;       // Integer, Decimal
        double maximum = 0;
        int decimals = 1;         // Decimal
        Choices choices;          // Choice
    };

    explicit RecordForm(const QList<Field> &fields, QWidget *parent = nullptr);

    // The label of a field (a check box carries its own text); mnemonics allowed.
    void setLabel(const QString &key, const QString &text);
    void setPlaceholder(const QString &key, const QString &text);
    // Rebuilds the items of the choice fields, keeping what is chosen.
    void refreshChoices();

    // Shows an entry. Keys without a field (id, active ...) are kept and come back
    // from values() unchanged. Not an edit: edited() is not emitted.
    void setValues(const QVariantMap &values);
    QVariantMap values() const;
    // Messages under the fields; problems of keys without a field are not shown here
    // (the page shows them elsewhere). Returns those.
    QList<FieldProblem> setProblems(const QList<FieldProblem> &problems);
    QString message(const QString &key) const;
    QWidget *editor(const QString &key) const { return m_editors.value(key); }
    QStringList keys() const;
    void setReadOnly(bool readOnly);
    void focusField(const QString &key);

signals:
    // The user changed a field.
    void edited(const QString &key);

private:
    void setValue(const Field &field, const QVariant &value);
    QVariant value(const Field &field) const;

    QList<Field> m_fields;
    QVariantMap m_values;
    bool m_loading = false;
    QGridLayout *m_grid;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_messages;
};
