// Database::scan: a read of many rows through SQLite's C API, on the driver's own
// connection (same transaction, same pragmas), for reads where QtSql's QVariant per value
// costs more than the query itself.
#include "database.h"
#include "db/sqlitehandle.h"

#include <QDate>
#include <QSqlDriver>

#include <sqlite3.h>

namespace {


[[noreturn]] void fail(sqlite3 *connection, const QString &sql)
{
    const int code = connection ? sqlite3_extended_errcode(connection) : SQLITE_MISUSE;
    const QString text = connection ? QString::fromUtf8(sqlite3_errmsg(connection)) : QStringLiteral("no open database");
    const QSqlError error(QString(), text, QSqlError::StatementError, QString::number(code));
    throw SqlError(text + QStringLiteral(" [") + sql.simplified() + u']', SqlError::kindOf(error));
}

// Finalizes the statement however scan() leaves (a callback may throw).
struct Statement
{
    sqlite3_stmt *handle = nullptr;
    ~Statement() { sqlite3_finalize(handle); }
};

int digits(const unsigned char *text, int from, int length)
{
    int n = 0;
    for (int i = from; i < from + length; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        n = n * 10 + (text[i] - '0');
    }
    return n;
}

} // namespace

qint64 Database::Row::integer(int column) const
{
    return sqlite3_column_int64(static_cast<sqlite3_stmt *>(m_statement), column);
}

QByteArrayView Database::Row::utf8(int column) const
{
    auto *statement = static_cast<sqlite3_stmt *>(m_statement);
    const unsigned char *text = sqlite3_column_text(statement, column);
    return text ? QByteArrayView(reinterpret_cast<const char *>(text), sqlite3_column_bytes(statement, column))
                : QByteArrayView();
}

QString Database::Row::text(int column) const
{
    const QByteArrayView bytes = utf8(column);
    return QString::fromUtf8(bytes.data(), bytes.size());
}

QDate Database::Row::date(int column) const
{
    auto *statement = static_cast<sqlite3_stmt *>(m_statement);
    if (sqlite3_column_type(statement, column) != SQLITE_TEXT)
        return QDate();
    const unsigned char *t = sqlite3_column_text(statement, column);
    if (!t || sqlite3_column_bytes(statement, column) != 10 || t[4] != '-' || t[7] != '-')
        return QDate();
    const int y = digits(t, 0, 4), m = digits(t, 5, 2), d = digits(t, 8, 2);
    return y < 0 || m < 0 || d < 0 ? QDate() : QDate(y, m, d);
}

void Database::scan(const QString &sql, const QVariantList &values, const std::function<void(const Row &)> &row) const
{
    sqlite3 *connection = SqliteHandle::of(handle());
    if (!connection)
        fail(nullptr, sql);
    Statement statement;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(connection, text.constData(), int(text.size()), &statement.handle, nullptr) != SQLITE_OK)
        fail(connection, sql);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        int rc = SQLITE_OK;
        if (v.isNull())
            rc = sqlite3_bind_null(statement.handle, i + 1);
        else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Bool)
            rc = sqlite3_bind_int64(statement.handle, i + 1, v.toLongLong());
        else if (v.typeId() == QMetaType::Double)
            rc = sqlite3_bind_double(statement.handle, i + 1, v.toDouble());
        else {
            const QByteArray bound = v.typeId() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate).toUtf8()
                                                                     : v.toString().toUtf8();
            rc = sqlite3_bind_text(statement.handle, i + 1, bound.constData(), int(bound.size()), SQLITE_TRANSIENT);
        }
        if (rc != SQLITE_OK)
            fail(connection, sql);
    }
    const Row current(statement.handle);
    for (;;) {
        const int rc = sqlite3_step(statement.handle);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW)
            fail(connection, sql);
        row(current);
    }
}
