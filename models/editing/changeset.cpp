#include "changeset.h"

#include "db/database.h"
#include "db/recordlabels.h"
#include "repositories/rowwriter.h"

ChangeSet ChangeSet::lastCommitted(const Database &db)
{
    return ChangeSet(ChangeLog::entries(db, db.changeLog().lastCommittedEntries()));
}

QList<RecordRef> ChangeSet::records() const
{
    QList<RecordRef> refs;
    for (const ChangeEntry &e : m_entries) {
        const RecordRef ref{e.table, e.rowId, e.clientId, e.after.isEmpty() ? e.before : e.after, !e.after.isEmpty()};
        const qsizetype known = refs.indexOf(ref);
        if (known < 0)
            refs << ref;
        else
            refs[known] = ref;   // the last state of the row
    }
    return refs;
}

QString ChangeSet::recordName(const ChangeEntry &entry)
{
    return RecordLabels::recordName(entry.table, entry.rowId, entry.after.isEmpty() ? entry.before : entry.after);
}

WriteResult ChangeSet::undo(Database &db) const { return apply(db, true); }

WriteResult ChangeSet::redo(Database &db) const { return apply(db, false); }

WriteResult ChangeSet::apply(Database &db, bool reverse) const
{
    WriteResult result;
    try {
        const ChangeLog::OriginScope origin(db.changeLog(), reverse ? QStringLiteral("undo") : QStringLiteral("redo"));
        Transaction transaction(db);
        for (qsizetype n = 0; n < m_entries.size(); ++n) {
            const ChangeEntry &e = m_entries.at(reverse ? m_entries.size() - 1 - n : n);
            // The record must be as this write left it (undo) or found it (redo).
            const QJsonObject &expected = reverse ? e.after : e.before;
            const QJsonObject &wanted = reverse ? e.before : e.after;
            if (ChangeLog::snapshot(db, e.table, e.rowId) != expected) {
                result.message = reverse ? tr("This step cannot be undone: %1 has been changed again since, here or "
                                              "in another program. Nothing was changed.").arg(recordName(e))
                                         : tr("This step cannot be redone: %1 has been changed since, here or in "
                                              "another program. Nothing was changed.").arg(recordName(e));
                return result;
            }
            RowWriter::restore(db, e.table, e.rowId, wanted, e.clientId);
        }
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.message = reverse ? tr("This step cannot be undone, and nothing was changed: %1").arg(e.explanation())
                                 : tr("This step cannot be redone, and nothing was changed: %1").arg(e.explanation());
    }
    return result;
}
