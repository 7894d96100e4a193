#pragma once

// A client with shifts, sites and cloud services, an accepted application for CS-01, its
// finalised review with audit-time figures and the signed contract: what an audit
// programme is made from (tests of the programme repository and page).

#include "db/database.h"
#include "repositories/applicationrepository.h"
#include "repositories/auditorrepository.h"
#include "repositories/clientrepository.h"
#include "repositories/contractrepository.h"
#include "repositories/referencerepository.h"
#include "repositories/reviewrepository.h"

#include <QDate>

namespace ProgrammeFixture {

struct Made
{
    qint64 clientId = 0;
    qint64 contractId = 0;
    QDate signedOn;
};

inline Made signedContract(Database &db, const QString &name = QStringLiteral("示例云科技有限公司"))
{
    ReferenceRepository::seedIfEmpty(db);
    Client client;
    client.nameZh = name;
    client.shifts << ClientShift{0, QStringLiteral("白班"), QStringLiteral("08:00-20:00"), 80}
                  << ClientShift{0, QStringLiteral("夜班"), QStringLiteral("20:00-08:00"), 20};
    client.sites << ClientSite{0, QStringLiteral("总部"), QString(), 60} << ClientSite{0, QStringLiteral("数据中心"), QString(), 40};
    client.services << ClientService{0, QStringLiteral("弹性计算 ECS"), true} << ClientService{0, QStringLiteral("CDN"), false};
    Made made;
    made.clientId = ClientRepository(db).save(client).id;
    Application a;
    a.clientId = made.clientId;
    a.receivedOn = QDate::currentDate().addDays(-20);
    a.scopeClasses << QStringLiteral("CS-01");
    a.scopeZh = QStringLiteral("云主机服务");
    a.personnelTotal = 100;
    ApplicationRepository applications(db);
    const qint64 appId = applications.save(a).id;
    applications.changeStatus(appId, ApplicationRules::Status::Submitted, QString(), a.receivedOn);
    ApplicationReview r;
    r.applicationId = appId;
    r.reviewer = QStringLiteral("李静");
    r.reviewedOn = a.receivedOn.addDays(2);
    r.decision = ApplicationReview::Decision::Accept;
    r.finalisedOn = a.receivedOn.addDays(3);
    r.finalisedBy = r.reviewer;
    AuditTime::Result figures;
    figures.effectivePersonnel = 100;
    figures.adjustedDays = 9;
    figures.stage1Days = 3;
    figures.stage2Days = 6;
    figures.surveillanceDays = 3;
    figures.recertificationDays = 6;
    r.figures = figures;
    qint64 reviewId = 0;
    {
        Transaction t(db);
        reviewId = ReviewRepository(db).insertUnchecked(r, made.clientId);
        t.commit();
    }
    ContractRepository contracts(db);
    made.contractId = contracts.createFromReview(reviewId).id;
    Contract c = *contracts.load(made.contractId);
    c.bodyParty = QStringLiteral("示例认证中心");
    c.fees << FeeItem{0, QStringLiteral("审核费"), 1800000};
    c.acknowledged = ContractDuties::codes();
    contracts.save(c);
    made.signedOn = QDate::currentDate().addDays(-10);
    if (!contracts.sign(made.contractId, made.signedOn).ok)
        qFatal("the fixture's contract could not be signed");
    return made;
}

// A senior auditor registered and competent for CS-01 for years around today.
inline qint64 auditor(Database &db, const QString &name, const QString &number)
{
    const QDate today = QDate::currentDate();
    Auditor a;
    a.nameZh = name;
    a.registrationNumber = number;
    a.level = AuditorLevel::Senior;
    a.registrationValidFrom = today.addYears(-2);
    a.registrationValidTo = today.addYears(4);
    a.qualificationConfirmedOn = today.addYears(-2).addDays(10);
    a.qualificationConfirmedBy = QStringLiteral("周海燕");
    a.impartialitySignedOn = today.addMonths(-3);
    a.competences << AuditorCompetence{0, QStringLiteral("CS-01"), today.addYears(-1), QString()};
    return AuditorRepository(db).save(a).id;
}

} // namespace ProgrammeFixture
