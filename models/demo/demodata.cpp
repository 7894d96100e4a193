#include "demodata.h"

#include "applicationdemo.h"
#include "certificatedemo.h"
#include "clientdemo.h"
#include "demopeople.h"
#include "programmedemo.h"

#include "db/database.h"
#include "repositories/clientrepository.h"

#include <QRandomGenerator>

DemoData::Result DemoData::generate(Database &db, int clients, quint32 seed,
                                    const std::function<bool(int, int)> &progress, const QDate &today)
{
    Result result;
    try {
        Transaction transaction(db);
        QString error;
        const int written = ClientDemo::generate(db, clients, seed, progress, &error);
        if (written < 0) {
            result.error = error;
            return result;
        }
        QList<qint64> clientIds;
        for (const ClientListRow &row : ClientRepository(db).page(ClientListQuery{{}, true}, 0, written))
            clientIds << row.id;
        std::sort(clientIds.begin(), clientIds.end());
        const int auditors = std::max(12, written / 50);
        QRandomGenerator random(seed);
        DemoPeople::generate(db, random, auditors, clientIds, today);
        result.applications = ApplicationDemo::generate(db, random, clientIds, today);
        result.programmes = ProgrammeDemo::generate(db, random, today);
        result.certificates = CertificateDemo::generate(db, random, today).certificates;
        transaction.commit();
        result.clients = written;
        result.auditors = auditors;
    } catch (const SqlError &e) {
        result.clients = -1;
        result.busy = e.isBusy();
        result.error = tr("The demo data could not be written, and nothing was stored: %1").arg(e.explanation());
    }
    return result;
}
