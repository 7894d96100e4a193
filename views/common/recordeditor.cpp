#include "common/recordeditor.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>

bool RecordEditor::maybeSave()
{
    if (!isModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"), saveQuestion(),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        revert();
        return true;
    default:
        return false;
    }
}

bool RecordEditor::confirmDiscardFor(const QString &actionText)
{
    if (!isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("%1 discards the unsaved changes to “%2”. Continue?").arg(actionText, displayName()),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return false;
    revert();
    return true;
}

QString RecordEditor::fieldMessage(const QString &key) const
{
    const QLabel *label = m_messages.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

void RecordEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RecordEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() != Qt::Key_Escape || event->modifiers() != Qt::NoModifier) {
        QWidget::keyPressEvent(event);
        return;
    }
    if (isModified()) {
        const auto answer = QMessageBox::question(
            this, tr("Discard changes"),
            tr("Discard the changes to “%1”? What you typed since the last save is lost.").arg(displayName()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
        revert();
    }
    emit leaveRequested();
}
