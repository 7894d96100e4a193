#pragma once

#include "repositories/referencerepository.h"

#include <QAbstractTableModel>
#include <QVariantMap>

class Database;
class Edits;

// What the reference-data tables of Settings → Reference data have in common (the
// ISO/IEC 27017 controls, the business-scope classes, the ISO/IEC 27006 audit-time table):
// rows read through ReferenceRepository, one entry as a map of field key -> value for the
// page's entry form, and writes that go through the repository (validated and logged),
// after which the rows are read again. Each table is a subclass with its own columns.
//
// Entry maps use the repository's field keys (code, name_zh, title_en, min_personnel ...,
// as in FieldProblem) plus "id" (0 for a new entry) and, for tables whose entries retire,
// "active".
class ReferenceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Roles beyond Qt's, valid on every column of a row.
    enum Role {
        IdRole = Qt::UserRole + 1,  // qint64 id of the entry
        ActiveRole,                 // bool: in use (false: retired, kept for the records)
    };
    Q_ENUM(Role)

    explicit ReferenceTableModel(ReferenceRepository::Table table, QObject *parent = nullptr);

    // The database to show (nullptr: no rows). Resets the model.
    void setDatabase(Database *db);
    // The write path (Edits) the writes go through, so each is one undoable step; without
    // one they go straight to the repository.
    void setEdits(Edits *edits) { m_edits = edits; }
    Database *database() const { return m_db; }
    ReferenceRepository::Table table() const { return m_table; }
    // The table's name in the user's language.
    QString title() const { return ReferenceRepository::tableLabel(m_table); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Keys of an entry's fields, in the order the form shows them.
    virtual QStringList fieldKeys() const = 0;
    // The fields of the entry on `row`; row -1 gives a new entry's defaults (id 0).
    virtual QVariantMap entry(int row) const = 0;
    // Problems of an entry as the repository sees them (empty when it may be saved).
    virtual QList<FieldProblem> validate(const QVariantMap &entry) const = 0;
    // Inserts (id 0) or updates an entry; on success the rows are read again and
    // result.id is the entry's id. Nothing is written when the result is not ok.
    WriteResult save(const QVariantMap &entry);
    // Whether entries can be added (the public information items are fixed by the rules).
    virtual bool canAdd() const { return true; }
    // Entries that are retired rather than deleted (controls, scope classes).
    virtual bool canRetire() const { return false; }
    // Entries that can be deleted (scope classes nobody uses, audit-time rows).
    virtual bool canRemove() const { return false; }
    WriteResult setActive(qint64 id, bool active);
    WriteResult remove(qint64 id);
    // Restores the table's shipped values (the caller asks first).
    WriteResult restoreShipped();

    // Reads the rows again; resets the model.
    void refresh();
    // Texts depend on the language: headers and translated cells change.
    void retranslate();

    // Id of the entry on a row (0 when out of range); row of an entry, -1 when absent.
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;

signals:
    // A read failed; the table is shown empty. message is for the user.
    void loadFailed(const QString &message);

protected:
    // Subclasses: read the rows into their list (called between begin/endResetModel;
    // may throw SqlError) and drop them.
    virtual void loadRows(ReferenceRepository &repository) = 0;
    virtual void clearRows() = 0;
    virtual int rowsLoaded() const = 0;
    virtual qint64 rowId(int row) const = 0;
    virtual WriteResult write(ReferenceRepository &repository, const QVariantMap &entry) = 0;
    virtual WriteResult writeActive(ReferenceRepository &repository, qint64 id, bool active);
    virtual WriteResult writeRemove(ReferenceRepository &repository, qint64 id);
    // A write without a database.
    static WriteResult noDatabase();

private:
    void load();

    ReferenceRepository::Table m_table;
    Database *m_db = nullptr;
    Edits *m_edits = nullptr;
};
