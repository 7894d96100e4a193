#pragma once

#include "domain/user.h"

#include <QObject>

#include <optional>

class Database;
class QAction;
class QWidget;

// The user profile the program works as. When a database opens, the profile last chosen
// for that file (remembered in QSettings per database path) is taken again when it is
// still active; otherwise ensureProfile() asks (creating the first profile, an
// administrator, on a database without any). File → Switch user… chooses another. The
// profile's name goes to ChangeLog::setUserName, so every change-log entry records it;
// without a profile the operating-system account is recorded and nothing is editable
// that needs a role.
class UserProfiles : public QObject
{
    Q_OBJECT

public:
    // `window` parents the dialogs.
    explicit UserProfiles(QWidget *window);

    // The database worked on (nullptr: none). Takes the remembered profile, never asks.
    void setDatabase(Database *db);
    Database *database() const { return m_db; }

    const std::optional<User> &currentUser() const { return m_user; }
    // "李娜 (审核员)", or a note that no profile is chosen.
    QString userText() const;

    // When no profile is chosen: asks for one (or the first one's name). True when a
    // profile is chosen afterwards.
    bool ensureProfile();
    // Asks for another profile; true when one was chosen.
    bool switchUser();
    // Works as the active profile `id` and remembers it for this database. False when there
    // is no such active profile.
    bool setCurrentUser(qint64 id);
    // Reads the current profile again (after Settings → Users changed profiles).
    void reload();

    QAction *switchUserAction() const { return m_switchAction; }
    void retranslate();

signals:
    void currentUserChanged();

private:
    void apply(const std::optional<User> &user);
    QList<User> activeUsers() const;
    QString databaseName() const;

    QWidget *m_window;
    Database *m_db = nullptr;
    QString m_accountName;   // what the change log records without a profile
    std::optional<User> m_user;
    QAction *m_switchAction;
};
