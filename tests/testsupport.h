#pragma once

// Small helpers shared by the tests: a database in a temporary folder with a unique
// connection name, and reading the shipped reference data. Additive: add, don't change.

#include "db/database.h"
#include "editing/session.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace TestSupport {

// The rule violations the demo shows on purpose, as a reviewer meets them in practice:
// programme rules (P-…), a correction past its deadline (F-correction), and what follows
// for certificates (C-suspend-max, C-surveillance-overdue). Any other error in a demo
// database is damage. (C-history, a stored status its events contradict, is damage.)
inline bool isDemoContent(const QString &rule)
{
    return rule.startsWith(QLatin1String("P-")) || rule == QLatin1String("F-correction")
           || rule == QLatin1String("C-suspend-max") || rule == QLatin1String("C-surveillance-overdue");
}

// A fresh, migrated database file in its own temporary folder.
struct TempDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    TempDatabase()
    {
        db = std::make_unique<Database>();
        const DatabaseError error = db->open(path());
        if (error)
            qFatal("cannot open test database: %s", qPrintable(error.message));
        db->changeLog().setUserName(QStringLiteral("tester"));
    }
    QString path() const { return dir.filePath(QStringLiteral("test.sqlite")); }
    Database &operator*() { return *db; }
    Database *operator->() { return db.get(); }
};

// A session (database, undo stack, write path) on a fresh database file, as the window
// works on one.
struct TempSession
{
    QTemporaryDir dir;
    std::unique_ptr<Session> session;

    TempSession()
    {
        auto db = std::make_unique<Database>();
        const DatabaseError error = db->open(path());
        if (error)
            qFatal("cannot open test database: %s", qPrintable(error.message));
        db->changeLog().setUserName(QStringLiteral("tester"));
        session = std::make_unique<Session>(std::move(db));
    }
    QString path() const { return dir.filePath(QStringLiteral("test.sqlite")); }
    Database &db() const { return session->database(); }
    Session &operator*() { return *session; }
    Session *operator->() { return session.get(); }
};

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}


// Keeps a test's QSettings away from the user's: INI files in a temporary folder, and
// QStandardPaths in test mode. Create one before anything reads settings.
struct IsolatedSettings
{
    QTemporaryDir dir;

    IsolatedSettings()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::SystemScope, dir.path());
        qputenv("CSISMS_BACKUP_DIR", QFile::encodeName(dir.filePath(QStringLiteral("backups"))));   // automatic backups
    }
};

} // namespace TestSupport
