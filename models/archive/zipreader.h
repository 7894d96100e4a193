#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

struct archive;

// Reads a .zip with libarchive, one entry after another, refusing what an archive bundle
// may never hold: a path that is absolute, climbs out (".."), uses backslashes or a drive
// letter; an entry that is not a regular file (a link, a device); the same path twice; an
// entry that turns out larger than its header says, or than `maxEntryBytes` (a zip bomb);
// a damaged or truncated zip (libarchive checks each entry's CRC). Nothing is written
// anywhere.
class ZipReader
{
public:
    struct Entry
    {
        QString path;
        qint64 declaredSize = -1;   // from the zip's directory; -1 unknown
    };

    explicit ZipReader(const QString &path, qint64 maxEntryBytes = qint64(8) << 30);
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    // Calls `entry` for every entry in order with a way to read its data in pieces (each
    // call gives the next piece, empty at the end); stops early when it returns false.
    // False, with errorString(), when the zip is refused (a reason above) or `entry` said so.
    using ReadPiece = std::function<QByteArray()>;
    bool forEach(const std::function<bool(const Entry &, const ReadPiece &)> &entry);

    QString errorString() const { return m_error; }

    // Why `path` cannot be an entry of a bundle (empty when it can).
    static QString pathProblem(const QString &path);

private:
    bool fail(const QString &message);

    QString m_path;
    qint64 m_maxEntryBytes;
    archive *m_archive = nullptr;
    QString m_error;
};
