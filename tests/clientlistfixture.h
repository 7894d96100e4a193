#pragma once

// What the client-list tests share: a register of made-up clients with valid credit codes,
// and a wait for rows the worker thread delivers (tst_clientlistmodel, tst_clientlistpages).

#include "testsupport.h"

#include "db/database.h"
#include "domain/creditcode.h"
#include "itemmodels/clientlistmodel.h"
#include "repositories/clientrepository.h"

#include <QTest>

#include <memory>

namespace ClientListFixture {

// A valid credit code that differs for every n.
inline QString creditCode(int n)
{
    const QString first17 = QStringLiteral("91350100M%1").arg(n, 8, 10, QLatin1Char('0'));
    return first17 + CreditCode::checkCharacter(first17);
}

inline Client makeClient(int n)
{
    Client c;
    c.nameZh = QStringLiteral("测试云科技有限公司%1").arg(n, 4, 10, QLatin1Char('0'));
    c.nameEn = QStringLiteral("Test Cloud %1 Ltd").arg(n, 4, 10, QLatin1Char('0'));
    c.creditCode = creditCode(n);
    c.contact = n % 2 ? QStringLiteral("李娜") : QStringLiteral("王伟");
    c.phone = QStringLiteral("0591-8765%1").arg(n, 4, 10, QLatin1Char('0'));
    if (n % 7)
        c.headcount = (n * 37) % 1000;
    c.archived = n % 10 == 0;
    return c;
}

// The placeholder of a row the worker has not delivered yet.
inline const QString kLoading = QStringLiteral("Loading…");

// A database of `count` clients (makeClient(1..count)).
inline std::unique_ptr<TestSupport::TempDatabase> manyClients(int count)
{
    auto db = std::make_unique<TestSupport::TempDatabase>();
    Transaction transaction(**db);
    ClientRepository repository(**db);
    for (int n = 1; n <= count; ++n)
        repository.insertUnchecked(makeClient(n));
    transaction.commit();
    return db;
}

// Asks for the rows first..last and waits until the worker delivered them all. Asking goes on
// while waiting: a page dropped from the worker's queue (more pages asked for than it keeps
// waiting) is asked for again, as a view does when it paints the rows.
inline bool waitForRows(const ClientListModel &model, int first, int last)
{
    return QTest::qWaitFor([&] {
        bool all = true;
        for (int row = first; row <= last; ++row)
            all = model.index(row, ClientListModel::NameZh).data(ClientListModel::IdRole).isValid() && all;
        return all;
    });
}

} // namespace ClientListFixture
