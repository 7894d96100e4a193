#pragma once

#include "db/changelog.h"
#include "domain/contract.h"
#include "repositories/writeresult.h"

#include <QCoreApplication>
#include <QDate>

class Database;

struct ContractListRow
{
    qint64 id = 0;
    qint64 applicationId = 0;
    QString number;
    int version = 1;
    QString applicationNumber;
    QString clientName;
    Contract::Status status = Contract::Status::Draft;
    QDate signedOn;
    qint64 totalFen = 0;
    qint64 amendedBy = 0;   // the version that amends this one (0: none)
};

struct ContractListQuery
{
    QString filter;            // words: contract number, application number, client
    qint64 clientId = 0;       // > 0: that client's; < 0: none
};

// All SQL of certification contracts (认证合同): made from an accepted review (its figures
// carried, the body's name from Settings, the number from the contract pattern), edited while
// a draft, signed once every duty is acknowledged, terminated with a reason, amended by a new
// version. Every write is logged under the client.
class ContractRepository
{
    Q_DECLARE_TR_FUNCTIONS(ContractRepository)

public:
    explicit ContractRepository(Database &db);

    static QString rootTable();
    static QStringList tables();
    static QStringList readTables();

    QList<ContractListRow> list(const ContractListQuery &query = {}) const;
    int count() const;
    std::optional<Contract> load(qint64 id) const;

    QList<FieldProblem> validate(const Contract &contract) const;
    // Saves a draft; a signed or terminated contract is refused (amend it instead).
    WriteResult save(const Contract &contract);
    // A draft from the current finalised review that accepted its application.
    WriteResult createFromReview(qint64 reviewId, const QDate &on = QDate::currentDate());
    // Signs a draft on `on` (ContractRules::signingProblems); nothing written when refused.
    WriteResult sign(qint64 id, const QDate &on);
    WriteResult terminate(qint64 id, const QDate &on, const QString &reason);
    // A new draft version of a signed contract, naming it.
    WriteResult amend(qint64 id);
    WriteResult remove(qint64 id);
    // The date the application was accepted (its review's finalisation), for signing.
    QDate acceptedOn(const Contract &contract) const;

    QList<ChangeEntry> history(qint64 id) const;

    qint64 insertUnchecked(const Contract &contract, qint64 clientId);

private:
    qint64 clientOf(qint64 applicationId) const;
    void writeSubRecords(const Contract &contract, qint64 id, const Contract *previous, qint64 clientId);
    WriteResult setStatus(qint64 id, Contract::Status to, const QDate &on, const QString &reason);
    Database &m_db;
};
