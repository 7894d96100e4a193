// The certificate's rules (RULES.md, Certificates; People: the decision), table-driven:
// - the state machine: every status × every event kind, allowed or refused by
//   eventProblems (with the field it names) and the status stateOn gives after it;
// - event dates (before the issue, before the last event, after today, the expiry
//   event from E + 1), reason codes from the shipped cnca-codes.json, notes and scopes;
// - reversal: only the latest standing event other than the issue, as a stack, history kept;
// - C-suspend-max and C-surveillance-overdue to the day (month-end clamps, parameters);
// - DecisionRules::problems by rule ID (C-decision-role, -impartial, -audits, -findings)
//   and certificateDates (leap day, a recertification continuing or starting a cycle).
// A problem is written "field (rule)", or "field" when it names no rule; a status "01" …
// "05", with " by date" when the expiry date passed rather than an expiry event.

#include "domain/certificate.h"
#include "domain/cncacodes.h"
#include "i18n/language.h"

#include <QRegularExpression>
#include <QTest>

#include <functional>

using Kind = CertificateEvent::Kind;
using Status = CertificateStatus;
using DecisionChange = std::function<void(DecisionBasis &, CertificationDecision &)>;
using ProgrammeChange = std::function<void(Programme &, Certificate &, RuleParameters &)>;
Q_DECLARE_METATYPE(Certificate)
Q_DECLARE_METATYPE(CertificateEvent)
Q_DECLARE_METATYPE(DecisionChange)
Q_DECLARE_METATYPE(ProgrammeChange)

namespace {

const QString kScopeZh = QStringLiteral("云主机服务");
const QString kScopeEn = QStringLiteral("Cloud hosting");

QStringList keys(const QList<FieldProblem> &problems)
{
    QStringList out;
    for (const FieldProblem &p : problems)
        out << (p.rule.isEmpty() ? p.field : QStringLiteral("%1 (%2)").arg(p.field, p.rule));
    return out;
}

QString messages(const QList<FieldProblem> &problems)
{
    QStringList out;
    for (const FieldProblem &p : problems)
        out << p.field + QStringLiteral(": ") + p.message;
    return out.join(u'\n');
}

QString statusText(const CertificateState &s)
{
    return CertificateRules::statusCode(s.status) + (s.expiredByDate ? QStringLiteral(" by date") : QString());
}

CertificateEvent eventOf(qint64 id, Kind kind, QDate on, const QString &code = QString(), const QString &note = QString())
{
    CertificateEvent e;
    e.id = id;
    e.kind = kind;
    e.occurredOn = on;
    e.reasonCode = code;
    e.note = note;
    e.recordedBy = QStringLiteral("李静");
    return e;
}

CertificateEvent reversalOf(qint64 id, qint64 reverses, QDate on, const QString &note = QStringLiteral("recorded by mistake"))
{
    CertificateEvent e = eventOf(id, Kind::Reverse, on, QString(), note);
    e.reverses = reverses;
    return e;
}

CertificateEvent scopeChange(qint64 id, Kind kind, QDate on, const QString &code, const QString &zh, const QString &en)
{
    CertificateEvent e = eventOf(id, kind, on, code);
    e.scopeZh = zh;
    e.scopeEn = en;
    return e;
}

// Issued 2024-01-10, expires 2027-01-09 (E); the issue is event 1.
Certificate certificate(QDate issued = QDate(2024, 1, 10), QDate expires = QDate(2027, 1, 9))
{
    Certificate c;
    c.id = 5;
    c.number = QStringLiteral("CSISMS-2024-001");
    c.clientName = QStringLiteral("示例云科技有限公司");
    c.scopeZh = kScopeZh;
    c.scopeEn = kScopeEn;
    c.issuedOn = issued;
    c.firstIssuedOn = issued;
    c.expiresOn = expires;
    CertificateEvent issue = eventOf(1, Kind::Issue, issued);
    issue.scopeZh = kScopeZh;
    issue.scopeEn = kScopeEn;
    c.events << issue;
    return c;
}

Certificate with(Certificate c, const CertificateEvent &e)
{
    c.events << e;
    return c;
}

QStringList codesFor(Kind kind)
{
    const QString list = CertificateRules::reasonList(kind);
    return list.isEmpty() ? QStringList() : CncaCodes::shipped().codes(list);
}

// An event of the kind as it should be recorded: a reason from its list, the note and the
// changed scope it needs; a reversal names `last` (the latest event).
CertificateEvent wellFormed(Kind kind, QDate on, qint64 last)
{
    switch (kind) {
    case Kind::Issue: return eventOf(10, kind, on);
    case Kind::Suspend: return eventOf(10, kind, on, QStringLiteral("0111"), QStringLiteral("nonconformities not corrected"));
    case Kind::Restore: return eventOf(10, kind, on, QString(), QStringLiteral("corrections verified on site"));
    case Kind::Withdraw: return eventOf(10, kind, on, QStringLiteral("0111"));
    case Kind::Cancel: return eventOf(10, kind, on, QString(), QStringLiteral("the client's request"));
    case Kind::Expire: return eventOf(10, kind, on);
    case Kind::Extend:
        return scopeChange(10, kind, on, QStringLiteral("05"), QStringLiteral("云主机服务；对象存储服务"),
                           QStringLiteral("Cloud hosting; object storage"));
    case Kind::Reduce:
        return scopeChange(10, kind, on, QStringLiteral("06"), QStringLiteral("云主机服务（华东区）"),
                           QStringLiteral("Cloud hosting (East China)"));
    case Kind::Reverse: return reversalOf(10, last, on);
    }
    return {};
}

// The statuses a certificate is in when the next event is dated (see setup()).
enum class Setup { Valid, Suspended, Withdrawn, Cancelled, ExpiredByEvent, ExpiredByDate, SuspendedPastExpiry };

const char *setupName(Setup s)
{
    switch (s) {
    case Setup::Valid: return "valid";
    case Setup::Suspended: return "suspended";
    case Setup::Withdrawn: return "withdrawn";
    case Setup::Cancelled: return "cancelled";
    case Setup::ExpiredByEvent: return "expired by event";
    case Setup::ExpiredByDate: return "expired by date";
    case Setup::SuspendedPastExpiry: return "suspended past its expiry";
    }
    return "";
}

// The certificate and the date of the next event: before E (2027-01-09) for the first
// four, 2027-02-01 for the expired ones.
std::pair<Certificate, QDate> setup(Setup s)
{
    const Certificate c = certificate();
    const QDate before(2026, 1, 15), after(2027, 2, 1), earlier(2025, 6, 1);
    switch (s) {
    case Setup::Valid: return {c, before};
    case Setup::Suspended: return {with(c, eventOf(2, Kind::Suspend, earlier, QStringLiteral("0111"))), before};
    case Setup::Withdrawn: return {with(c, eventOf(2, Kind::Withdraw, earlier, QStringLiteral("0112"))), before};
    case Setup::Cancelled: return {with(c, eventOf(2, Kind::Cancel, earlier, QString(), QStringLiteral("request"))), before};
    case Setup::ExpiredByEvent: return {with(c, eventOf(2, Kind::Expire, QDate(2027, 1, 10))), after};
    case Setup::ExpiredByDate: return {c, after};
    case Setup::SuspendedPastExpiry: return {with(c, eventOf(2, Kind::Suspend, earlier, QStringLiteral("0111"))), after};
    }
    return {c, before};
}

// Programme of the C-surveillance-overdue rows: D 2025-03-31 (E 2028-03-30), stage 1
// and 2 done, the first surveillance planned 2026-03-10 … 12 (window up to 2026-03-31),
// a second one and the recertification audit.
enum { Stage1 = 0, Stage2 = 1, First = 2, Second = 3, Recert = 4 };

ProgrammeAudit audit(ProgrammeAudit::Kind kind, QDate start, QDate end, ProgrammeAudit::Status status,
                     QList<qint64> team = {})
{
    ProgrammeAudit a;
    a.kind = kind;
    a.plannedStart = start;
    a.plannedEnd = end;
    a.status = status;
    a.allControls = true;
    for (qint64 id : team)
        a.team << TeamMember{id, QStringLiteral("auditor %1").arg(id),
                             a.team.isEmpty() ? TeamMember::Role::Leader : TeamMember::Role::Member};
    return a;
}

Programme surveillanceProgramme()
{
    using K = ProgrammeAudit::Kind;
    using S = ProgrammeAudit::Status;
    Programme p;
    p.id = 7;
    p.clientName = QStringLiteral("示例云科技有限公司");
    p.contractSignedOn = QDate(2024, 11, 1);
    p.plannedDecision = QDate(2025, 3, 31);
    p.actualDecision = QDate(2025, 3, 31);
    p.audits = {audit(K::Stage1, QDate(2025, 1, 13), QDate(2025, 1, 14), S::Done),
                audit(K::Stage2, QDate(2025, 3, 10), QDate(2025, 3, 12), S::Done),
                audit(K::Surveillance, QDate(2026, 3, 10), QDate(2026, 3, 12), S::Planned),
                audit(K::Surveillance, QDate(2027, 3, 8), QDate(2027, 3, 9), S::Planned),
                audit(K::Recertification, QDate(2028, 1, 10), QDate(2028, 1, 12), S::Planned)};
    return p;
}

QStringList findingKeys(const QList<RuleFinding> &findings)
{
    QStringList out;
    for (const RuleFinding &f : findings)
        out << f.rule + u' ' + RuleFinding::severityKey(f.severity);
    return out;
}

QString findingMessages(const QList<RuleFinding> &findings)
{
    QStringList out;
    for (const RuleFinding &f : findings)
        out << f.message;
    return out.join(u'\n');
}

// The decision rows: an initial programme decided on 2026-03-15 (today 2026-03-20) by
// decision-maker 王决定 (auditor 20, on no team). Stage 1 (auditor 11) and stage 2
// (11, 12, ending 2026-02-12) done and decisive; surveillance (13) and recertification (14)
// planned.
DecisionBasis basis()
{
    using K = ProgrammeAudit::Kind;
    using S = ProgrammeAudit::Status;
    DecisionBasis b;
    b.programme.id = 7;
    b.programme.clientName = QStringLiteral("示例云科技有限公司");
    b.programme.contractSignedOn = QDate(2025, 11, 20);
    b.programme.plannedDecision = QDate(2026, 3, 15);
    b.programme.audits = {audit(K::Stage1, QDate(2025, 12, 1), QDate(2025, 12, 2), S::Done, {11}),
                          audit(K::Stage2, QDate(2026, 2, 9), QDate(2026, 2, 12), S::Done, {11, 12}),
                          audit(K::Surveillance, QDate(2027, 2, 8), QDate(2027, 2, 9), S::Planned, {13}),
                          audit(K::Surveillance, QDate(2028, 2, 7), QDate(2028, 2, 8), S::Planned, {13}),
                          audit(K::Recertification, QDate(2029, 1, 8), QDate(2029, 1, 10), S::Planned, {14})};
    b.decisive = {b.programme.audits.at(Stage1), b.programme.audits.at(Stage2)};
    b.decider.id = 3;
    b.decider.name = QStringLiteral("王决定");
    b.decider.role = UserRole::DecisionMaker;
    b.decider.auditorId = 20;
    b.today = QDate(2026, 3, 20);
    return b;
}

CertificationDecision grant()
{
    CertificationDecision d;
    d.programmeId = 7;
    d.outcome = CertificationDecision::Outcome::Grant;
    d.decidedOn = QDate(2026, 3, 15);
    d.decidedBy = 3;
    d.deciderName = QStringLiteral("王决定");
    return d;
}

AuditFinding finding(AuditFinding::Grade grade, AuditFinding::Verdict verdict)
{
    AuditFinding f;
    f.grade = grade;
    f.requirement = QStringLiteral("CLD.6.3.1");
    f.statement = QStringLiteral("roles of the cloud customer not documented");
    f.raisedOn = QDate(2026, 2, 12);
    f.verdict = verdict;
    if (verdict != AuditFinding::Verdict::Open) {
        f.verifiedOn = QDate(2026, 3, 1);
        f.verifiedBy = 11;
        f.correction = QStringLiteral("documented");
        f.correctiveAction = QStringLiteral("procedure revised");
    }
    return f;
}

// Adds the finding to stage 2, in the programme and in the decisive list alike.
void addToStage2(DecisionBasis &b, const AuditFinding &f)
{
    b.programme.audits[Stage2].findings << f;
    b.decisive[1].findings << f;
}

} // namespace

