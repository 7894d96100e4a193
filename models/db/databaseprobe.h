#pragma once

#include <QString>
#include <QStringList>

// What a file is, found without changing it or anything beside it: missing or empty, not
// SQLite, another program's database, a CSISMS Desk database (marked, or of a version
// from before the mark) and its schema version, damaged, changed in structure outside
// the application, or in use by a writer for longer than the probe waits.
//
// The read is consistent even while other processes write: a file with no journal beside
// it is read as an immutable file and accepted only when its size, times and identity are
// the same after the read and no "-wal" or "-journal" appeared meanwhile (so no checkpoint
// or write ran during it); when a "-wal" exists, or a "-journal" beside a rollback-mode
// file, it is read through SQLite's locks in one read transaction. A file is called damaged only when two such
// consistent reads in a row found it damaged; transient errors are retried until the
// patience runs out, and then the file is "busy", never "damaged".
struct ProbeResult
{
    enum Kind {
        Missing,          // no such file
        Empty,            // 0 bytes, or a SQLite file holding nothing at all
        Csisms,           // marked with the application id
        LegacyCsisms,     // unmarked, but exactly the shape of a shipped schema version
        NotSqlite,
        Foreign,          // a SQLite database of another program
        Damaged,
        StructureChanged, // a CSISMS Desk database whose tables were changed outside it
        NewerSchema,
        Busy,
        CannotRead,
        Directory,
    };
    Kind kind = Missing;
    int version = 0;            // PRAGMA user_version, for Csisms and LegacyCsisms
    QString detail;             // SQLite's words for Damaged and CannotRead
    QStringList differences;    // for StructureChanged, in the user's language
    int reads = 0;              // SQLite reads it took
};

class DatabaseProbe
{
public:
    // patienceMs: how long to keep retrying while another process is writing.
    static ProbeResult inspect(const QString &path, int patienceMs = 10000);
};
