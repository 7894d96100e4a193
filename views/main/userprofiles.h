#pragma once

#include "domain/user.h"

#include <QObject>

#include <optional>

class QAction;
class QWidget;
class Session;

// The user profile the program works as. When a database opens, the profile last chosen
// for that file (remembered in QSettings per database path) is taken again when it is
// still active; otherwise ensureProfile() asks (creating the first profile, an
// administrator, on a database without any). File → Switch user… chooses another. The
// profile is the session's user (Session::setUser), so every change-log entry records its
// name; without a profile the operating-system account is recorded and nothing is
// editable that needs a role.
class UserProfiles : public QObject
{
    Q_OBJECT

public:
    // `window` parents the dialogs.
    explicit UserProfiles(QWidget *window);

    // The session worked on (nullptr: none). Takes the remembered profile, never asks.
    void setSession(Session *session);
    Session *session() const { return m_session; }

    std::optional<User> currentUser() const;
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
    Session *m_session = nullptr;
    QAction *m_switchAction;
};
