#pragma once

#include <QJsonObject>
#include <QString>

struct RecordSpec;

// Names of record kinds (tables) and their fields in the user's language, for the
// history view, `csisms check` and any message that names a stored record: read from the
// record types' field declarations (ClientFields, AuditorFields, ...), with common names
// for the reference tables. Unknown names come back unchanged.
namespace RecordLabels {

QString table(const QString &table);
// The declared fields of a table's records (nullptr for a table without a declaration).
const RecordSpec *spec(const QString &table);
// The table that holds records of a declared type ("" for none).
QString tableOf(const RecordSpec *spec);
QString field(const QString &table, const QString &field);
// A stored record for messages and lists: "Client “福州示例云”", or "Client #12" when its
// values (a row image, as ChangeLog::snapshot gives) hold no name.
QString recordName(const QString &table, qint64 row, const QJsonObject &values);

} // namespace RecordLabels
