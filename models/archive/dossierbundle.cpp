#include "archive/dossiermergedata.h"

#include "archive/sha256.h"
#include "archive/zipreader.h"
#include "db/changelog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace DossierMerge {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("DossierMerge", text); }

} // namespace

const QStringList kEntryColumns{QStringLiteral("logged_at"),  QStringLiteral("user_name"), QStringLiteral("table_name"),
                                QStringLiteral("row_id"),     QStringLiteral("client_id"), QStringLiteral("action"),
                                QStringLiteral("before_json"), QStringLiteral("after_json"), QStringLiteral("prev_hash"),
                                QStringLiteral("hash"),       QStringLiteral("origin")};

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    const auto isInteger = [](const QVariant &v) {
        return v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::ULongLong;
    };
    const auto isNumber = [&](const QVariant &v) { return isInteger(v) || v.typeId() == QMetaType::Double; };
    if (isInteger(a) && isInteger(b))
        return a.toLongLong() == b.toLongLong();
    if (isNumber(a) && isNumber(b))
        return a.toDouble() == b.toDouble();
    if (a.typeId() == QMetaType::QByteArray || b.typeId() == QMetaType::QByteArray)
        return a.toByteArray() == b.toByteArray();
    if (isNumber(a) != isNumber(b))
        return false;
    return a.toString() == b.toString();
}

QJsonObject imageOf(const QStringList &columns, const QVariantList &values)
{
    QJsonObject o;
    for (qsizetype i = 0; i < columns.size(); ++i)
        if (values.at(i).typeId() != QMetaType::QByteArray)
            o.insert(columns.at(i), QJsonValue::fromVariant(values.at(i)));
    return o;
}

QString changeText(const QString &loggedAt, const QString &user)
{
    const QDateTime at = QDateTime::fromString(loggedAt, Qt::ISODateWithMs);
    return QStringLiteral("%1 %2").arg(at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : loggedAt,
                                       user);
}

QString linkKey(const QString &peer, const QString &table, qint64 id)
{
    return peer + u'\n' + table + u'\n' + QString::number(id);
}
QString recordKey(const QString &table, qint64 id) { return table + u'\n' + QString::number(id); }

QString readTables(const QString &path, const ArchiveImport::Manifest &manifest, QHash<QString, Table> *tables)
{
    ZipReader zip(path);
    QString problem;
    const bool read = zip.forEach([&](const ZipReader::Entry &entry, const ZipReader::ReadPiece &piece) {
        if (!entry.path.startsWith(QLatin1String("data/")) || !entry.path.endsWith(QLatin1String(".json")))
            return true;
        QByteArray bytes;
        for (QByteArray data = piece(); !data.isEmpty(); data = piece())
            bytes += data;
        if (Sha256::hex(bytes) != manifest.files.value(entry.path).second) {
            problem = tr("The bundle changed while it was being read (“%1”); nothing was written.").arg(entry.path);
            return false;
        }
        QJsonParseError parseError;
        const QJsonObject o = QJsonDocument::fromJson(bytes, &parseError).object();
        const QString name = entry.path.mid(5).chopped(5);
        if (parseError.error != QJsonParseError::NoError || o.value(QLatin1String("table")).toString() != name) {
            problem = tr("The bundle is refused: “%1” is not a table of records.").arg(entry.path);
            return false;
        }
        Table t;
        for (const QJsonValue &c : o.value(QLatin1String("columns")).toArray())
            t.columns << c.toString();
        for (const QJsonValue &r : o.value(QLatin1String("rows")).toArray()) {
            const QJsonArray cells = r.toArray();
            if (cells.size() != t.columns.size()) {
                problem = tr("The bundle is refused: a row of %1 does not have %2 values.").arg(name).arg(t.columns.size());
                return false;
            }
            QVariantList values;
            for (const QJsonValue &cell : cells) {
                bool ok = false;
                values << ArchiveImport::valueOf(cell, &ok);
                if (!ok) {
                    problem = tr("The bundle is refused: a row of %1 holds a value this format does not have.").arg(name);
                    return false;
                }
            }
            t.rows << values;
        }
        tables->insert(name, t);
        return true;
    });
    if (!read)
        return problem.isEmpty() ? zip.errorString() : problem;
    return {};
}

QString readEntries(const Table &t, const QString &peer, bool own, QList<Entry> *out)
{
    QList<int> at;
    for (const QString &c : kEntryColumns)
        at << t.column(c);
    const int idColumn = t.column(own ? QStringLiteral("id") : QStringLiteral("entry_id"));
    const int peerColumn = t.column(QStringLiteral("peer_database"));
    if (at.contains(-1) || idColumn < 0 || (!own && peerColumn < 0))
        return tr("The bundle is refused: its change log does not have the columns of this schema.");
    for (const QVariantList &row : t.rows) {
        Entry e;
        e.peerDatabase = own ? peer : row.at(peerColumn).toString();
        e.entryId = row.at(idColumn).toLongLong();
        for (const int i : std::as_const(at))
            e.values << row.at(i);
        e.hash = row.at(at.at(9)).toString();
        const QString expected = ChangeLog::computeHash(row.at(at.at(8)).toString(), row.at(at.at(0)).toString(),
                                                        row.at(at.at(1)).toString(), row.at(at.at(2)).toString(),
                                                        row.at(at.at(3)).toLongLong(), row.at(at.at(4)).toLongLong(),
                                                        row.at(at.at(5)).toString(), row.at(at.at(6)).toString(),
                                                        row.at(at.at(7)).toString(), row.at(at.at(10)).toString());
        if (expected != e.hash)
            return tr("The bundle is refused: entry %1 of its change log does not match its hash: the log was changed.")
                .arg(e.entryId);
        *out << e;
    }
    return {};
}

} // namespace DossierMerge