class TestCertificateRules : public QObject
{
    Q_OBJECT

private:
    // Adds the event when eventProblems allows it; compares the problems and the status after.
    static void verifyEvent(const Certificate &c, const CertificateEvent &e, const QDate &today,
                            const QStringList &expected, const QString &after)
    {
        const QList<FieldProblem> problems = CertificateRules::eventProblems(c, e, today, codesFor(e.kind));
        QVERIFY2(keys(problems) == expected, qPrintable(keys(problems).join(u',') + u'\n' + messages(problems)));
        const QDate day = e.occurredOn.isValid() ? e.occurredOn : today;
        const CertificateState state = CertificateRules::stateOn(problems.isEmpty() ? with(c, e) : c, day);
        QCOMPARE(statusText(state), after);
    }

private slots:
    void initTestCase()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        QVERIFY(m_language.setLanguage(QStringLiteral("en")));
        // The reason lists the rows take their codes from (resources/reference/cnca-codes.json).
        const CncaCodes &codes = CncaCodes::shipped();
        QVERIFY(codes.codes(QStringLiteral("suspension_reason")).contains(QStringLiteral("0111")));
        QVERIFY(!codes.codes(QStringLiteral("suspension_reason")).contains(QStringLiteral("0117")));
        QVERIFY(codes.codes(QStringLiteral("withdrawal_reason")).contains(QStringLiteral("0117")));
        QVERIFY(codes.codes(QStringLiteral("change_type")).contains(QStringLiteral("05")));
        QVERIFY(codes.codes(QStringLiteral("change_type")).contains(QStringLiteral("06")));
    }

    // ---- the state machine -------------------------------------------------------------

    void stateMachine_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QStringList>("problems");
        QTest::addColumn<QString>("after");
        struct Row
        {
            Setup from;
            Kind kind;
            const char *problem;   // the field refused, or nullptr: allowed
            const char *after;     // the status after (the one before when refused)
        };
        const Row rows[] = {
            {Setup::Valid, Kind::Issue, "kind", "01"},
            {Setup::Valid, Kind::Suspend, nullptr, "02"},
            {Setup::Valid, Kind::Restore, "kind", "01"},
            {Setup::Valid, Kind::Withdraw, nullptr, "03"},
            {Setup::Valid, Kind::Cancel, nullptr, "04"},
            {Setup::Valid, Kind::Expire, "occurred_on", "01"},   // before E: it runs until E
            {Setup::Valid, Kind::Extend, nullptr, "01"},
            {Setup::Valid, Kind::Reduce, nullptr, "01"},
            {Setup::Valid, Kind::Reverse, "reverses", "01"},     // only the issue stands

            {Setup::Suspended, Kind::Issue, "kind", "02"},
            {Setup::Suspended, Kind::Suspend, "kind", "02"},
            {Setup::Suspended, Kind::Restore, nullptr, "01"},
            {Setup::Suspended, Kind::Withdraw, nullptr, "03"},
            {Setup::Suspended, Kind::Cancel, nullptr, "04"},
            {Setup::Suspended, Kind::Expire, "occurred_on", "02"},
            {Setup::Suspended, Kind::Extend, "kind", "02"},
            {Setup::Suspended, Kind::Reduce, nullptr, "02"},
            {Setup::Suspended, Kind::Reverse, nullptr, "01"},

            {Setup::Withdrawn, Kind::Issue, "kind", "03"},
            {Setup::Withdrawn, Kind::Suspend, "kind", "03"},
            {Setup::Withdrawn, Kind::Restore, "kind", "03"},
            {Setup::Withdrawn, Kind::Withdraw, "kind", "03"},
            {Setup::Withdrawn, Kind::Cancel, "kind", "03"},
            {Setup::Withdrawn, Kind::Expire, "kind", "03"},
            {Setup::Withdrawn, Kind::Extend, "kind", "03"},
            {Setup::Withdrawn, Kind::Reduce, "kind", "03"},
            {Setup::Withdrawn, Kind::Reverse, nullptr, "01"},

            {Setup::Cancelled, Kind::Issue, "kind", "04"},
            {Setup::Cancelled, Kind::Suspend, "kind", "04"},
            {Setup::Cancelled, Kind::Restore, "kind", "04"},
            {Setup::Cancelled, Kind::Withdraw, "kind", "04"},
            {Setup::Cancelled, Kind::Cancel, "kind", "04"},
            {Setup::Cancelled, Kind::Expire, "kind", "04"},
            {Setup::Cancelled, Kind::Extend, "kind", "04"},
            {Setup::Cancelled, Kind::Reduce, "kind", "04"},
            {Setup::Cancelled, Kind::Reverse, nullptr, "01"},

            {Setup::ExpiredByEvent, Kind::Issue, "kind", "05"},
            {Setup::ExpiredByEvent, Kind::Suspend, "kind", "05"},
            {Setup::ExpiredByEvent, Kind::Restore, "kind", "05"},
            {Setup::ExpiredByEvent, Kind::Withdraw, "kind", "05"},
            {Setup::ExpiredByEvent, Kind::Cancel, "kind", "05"},
            {Setup::ExpiredByEvent, Kind::Expire, "kind", "05"},
            {Setup::ExpiredByEvent, Kind::Extend, "kind", "05"},
            {Setup::ExpiredByEvent, Kind::Reduce, "kind", "05"},
            {Setup::ExpiredByEvent, Kind::Reverse, nullptr, "05 by date"},   // the date has passed all the same

            {Setup::ExpiredByDate, Kind::Issue, "kind", "05 by date"},
            {Setup::ExpiredByDate, Kind::Suspend, "kind", "05 by date"},
            {Setup::ExpiredByDate, Kind::Restore, "kind", "05 by date"},
            {Setup::ExpiredByDate, Kind::Withdraw, "kind", "05 by date"},
            {Setup::ExpiredByDate, Kind::Cancel, "kind", "05 by date"},
            {Setup::ExpiredByDate, Kind::Expire, nullptr, "05"},
            {Setup::ExpiredByDate, Kind::Extend, "kind", "05 by date"},
            {Setup::ExpiredByDate, Kind::Reduce, "kind", "05 by date"},
            {Setup::ExpiredByDate, Kind::Reverse, "reverses", "05 by date"},

            {Setup::SuspendedPastExpiry, Kind::Issue, "kind", "05 by date"},
            {Setup::SuspendedPastExpiry, Kind::Suspend, "kind", "05 by date"},
            {Setup::SuspendedPastExpiry, Kind::Restore, "kind", "05 by date"},
            {Setup::SuspendedPastExpiry, Kind::Withdraw, "kind", "05 by date"},
            {Setup::SuspendedPastExpiry, Kind::Cancel, "kind", "05 by date"},
            {Setup::SuspendedPastExpiry, Kind::Expire, nullptr, "05"},
            {Setup::SuspendedPastExpiry, Kind::Extend, "kind", "05 by date"},
            {Setup::SuspendedPastExpiry, Kind::Reduce, "kind", "05 by date"},
            {Setup::SuspendedPastExpiry, Kind::Reverse, nullptr, "05 by date"},
        };
        const QHash<Setup, QString> before{{Setup::Valid, "01"},          {Setup::Suspended, "02"},
                                           {Setup::Withdrawn, "03"},      {Setup::Cancelled, "04"},
                                           {Setup::ExpiredByEvent, "05"}, {Setup::ExpiredByDate, "05 by date"},
                                           {Setup::SuspendedPastExpiry, "05 by date"}};
        for (const Row &r : rows) {
            const QString name = QStringLiteral("%1 → %2: %3")
                                     .arg(QLatin1String(setupName(r.from)), CertificateRules::eventKey(r.kind),
                                          r.problem ? QStringLiteral("refused (%1)").arg(QLatin1String(r.problem))
                                                    : QStringLiteral("allowed (%1 → %2)")
                                                          .arg(before.value(r.from), QLatin1String(r.after)));
            QTest::newRow(qPrintable(name)) << int(r.from) << int(r.kind) << before.value(r.from)
                                            << (r.problem ? QStringList{QLatin1String(r.problem)} : QStringList())
                                            << QString::fromLatin1(r.after);
        }
    }

    void stateMachine()
    {
        QFETCH(int, from);
        QFETCH(int, kind);
        QFETCH(QString, before);
        QFETCH(QStringList, problems);
        QFETCH(QString, after);
        const auto [c, on] = setup(Setup(from));
        QCOMPARE(statusText(CertificateRules::stateOn(c, on)), before);
        verifyEvent(c, wellFormed(Kind(kind), on, c.events.constLast().id), QDate(2027, 6, 1), problems, after);
    }

    // The state machine's list agrees with what eventProblems allows (expiry aside, which
    // also needs the date passed).
    void allowedEventsList()
    {
        QCOMPARE(CertificateRules::allowedEvents(Status::Valid),
                 (QList<Kind>{Kind::Suspend, Kind::Withdraw, Kind::Cancel, Kind::Expire, Kind::Extend, Kind::Reduce}));
        QCOMPARE(CertificateRules::allowedEvents(Status::Suspended),
                 (QList<Kind>{Kind::Restore, Kind::Withdraw, Kind::Cancel, Kind::Expire, Kind::Reduce}));
        QVERIFY(CertificateRules::allowedEvents(Status::Withdrawn).isEmpty());
        QVERIFY(CertificateRules::allowedEvents(Status::Cancelled).isEmpty());
        QVERIFY(CertificateRules::allowedEvents(Status::Expired).isEmpty());
        QCOMPARE(CertificateRules::reasonList(Kind::Suspend), QStringLiteral("suspension_reason"));
        QCOMPARE(CertificateRules::reasonList(Kind::Withdraw), QStringLiteral("withdrawal_reason"));
        QCOMPARE(CertificateRules::reasonList(Kind::Extend), QStringLiteral("change_type"));
        QCOMPARE(CertificateRules::reasonList(Kind::Reduce), QStringLiteral("change_type"));
        for (Kind k : {Kind::Issue, Kind::Restore, Kind::Cancel, Kind::Expire, Kind::Reverse})
            QVERIFY2(CertificateRules::reasonList(k).isEmpty(), qPrintable(CertificateRules::eventKey(k)));
    }

    // ---- dates, reasons, notes, scopes -------------------------------------------------

    void events_data()
    {
        QTest::addColumn<Certificate>("certificate");
        QTest::addColumn<CertificateEvent>("event");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QStringList>("problems");
        QTest::addColumn<QString>("after");
        const Certificate valid = certificate();   // issued 2024-01-10, E 2027-01-09
        const Certificate suspended = with(valid, eventOf(2, Kind::Suspend, QDate(2025, 6, 1), QStringLiteral("0111")));
        const QDate today(2026, 6, 1), late(2027, 6, 1);
        const QString note = QStringLiteral("corrections verified on site");
        auto row = [](const char *name, const Certificate &c, const CertificateEvent &e, QDate t, QStringList p, const char *a) {
            QTest::newRow(name) << c << e << t << p << QString::fromLatin1(a);
        };
        auto suspend = [](QDate on, const QString &code = QStringLiteral("0111")) {
            return eventOf(10, Kind::Suspend, on, code);
        };
        // Dates
        row("dates: no date: refused (occurred_on)", valid, suspend(QDate()), today, {"occurred_on"}, "01");
        // Before the issue is also before the last event (the issue): both messages, on the same field.
        row("dates: the day before the issue: refused (occurred_on twice)", valid, suspend(QDate(2024, 1, 9)), today,
            {"occurred_on", "occurred_on"}, "01");
        row("dates: on the issue day: allowed (01 → 02)", valid, suspend(QDate(2024, 1, 10)), today, {}, "02");
        row("dates: before the last event: refused (occurred_on)", suspended,
            eventOf(10, Kind::Withdraw, QDate(2025, 5, 31), QStringLiteral("0111")), today, {"occurred_on"}, "01");
        row("dates: on the day of the last event: allowed (02 → 03)", suspended,
            eventOf(10, Kind::Withdraw, QDate(2025, 6, 1), QStringLiteral("0111")), today, {}, "03");
        row("dates: before a later reversal still counts as out of order: refused (occurred_on)",
            with(suspended, reversalOf(3, 2, QDate(2025, 7, 1))), eventOf(10, Kind::Withdraw, QDate(2025, 6, 15), QStringLiteral("0111")),
            today, {"occurred_on"}, "02");
        row("dates: after today: refused (occurred_on)", valid, suspend(today.addDays(1)), today, {"occurred_on"}, "01");
        row("dates: today: allowed (01 → 02)", valid, suspend(today), today, {}, "02");
        row("dates: expire the day before E: refused (occurred_on)", valid, eventOf(10, Kind::Expire, QDate(2027, 1, 8)), late,
            {"occurred_on"}, "01");
        row("dates: expire on E: refused (occurred_on)", valid, eventOf(10, Kind::Expire, QDate(2027, 1, 9)), late,
            {"occurred_on"}, "01");
        row("dates: expire on E + 1: allowed (05 by date → 05)", valid, eventOf(10, Kind::Expire, QDate(2027, 1, 10)), late, {},
            "05");
        row("dates: expire on E + 1, suspended: allowed (05 by date → 05)", suspended,
            eventOf(10, Kind::Expire, QDate(2027, 1, 10)), late, {}, "05");
        row("dates: restore on E: allowed (02 → 01)", suspended, eventOf(10, Kind::Restore, QDate(2027, 1, 9), QString(), note),
            late, {}, "01");
        row("dates: restore on E + 1: refused (kind)", suspended,
            eventOf(10, Kind::Restore, QDate(2027, 1, 10), QString(), note), late, {"kind"}, "05 by date");
        row("dates: suspend after E: refused (kind)", valid, suspend(QDate(2027, 1, 10)), late, {"kind"}, "05 by date");
        // Reasons
        row("reasons: suspend without a code: refused (reason_code)", valid, suspend(today, QString()), today,
            {"reason_code"}, "01");
        row("reasons: suspend with the withdrawal-only code 0117: refused (reason_code)", valid,
            suspend(today, QStringLiteral("0117")), today, {"reason_code"}, "01");
        row("reasons: suspend with the withdrawal-only code 0120: refused (reason_code)", valid,
            suspend(today, QStringLiteral("0120")), today, {"reason_code"}, "01");
        row("reasons: suspend with the change code 05: refused (reason_code)", valid, suspend(today, QStringLiteral("05")),
            today, {"reason_code"}, "01");
        for (const QString &code : CncaCodes::shipped().codes(QStringLiteral("suspension_reason")))
            row(qPrintable(QStringLiteral("reasons: suspend with suspension code %1: allowed (01 → 02)").arg(code)), valid,
                suspend(today, code), today, {}, "02");
        for (const QString &code : CncaCodes::shipped().codes(QStringLiteral("withdrawal_reason")))
            row(qPrintable(QStringLiteral("reasons: withdraw with withdrawal code %1: allowed (01 → 03)").arg(code)), valid,
                eventOf(10, Kind::Withdraw, today, code), today, {}, "03");
        row("reasons: withdraw without a code: refused (reason_code)", valid, eventOf(10, Kind::Withdraw, today), today,
            {"reason_code"}, "01");
        row("reasons: withdraw with an unknown code 0118: refused (reason_code)", valid,
            eventOf(10, Kind::Withdraw, today, QStringLiteral("0118")), today, {"reason_code"}, "01");
        const QString wideZh = QStringLiteral("云主机服务；对象存储服务"), wideEn = QStringLiteral("Cloud hosting; object storage");
        row("reasons: extend with code 05 and a wider scope: allowed (01 → 01)", valid,
            scopeChange(10, Kind::Extend, today, QStringLiteral("05"), wideZh, wideEn), today, {}, "01");
        row("reasons: extend with code 06: refused (reason_code)", valid,
            scopeChange(10, Kind::Extend, today, QStringLiteral("06"), wideZh, wideEn), today, {"reason_code"}, "01");
        row("reasons: extend with code 01: refused (reason_code)", valid,
            scopeChange(10, Kind::Extend, today, QStringLiteral("01"), wideZh, wideEn), today, {"reason_code"}, "01");
        row("reasons: extend without a code: refused (reason_code)", valid,
            scopeChange(10, Kind::Extend, today, QString(), wideZh, wideEn), today, {"reason_code"}, "01");
        row("reasons: extend with the scope unchanged: refused (scope_zh)", valid,
            scopeChange(10, Kind::Extend, today, QStringLiteral("05"), kScopeZh, kScopeEn), today, {"scope_zh"}, "01");
        row("reasons: extend with the scope unchanged but for spaces: refused (scope_zh)", valid,
            scopeChange(10, Kind::Extend, today, QStringLiteral("05"), kScopeZh + u' ', u' ' + kScopeEn), today,
            {"scope_zh"}, "01");
        row("reasons: extend without a scope: refused (scope_zh)", valid,
            scopeChange(10, Kind::Extend, today, QStringLiteral("05"), QString(), QStringLiteral("  ")), today,
            {"scope_zh"}, "01");
        row("reasons: extend changing the English scope only: allowed (01 → 01)", valid,
            scopeChange(10, Kind::Extend, today, QStringLiteral("05"), kScopeZh, wideEn), today, {}, "01");
        row("reasons: reduce with code 06: allowed (01 → 01)", valid,
            scopeChange(10, Kind::Reduce, today, QStringLiteral("06"), QStringLiteral("云主机服务（华东区）"), kScopeEn), today,
            {}, "01");
        row("reasons: reduce with code 05: refused (reason_code)", valid,
            scopeChange(10, Kind::Reduce, today, QStringLiteral("05"), QStringLiteral("云主机服务（华东区）"), kScopeEn), today,
            {"reason_code"}, "01");
        row("reasons: reduce with the scope unchanged: refused (scope_zh)", valid,
            scopeChange(10, Kind::Reduce, today, QStringLiteral("06"), kScopeZh, kScopeEn), today, {"scope_zh"}, "01");
        row("reasons: expire with a reason code: refused (reason_code)", valid,
            eventOf(10, Kind::Expire, QDate(2027, 1, 10), QStringLiteral("0111")), late, {"reason_code"}, "05 by date");
        row("reasons: restore with a reason code: refused (reason_code)", suspended,
            eventOf(10, Kind::Restore, today, QStringLiteral("0111"), note), today, {"reason_code"}, "02");
        // Notes
        row("notes: restore without a note: refused (note)", suspended, eventOf(10, Kind::Restore, today), today, {"note"}, "02");
        row("notes: restore with a blank note: refused (note)", suspended,
            eventOf(10, Kind::Restore, today, QString(), QStringLiteral(" \u200B ")), today, {"note"}, "02");
        row("notes: cancel without a note: refused (note)", valid, eventOf(10, Kind::Cancel, today), today, {"note"}, "01");
        row("notes: withdraw without a note: allowed (01 → 03)", valid, eventOf(10, Kind::Withdraw, today, QStringLiteral("0113")),
            today, {}, "03");
        row("notes: reverse without a note: refused (note)", suspended, reversalOf(10, 2, today, QString()), today, {"note"}, "02");
        row("notes: a control character in the note: refused (note)", valid,
            eventOf(10, Kind::Cancel, today, QString(), QStringLiteral("request\u0007")), today, {"note"}, "01");
        row("notes: a note of 4001 characters: refused (note)", valid,
            eventOf(10, Kind::Cancel, today, QString(), QString(4001, u'x')), today, {"note"}, "01");
        row("notes: a note of 4000 characters with line breaks: allowed (01 → 04)", valid,
            eventOf(10, Kind::Cancel, today, QString(), QString(3998, u'x') + QStringLiteral("\n\n")), today, {}, "04");
        row("notes: a control character in the scope: refused (scope_en)", valid,
            scopeChange(10, Kind::Extend, today, QStringLiteral("05"), wideZh, wideEn + QChar(0x1B)), today, {"scope_en"},
            "01");
    }

    void events()
    {
        QFETCH(Certificate, certificate);
        QFETCH(CertificateEvent, event);
        QFETCH(QDate, today);
        QFETCH(QStringList, problems);
        QFETCH(QString, after);
        verifyEvent(certificate, event, today, problems, after);
    }

    // ---- reversal ----------------------------------------------------------------------

    void reversal_data()
    {
        QTest::addColumn<Certificate>("certificate");
        QTest::addColumn<CertificateEvent>("event");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QStringList>("problems");
        QTest::addColumn<QString>("after");
        const QDate today(2026, 6, 1);
        const Certificate issued = certificate();
        const Certificate suspended = with(issued, eventOf(2, Kind::Suspend, QDate(2025, 6, 1), QStringLiteral("0111")));
        const Certificate reduced = with(suspended, scopeChange(3, Kind::Reduce, QDate(2025, 7, 1), QStringLiteral("06"),
                                                                QStringLiteral("云主机服务（华东区）"), kScopeEn));
        const Certificate restored = with(suspended, eventOf(3, Kind::Restore, QDate(2025, 8, 1), QString(), QStringLiteral("ok")));
        const Certificate restoreReversed = with(restored, reversalOf(4, 3, QDate(2025, 8, 2)));
        auto row = [](const char *name, const Certificate &c, const CertificateEvent &e, QDate t, QStringList p, const char *a) {
            QTest::newRow(name) << c << e << t << p << QString::fromLatin1(a);
        };
        row("reverse the issue: refused (reverses)", issued, reversalOf(10, 1, today), today, {"reverses"}, "01");
        row("reverse nothing named: refused (reverses)", suspended, reversalOf(10, 0, today), today, {"reverses"}, "02");
        row("reverse the suspension: allowed (02 → 01)", suspended, reversalOf(10, 2, today), today, {}, "01");
        row("reverse the suspension, not the latest: refused (reverses)", reduced, reversalOf(10, 2, today), today,
            {"reverses"}, "02");
        row("reverse the latest, a reduction: allowed (02 → 02)", reduced, reversalOf(10, 3, today), today, {}, "02");
        row("reverse the restoration: allowed (01 → 02)", restored, reversalOf(10, 3, today), today, {}, "02");
        row("reverse the reversed restoration again: refused (reverses)", restoreReversed, reversalOf(10, 3, today), today,
            {"reverses"}, "02");
        row("reverse the reversal itself: refused (reverses)", restoreReversed, reversalOf(10, 4, today), today, {"reverses"},
            "02");
        row("stack: after a reversal, reverse the latest standing (the suspension): allowed (02 → 01)", restoreReversed,
            reversalOf(10, 2, today), today, {}, "01");
        row("stack: with the suspension reversed too, the issue is left: refused (reverses)",
            with(restoreReversed, reversalOf(5, 2, QDate(2025, 8, 3))), reversalOf(10, 1, today), today, {"reverses"}, "01");
        row("reverse a withdrawal: allowed (03 → 02)",
            with(suspended, eventOf(3, Kind::Withdraw, QDate(2025, 9, 1), QStringLiteral("0111"))), reversalOf(10, 3, today),
            today, {}, "02");
    }

    void reversal()
    {
        QFETCH(Certificate, certificate);
        QFETCH(CertificateEvent, event);
        QFETCH(QDate, today);
        QFETCH(QStringList, problems);
        QFETCH(QString, after);
        verifyEvent(certificate, event, today, problems, after);
    }

    void reversalKeepsTheHistory()
    {
        Certificate c = certificate();
        c.events << eventOf(2, Kind::Suspend, QDate(2025, 6, 1), QStringLiteral("0111"))
                 << scopeChange(3, Kind::Reduce, QDate(2025, 7, 1), QStringLiteral("06"), QStringLiteral("云主机服务（华东区）"),
                                QStringLiteral("Cloud hosting (East China)"))
                 << reversalOf(4, 3, QDate(2025, 7, 2))
                 << reversalOf(5, 2, QDate(2025, 7, 3));
        const QList<CertificateEvent> history = c.events;
        const CertificateState state = CertificateRules::stateOn(c);
        QCOMPARE(c.events, history);                     // nothing taken out
        QCOMPARE(c.events.size(), 5);
        QCOMPARE(state.effective, QList<int>{0});         // only the issue stands
        QCOMPARE(state.status, Status::Valid);
        QCOMPARE(state.since, QDate(2024, 1, 10));
        QCOMPARE(state.scopeZh, kScopeZh);                // the reduction is taken back
        QCOMPARE(state.scopeEn, kScopeEn);
        // Before the reversals, they do not count yet.
        const CertificateState onReduction = CertificateRules::stateOn(c, QDate(2025, 7, 1));
        QCOMPARE(onReduction.effective, (QList<int>{0, 1, 2}));
        QCOMPARE(onReduction.status, Status::Suspended);
        QCOMPARE(onReduction.scopeZh, QStringLiteral("云主机服务（华东区）"));
        const CertificateState onFirstReversal = CertificateRules::stateOn(c, QDate(2025, 7, 2));
        QCOMPARE(onFirstReversal.effective, (QList<int>{0, 1}));
        QCOMPARE(onFirstReversal.status, Status::Suspended);
        QCOMPARE(onFirstReversal.since, QDate(2025, 6, 1));
        QCOMPARE(onFirstReversal.scopeZh, kScopeZh);
    }

    void scopeFollowsTheEvents()
    {
        Certificate c = certificate();
        c.events << scopeChange(2, Kind::Extend, QDate(2025, 2, 1), QStringLiteral("05"), QStringLiteral("A；B"), QStringLiteral("A; B"))
                 << scopeChange(3, Kind::Reduce, QDate(2025, 3, 1), QStringLiteral("06"), QStringLiteral("B"), QStringLiteral("B"));
        QCOMPARE(CertificateRules::stateOn(c, QDate(2025, 1, 31)).scopeZh, kScopeZh);
        QCOMPARE(CertificateRules::stateOn(c, QDate(2025, 2, 1)).scopeEn, QStringLiteral("A; B"));
        QCOMPARE(CertificateRules::stateOn(c, QDate(2025, 3, 1)).scopeZh, QStringLiteral("B"));
        QCOMPARE(CertificateRules::stateOn(c, QDate(2025, 3, 1)).status, Status::Valid);
        // Extending to the scope it already has (after the reduction) is no change.
        const QList<FieldProblem> p = CertificateRules::eventProblems(
            c, scopeChange(10, Kind::Extend, QDate(2025, 4, 1), QStringLiteral("05"), QStringLiteral("B"), QStringLiteral("B")),
            QDate(2025, 4, 1), codesFor(Kind::Extend));
        QCOMPARE(keys(p), QStringList{QStringLiteral("scope_zh")});
    }

    // ---- C-suspend-max -----------------------------------------------------------------

    void suspendMax_data()
    {
        QTest::addColumn<QDate>("suspendedOn");
        QTest::addColumn<QDate>("restoredOn");   // null: not restored
        QTest::addColumn<int>("months");         // suspension_max_months; 0: the default
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QStringList>("findings");
        QTest::addColumn<QDate>("limit");
        const QDate jan31(2026, 1, 31);
        const QStringList warning{QStringLiteral("C-suspend-max warning")}, error{QStringLiteral("C-suspend-max error")};
        QTest::newRow("C-suspend-max suspended 2026-01-31, the next day: warning") << jan31 << QDate() << 0 << QDate(2026, 2, 1)
                                                                                  << warning << QDate(2026, 7, 31);
        QTest::newRow("C-suspend-max on the limit 2026-07-31: warning") << jan31 << QDate() << 0 << QDate(2026, 7, 31) << warning
                                                                         << QDate(2026, 7, 31);
        QTest::newRow("C-suspend-max on 2026-08-01: error") << jan31 << QDate() << 0 << QDate(2026, 8, 1) << error
                                                             << QDate(2026, 7, 31);
        QTest::newRow("C-suspend-max restored: none") << jan31 << QDate(2026, 3, 1) << 0 << QDate(2026, 8, 1) << QStringList()
                                                       << QDate();
        QTest::newRow("C-suspend-max restored on the limit day: none")
            << jan31 << QDate(2026, 7, 31) << 0 << QDate(2026, 8, 1) << QStringList() << QDate();
        QTest::newRow("C-suspend-max 3 months: limit 2026-04-30 (clamped), warning on it")
            << jan31 << QDate() << 3 << QDate(2026, 4, 30) << warning << QDate(2026, 4, 30);
        QTest::newRow("C-suspend-max 3 months: error on 2026-05-01") << jan31 << QDate() << 3 << QDate(2026, 5, 1) << error
                                                                      << QDate(2026, 4, 30);
        QTest::newRow("C-suspend-max 6 months: 2026-05-01 is a warning") << jan31 << QDate() << 0 << QDate(2026, 5, 1)
                                                                          << warning << QDate(2026, 7, 31);
        QTest::newRow("C-suspend-max suspended 2025-08-31: limit 2026-02-28 (clamped)")
            << QDate(2025, 8, 31) << QDate() << 0 << QDate(2026, 2, 28) << warning << QDate(2026, 2, 28);
        QTest::newRow("C-suspend-max suspended 2025-08-31: error on 2026-03-01")
            << QDate(2025, 8, 31) << QDate() << 0 << QDate(2026, 3, 1) << error << QDate(2026, 2, 28);
        QTest::newRow("C-suspend-max before the suspension: none") << jan31 << QDate() << 0 << QDate(2026, 1, 30)
                                                                    << QStringList() << QDate();
    }

    void suspendMax()
    {
        QFETCH(QDate, suspendedOn);
        QFETCH(QDate, restoredOn);
        QFETCH(int, months);
        QFETCH(QDate, today);
        QFETCH(QStringList, findings);
        QFETCH(QDate, limit);
        Certificate c = certificate(QDate(2025, 3, 31), QDate(2028, 3, 30));
        c.events << eventOf(2, Kind::Suspend, suspendedOn, QStringLiteral("0111"));
        if (restoredOn.isValid())
            c.events << eventOf(3, Kind::Restore, restoredOn, QString(), QStringLiteral("verified"));
        RuleParameters parameters;
        QCOMPARE(parameters.suspensionMaxMonths(), 6);
        if (months)
            parameters.setValue(QString::fromLatin1(ParameterKey::SuspensionMaxMonths), months);
        const QList<RuleFinding> found = CertificateRules::check(c, nullptr, today, parameters);
        QVERIFY2(findingKeys(found) == findings, qPrintable(findingKeys(found).join(u',') + u'\n' + findingMessages(found)));
        QCOMPARE(CertificateRules::suspensionLimit(c, today, parameters), limit);
        for (const RuleFinding &f : found) {
            QVERIFY2(f.message.contains(limit.toString(Qt::ISODate)), qPrintable(f.message));
            QVERIFY2(f.message.contains(suspendedOn.toString(Qt::ISODate)), qPrintable(f.message));
            QCOMPARE(f.record, &CertificateFields::certificate());
            QCOMPARE(f.rowId, c.id);
        }
    }

    // ---- C-surveillance-overdue --------------------------------------------------------

    void surveillanceOverdue_data()
    {
        QTest::addColumn<ProgrammeChange>("change");
        QTest::addColumn<bool>("withProgramme");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QStringList>("findings");
        QTest::addColumn<QList<int>>("overdue");
        QTest::addColumn<QString>("says");      // a phrase the message holds
        const ProgrammeChange none = [](Programme &, Certificate &, RuleParameters &) {};
        const QStringList error{QStringLiteral("C-surveillance-overdue error")};
        const QDate windowEnd(2026, 3, 31), dayAfter(2026, 4, 1);
        auto row = [](const char *name, ProgrammeChange m, bool p, QDate t, QStringList f, QList<int> o, const char *says = "") {
            QTest::newRow(name) << m << p << t << f << o << QString::fromUtf8(says);
        };
        row("C-surveillance-overdue first not done on the window's last day 2026-03-31: none", none, true, windowEnd, {}, {});
        row("C-surveillance-overdue first not done on 2026-04-01: error", none, true, dayAfter, error, {First},
            "first surveillance");
        row("C-surveillance-overdue first confirmed, not done: error",
            [](Programme &p, Certificate &, RuleParameters &) { p.audits[First].status = ProgrammeAudit::Status::Confirmed; },
            true, dayAfter, error, {First}, "closed on 2026-03-31");
        row("C-surveillance-overdue first done: none",
            [](Programme &p, Certificate &, RuleParameters &) { p.audits[First].status = ProgrammeAudit::Status::Done; }, true,
            dayAfter, {}, {});
        row("C-surveillance-overdue suspended certificate: C-suspend-max only",
            [](Programme &, Certificate &c, RuleParameters &) {
                c.events << eventOf(2, Kind::Suspend, QDate(2026, 4, 1), QStringLiteral("0111"));
            },
            true, dayAfter, {QStringLiteral("C-suspend-max warning")}, {First});
        row("C-surveillance-overdue withdrawn certificate: none",
            [](Programme &, Certificate &c, RuleParameters &) {
                c.events << eventOf(2, Kind::Withdraw, QDate(2026, 4, 1), QStringLiteral("0111"));
            },
            true, dayAfter, {}, {First});
        row("C-surveillance-overdue restored certificate: error again",
            [](Programme &, Certificate &c, RuleParameters &) {
                c.events << eventOf(2, Kind::Suspend, QDate(2026, 4, 1), QStringLiteral("0111"))
                         << eventOf(3, Kind::Restore, QDate(2026, 4, 2), QString(), QStringLiteral("ok"));
            },
            true, QDate(2026, 4, 2), error, {First}, "first surveillance");
        row("C-surveillance-overdue none planned, on D + 12 months 2026-03-31: none",
            [](Programme &p, Certificate &, RuleParameters &) { p.audits.remove(First, 2); }, true, windowEnd, {}, {});
        row("C-surveillance-overdue none planned, on 2026-04-01: error (-1)",
            [](Programme &p, Certificate &, RuleParameters &) { p.audits.remove(First, 2); }, true, dayAfter, error, {-1},
            "no surveillance audit is planned and the first one was due by 2026-03-31");
        row("C-surveillance-overdue only cancelled ones planned: error (-1)",
            [](Programme &p, Certificate &, RuleParameters &) {
                p.audits[First].status = ProgrammeAudit::Status::Cancelled;
                p.audits[Second].status = ProgrammeAudit::Status::Cancelled;
            },
            true, dayAfter, error, {-1}, "no surveillance audit is planned");
        row("C-surveillance-overdue first_surveillance_months 11: window ends 2026-02-28, error on 2026-03-01",
            [](Programme &, Certificate &, RuleParameters &r) {
                r.setValue(QString::fromLatin1(ParameterKey::FirstSurveillanceMonths), 11);
            },
            true, QDate(2026, 3, 1), error, {First}, "closed on 2026-02-28");
        row("C-surveillance-overdue first_surveillance_months 11: none on 2026-02-28",
            [](Programme &, Certificate &, RuleParameters &r) {
                r.setValue(QString::fromLatin1(ParameterKey::FirstSurveillanceMonths), 11);
            },
            true, QDate(2026, 2, 28), {}, {});
        row("C-surveillance-overdue second not done 15 months after the first: error",
            [](Programme &p, Certificate &, RuleParameters &) { p.audits[First].status = ProgrammeAudit::Status::Done; },
            true, QDate(2027, 6, 13), error, {Second}, "second surveillance");
        row("C-surveillance-overdue second on the last day of its window 2027-06-12: none",
            [](Programme &p, Certificate &, RuleParameters &) { p.audits[First].status = ProgrammeAudit::Status::Done; },
            true, QDate(2027, 6, 12), {}, {});
        row("C-surveillance-overdue no programme: none", none, false, dayAfter, {}, {});
    }

    void surveillanceOverdue()
    {
        QFETCH(ProgrammeChange, change);
        QFETCH(bool, withProgramme);
        QFETCH(QDate, today);
        QFETCH(QStringList, findings);
        QFETCH(QList<int>, overdue);
        QFETCH(QString, says);
        Programme p = surveillanceProgramme();
        Certificate c = certificate(QDate(2025, 3, 31), QDate(2028, 3, 30));
        c.number = QStringLiteral("CSISMS-2025-001");
        RuleParameters parameters;
        change(p, c, parameters);
        const QList<RuleFinding> found = CertificateRules::check(c, withProgramme ? &p : nullptr, today, parameters);
        QVERIFY2(findingKeys(found) == findings, qPrintable(findingKeys(found).join(u',') + u'\n' + findingMessages(found)));
        if (withProgramme)
            QCOMPARE(CertificateRules::overdueSurveillances(p, today, parameters), overdue);
        if (!says.isEmpty())
            QVERIFY2(found.first().message.contains(says), qPrintable(found.first().message));
    }

    void surveillanceMessage()
    {
        const Programme p = surveillanceProgramme();
        Certificate c = certificate(QDate(2025, 3, 31), QDate(2028, 3, 30));
        c.number = QStringLiteral("CSISMS-2025-001");
        const QList<RuleFinding> found = CertificateRules::check(c, &p, QDate(2026, 4, 1), RuleParameters());
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().message,
                 QStringLiteral("Certificate CSISMS-2025-001: the window of the first surveillance audit closed on 2026-03-31 "
                                "and the audit is not done; the certificate is due for suspension."));
        QCOMPARE(found.first().record, &CertificateFields::certificate());
        QCOMPARE(found.first().rowId, c.id);
    }

    // ---- the certification decision ----------------------------------------------------

    void decision_data()
    {
        QTest::addColumn<DecisionChange>("change");
        QTest::addColumn<QStringList>("problems");
        using F = AuditFinding;
        auto row = [](const char *name, DecisionChange m, QStringList p) { QTest::newRow(name) << m << p; };
        auto role = [](UserRole r) { return [r](DecisionBasis &b, CertificationDecision &) { b.decider.role = r; }; };
        auto onTeam = [](int index) {
            return [index](DecisionBasis &b, CertificationDecision &) {
                b.programme.audits[index].team << TeamMember{20, QStringLiteral("王决定"), TeamMember::Role::Member};
                if (index == Stage1 || index == Stage2)
                    b.decisive[index].team << TeamMember{20, QStringLiteral("王决定"), TeamMember::Role::Member};
            };
        };
        const QString role_ = QStringLiteral("decided_by (C-decision-role)");
        const QString impartial = QStringLiteral("decided_by (C-decision-impartial)");
        const QString audits = QStringLiteral("outcome (C-decision-audits)");
        const QString dated = QStringLiteral("decided_on (C-decision-audits)");
        const QString findings = QStringLiteral("outcome (C-decision-findings)");
        row("grant with everything in order: allowed", [](DecisionBasis &, CertificationDecision &) {}, {});
        // C-decision-role
        row("C-decision-role reviewer: refused", role(UserRole::Reviewer), {role_});
        row("C-decision-role manager: refused", role(UserRole::Manager), {role_});
        row("C-decision-role administrator: refused", role(UserRole::Administrator), {role_});
        row("C-decision-role decision-maker: allowed", role(UserRole::DecisionMaker), {});
        // C-decision-impartial
        row("C-decision-impartial on the stage 2 team (programme and decisive: once): refused", onTeam(Stage2), {impartial});
        row("C-decision-impartial on the stage 1 team: refused", onTeam(Stage1), {impartial});
        row("C-decision-impartial on a surveillance team of the programme: refused", onTeam(First), {impartial});
        row("C-decision-impartial on the recertification team of the programme: refused", onTeam(Recert), {impartial});
        row("C-decision-impartial on a cancelled audit's team: allowed", [](DecisionBasis &b, CertificationDecision &) {
            ProgrammeAudit special = audit(ProgrammeAudit::Kind::Special, QDate(2026, 1, 5), QDate(2026, 1, 5),
                                           ProgrammeAudit::Status::Cancelled, {20});
            b.programme.audits << special;
        }, {});
        row("C-decision-impartial on the previous cycle's recertification audit (decisive): refused",
            [](DecisionBasis &b, CertificationDecision &) {
                b.programme.cycle = Programme::Cycle::Recertification;
                b.programme.audits.remove(Stage1, 2);
                b.decisive = {audit(ProgrammeAudit::Kind::Recertification, QDate(2026, 1, 12), QDate(2026, 1, 14),
                                    ProgrammeAudit::Status::Done, {15, 20})};
            },
            {impartial});
        row("C-decision-impartial recertification cycle, the decider on no team: allowed",
            [](DecisionBasis &b, CertificationDecision &) {
                b.programme.cycle = Programme::Cycle::Recertification;
                b.programme.audits.remove(Stage1, 2);
                b.decisive = {audit(ProgrammeAudit::Kind::Recertification, QDate(2026, 1, 12), QDate(2026, 1, 14),
                                    ProgrammeAudit::Status::Done, {15})};
            },
            {});
        row("C-decision-impartial a decider who is no auditor, a team member without id: allowed",
            [](DecisionBasis &b, CertificationDecision &) {
                b.decider.auditorId = 0;
                b.programme.audits[Stage2].team << TeamMember{0, QStringLiteral("外部专家"), TeamMember::Role::Expert};
                b.decisive[1].team << TeamMember{0, QStringLiteral("外部专家"), TeamMember::Role::Expert};
            },
            {});
        row("C-decision-impartial a reviewer on the team: both rules", [](DecisionBasis &b, CertificationDecision &d) {
            b.decider.role = UserRole::Reviewer;
            b.programme.audits[First].team << TeamMember{20, QStringLiteral("王决定"), TeamMember::Role::Member};
            Q_UNUSED(d)
        }, {role_, impartial});
        // C-decision-audits
        row("C-decision-audits stage 2 not done: refused", [](DecisionBasis &b, CertificationDecision &) {
            b.programme.audits[Stage2].status = ProgrammeAudit::Status::Confirmed;
            b.decisive[1].status = ProgrammeAudit::Status::Confirmed;
        }, {audits});
        row("C-decision-audits decisive list empty (initial): refused",
            [](DecisionBasis &b, CertificationDecision &) { b.decisive.clear(); }, {audits});
        row("C-decision-audits decisive list empty (recertification): refused", [](DecisionBasis &b, CertificationDecision &) {
            b.programme.cycle = Programme::Cycle::Recertification;
            b.decisive.clear();
        }, {audits});
        row("C-decision-audits dated the day before stage 2 ended: refused",
            [](DecisionBasis &, CertificationDecision &d) { d.decidedOn = QDate(2026, 2, 11); }, {dated});
        row("C-decision-audits dated the day stage 2 ended: allowed",
            [](DecisionBasis &, CertificationDecision &d) { d.decidedOn = QDate(2026, 2, 12); }, {});
        row("C-decision-audits stage 2's recorded end counts: refused", [](DecisionBasis &b, CertificationDecision &) {
            b.decisive[1].actualStart = QDate(2026, 3, 13);
            b.decisive[1].actualEnd = QDate(2026, 3, 16);
        }, {dated});
        row("C-decision-audits dated today: allowed",
            [](DecisionBasis &, CertificationDecision &d) { d.decidedOn = QDate(2026, 3, 20); }, {});
        row("C-decision-audits dated after today: refused",
            [](DecisionBasis &, CertificationDecision &d) { d.decidedOn = QDate(2026, 3, 21); }, {dated});
        row("C-decision-audits no date: refused (decided_on)",
            [](DecisionBasis &, CertificationDecision &d) { d.decidedOn = QDate(); }, {QStringLiteral("decided_on")});
        row("C-decision-audits already decided: refused",
            [](DecisionBasis &b, CertificationDecision &) { b.alreadyDecided = true; }, {audits});
        // C-decision-findings
        row("C-decision-findings grant with an open major: refused",
            [](DecisionBasis &b, CertificationDecision &) { addToStage2(b, finding(F::Grade::Major, F::Verdict::Open)); },
            {findings});
        row("C-decision-findings grant with a rejected major: refused",
            [](DecisionBasis &b, CertificationDecision &) { addToStage2(b, finding(F::Grade::Major, F::Verdict::Rejected)); },
            {findings});
        row("C-decision-findings grant with an open minor: refused",
            [](DecisionBasis &b, CertificationDecision &) { addToStage2(b, finding(F::Grade::Minor, F::Verdict::Open)); },
            {findings});
        row("C-decision-findings grant with a rejected minor: refused",
            [](DecisionBasis &b, CertificationDecision &) { addToStage2(b, finding(F::Grade::Minor, F::Verdict::Rejected)); },
            {findings});
        row("C-decision-findings grant with an open major and an open minor: two",
            [](DecisionBasis &b, CertificationDecision &) {
                addToStage2(b, finding(F::Grade::Major, F::Verdict::Open));
                addToStage2(b, finding(F::Grade::Minor, F::Verdict::Open));
            },
            {findings, findings});
        row("C-decision-findings grant with accepted major and minor: allowed", [](DecisionBasis &b, CertificationDecision &) {
            addToStage2(b, finding(F::Grade::Major, F::Verdict::Accepted));
            addToStage2(b, finding(F::Grade::Minor, F::Verdict::Accepted));
        }, {});
        row("C-decision-findings grant with only observations (open): allowed", [](DecisionBasis &b, CertificationDecision &) {
            addToStage2(b, finding(F::Grade::Observation, F::Verdict::Open));
            addToStage2(b, finding(F::Grade::Observation, F::Verdict::Rejected));
        }, {});
        row("C-decision-findings an open major of a stage 1 (decisive): refused", [](DecisionBasis &b, CertificationDecision &) {
            b.decisive[0].findings << finding(F::Grade::Major, F::Verdict::Open);
        }, {findings});
        row("C-decision-findings an open major of a surveillance (not decisive): allowed",
            [](DecisionBasis &b, CertificationDecision &) {
                b.programme.audits[First].findings << finding(F::Grade::Major, F::Verdict::Open);
            },
            {});
        row("C-decision-findings refusal with an open major and reasons: allowed",
            [](DecisionBasis &b, CertificationDecision &d) {
                addToStage2(b, finding(F::Grade::Major, F::Verdict::Open));
                d.outcome = CertificationDecision::Outcome::Refuse;
                d.reasons = QStringLiteral("major nonconformity CLD.6.3.1 not closed");
            },
            {});
        row("C-decision-findings refusal with an open major, no reasons: refused (reasons)",
            [](DecisionBasis &b, CertificationDecision &d) {
                addToStage2(b, finding(F::Grade::Major, F::Verdict::Open));
                d.outcome = CertificationDecision::Outcome::Refuse;
            },
            {QStringLiteral("reasons")});
        row("refusal with blank reasons: refused (reasons)", [](DecisionBasis &, CertificationDecision &d) {
            d.outcome = CertificationDecision::Outcome::Refuse;
            d.reasons = QStringLiteral(" \u200B\n");
        }, {QStringLiteral("reasons")});
        row("reasons with a control character: refused (reasons)", [](DecisionBasis &, CertificationDecision &d) {
            d.reasons = QStringLiteral("ok\u0008");
        }, {QStringLiteral("reasons")});
        row("reasons of 4001 characters: refused (reasons)", [](DecisionBasis &, CertificationDecision &d) {
            d.outcome = CertificationDecision::Outcome::Refuse;
            d.reasons = QString(4001, u'x');
        }, {QStringLiteral("reasons")});
    }

    void decision()
    {
        QFETCH(DecisionChange, change);
        QFETCH(QStringList, problems);
        DecisionBasis b = basis();
        CertificationDecision d = grant();
        change(b, d);
        const QList<FieldProblem> found = DecisionRules::problems(b, d);
        QVERIFY2(keys(found) == problems, qPrintable(keys(found).join(u',') + u'\n' + messages(found)));
    }

    void decisionMessages()
    {
        DecisionBasis b = basis();
        b.programme.audits[Stage2].team << TeamMember{20, QStringLiteral("王决定"), TeamMember::Role::Member};
        b.decisive[1].team << TeamMember{20, QStringLiteral("王决定"), TeamMember::Role::Member};
        QList<FieldProblem> found = DecisionRules::problems(b, grant());
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().message,
                 QStringLiteral("王决定 is on the team of the stage 2 audit; nobody on an audit team of the cycle takes its "
                                "certification decision (ISO/IEC 17021-1). Another decision-maker decides."));
        b = basis();
        b.programme.cycle = Programme::Cycle::Recertification;
        b.programme.audits.remove(Stage1, 2);
        b.decisive = {audit(ProgrammeAudit::Kind::Recertification, QDate(2026, 1, 12), QDate(2026, 1, 14),
                            ProgrammeAudit::Status::Done, {15, 20})};
        found = DecisionRules::problems(b, grant());
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().message,
                 QStringLiteral("王决定 is on the team of the recertification audit; nobody on an audit team of the cycle "
                                "takes its certification decision (ISO/IEC 17021-1). Another decision-maker decides."));
        b = basis();
        b.decider.role = UserRole::Manager;
        found = DecisionRules::problems(b, grant());
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().message.startsWith(QStringLiteral("王决定 is a manager;")), qPrintable(found.first().message));
    }

    // ---- certificate dates -------------------------------------------------------------

    void certificateDates_data()
    {
        QTest::addColumn<int>("cycle");
        QTest::addColumn<QDate>("previousExpiry");
        QTest::addColumn<QDate>("previousFirstIssue");
        QTest::addColumn<QDate>("decidedOn");
        QTest::addColumn<QDate>("issued");
        QTest::addColumn<QDate>("firstIssued");
        QTest::addColumn<QDate>("expires");
        const int initial = int(Programme::Cycle::Initial), recert = int(Programme::Cycle::Recertification);
        const QDate leap(2024, 2, 29);
        // RULES.md: E = D.addYears(3).addDays(-1); addYears clamps 2027-02-29 to 2027-02-28.
        QTest::newRow("initial 2024-02-29: E 2027-02-27") << initial << QDate() << QDate() << leap << leap << leap
                                                          << QDate(2027, 2, 27);
        QTest::newRow("initial 2026-03-15: E 2029-03-14") << initial << QDate() << QDate() << QDate(2026, 3, 15)
                                                          << QDate(2026, 3, 15) << QDate(2026, 3, 15) << QDate(2029, 3, 14);
        QTest::newRow("initial 2026-01-01: E 2028-12-31") << initial << QDate() << QDate() << QDate(2026, 1, 1)
                                                          << QDate(2026, 1, 1) << QDate(2026, 1, 1) << QDate(2028, 12, 31);
        QTest::newRow("initial ignores a previous expiry") << initial << QDate(2026, 6, 30) << QDate(2020, 1, 1)
                                                           << QDate(2026, 3, 15) << QDate(2026, 3, 15) << QDate(2026, 3, 15)
                                                           << QDate(2029, 3, 14);
        QTest::newRow("recertification before the expiry: continues, E' = E + 3y")
            << recert << QDate(2027, 2, 27) << leap << QDate(2027, 2, 1) << QDate(2027, 2, 1) << leap << QDate(2030, 2, 27);
        QTest::newRow("recertification on the expiry day: continues")
            << recert << QDate(2027, 2, 27) << leap << QDate(2027, 2, 27) << QDate(2027, 2, 27) << leap << QDate(2030, 2, 27);
        QTest::newRow("recertification the day after the expiry: a new cycle from D")
            << recert << QDate(2027, 2, 27) << leap << QDate(2027, 2, 28) << QDate(2027, 2, 28) << QDate(2027, 2, 28)
            << QDate(2030, 2, 27);
        QTest::newRow("recertification months after the expiry: a new cycle from D")
            << recert << QDate(2027, 2, 27) << leap << QDate(2027, 5, 10) << QDate(2027, 5, 10) << QDate(2027, 5, 10)
            << QDate(2030, 5, 9);
        QTest::newRow("recertification, E on a leap day: E' 2031-02-28 (clamped)")
            << recert << QDate(2028, 2, 29) << QDate(2025, 3, 1) << QDate(2028, 2, 1) << QDate(2028, 2, 1) << QDate(2025, 3, 1)
            << QDate(2031, 2, 28);
        QTest::newRow("recertification without a known first issue: D")
            << recert << QDate(2027, 2, 27) << QDate() << QDate(2027, 2, 1) << QDate(2027, 2, 1) << QDate(2027, 2, 1)
            << QDate(2030, 2, 27);
        QTest::newRow("recertification without a previous expiry: a new cycle")
            << recert << QDate() << leap << QDate(2027, 2, 1) << QDate(2027, 2, 1) << QDate(2027, 2, 1) << QDate(2030, 1, 31);
    }

    void certificateDates()
    {
        QFETCH(int, cycle);
        QFETCH(QDate, previousExpiry);
        QFETCH(QDate, previousFirstIssue);
        QFETCH(QDate, decidedOn);
        QFETCH(QDate, issued);
        QFETCH(QDate, firstIssued);
        QFETCH(QDate, expires);
        DecisionBasis b = basis();
        b.programme.cycle = Programme::Cycle(cycle);
        b.previousExpiry = previousExpiry;
        b.previousFirstIssue = previousFirstIssue;
        const DecisionRules::Dates d = DecisionRules::certificateDates(b, decidedOn, RuleParameters());
        QCOMPARE(d.issued, issued);
        QCOMPARE(d.firstIssued, firstIssued);
        QCOMPARE(d.expires, expires);
    }

    void certificateDatesFollowTheParameter()
    {
        RuleParameters parameters;
        parameters.setValue(QString::fromLatin1(ParameterKey::CycleYears), 2);
        DecisionBasis b = basis();
        QCOMPARE(DecisionRules::certificateDates(b, QDate(2026, 3, 15), parameters).expires, QDate(2028, 3, 14));
        b.programme.cycle = Programme::Cycle::Recertification;
        b.previousExpiry = QDate(2026, 6, 30);
        QCOMPARE(DecisionRules::certificateDates(b, QDate(2026, 3, 15), parameters).expires, QDate(2028, 6, 30));
    }

private:
    LanguageManager m_language;
};

QTEST_GUILESS_MAIN(TestCertificateRules)
#include "tst_certificaterules.moc"
