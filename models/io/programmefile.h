#pragma once

#include "domain/programme.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

// A programme as a file (DESIGN.md `csisms-programme/1`): what `programme check` and
// `programme propose` read and `programme export` and `propose` write. The reader is strict
// and names the field of the first problem ("audits[1].kind: “stage3” is not a kind of
// audit; …"): a wrong format tag, an unknown cycle, kind, status, method or role, a date
// that does not exist, controls not in the catalogue, and shifts, sites or services an
// audit names that the client does not have.
//
// Beyond DESIGN.md's fields, each audit may carry "status" (planned, confirmed, done,
// cancelled; default planned), "method" (onsite, remote, combined) and "team"
// ([{"name": …, "role": "leader"|"member"|"expert"}]), so an exported programme checks the
// same as in the program: a cancelled audit counts for nothing. "start" and "end" are the
// operative dates (the actual ones once recorded).
namespace ProgrammeFileFormat {

inline constexpr char FormatTag[] = "csisms-programme/1";

// `catalogue` is the control IDs the file's controls must come from.
std::optional<Programme> parse(const QByteArray &bytes, const QStringList &catalogue, QString *error);

// The file as DESIGN.md shows it (indented UTF-8 JSON): parse(write(p)) gives p back, but
// for the ids and names the database keeps (client and auditor ids, planned dates when
// actual ones are recorded). The expiry date is written as the cycle gives it.
QByteArray write(const Programme &programme, int cycleYears);

} // namespace ProgrammeFileFormat
