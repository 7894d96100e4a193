#pragma once

#include "domain/user.h"
#include "repositories/writeresult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class Database;

// All SQL of the local user profiles. Choosing a profile is the GUI's business: it calls
// ChangeLog::setUserName(user.name), which is what the change log then records. Profiles
// are never deleted (the change log names them); they are made inactive instead.
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)

public:
    explicit UserRepository(Database &db);
    // The table of the profiles (what logged changes to them name).
    static QString tableName();

    QList<User> list(bool includeInactive = true) const;   // by name
    std::optional<User> load(qint64 id) const;
    std::optional<User> findByName(const QString &name) const;
    int count() const;

    // Pure rules plus a unique name, an existing auditor link, and at least one active
    // administrator left.
    QList<FieldProblem> validate(const User &user) const;
    // Inserts (id 0) or updates; logged.
    WriteResult save(const User &user);
    WriteResult setActive(qint64 id, bool active);

private:
    Database &m_db;
};
