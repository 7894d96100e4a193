#include "databasefile.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace DatabaseFile {

namespace {

const char kMagic[] = "SQLite format 3";  // 15 characters and the terminating NUL: 16 bytes

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    return (quint32(quint8(bytes.at(offset))) << 24) | (quint32(quint8(bytes.at(offset + 1))) << 16)
           | (quint32(quint8(bytes.at(offset + 2))) << 8) | quint32(quint8(bytes.at(offset + 3)));
}

} // namespace

Header readHeader(const QString &path)
{
    Header header;
    const QFileInfo info(path);
    header.exists = info.exists();
    header.isDirectory = info.isDir();
    if (!header.exists || header.isDirectory)
        return header;
    header.size = info.size();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        header.readable = false;
        return header;
    }
    const QByteArray bytes = file.read(100);
    const QByteArray magic(kMagic, 16);
    if (bytes.size() < 100) {
        header.truncatedHeader = bytes.size() >= 16 && bytes.startsWith(magic);
        return header;
    }
    if (!bytes.startsWith(magic))
        return header;
    header.sqlite = true;
    header.writeVersion = quint8(bytes.at(18));
    header.readVersion = quint8(bytes.at(19));
    header.userVersion = bigEndian32(bytes, 60);
    header.applicationId = bigEndian32(bytes, 68);
    return header;
}

Stamp stamp(const QString &path)
{
    Stamp s;
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return s;
    s.exists = true;
    s.size = qint64(st.st_size);
    s.modifiedNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    s.changedNs = qint64(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
    s.inode = quint64(st.st_ino);
#else
    const QFileInfo info(path);
    if (!info.exists())
        return s;
    s.exists = true;
    s.size = info.size();
    s.modifiedNs = info.lastModified().toMSecsSinceEpoch() * 1000000;
    s.changedNs = info.metadataChangeTime().toMSecsSinceEpoch() * 1000000;
#endif
    return s;
}

QStringList siblingSuffixes()
{
    return {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
}

bool siblingExists(const QString &path, const QString &suffix) { return QFileInfo::exists(path + suffix); }

qint64 siblingSize(const QString &path, const QString &suffix)
{
    const QFileInfo info(path + suffix);
    return info.exists() ? info.size() : -1;
}

} // namespace DatabaseFile
