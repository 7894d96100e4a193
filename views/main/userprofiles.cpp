#include "main/userprofiles.h"

#include "db/database.h"
#include "editing/session.h"
#include "main/profiledialog.h"
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

std::optional<User> UserProfiles::currentUser() const
{
    return m_session ? m_session->user() : std::nullopt;
}

QString UserProfiles::userText() const
{
    if (!m_session)
        return QString();
    if (!m_session->user())
        return tr("user: none chosen — read only (File → Switch user…)");
    return tr("user: %1 (%2)").arg(m_session->user()->name, UserRules::roleLabel(m_session->user()->role));
}

QString UserProfiles::databaseName() const
{
    return m_session ? QFileInfo(m_session->database().path()).fileName() : QString();
}

void UserProfiles::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_switchAction->setEnabled(session != nullptr);
    if (!session) {
        emit currentUserChanged();
        return;
    }
    connect(session, &Session::closing, this, [this] { setSession(nullptr); });
    std::optional<User> remembered;
    const qint64 id = QSettings().value(kProfilesKey).toMap().value(pathKey(&session->database())).toLongLong();
    if (id > 0) {
        try {
            remembered = UserRepository(session->database()).load(id);
        } catch (const SqlError &) {
        }
        if (remembered && !remembered->active)
            remembered.reset();
    }
    apply(remembered);
}

void UserProfiles::apply(const std::optional<User> &user)
{
    if (m_session)
        m_session->setUser(user);
    emit currentUserChanged();
}

bool UserProfiles::setCurrentUser(qint64 id)
{
    if (!m_session)
        return false;
    std::optional<User> user;
    try {
        user = UserRepository(m_session->database()).load(id);
    } catch (const SqlError &) {
        return false;
    }
    if (!user || !user->active)
        return false;
    QSettings settings;
    QVariantMap remembered = settings.value(kProfilesKey).toMap();
    remembered.insert(pathKey(&m_session->database()), user->id);
    settings.setValue(kProfilesKey, remembered);
    apply(user);
    return true;
}

void UserProfiles::reload()
{
    if (!m_session || !m_session->user())
        return;
    std::optional<User> user;
    try {
        user = UserRepository(m_session->database()).load(m_session->user()->id);
    } catch (const SqlError &) {
        return;
    }
    if (user && !user->active)
        user.reset();
    if (user != m_session->user())
        apply(user);
}

QList<User> UserProfiles::activeUsers() const
{
    try {
        return UserRepository(m_session->database()).list(false);
    } catch (const SqlError &e) {
        QMessageBox::warning(m_window, tr("User profiles"), tr("The user profiles could not be read: %1").arg(e.message()));
        return {};
    }
}

bool UserProfiles::ensureProfile()
{
    if (!m_session)
        return false;
    if (m_session->user())
        return true;
    return switchUser();
}

bool UserProfiles::switchUser()
{
    if (!m_session)
        return false;
    const QList<User> users = activeUsers();
    if (users.isEmpty()) {
        ProfileDialog dialog(ProfileDialog::CreateFirst, {}, 0, databaseName(), m_window);
        qint64 created = 0;
        dialog.setCreator([this, &created](const QString &name) {
            Database &db = m_session->database();
            db.changeLog().setUserName(name);   // the profile's own creation is recorded under its name
            const WriteResult result = UserRepository(db).save(User{0, name, UserRole::Administrator, true, 0});
            if (!result) {
                db.changeLog().setUserName(m_session->accountName());
                return result.message;
            }
            created = result.id;
            return QString();
        });
        if (dialog.exec() != QDialog::Accepted || created <= 0)
            return false;
        return setCurrentUser(created);
    }
    ProfileDialog dialog(ProfileDialog::Choose, users, m_session->user() ? m_session->user()->id : 0, databaseName(),
                         m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenId() <= 0)
        return false;
    return setCurrentUser(dialog.chosenId());
}
