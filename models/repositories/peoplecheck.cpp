#include "peoplecheck.h"

#include "db/database.h"
#include "repositories/auditorrepository.h"
#include "repositories/parameterrepository.h"
#include "repositories/referencerepository.h"

QList<RuleFinding> PeopleCheck::findings(Database &database, const QDate &today)
{
    const RuleParameters parameters = ParameterRepository(database).load();
    return Eligibility::auditorFindings(AuditorRepository(database).loadAll(false), today, parameters);
}

QList<AuditorEligibility> PeopleCheck::eligibility(Database &database, EligibilityRequest request)
{
    if (request.classNames.isEmpty())
        for (const ScopeClass &s : ReferenceRepository(database).scopeClasses())
            request.classNames.insert(s.code, ReferenceData::displayName(s));
    const RuleParameters parameters = ParameterRepository(database).load();
    return Eligibility::evaluate(AuditorRepository(database).loadAll(false), request, parameters);
}
