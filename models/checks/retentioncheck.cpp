#include "checks/retentioncheck.h"

#include "db/database.h"
#include "domain/certificate.h"
#include "domain/displayformat.h"
#include "domain/retention.h"
#include "domain/ruleparameters.h"
#include "repositories/certificaterepository.h"

#include <QHash>
#include <QSqlQuery>

namespace RetentionCheck {

QList<Dossier> dossiers(const Database &db, const RuleParameters &parameters, qint64 clientId,
                        const QList<Certificate> *loaded)
{
    QHash<qint64, Retention::Facts> facts;
    {
        QSqlQuery last = db.exec(QStringLiteral("SELECT client_id, max(logged_at) FROM change_log WHERE client_id IS NOT NULL "
                                                "AND (? = 0 OR client_id = ?) GROUP BY client_id"),
                                 {clientId, clientId});
        while (last.next())
            facts[last.value(0).toLongLong()].lastRecorded = QDate::fromString(last.value(1).toString().left(10), Qt::ISODate);
    }
    const CertificateRepository certificates(const_cast<Database &>(db));
    if (clientId > 0) {
        QSqlQuery ids = db.exec(QStringLiteral("SELECT id FROM certificates WHERE client_id = ? ORDER BY id"), {clientId});
        QList<qint64> list;
        while (ids.next())
            list << ids.value(0).toLongLong();
        for (const qint64 id : std::as_const(list))
            if (const std::optional<Certificate> c = certificates.load(id))
                facts[clientId].certificateEnds << Retention::certificateEnd(*c);
    } else {
        const QList<Certificate> all = loaded ? QList<Certificate>() : certificates.loadAll();
        for (const Certificate &c : loaded ? *loaded : all)
            facts[c.clientId].certificateEnds << Retention::certificateEnd(c);
    }
    QList<Dossier> result;
    QSqlQuery clients = db.exec(QStringLiteral("SELECT id, name_zh FROM clients WHERE ? = 0 OR id = ? ORDER BY id"), {clientId, clientId});
    while (clients.next()) {
        Dossier d;
        d.clientId = clients.value(0).toLongLong();
        d.clientName = clients.value(1).toString();
        d.keepUntil = Retention::keepUntil(facts.value(d.clientId), parameters);
        result << d;
    }
    return result;
}

QString describe(const QDate &keepUntil, const QDate &today)
{
    if (!keepUntil.isValid())
        return QCoreApplication::translate("RetentionCheck", "Nothing recorded yet: no retention date.");
    const QString day = DisplayFormat::date(keepUntil);
    return keepUntil < today
        ? QCoreApplication::translate("RetentionCheck",
                                      "Records kept until %1 — that day has passed: the dossier may be disposed of "
                                      "under the body's procedure (rule Records).")
              .arg(day)
        : QCoreApplication::translate("RetentionCheck",
                                      "Records kept until %1: the current cycle plus one full cycle, and at least the "
                                      "set number of years after the certificate ends (rule Records).")
              .arg(day);
}

} // namespace RetentionCheck
