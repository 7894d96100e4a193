#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

// What the bytes of a file say before SQLite is asked to read it: whether it is a
// SQLite database at all, the journal mode and marks its header records, and the
// journal files beside it. Reads at most the first 100 bytes and never writes, so the
// opening code can refuse a foreign file without any library touching it.
namespace DatabaseFile {

// PRAGMA application_id of every CSISMS Desk database ("CSMS" in ASCII), set when the
// file is created, before anything else is written to it.
inline constexpr quint32 kApplicationId = 0x43534D53;

// The fixed 100-byte SQLite header (https://www.sqlite.org/fileformat.html#the_database_header).
struct Header
{
    bool exists = false;
    bool isDirectory = false;
    bool readable = true;
    qint64 size = 0;
    bool sqlite = false;         // starts with "SQLite format 3\0" and is at least 100 bytes long
    bool truncatedHeader = false; // starts with the magic but is shorter than a header
    int writeVersion = 0;        // byte 18: 1 rollback journal, 2 WAL
    quint32 userVersion = 0;     // offset 60: PRAGMA user_version as last checkpointed
    quint32 applicationId = 0;   // offset 68: PRAGMA application_id
    int readVersion = 0;         // byte 19: 1 rollback journal, 2 WAL
    bool isWal() const { return writeVersion == 2; }
    bool isRollback() const { return writeVersion == 1 && readVersion == 1; }
};

Header readHeader(const QString &path);

// Size, modification and change times (nanoseconds where the system has them) and the
// file's identity: equal stamps taken before and after a read mean no one wrote the file
// in between.
struct Stamp
{
    bool exists = false;
    qint64 size = 0;
    qint64 modifiedNs = 0;
    qint64 changedNs = 0;
    quint64 inode = 0;
    bool operator==(const Stamp &) const = default;
};

Stamp stamp(const QString &path);

// The files SQLite keeps beside a database: "-wal", "-shm", "-journal".
QStringList siblingSuffixes();
bool siblingExists(const QString &path, const QString &suffix);
// Size of a sibling, -1 when there is none.
qint64 siblingSize(const QString &path, const QString &suffix);

} // namespace DatabaseFile
