#pragma once

struct sqlite3;
class Database;
class QSqlDatabase;

// The SQLite connection under a Database (the QtSql driver's own handle: same transaction,
// same pragmas), for the few reads of millions of values that go to SQLite's C API
// directly (Database::scan, the archive export). nullptr when there is none.
namespace SqliteHandle {
sqlite3 *of(const QSqlDatabase &db);
sqlite3 *of(const Database &db);
} // namespace SqliteHandle
