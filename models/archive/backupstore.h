#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// The automatic backups of one database file, kept on this computer: a folder per database
// (under the application data folder, named after the file and its path), one copy per day
// taken with SQLite's online backup API — `NAME-YYYY-MM-DD.sqlite`, today's replaced by a
// later one of the same day — and the newest `keep` of them kept. Before a restore the
// current file is copied to `NAME-before-restore-YYYY-MM-DDTHHMMSS.sqlite` (kept apart from
// the rotation).
class BackupStore
{
    Q_DECLARE_TR_FUNCTIONS(BackupStore)

public:
    struct Backup
    {
        QString path;
        QDateTime written;     // the file's time
        QDate day;             // invalid for a copy made before a restore
        bool beforeRestore = false;
        qint64 bytes = 0;
    };
    // What a backup holds, read from it (read only).
    struct Contents
    {
        QString error;         // empty when it opened
        qint64 clients = 0;
        qint64 applications = 0;
        qint64 programmes = 0;
        qint64 certificates = 0;
        qint64 logEntries = 0;
    };

    static constexpr int kDefaultKeep = 14;

    // The store of the database at `databasePath`, in `root` (empty: defaultRoot()).
    explicit BackupStore(const QString &databasePath, const QString &root = QString());
    // Where backups go: $CSISMS_BACKUP_DIR, else the folder chosen in the window (the
    // setting backup/folder: another disk keeps them when this one dies), else the
    // application data folder's "backups".
    static QString defaultRoot();
    static void setChosenRoot(const QString &folder);

    QString folder() const { return m_folder; }
    // Newest first.
    QList<Backup> list() const;
    // Today's backup (replacing an earlier one of today), then the rotation: only the newest
    // `keep` daily backups stay. False with *error when it could not be written (the earlier
    // backups stay as they were).
    bool backUp(const Database &db, int keep, QString *error, const QDate &day = QDate::currentDate());
    // Whether there is a backup of `day` already.
    bool hasBackupOf(const QDate &day) const;
    static Contents contents(const QString &backupPath);
    // Copies the current database file aside (before a restore); its path, or empty with *error.
    QString keepCurrent(const Database &db, QString *error);
    // Replaces the (closed) database file at `databasePath` by the backup, whole or not at
    // all: written beside it and renamed over it; its -wal and -shm go.
    static bool replace(const QString &databasePath, const QString &backupPath, QString *error);

private:
    QString m_databasePath;
    QString m_folder;
    QString m_base;   // the database file's name without .sqlite
};
