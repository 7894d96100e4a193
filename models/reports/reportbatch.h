#pragma once

#include "reports/reportlanguage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class Database;

// The programme reports of many clients at once (every client with audits in a date range):
// into one PDF, each report with its own page numbers, or one PDF per client into a folder.
// Whole or nothing: the one file is written aside and put in place at the end; the files of
// a folder are written into a temporary folder beside them and moved in only when all are
// done. A cancelled or failed batch leaves no file behind and changes no file already there.
class ReportBatch
{
    Q_DECLARE_TR_FUNCTIONS(ReportBatch)

public:
    enum class Target { OneFile, FilePerClient };
    // Called after each report (done of total); returns false to stop.
    using Progress = std::function<bool(int done, int total)>;

    struct Result
    {
        QString error;        // empty: written
        bool cancelled = false;
        int reports = 0;
        int pages = 0;
        QStringList files;    // written, in order
    };

    // `path`: the PDF (OneFile) or the folder (FilePerClient).
    static Result write(Database &db, const QList<qint64> &programmeIds, ReportLanguage::Mode mode, Target target,
                        const QString &path, const Progress &progress = {});
    // The name of a client's file: "AP-000123 杭州某某科技有限公司.pdf", safe on every system.
    static QString fileName(qint64 programmeId, const QString &clientName);
};
