#include "user.h"
#include "textrules.h"

namespace UserRules {

QString roleKey(UserRole role)
{
    switch (role) {
    case UserRole::Reviewer: return QStringLiteral("reviewer");
    case UserRole::Manager: return QStringLiteral("manager");
    case UserRole::DecisionMaker: return QStringLiteral("decision_maker");
    case UserRole::Administrator: return QStringLiteral("administrator");
    }
    return QString();
}

std::optional<UserRole> roleFromKey(const QString &key)
{
    for (UserRole role : roles())
        if (roleKey(role) == key)
            return role;
    return std::nullopt;
}

QString roleLabel(UserRole role)
{
    switch (role) {
    case UserRole::Reviewer: return QCoreApplication::translate("UserRules", "Reviewer");
    case UserRole::Manager: return QCoreApplication::translate("UserRules", "Manager");
    case UserRole::DecisionMaker: return QCoreApplication::translate("UserRules", "Decision-maker");
    case UserRole::Administrator: return QCoreApplication::translate("UserRules", "Administrator");
    }
    return QString();
}

QList<UserRole> roles()
{
    return {UserRole::Reviewer, UserRole::Manager, UserRole::DecisionMaker, UserRole::Administrator};
}

bool mayEditReferenceData(UserRole role) { return role == UserRole::Administrator; }

bool mayDecide(UserRole role) { return role == UserRole::DecisionMaker; }

QList<FieldProblem> validate(const User &user)
{
    QList<FieldProblem> problems;
    const QString name = user.name.trimmed();
    if (name.isEmpty())
        problems << FieldProblem{QStringLiteral("name"), QCoreApplication::translate("UserRules", "Enter the user's name; the change log records it with every change.")};
    else if (TextRules::isBlank(name))
        problems << FieldProblem{QStringLiteral("name"), QCoreApplication::translate("UserRules", "The name holds only spaces or invisible characters; enter the user's name.")};
    else if (TextRules::length(name) > 100)
        problems << FieldProblem{QStringLiteral("name"), QCoreApplication::translate("UserRules", "A user name has at most 100 characters.")};
    else if (const QString problem = TextRules::problem(name, 100); !problem.isEmpty())
        problems << FieldProblem{QStringLiteral("name"), QCoreApplication::translate("UserRules", "The name %1.").arg(problem)};
    return problems;
}

} // namespace UserRules
