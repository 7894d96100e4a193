#include "common/optionaldateedit.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>

OptionalDateEdit::OptionalDateEdit(QWidget *parent) : QDateEdit(parent)
{
    setCalendarPopup(true);
    setMinimumDate(emptyDate());
    setMaximumDate(QDate(9999, 12, 31));
    setDate(emptyDate());
    retranslate();
    calendarWidget()->installEventFilter(this);
    connect(this, &QDateEdit::dateChanged, this, [this] { emit valueChanged(value()); });
}

// The smallest date stands for "empty"; it is never a real date in these records.
QDate OptionalDateEdit::emptyDate() { return QDate(1900, 1, 1); }

void OptionalDateEdit::setOptional(bool optional)
{
    if (optional == m_optional)
        return;
    m_optional = optional;
    if (!optional && isEmpty())
        setDate(QDate::currentDate());
    retranslate();
}

QDate OptionalDateEdit::value() const
{
    const QDate d = date();
    return d == emptyDate() ? QDate() : d;
}

void OptionalDateEdit::setValue(const QDate &date)
{
    if (date.isValid() && date > emptyDate())
        setDate(date);
    else
        setDate(m_optional ? emptyDate() : QDate::currentDate());
}

void OptionalDateEdit::retranslate()
{
    setLocale(QLocale());
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    // Always four-digit years: "26" could be any century.
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    setDisplayFormat(format);
    setSpecialValueText(m_optional ? tr("none", "an empty date") : QString());
    setToolTip(m_optional ? tr("Empty when not known: select the text and press Delete.") : QString());
}

void OptionalDateEdit::stepBy(int steps)
{
    if (isEmpty()) {
        setDate(QDate::currentDate());
        return;
    }
    QDateEdit::stepBy(steps);
    if (m_optional && date() == emptyDate())   // stepped below the first real day
        setDate(emptyDate().addDays(1));
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (m_optional && (key == Qt::Key_Delete || key == Qt::Key_Backspace)
        && (isEmpty() || lineEdit()->selectedText() == lineEdit()->text())) {
        setDate(emptyDate());
        event->accept();
        return;
    }
    if (isEmpty() && key >= Qt::Key_0 && key <= Qt::Key_9) {
        setDate(QDate::currentDate());
        selectAll();
    }
    QDateEdit::keyPressEvent(event);
}

void OptionalDateEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDateEdit::changeEvent(event);
}

bool OptionalDateEdit::eventFilter(QObject *watched, QEvent *event)
{
    // An empty field opens the calendar on the current month, not in 1900.
    if (watched == calendarWidget() && event->type() == QEvent::Show && isEmpty())
        calendarWidget()->setCurrentPage(QDate::currentDate().year(), QDate::currentDate().month());
    return QDateEdit::eventFilter(watched, event);
}
