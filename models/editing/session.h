#pragma once

#include "changeset.h"
#include "domain/user.h"

#include <QObject>

#include <memory>
#include <optional>

class Database;
class Edits;
class QUndoStack;

// An open dossier database as the window works on it: the database, the user profile at
// work (whose name the change log records), the undo stack of this database's edits and
// the one write path (Edits). Pages are handed the session when a database opens. When it
// ends — another database opens, the window closes — it says so first (closing()), so
// pages let go of it on their own; nothing has to be taken down in a set order.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(std::unique_ptr<Database> db, QObject *parent = nullptr);
    ~Session() override;

    Database &database() const { return *m_db; }
    QUndoStack *undoStack() const { return m_undoStack; }
    Edits &edits() const { return *m_edits; }

    // The profile at work; nullopt until one is chosen (the change log then records the
    // operating-system account, and nothing that needs a role may be edited).
    const std::optional<User> &user() const { return m_user; }
    void setUser(const std::optional<User> &user);
    // True when a profile is chosen: writes are recorded under a person's name.
    bool hasUser() const { return m_user.has_value(); }
    // What the change log records while no profile is chosen.
    QString accountName() const { return m_accountName; }

signals:
    // The session ends: pages drop every pointer into it now.
    void closing();
    void userChanged();
    // Records were written (by a write, an undo or a redo), forwarded from Edits.
    void changed(const QList<RecordRef> &records);

private:
    std::unique_ptr<Database> m_db;
    QUndoStack *m_undoStack;
    Edits *m_edits;
    std::optional<User> m_user;
    QString m_accountName;
};
