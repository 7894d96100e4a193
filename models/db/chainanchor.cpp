#include "chainanchor.h"

#include "database.h"
#include "domain/displayformat.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QSqlQuery>

namespace {

// One settings group per database file, named by a hash of its absolute path (settings
// keys cannot hold every character a path may).
QString groupFor(const QString &databasePath)
{
    const QString absolute = QFileInfo(databasePath).absoluteFilePath();
    return QStringLiteral("changeLogAnchors/")
           + QString::fromLatin1(QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString shownTime(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? DisplayFormat::dateTime(time) : iso;
}

} // namespace

ChainAnchor ChainAnchor::headOf(const Database &db)
{
    ChainAnchor anchor;
    QSqlQuery head = db.exec(QStringLiteral("SELECT id, hash, logged_at FROM change_log ORDER BY id DESC LIMIT 1"));
    if (!head.next())
        return anchor;
    anchor.entryId = head.value(0).toLongLong();
    anchor.hash = head.value(1).toString();
    anchor.loggedAt = head.value(2).toString();
    anchor.entries = db.scalar(QStringLiteral("SELECT count(*) FROM change_log")).toLongLong();
    return anchor;
}

ChainAnchor ChainAnchor::stored(const QString &databasePath)
{
    QSettings settings;
    settings.beginGroup(groupFor(databasePath));
    ChainAnchor anchor;
    anchor.entryId = settings.value(QStringLiteral("entryId")).toLongLong();
    anchor.entries = settings.value(QStringLiteral("entries")).toLongLong();
    anchor.hash = settings.value(QStringLiteral("hash")).toString();
    anchor.loggedAt = settings.value(QStringLiteral("loggedAt")).toString();
    return anchor;
}

void ChainAnchor::store(const QString &databasePath, const ChainAnchor &anchor)
{
    QSettings settings;
    settings.beginGroup(groupFor(databasePath));
    settings.setValue(QStringLiteral("path"), QFileInfo(databasePath).absoluteFilePath());
    settings.setValue(QStringLiteral("entryId"), anchor.entryId);
    settings.setValue(QStringLiteral("entries"), anchor.entries);
    settings.setValue(QStringLiteral("hash"), anchor.hash);
    settings.setValue(QStringLiteral("loggedAt"), anchor.loggedAt);
}

void ChainAnchor::forget(const QString &databasePath)
{
    QSettings settings;
    settings.remove(groupFor(databasePath));
}

void ChainAnchor::follow(Database &db)
{
    if (db.wasCreated())
        forget(db.path());
    db.changeLog().setCommitObserver([](Database &written) { store(written.path(), headOf(written)); });
}

QString ChainAnchor::problemWith(const Database &db) const
{
    if (isNull())
        return {};
    const QVariant hashThere = db.scalar(QStringLiteral("SELECT hash FROM change_log WHERE id = ?"), {entryId});
    if (hashThere.isValid() && hashThere.toString() == hash)
        return {};
    const ChainAnchor now = headOf(db);
    if (now.entries < entries || now.entryId < entryId)
        return tr("The change log is shorter than when this computer last wrote to this file: it held %Ln "
                  "entries then (the last one logged on %1) and holds %2 now. Entries were removed from its end, or the "
                  "file was replaced by an older copy or another database. If you restored or replaced it yourself, "
                  "this is expected; otherwise compare it with your backups.", nullptr, entries)
            .arg(shownTime(loggedAt), QLocale().toString(now.entries));
    return tr("The change log no longer holds the entry this computer saw last (entry %1, logged on %2): its entries were "
              "rewritten, or the file was replaced by another database. If you replaced it yourself, this is "
              "expected; otherwise compare it with your backups.")
        .arg(QLocale().toString(entryId), shownTime(loggedAt));
}
