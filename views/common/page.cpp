#include "common/page.h"

void Page::saveLayout(QSettings &) const {}

void Page::restoreLayout(QSettings &) {}
