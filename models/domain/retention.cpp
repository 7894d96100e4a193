#include "domain/retention.h"

#include "domain/certificate.h"
#include "domain/ruleparameters.h"

#include <algorithm>

namespace Retention {

QDate certificateEnd(const Certificate &certificate)
{
    const CertificateState state = CertificateRules::stateOn(certificate, QDate());
    if ((state.status == CertificateStatus::Withdrawn || state.status == CertificateStatus::Cancelled) && state.since.isValid())
        return std::min(state.since, certificate.expiresOn.isValid() ? certificate.expiresOn : state.since);
    return certificate.expiresOn;
}

QDate keepUntil(const Facts &facts, const RuleParameters &parameters)
{
    QDate until;
    const auto later = [&until](const QDate &day) {
        if (day.isValid() && (!until.isValid() || day > until))
            until = day;
    };
    for (const QDate &end : facts.certificateEnds) {
        if (!end.isValid())
            continue;
        later(end.addYears(parameters.cycleYears()));
        later(end.addYears(parameters.recordRetentionYears()));
    }
    if (facts.lastRecorded.isValid())
        later(facts.lastRecorded.addYears(parameters.cycleYears()));
    return until;
}

bool isPast(const Facts &facts, const QDate &today, const RuleParameters &parameters)
{
    const QDate until = keepUntil(facts, parameters);
    return until.isValid() && until < today;
}

} // namespace Retention
