#pragma once

#include <QString>

// Names of record kinds (tables) and their fields in the user's language, for the
// history view, `csisms check` and any message that names a stored record. Unknown
// names come back unchanged.
namespace RecordLabels {

QString table(const QString &table);
QString field(const QString &table, const QString &field);

} // namespace RecordLabels
