#include "backupstore.h"

#include "db/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>

BackupStore::BackupStore(const QString &databasePath, const QString &root) : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
{
    const QFileInfo info(m_databasePath);
    m_base = info.completeBaseName();
    const QString folderRoot = root.isEmpty() ? defaultRoot() : root;
    // Two databases of the same name in different folders keep apart.
    const QByteArray tag = QCryptographicHash::hash(m_databasePath.toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    m_folder = folderRoot + u'/' + m_base + u'-' + QString::fromLatin1(tag);
}

QString BackupStore::defaultRoot()
{
    if (const QString fromEnvironment = qEnvironmentVariable("CSISMS_BACKUP_DIR"); !fromEnvironment.isEmpty())
        return fromEnvironment;
    if (const QString chosen = QSettings().value(QStringLiteral("backup/folder")).toString(); !chosen.isEmpty())
        return chosen;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups");
}

void BackupStore::setChosenRoot(const QString &folder) { QSettings().setValue(QStringLiteral("backup/folder"), folder); }

QList<BackupStore::Backup> BackupStore::list() const
{
    static const QRegularExpression daily(QStringLiteral("-(\\d{4}-\\d{2}-\\d{2})\\.sqlite$"));
    QList<Backup> backups;
    const QFileInfoList files = QDir(m_folder).entryInfoList({m_base + QStringLiteral("-*.sqlite")}, QDir::Files);
    for (const QFileInfo &f : files) {
        Backup b{f.absoluteFilePath(), f.lastModified(), {}, false, f.size()};
        const QString rest = f.fileName().mid(m_base.size());
        if (rest.startsWith(QLatin1String("-before-restore-"))) {
            b.beforeRestore = true;
        } else if (const QRegularExpressionMatch m = daily.match(f.fileName()); m.hasMatch() && rest.size() == 18) {
            b.day = QDate::fromString(m.captured(1), Qt::ISODate);
            if (!b.day.isValid())
                continue;
        } else {
            continue;
        }
        backups << b;
    }
    std::sort(backups.begin(), backups.end(), [](const Backup &a, const Backup &b) { return a.written > b.written; });
    return backups;
}

bool BackupStore::hasBackupOf(const QDate &day) const
{
    for (const Backup &b : list())
        if (b.day == day)
            return true;
    return false;
}

bool BackupStore::backUp(const Database &db, int keep, QString *error, const QDate &day)
{
    if (!QDir().mkpath(m_folder)) {
        *error = tr("The backup folder %1 cannot be made.").arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    const QString target = m_folder + u'/' + m_base + u'-' + day.toString(Qt::ISODate) + QStringLiteral(".sqlite");
    if (!db.backupTo(target, error))   // a temporary file renamed on success: the earlier copy stays until then
        return false;
    QList<Backup> daily;
    for (const Backup &b : list())
        if (b.day.isValid())
            daily << b;
    std::sort(daily.begin(), daily.end(), [](const Backup &a, const Backup &b) { return a.day > b.day; });
    for (qsizetype i = std::max(1, keep); i < daily.size(); ++i)
        QFile::remove(daily.at(i).path);
    return true;
}

BackupStore::Contents BackupStore::contents(const QString &backupPath)
{
    Contents c;
    Database db(QStringLiteral("backup-contents"));
    if (const DatabaseError error = db.open(backupPath, Database::Mode::Read)) {
        c.error = error.message;
        return c;
    }
    try {
        c.clients = db.scalar(QStringLiteral("SELECT count(*) FROM clients")).toLongLong();
        c.applications = db.scalar(QStringLiteral("SELECT count(*) FROM applications")).toLongLong();
        c.programmes = db.scalar(QStringLiteral("SELECT count(*) FROM programmes")).toLongLong();
        c.certificates = db.scalar(QStringLiteral("SELECT count(*) FROM certificates")).toLongLong();
        c.logEntries = db.scalar(QStringLiteral("SELECT count(*) FROM change_log")).toLongLong();
    } catch (const SqlError &e) {
        c.error = e.message();
    }
    return c;
}

QString BackupStore::keepCurrent(const Database &db, QString *error)
{
    if (!QDir().mkpath(m_folder)) {
        *error = tr("The backup folder %1 cannot be made.").arg(QDir::toNativeSeparators(m_folder));
        return {};
    }
    const QString target = m_folder + u'/' + m_base + QStringLiteral("-before-restore-")
                           + QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-ddTHHmmss")) + QStringLiteral(".sqlite");
    return db.backupTo(target, error) ? target : QString();
}

bool BackupStore::replace(const QString &databasePath, const QString &backupPath, QString *error)
{
    const QString temporary = databasePath + QStringLiteral(".restoring");
    QFile::remove(temporary);
    if (!QFile::copy(backupPath, temporary)) {
        *error = tr("The backup could not be copied beside the database.");
        return false;
    }
    QFile::setPermissions(temporary, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(databasePath + suffix);
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(databasePath).constData()) != 0) {
        QFile::remove(temporary);
        *error = tr("The database file could not be replaced; it is as it was.");
        return false;
    }
    return true;
}
