#pragma once

#include "repositories/auditorrepository.h"

#include <QObject>

class Database;
class QUndoStack;

// The one way the GUI writes the body's auditors: each write goes through
// AuditorRepository (validated and change-logged) and, when it succeeded, an undo command
// that reverses it through the repository again is pushed on the main undo stack. The
// Auditors page and its editor follow every change through the signals.
class AuditorWriter : public QObject
{
    Q_OBJECT

public:
    explicit AuditorWriter(QUndoStack *undoStack, QObject *parent = nullptr);

    // The database written to (nullptr when none is open). Does not touch the stack.
    void setDatabase(Database *db) { m_db = db; }
    Database *database() const { return m_db; }

    // Adds (id 0) or updates an auditor with its sub-records; result.id is its id.
    WriteResult save(const Auditor &auditor);
    WriteResult setActive(qint64 id, bool active);
    // Deletes an auditor no other record refers to (the repository refuses otherwise).
    WriteResult remove(qint64 id);

    // Used by the undo commands: writes a whole auditor state, or removes an auditor,
    // without pushing anything; reports the outcome through the signals.
    bool apply(const Auditor &state);
    bool applyRemove(qint64 id);

signals:
    // An auditor was added or changed (also by undo or redo).
    void auditorChanged(qint64 id);
    // An auditor was deleted (also by undo of an add).
    void auditorRemoved(qint64 id);
    // An undo or redo could not be applied; message is for the user.
    void undoFailed(const QString &message);

private:
    std::optional<Auditor> load(qint64 id) const;

    QUndoStack *m_undoStack;
    Database *m_db = nullptr;
};
