#pragma once

#include <QProgressDialog>

// The progress dialog of a long archive job in the window (export, restore): modal over the
// window, so nothing is written to the database meanwhile, shown after 300 ms, with Cancel;
// step() is what the job calls now and then.
class ArchiveProgress
{
public:
    ArchiveProgress(QWidget *parent, const QString &label, const QString &objectName);
    // Shows `done` of `total`, lets the window repaint and Cancel answer; false once cancelled.
    bool step(qint64 done, qint64 total);

private:
    QProgressDialog m_dialog;
};
