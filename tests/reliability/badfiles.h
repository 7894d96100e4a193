#pragma once

// A corpus of files that are not healthy CSISMS Desk databases, each made the way it
// happens in the field (another program's file, a copy edited with the sqlite3 tool, a
// damaged or truncated copy, ...), and a fingerprint of a file with its SQLite siblings
// to prove that a command left all of them exactly as they were.

#include "db/database.h"
#include "db/databasefile.h"
#include "repositories/clientrepository.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTest>
#include <QUuid>

#include <functional>

namespace BadFiles {

// Bytes, time and existence of a file and of its -wal, -shm and -journal siblings.
struct Fingerprint
{
    QStringList lines;
    bool operator==(const Fingerprint &) const = default;
};

inline Fingerprint fingerprint(const QString &path)
{
    Fingerprint f;
    for (const QString &suffix : QStringList{QString()} + DatabaseFile::siblingSuffixes()) {
        const QFileInfo info(path + suffix);
        if (!info.exists()) {
            f.lines << suffix + QStringLiteral(": absent");
            continue;
        }
        if (info.isDir()) {
            f.lines << suffix + QStringLiteral(": folder");
            continue;
        }
        QFile file(info.filePath());
        QByteArray bytes;
        if (file.open(QIODevice::ReadOnly))
            bytes = file.readAll();
        f.lines << QStringLiteral("%1: %2 bytes, sha256 %3, modified %4, permissions %5")
                       .arg(suffix)
                       .arg(bytes.size())
                       .arg(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()))
                       .arg(info.lastModified().toString(Qt::ISODateWithMs))
                       .arg(int(info.permissions()), 0, 16);
    }
    return f;
}

inline void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), qint64(bytes.size()));
}

// Runs SQL on a file with a plain connection (as the sqlite3 tool would), then closes it.
inline void rawSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &statement : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(statement), qPrintable(statement + QStringLiteral(": ") + q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// A healthy CSISMS Desk database with some clients, closed and checkpointed (no -wal left).
inline void makeCsisms(const QString &path, int clients = 40)
{
    {
        Database db;
        const DatabaseError error = db.open(path);
        QVERIFY2(!error, qPrintable(error.message));
        ClientRepository repository(db);
        for (int i = 0; i < clients; ++i) {
            Client c;
            c.nameZh = QStringLiteral("语料客户%1有限公司").arg(i);
            c.notes = QString(300, u'记');
            QVERIFY(repository.save(c));
        }
    }
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
}

struct Case
{
    QString name;
    std::function<void(const QString &path)> make;
    DatabaseError::Kind expected;   // what opening says
};

inline QList<Case> corpus()
{
    using K = DatabaseError::Kind;
    QList<Case> cases;
    cases << Case{QStringLiteral("empty file"), [](const QString &p) { writeBytes(p, {}); }, K::NotADatabase};
    cases << Case{QStringLiteral("text file"), [](const QString &p) { writeBytes(p, "name_zh\n甲\n"); }, K::NotADatabase};
    cases << Case{QStringLiteral("binary garbage"), [](const QString &p) {
                      QByteArray b;
                      for (int i = 0; i < 4096; ++i)
                          b.append(char((i * 7919 + 13) % 251));
                      writeBytes(p, b);
                  }, K::NotADatabase};
    cases << Case{QStringLiteral("header cut short"),
                  [](const QString &p) { writeBytes(p, QByteArray("SQLite format 3\0", 16) + QByteArray(20, '\x01')); },
                  K::Damaged};
    cases << Case{QStringLiteral("another program's database"), [](const QString &p) {
                      rawSql(p, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
                                 QStringLiteral("INSERT INTO notes (text) VALUES ('keep me')")});
                  }, K::NotADatabase};
    cases << Case{QStringLiteral("another program's WAL database"), [](const QString &p) {
                      rawSql(p, {QStringLiteral("PRAGMA journal_mode = WAL"),
                                 QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
                                 QStringLiteral("INSERT INTO notes (text) VALUES ('keep me')")});
                  }, K::NotADatabase};
    cases << Case{QStringLiteral("another program's marked database"), [](const QString &p) {
                      rawSql(p, {QStringLiteral("PRAGMA application_id = 305419896"),
                                 QStringLiteral("CREATE TABLE clients (id INTEGER PRIMARY KEY)")});
                  }, K::NotADatabase};
    cases << Case{QStringLiteral("an empty SQLite database of another program's schema version"), [](const QString &p) {
                      rawSql(p, {QStringLiteral("PRAGMA user_version = 7")});
                  }, K::NotADatabase};
    cases << Case{QStringLiteral("user_version 2 with other tables"), [](const QString &p) {
                      rawSql(p, {QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, total REAL)"),
                                 QStringLiteral("PRAGMA user_version = 2")});
                  }, K::NotADatabase};
    cases << Case{QStringLiteral("change_log dropped"), [](const QString &p) {
                      makeCsisms(p);
                      rawSql(p, {QStringLiteral("DROP TABLE change_log")});
                  }, K::StructureChanged};
    cases << Case{QStringLiteral("column dropped"), [](const QString &p) {
                      makeCsisms(p);
                      rawSql(p, {QStringLiteral("ALTER TABLE clients DROP COLUMN email")});
                  }, K::StructureChanged};
    cases << Case{QStringLiteral("unmarked copy with change_log dropped"), [](const QString &p) {
                      makeCsisms(p);
                      rawSql(p, {QStringLiteral("PRAGMA application_id = 0"), QStringLiteral("DROP TABLE change_log")});
                  }, K::StructureChanged};
    cases << Case{QStringLiteral("damaged pages"), [](const QString &p) {
                      makeCsisms(p, 200);
                      QFile f(p);
                      QVERIFY(f.open(QIODevice::ReadOnly));
                      QByteArray bytes = f.readAll();
                      f.close();
                      for (int page = 1; (page + 1) * 4096 <= bytes.size(); ++page)
                          for (int i = 0; i < 12; ++i)
                              bytes[page * 4096 + i] = char(0xA5);
                      writeBytes(p, bytes);
                  }, K::Damaged};
    cases << Case{QStringLiteral("truncated copy"), [](const QString &p) {
                      makeCsisms(p, 200);
                      QFile f(p);
                      QVERIFY(f.open(QIODevice::ReadOnly));
                      const QByteArray bytes = f.readAll();
                      f.close();
                      writeBytes(p, bytes.left(bytes.size() / 2));
                  }, K::Damaged};
    cases << Case{QStringLiteral("newer schema"), [](const QString &p) {
                      makeCsisms(p);
                      rawSql(p, {QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)});
                  }, K::NewerSchema};
    cases << Case{QStringLiteral("empty file with a journal beside it"), [](const QString &p) {
                      writeBytes(p, {});
                      writeBytes(p + QStringLiteral("-wal"), QByteArray(4096, '\x37'));
                  }, K::CannotOpen};
    return cases;
}

} // namespace BadFiles
