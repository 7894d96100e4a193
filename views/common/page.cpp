#include "common/page.h"

void Page::saveLayout(QSettings &) const {}

void Page::restoreLayout(QSettings &) {}

bool Page::openRecord(const RecordRef &) { return false; }

bool Page::newRecordFor(const QString &, qint64)
{
    return false;
}

PageReport Page::report() const { return {}; }
