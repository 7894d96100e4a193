#include "userprofiles.h"

#include "db/database.h"
#include "profiledialog.h"
#include "repositories/userrepository.h"

#include <QAction>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QWidget>

namespace {

// Profile ids by absolute database path.
const QString kProfilesKey = QStringLiteral("profiles/byDatabase");

QString pathKey(const Database *db)
{
    return QFileInfo(db->path()).absoluteFilePath();
}

} // namespace

UserProfiles::UserProfiles(QWidget *window) : QObject(window), m_window(window), m_switchAction(new QAction(this))
{
    connect(m_switchAction, &QAction::triggered, this, [this] { switchUser(); });
    retranslate();
    m_switchAction->setEnabled(false);
}

void UserProfiles::retranslate()
{
    m_switchAction->setText(tr("S&witch user…"));
    m_switchAction->setToolTip(tr("Work as another user profile; the change log records its name"));
}

QString UserProfiles::userText() const
{
    if (!m_db)
        return QString();
    if (!m_user)
        return tr("user: none chosen (changes recorded as %1)").arg(m_accountName);
    return tr("user: %1 (%2)").arg(m_user->name, UserRules::roleLabel(m_user->role));
}

QString UserProfiles::databaseName() const
{
    return m_db ? QFileInfo(m_db->path()).fileName() : QString();
}

void UserProfiles::setDatabase(Database *db)
{
    m_db = db;
    m_user.reset();
    m_accountName = db ? db->changeLog().userName() : QString();
    m_switchAction->setEnabled(db != nullptr);
    std::optional<User> remembered;
    if (db) {
        const qint64 id = QSettings().value(kProfilesKey).toMap().value(pathKey(db)).toLongLong();
        if (id > 0) {
            try {
                remembered = UserRepository(*db).load(id);
            } catch (const SqlError &) {
            }
            if (remembered && !remembered->active)
                remembered.reset();
        }
    }
    apply(remembered);
}

void UserProfiles::apply(const std::optional<User> &user)
{
    m_user = user;
    if (m_db)
        m_db->changeLog().setUserName(user ? user->name : m_accountName);
    emit currentUserChanged();
}

bool UserProfiles::setCurrentUser(qint64 id)
{
    if (!m_db)
        return false;
    std::optional<User> user;
    try {
        user = UserRepository(*m_db).load(id);
    } catch (const SqlError &) {
        return false;
    }
    if (!user || !user->active)
        return false;
    QSettings settings;
    QVariantMap remembered = settings.value(kProfilesKey).toMap();
    remembered.insert(pathKey(m_db), user->id);
    settings.setValue(kProfilesKey, remembered);
    apply(user);
    return true;
}

void UserProfiles::reload()
{
    if (!m_db || !m_user)
        return;
    std::optional<User> user;
    try {
        user = UserRepository(*m_db).load(m_user->id);
    } catch (const SqlError &) {
        return;
    }
    if (user && !user->active)
        user.reset();
    if (user != m_user)
        apply(user);
}

QList<User> UserProfiles::activeUsers() const
{
    try {
        return UserRepository(*m_db).list(false);
    } catch (const SqlError &e) {
        QMessageBox::warning(m_window, tr("User profiles"), tr("The user profiles could not be read: %1").arg(e.message()));
        return {};
    }
}

bool UserProfiles::ensureProfile()
{
    if (!m_db)
        return false;
    if (m_user)
        return true;
    return switchUser();
}

bool UserProfiles::switchUser()
{
    if (!m_db)
        return false;
    const QList<User> users = activeUsers();
    if (users.isEmpty()) {
        ProfileDialog dialog(ProfileDialog::CreateFirst, {}, 0, databaseName(), m_window);
        qint64 created = 0;
        dialog.setCreator([this, &created](const QString &name) {
            m_db->changeLog().setUserName(name);   // the profile's own creation is recorded under its name
            const WriteResult result = UserRepository(*m_db).save(User{0, name, UserRole::Administrator, true, 0});
            if (!result) {
                m_db->changeLog().setUserName(m_accountName);
                return result.message;
            }
            created = result.id;
            return QString();
        });
        if (dialog.exec() != QDialog::Accepted || created <= 0)
            return false;
        return setCurrentUser(created);
    }
    ProfileDialog dialog(ProfileDialog::Choose, users, m_user ? m_user->id : 0, databaseName(), m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenId() <= 0)
        return false;
    return setCurrentUser(dialog.chosenId());
}
