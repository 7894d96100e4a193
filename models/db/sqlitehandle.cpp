#include "sqlitehandle.h"

#include "db/database.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace SqliteHandle {

sqlite3 *of(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

sqlite3 *of(const Database &db) { return of(db.handle()); }

} // namespace SqliteHandle
