#include "userrepository.h"

#include "db/database.h"
#include "repositories/rowwriter.h"
#include "repositories/sqlvalues.h"

#include <QSqlQuery>

namespace {

const QString kUsers = QStringLiteral("users");
const QStringList kColumns{QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("active"), QStringLiteral("auditor_id")};
const QString kSelect = QStringLiteral("SELECT id, name, role, active, auditor_id FROM users");

User userFrom(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.role = UserRules::roleFromKey(q.value(2).toString()).value_or(UserRole::Reviewer);
    u.active = q.value(3).toInt() != 0;
    u.auditorId = q.value(4).toLongLong();
    return u;
}

QVariantList values(const User &u)
{
    return {SqlValues::text(u.name), UserRules::roleKey(u.role), SqlValues::flag(u.active), SqlValues::nullableId(u.auditorId)};
}

} // namespace

UserRepository::UserRepository(Database &db) : m_db(db) {}

QString UserRepository::tableName() { return QStringLiteral("users"); }

QList<User> UserRepository::list(bool includeInactive) const
{
    QList<User> users;
    QSqlQuery q = m_db.exec(kSelect + (includeInactive ? QString() : QStringLiteral(" WHERE active = 1"))
                            + QStringLiteral(" ORDER BY name, id"));
    while (q.next())
        users << userFrom(q);
    return users;
}

std::optional<User> UserRepository::load(qint64 id) const
{
    QSqlQuery q = m_db.exec(kSelect + QStringLiteral(" WHERE id = ?"), {id});
    return q.next() ? std::optional<User>(userFrom(q)) : std::nullopt;
}

std::optional<User> UserRepository::findByName(const QString &name) const
{
    QSqlQuery q = m_db.exec(kSelect + QStringLiteral(" WHERE name = ?"), {name.trimmed()});
    return q.next() ? std::optional<User>(userFrom(q)) : std::nullopt;
}

int UserRepository::count() const { return m_db.scalar(QStringLiteral("SELECT count(*) FROM users")).toInt(); }

QList<FieldProblem> UserRepository::validate(const User &user) const
{
    QList<FieldProblem> problems = UserRules::validate(user);
    const QString name = user.name.trimmed();
    if (!name.isEmpty() && m_db.scalar(QStringLiteral("SELECT 1 FROM users WHERE name = ? AND id <> ?"), {name, user.id}).isValid())
        problems << FieldProblem{QStringLiteral("name"), tr("There is already a user called %1; choose another name.").arg(name)};
    // Someone must still be able to maintain the settings and the profiles.
    if (user.id > 0 && (!user.active || user.role != UserRole::Administrator)) {
        const QString administrator = UserRules::roleKey(UserRole::Administrator);
        const bool isAdministrator = m_db.scalar(QStringLiteral("SELECT 1 FROM users WHERE id = ? AND role = ? AND active = 1"),
                                                 {user.id, administrator}).isValid();
        const int others = m_db.scalar(QStringLiteral("SELECT count(*) FROM users WHERE id <> ? AND role = ? AND active = 1"),
                                       {user.id, administrator}).toInt();
        if (isAdministrator && others == 0)
            problems << FieldProblem{user.active ? QStringLiteral("role") : QStringLiteral("active"),
                                     tr("%1 is the only active administrator. Make another profile an administrator "
                                        "first, so that someone can still maintain the settings.").arg(name)};
    }
    if (user.auditorId > 0 && !m_db.scalar(QStringLiteral("SELECT 1 FROM auditors WHERE id = ?"), {user.auditorId}).isValid())
        problems << FieldProblem{QStringLiteral("auditor_id"), tr("The linked auditor no longer exists; choose another or none.")};
    return problems;
}

WriteResult UserRepository::save(const User &user)
{
    WriteResult result;
    try {
        result.problems = validate(user);
        if (!result.problems.isEmpty()) {
            result.message = tr("The user was not saved: %1").arg(result.problems.first().message);
            return result;
        }
        Transaction transaction(m_db);
        if (user.id > 0 && load(user.id)) {
            RowWriter::update(m_db, kUsers, user.id, kColumns, values(user));
            result.id = user.id;
        } else {
            result.id = RowWriter::insert(m_db, kUsers, kColumns, values(user), 0, user.id);
        }
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.message = tr("The user could not be saved, and nothing was changed: %1").arg(e.message());
    }
    return result;
}

WriteResult UserRepository::setActive(qint64 id, bool active)
{
    std::optional<User> user = load(id);
    if (!user)
        return WriteResult{false, id, tr("The user no longer exists; the list was out of date."), {}};
    user->active = active;
    return save(*user);
}
