#include "archive/archiveprogress.h"

#include <QApplication>

ArchiveProgress::ArchiveProgress(QWidget *parent, const QString &label, const QString &objectName)
    : m_dialog(label, QCoreApplication::translate("ArchiveProgress", "Cancel"), 0, 1000, parent)
{
    m_dialog.setObjectName(objectName);
    m_dialog.setWindowModality(Qt::WindowModal);
    m_dialog.setMinimumDuration(300);
}

bool ArchiveProgress::step(qint64 done, qint64 total)
{
    m_dialog.setValue(total > 0 ? int(std::min<qint64>(999, done * 1000 / total)) : 0);
    QApplication::processEvents();   // the window repaints and Cancel answers
    return !m_dialog.wasCanceled();
}
