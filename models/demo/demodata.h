#pragma once

#include <QCoreApplication>
#include <QDate>

#include <functional>

class Database;

// The whole demo of `csisms demo`: clients (ClientDemo), the body's auditors and one user
// profile per role (DemoPeople), applications in every status (ApplicationDemo), audit programmes (ProgrammeDemo), findings, decisions and certificates (CertificateDemo), written in one transaction, so a demo interrupted at any
// moment — cancelled, or the process killed — leaves the database as it was.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    struct Result
    {
        int clients = -1;      // -1 when nothing was written
        int auditors = 0;
        int applications = 0;
        int programmes = 0;
        int certificates = 0;
        bool busy = false;     // another program kept the database locked
        QString error;         // in the user's language
        explicit operator bool() const { return clients >= 0; }
    };

    // Auditors: one for about every 50 clients, at least 12. progress(done, total) may
    // return false to cancel.
    static Result generate(Database &db, int clients, quint32 seed,
                           const std::function<bool(int, int)> &progress = {},
                           const QDate &today = QDate::currentDate());
};
