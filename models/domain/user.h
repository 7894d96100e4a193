#pragma once

#include "domain/client.h"   // FieldProblem

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// What a local user profile may do; the GUI offers actions by role. Kept to four roles so
// they can map onto database roles on a shared server later.
enum class UserRole { Reviewer, Manager, DecisionMaker, Administrator };

// A local user profile (name and role). The chosen profile's name is what the change log
// records (ChangeLog::setUserName). `auditorId` links a user who is also one of the
// body's auditors, so a member of an audit team can be kept from deciding on that audit.
struct User
{
    qint64 id = 0;
    QString name;
    UserRole role = UserRole::Reviewer;
    bool active = true;
    qint64 auditorId = 0;   // 0: not an auditor
    bool operator==(const User &) const = default;
};

namespace UserRules {

QString roleKey(UserRole role);                      // reviewer, manager, decision_maker, administrator
std::optional<UserRole> roleFromKey(const QString &key);
QString roleLabel(UserRole role);                    // in the user's language
QList<UserRole> roles();

// Only an administrator edits reference data, rule parameters and user profiles.
bool mayEditReferenceData(UserRole role);
// Certification decisions are taken by decision-makers only.
bool mayDecide(UserRole role);

// Field keys: name.
QList<FieldProblem> validate(const User &user);

} // namespace UserRules
