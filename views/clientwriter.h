#pragma once

#include "repositories/clientrepository.h"

#include <QObject>

class Database;
class QUndoStack;

// The one way the GUI writes the client register: each write goes through
// ClientRepository (so it is validated and change-logged) and, when it succeeded, an
// undo command that reverses it through the repository again is pushed on the undo
// stack. Pages, the editor and the status bar follow every change through its signals.
class ClientWriter : public QObject
{
    Q_OBJECT

public:
    explicit ClientWriter(QUndoStack *undoStack, QObject *parent = nullptr);

    // The database written to (nullptr when none is open). Does not touch the stack.
    void setDatabase(Database *db) { m_db = db; }
    Database *database() const { return m_db; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Adds (id 0) or updates a client. On success result.id is the client's id.
    WriteResult save(const Client &client);
    WriteResult setArchived(qint64 id, bool archived);
    WriteResult remove(qint64 id);

    // Used by the undo commands: writes a whole client state, or removes a client,
    // without pushing anything; reports the outcome through the signals.
    bool apply(const Client &state);
    bool applyRemove(qint64 id);

signals:
    // A client was added, changed, archived or restored (also by undo or redo).
    void clientChanged(qint64 id);
    // A client was deleted (also by undo of an add).
    void clientRemoved(qint64 id);
    // An undo or redo could not be applied; message is for the user.
    void undoFailed(const QString &message);

private:
    std::optional<Client> load(qint64 id) const;

    QUndoStack *m_undoStack;
    Database *m_db = nullptr;
};
