#pragma once

#include <QDateEdit>

// A date field that may also be empty, for dates that are not always known (registration
// validity, qualification confirmed, a relation still ongoing). It shows the date in the
// user's locale (short format) with a calendar popup, and "none" when empty. On an empty
// field, Up/Down or a digit starts at today and the calendar opens on the current month;
// Delete or Backspace with the whole text selected empties it again. With
// setOptional(false) it is a plain date field that is never empty.
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    void setOptional(bool optional);
    bool isOptional() const { return m_optional; }

    // The date, or a null QDate when empty.
    QDate value() const;
    // A null date empties an optional field (a required one shows today).
    void setValue(const QDate &date);
    bool isEmpty() const { return !value().isValid(); }

signals:
    // The date changed or the field was emptied (a null date).
    void valueChanged(const QDate &date);

protected:
    void stepBy(int steps) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The locale's short format and the "none" text, in the current language.
    void retranslate();
    static QDate emptyDate();

    bool m_optional = true;
};
