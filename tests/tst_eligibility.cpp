// People rules as pure functions: each auditor eligible or not with every reason (A-4.2,
// ), the team as a whole, continuing education and the findings of
// `csisms check`. Rows are named by rule ID.

#include "domain/displayformat.h"
#include "domain/eligibility.h"
#include "i18n/language.h"

#include <QRegularExpression>
#include <QTest>

Q_DECLARE_METATYPE(Auditor)

namespace {

QDate d(const char *iso) { return QDate::fromString(QLatin1String(iso), Qt::ISODate); }

const qint64 kClient = 7;

// An auditor who may work on the base request below.
Auditor baseAuditor(qint64 id = 1, const QString &nameZh = QStringLiteral("王晓明"))
{
    Auditor a;
    a.id = id;
    a.nameZh = nameZh;
    a.nameEn = QStringLiteral("Wang Xiaoming");
    a.registrationNumber = QStringLiteral("2024-N1CSISMS-%1").arg(1234560 + id);
    a.level = AuditorLevel::Auditor;
    a.registrationValidFrom = d("2024-01-01");
    a.registrationValidTo = d("2026-12-31");
    a.qualificationConfirmedOn = d("2024-01-15");
    a.qualificationConfirmedBy = QStringLiteral("周海燕");
    a.impartialitySignedOn = d("2025-01-10");
    a.competences << AuditorCompetence{0, QStringLiteral("CS-01"), d("2024-02-01"), QString()}
                  << AuditorCompetence{0, QStringLiteral("CS-03"), d("2024-02-01"), QString()}
                  << AuditorCompetence{0, QStringLiteral("CS-05"), QDate(), QString()};
    return a;
}

EligibilityRequest baseRequest(const QStringList &classes = {QStringLiteral("CS-01")})
{
    return EligibilityRequest{kClient, classes, d("2026-03-09"), d("2026-03-12"), {}};
}

QString kindName(EligibilityReason::Kind kind)
{
    switch (kind) {
    case EligibilityReason::InvalidDates: return QStringLiteral("InvalidDates");
    case EligibilityReason::Inactive: return QStringLiteral("Inactive");
    case EligibilityReason::NotAnAuditor: return QStringLiteral("NotAnAuditor");
    case EligibilityReason::NoRegistration: return QStringLiteral("NoRegistration");
    case EligibilityReason::RegistrationNotValid: return QStringLiteral("RegistrationNotValid");
    case EligibilityReason::QualificationNotConfirmed: return QStringLiteral("QualificationNotConfirmed");
    case EligibilityReason::CompetenceMissing: return QStringLiteral("CompetenceMissing");
    case EligibilityReason::ConflictOfInterest: return QStringLiteral("ConflictOfInterest");
    case EligibilityReason::ImpartialityNotSigned: return QStringLiteral("ImpartialityNotSigned");
    }
    return QString();
}

ConflictDeclaration conflict(ConflictRelation relation, const char *from, const char *to, qint64 client = kClient)
{
    return ConflictDeclaration{0, client, relation, d(from), to ? d(to) : QDate(), QString()};
}

} // namespace

class TestEligibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    // Each expected reason: "RULE Kind [from to] [class]", dates ISO; from/to "-" when none.
    void evaluate_data()
    {
        QTest::addColumn<Auditor>("auditor");
        QTest::addColumn<QStringList>("classes");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("lookback");
        QTest::addColumn<bool>("mayLead");
        QTest::addColumn<QStringList>("reasons");

        const QStringList cs01{QStringLiteral("CS-01")};
        const QDate from = d("2026-03-09");
        const QDate to = d("2026-03-12");
        auto row = [&](const char *name, const Auditor &a, const QStringList &reasons, bool mayLead = false,
                       const QStringList &classes = {QStringLiteral("CS-01")}, int lookback = 24,
                       const QDate &f = QDate(), const QDate &t = QDate()) {
            QTest::newRow(name) << a << classes << (f.isValid() ? f : from) << (t.isValid() ? t : to) << lookback
                                << mayLead << reasons;
        };
        Auditor a;

        row("A-4.2 eligible auditor", baseAuditor(), {}, true);
        a = baseAuditor(); a.level = AuditorLevel::Senior;
        row("A-4.2 eligible senior auditor, two classes", a, {}, true, {QStringLiteral("CS-01"), QStringLiteral("CS-03")});
        a = baseAuditor(); a.level = AuditorLevel::Intern;
        row("A-4.2 intern eligible but may not lead", a, {}, false);
        a = baseAuditor(); a.level = AuditorLevel::TechnicalExpert;
        row("A-4.2 technical expert is not an auditor", a, {QStringLiteral("A-4.2 NotAnAuditor")});
        a = baseAuditor(); a.active = false;
        row("A-4.2 inactive", a, {QStringLiteral("A-4.2 Inactive")});

        a = baseAuditor(); a.registrationValidTo = d("2026-03-10");
        row("A-4.2 registration ends during the audit", a, {QStringLiteral("A-4.2 RegistrationNotValid 2026-03-11 2026-03-12")});
        a = baseAuditor(); a.registrationValidTo = d("2026-03-11");
        row("A-4.2 registration ends the day before the last day", a, {QStringLiteral("A-4.2 RegistrationNotValid 2026-03-12 2026-03-12")});
        a = baseAuditor(); a.registrationValidTo = d("2026-03-12");
        row("A-4.2 registration ends on the last day", a, {}, true);
        a = baseAuditor(); a.registrationValidTo = d("2025-12-31");
        row("A-4.2 registration expired before the audit", a, {QStringLiteral("A-4.2 RegistrationNotValid 2026-03-09 2026-03-12")});
        a = baseAuditor(); a.registrationValidFrom = d("2026-03-11"); a.registrationValidTo = d("2029-03-10");
        row("A-4.2 registration starts during the audit", a, {QStringLiteral("A-4.2 RegistrationNotValid 2026-03-09 2026-03-10")});
        a = baseAuditor(); a.registrationValidFrom = d("2026-03-09"); a.registrationValidTo = d("2029-03-08");
        row("A-4.2 registration starts on the first day", a, {}, true);
        a = baseAuditor(); a.registrationValidFrom = d("2026-03-10"); a.registrationValidTo = d("2026-03-11");
        row("A-4.2 registration valid only inside the audit", a,
            {QStringLiteral("A-4.2 RegistrationNotValid 2026-03-09 2026-03-09"), QStringLiteral("A-4.2 RegistrationNotValid 2026-03-12 2026-03-12")});
        a = baseAuditor(); a.registrationNumber.clear();
        row("A-4.2 no registration number", a, {QStringLiteral("A-4.2 NoRegistration 2026-03-09 2026-03-12")});
        a = baseAuditor(); a.registrationValidFrom = QDate(); a.registrationValidTo = QDate();
        row("A-4.2 no registration dates", a, {QStringLiteral("A-4.2 NoRegistration 2026-03-09 2026-03-12")});

        row("A-4.2 competence missing for a class", baseAuditor(), {QStringLiteral("A-4.2 CompetenceMissing - - CS-02")}, false,
            {QStringLiteral("CS-01"), QStringLiteral("CS-02")});
        row("A-4.2 competence recorded but not confirmed", baseAuditor(), {QStringLiteral("A-4.2 CompetenceMissing - - CS-05")}, false,
            {QStringLiteral("CS-05")});
        a = baseAuditor(); a.competences[0].confirmedOn = d("2026-03-10");
        row("A-4.2 competence confirmed after the first day", a, {QStringLiteral("A-4.2 CompetenceMissing 2026-03-10 - CS-01")});
        a = baseAuditor(); a.competences[0].confirmedOn = d("2026-03-09");
        row("A-4.2 competence confirmed on the first day", a, {}, true);
        row("A-4.2 no class requested", baseAuditor(), {}, true, {});
        a = baseAuditor(); a.qualificationConfirmedOn = QDate();
        row("A-4.2 qualification not confirmed by the body", a, {QStringLiteral("A-4.2 QualificationNotConfirmed")});
        a = baseAuditor(); a.qualificationConfirmedOn = d("2026-03-10");
        row("A-4.2 qualification confirmed after the first day", a, {QStringLiteral("A-4.2 QualificationNotConfirmed 2026-03-10 -")});

        a = baseAuditor(); a.conflicts << conflict(ConflictRelation::Consultancy, "2022-01-01", "2024-04-09");
        row("A-4.3 consultancy ended 23 months before", a, {QStringLiteral("A-4.3 ConflictOfInterest 2022-01-01 2024-04-09")});
        a = baseAuditor(); a.conflicts << conflict(ConflictRelation::Consultancy, "2022-01-01", "2024-03-09");
        row("A-4.3 consultancy ended exactly 24 months before", a, {QStringLiteral("A-4.3 ConflictOfInterest 2022-01-01 2024-03-09")});
        a = baseAuditor(); a.conflicts << conflict(ConflictRelation::Consultancy, "2022-01-01", "2024-03-08");
        row("A-4.3 consultancy ended a day beyond the look-back", a, {}, true);
        a = baseAuditor(); a.conflicts << conflict(ConflictRelation::Consultancy, "2022-01-01", "2024-04-09");
        row("A-4.3 shorter look-back parameter", a, {}, true, cs01, 12);
        a = baseAuditor(); a.conflicts << conflict(ConflictRelation::FinancialInterest, "2025-01-01", "2026-03-08");
        row("A-4.3 no look-back, relation ended the day before", a, {}, true, cs01, 0);
        a = baseAuditor(); a.conflicts << conflict(ConflictRelation::FinancialInterest, "2025-01-01", "2026-03-09");
        row("A-4.3 no look-back, relation ended on the first day", a, {QStringLiteral("A-4.3 ConflictOfInterest 2025-01-01 2026-03-09")}, false, cs01, 0);
        a = baseAuditor(); a.conflicts << conflict(ConflictRelation::Employment, "2019-05-01", nullptr);
        row("A-4.3 ongoing employment", a, {QStringLiteral("A-4.3 ConflictOfInterest 2019-05-01 -")});
        a = baseAuditor(); a.conflicts << conflict(ConflictRelation::Family, "2026-03-12", nullptr);
        row("A-4.3 relation begins on the last day", a, {QStringLiteral("A-4.3 ConflictOfInterest 2026-03-12 -")});
        a = baseAuditor(); a.conflicts << conflict(ConflictRelation::Family, "2026-03-13", nullptr);
        row("A-4.3 relation begins after the audit", a, {}, true);
        a = baseAuditor(); a.conflicts << conflict(ConflictRelation::Consultancy, "2025-01-01", nullptr, 8);
        row("A-4.3 conflict with another client", a, {}, true);
        a = baseAuditor(); a.impartialitySignedOn = QDate();
        row("A-4.3 no impartiality statement", a, {QStringLiteral("A-4.3 ImpartialityNotSigned")});
        a = baseAuditor(); a.impartialitySignedOn = d("2026-03-11");
        row("A-4.3 impartiality statement signed after the first day", a, {QStringLiteral("A-4.3 ImpartialityNotSigned 2026-03-11 -")});

        a = baseAuditor(); a.active = false; a.level = AuditorLevel::TechnicalExpert; a.registrationValidTo = d("2026-03-10");
        a.qualificationConfirmedOn = QDate(); a.impartialitySignedOn = QDate();
        a.conflicts << conflict(ConflictRelation::Other, "2026-01-01", nullptr);
        row("A-4.2 A-4.3 every reason at once", a,
            {QStringLiteral("A-4.2 Inactive"), QStringLiteral("A-4.2 NotAnAuditor"),
             QStringLiteral("A-4.2 RegistrationNotValid 2026-03-11 2026-03-12"), QStringLiteral("A-4.2 QualificationNotConfirmed"),
             QStringLiteral("A-4.3 ConflictOfInterest 2026-01-01 -"), QStringLiteral("A-4.3 ImpartialityNotSigned"),
             QStringLiteral("A-4.2 CompetenceMissing - - CS-02")},
            false, {QStringLiteral("CS-01"), QStringLiteral("CS-02")});
        row("P-dates audit ends before it starts", baseAuditor(), {QStringLiteral("P-dates InvalidDates")}, false, cs01, 24,
            d("2026-03-12"), d("2026-03-09"));
    }

    void evaluate()
    {
        QFETCH(Auditor, auditor);
        QFETCH(QStringList, classes);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, lookback);
        QFETCH(bool, mayLead);
        QFETCH(QStringList, reasons);

        RuleParameters parameters;
        parameters.setValue(QLatin1String(ParameterKey::ConflictLookbackMonths), lookback);
        const EligibilityRequest request{kClient, classes, from, to, {}};
        const AuditorEligibility result = Eligibility::evaluate(auditor, request, parameters);

        QStringList actual;
        for (const EligibilityReason &r : result.reasons) {
            QString text = r.rule + u' ' + kindName(r.kind);
            if (r.from.isValid() || r.to.isValid() || !r.scopeClass.isEmpty())
                text += u' ' + (r.from.isValid() ? r.from.toString(Qt::ISODate) : QStringLiteral("-")) + u' '
                        + (r.to.isValid() ? r.to.toString(Qt::ISODate) : QStringLiteral("-"));
            if (!r.scopeClass.isEmpty())
                text += u' ' + r.scopeClass;
            actual << text;
            // The message says which day, period, class or relation.
            QVERIFY(!r.message.isEmpty());
            if (r.kind != EligibilityReason::NoRegistration) {
                if (r.from.isValid())
                    QVERIFY2(r.message.contains(DisplayFormat::date(r.from)), qPrintable(r.message));
                if (r.to.isValid())
                    QVERIFY2(r.message.contains(DisplayFormat::date(r.to)), qPrintable(r.message));
            }
            if (!r.scopeClass.isEmpty())
                QVERIFY2(r.message.contains(r.scopeClass), qPrintable(r.message));
            if (r.kind == EligibilityReason::ConflictOfInterest)
                QVERIFY2(r.message.contains(AuditorRules::relationLabel(auditor.conflicts.first().relation)), qPrintable(r.message));
        }
        QCOMPARE(actual, reasons);
        QCOMPARE(result.eligible, reasons.isEmpty());
        QCOMPARE(result.mayLead, mayLead);
        QCOMPARE(result.auditorId, auditor.id);
        QCOMPARE(result.name, QStringLiteral("王晓明 (Wang Xiaoming)"));
    }

    void messagesNameDaysAndClasses()
    {
        Auditor a = baseAuditor();
        a.registrationValidTo = d("2026-03-11");
        EligibilityRequest request = baseRequest({QStringLiteral("CS-02")});
        request.classNames.insert(QStringLiteral("CS-02"), QStringLiteral("Platform as a Service (PaaS)"));
        const AuditorEligibility result = Eligibility::evaluate(a, request, RuleParameters());
        QCOMPARE(result.reasons.size(), 2);
        QCOMPARE(result.reasons.at(0).message,
                 QStringLiteral("The registration is valid until 11 Mar 2026, so it is not valid on 12 Mar 2026."));
        QCOMPARE(result.reasons.at(1).message,
                 QStringLiteral("No competence for scope class CS-02 (Platform as a Service (PaaS)) is confirmed by the body."));

        a = baseAuditor();
        a.conflicts << conflict(ConflictRelation::Consultancy, "2023-01-01", "2024-12-31");
        const AuditorEligibility conflicted = Eligibility::evaluate(a, baseRequest(), RuleParameters());
        QCOMPARE(conflicted.reasons.size(), 1);
        // No translator here, so the plural reads "month(s)"; csisms_en.ts gives "months".
        QVERIFY2(conflicted.reasons.first().message.startsWith(
                     QStringLiteral("Declared conflict of interest with this client: consultancy from 1 Jan 2023 to 31 Dec 2024, "
                                    "within the look-back of 24 month")),
                 qPrintable(conflicted.reasons.first().message));
    }

    // Both languages: the reasons read naturally in Chinese, and English plurals are right.
    void translatedMessages()
    {
        Auditor a = baseAuditor();
        a.registrationValidTo = d("2026-03-10");
        a.conflicts << conflict(ConflictRelation::Consultancy, "2023-01-01", "2024-12-31");
        LanguageManager language;
        QVERIFY(language.setLanguage(QStringLiteral("zh_CN")));
        AuditorEligibility result = Eligibility::evaluate(a, baseRequest(), RuleParameters());
        QCOMPARE(result.reasons.size(), 2);
        QCOMPARE(result.reasons.at(0).message, QStringLiteral("注册有效期至 2026年3月10日，因此在 2026年3月11日 至 2026年3月12日 无效。"));
        QCOMPARE(result.reasons.at(1).message,
                 QStringLiteral("已声明与该认证委托人存在利益冲突：2023年1月1日 至 2024年12月31日 的咨询关系，在审核前 24 个月的回溯期内。"));
        QCOMPARE(AuditorRules::levelLabel(AuditorLevel::Intern), QStringLiteral("实习审核员"));
        QCOMPARE(AuditorRules::levelLabel(AuditorLevel::TechnicalExpert), QStringLiteral("技术专家"));
        QVERIFY(language.setLanguage(QStringLiteral("en")));
        result = Eligibility::evaluate(a, baseRequest(), RuleParameters());
        QVERIFY2(result.reasons.at(1).message.endsWith(QStringLiteral("within the look-back of 24 months before the audit.")),
                 qPrintable(result.reasons.at(1).message));
    }

    void evaluatesEveryAuditor()
    {
        Auditor expired = baseAuditor(2, QStringLiteral("李娜"));
        expired.registrationValidTo = d("2025-06-30");
        const QList<AuditorEligibility> results = Eligibility::evaluate({baseAuditor(), expired}, baseRequest(), RuleParameters());
        QCOMPARE(results.size(), 2);
        QVERIFY(results.at(0).eligible);
        QVERIFY(!results.at(1).eligible);
        QCOMPARE(results.at(1).auditorId, 2);
    }

    // Team: rule IDs of the expected findings, and a text each must contain (same order).
    void checkTeam_data()
    {
        QTest::addColumn<QList<Auditor>>("team");
        QTest::addColumn<QStringList>("classes");
        QTest::addColumn<QStringList>("rules");
        QTest::addColumn<QStringList>("contains");

        Auditor a = baseAuditor(1, QStringLiteral("王晓明"));
        a.competences = {AuditorCompetence{0, QStringLiteral("CS-01"), d("2024-02-01"), QString()}};
        Auditor b = baseAuditor(2, QStringLiteral("李娜"));
        b.competences = {AuditorCompetence{0, QStringLiteral("CS-03"), d("2024-02-01"), QString()}};
        Auditor expert = baseAuditor(3, QStringLiteral("赵强"));
        expert.level = AuditorLevel::TechnicalExpert;
        expert.competences = {AuditorCompetence{0, QStringLiteral("CS-02"), d("2024-02-01"), QString()}};
        Auditor intern = baseAuditor(4, QStringLiteral("孙婷"));
        intern.level = AuditorLevel::Intern;
        const QStringList both{QStringLiteral("CS-01"), QStringLiteral("CS-03")};

        QTest::newRow("A-4.2 team covers every class together") << QList<Auditor>{a, b} << both << QStringList() << QStringList();
        QTest::newRow("A-4.2 class covered by nobody")
            << QList<Auditor>{a, b} << QStringList{QStringLiteral("CS-01"), QStringLiteral("CS-02")}
            << QStringList{QStringLiteral("A-4.2")} << QStringList{QStringLiteral("CS-02")};
        QTest::newRow("A-4.2 an expert's competence does not count")
            << QList<Auditor>{a, expert} << QStringList{QStringLiteral("CS-01"), QStringLiteral("CS-02")}
            << QStringList{QStringLiteral("A-4.2")} << QStringList{QStringLiteral("CS-02")};
        Auditor expiredB = b;
        expiredB.registrationValidTo = d("2026-03-10");
        QTest::newRow("A-4.2 member's registration ends during the audit")
            << QList<Auditor>{a, expiredB} << both << QStringList{QStringLiteral("A-4.2"), QStringLiteral("A-4.2")}
            << QStringList{QStringLiteral("李娜"), QStringLiteral("CS-03")};
        Auditor conflictedB = b;
        conflictedB.conflicts << conflict(ConflictRelation::Consultancy, "2024-01-01", "2025-01-01");
        QTest::newRow("A-4.3 member with a declared conflict")
            << QList<Auditor>{a, conflictedB} << QStringList{QStringLiteral("CS-01")} << QStringList{QStringLiteral("A-4.3")}
            << QStringList{QStringLiteral("李娜")};
        QTest::newRow("A-4.2 only an intern may not lead")
            << QList<Auditor>{intern} << QStringList{QStringLiteral("CS-01")} << QStringList{QStringLiteral("A-4.2")}
            << QStringList{QStringLiteral("lead")};
        QTest::newRow("A-4.2 experts alone are no team")
            << QList<Auditor>{expert} << QStringList{QStringLiteral("CS-02")} << QStringList{QStringLiteral("A-4.2")}
            << QStringList{QStringLiteral("no auditor")};
        QTest::newRow("A-4.2 empty team") << QList<Auditor>{} << both << QStringList{QStringLiteral("A-4.2")}
                                          << QStringList{QStringLiteral("no members")};
    }

    void checkTeam()
    {
        QFETCH(QList<Auditor>, team);
        QFETCH(QStringList, classes);
        QFETCH(QStringList, rules);
        QFETCH(QStringList, contains);
        const QList<RuleFinding> findings = Eligibility::checkTeam(team, baseRequest(classes), RuleParameters());
        QStringList actualRules;
        for (const RuleFinding &f : findings) {
            actualRules << f.rule;
            QCOMPARE(f.severity, RuleFinding::Error);
        }
        QCOMPARE(actualRules, rules);
        for (int i = 0; i < contains.size(); ++i)
            QVERIFY2(findings.at(i).message.contains(contains.at(i)), qPrintable(findings.at(i).message));
    }

    void checkEducation_data()
    {
        QTest::addColumn<Auditor>("auditor");
        QTest::addColumn<double>("minimum");
        QTest::addColumn<bool>("warning");

        Auditor a = baseAuditor();
        a.education << EducationEntry{0, d("2025-03-01"), 8, QStringLiteral("ISO/IEC 27017")}
                    << EducationEntry{0, d("2025-11-20"), 8, QStringLiteral("CCAA")}
                    << EducationEntry{0, d("2024-06-01"), 16, QStringLiteral("older")}
                    << EducationEntry{0, d("2026-01-05"), 16, QStringLiteral("newer")};
        QTest::newRow("A-4.4 16 hours below the minimum of 20") << a << 20.0 << true;
        QTest::newRow("A-4.4 exactly the minimum") << a << 16.0 << false;
        QTest::newRow("A-4.4 body's minimum of 40") << a << 40.0 << true;
        Auditor expert = a;
        expert.level = AuditorLevel::TechnicalExpert;
        QTest::newRow("A-4.4 technical experts are not checked") << expert << 20.0 << false;
        Auditor inactive = a;
        inactive.active = false;
        QTest::newRow("A-4.4 inactive auditors are not checked") << inactive << 20.0 << false;
        Auditor later = a;
        later.registrationValidFrom = d("2026-01-01");
        later.registrationValidTo = d("2028-12-31");
        QTest::newRow("A-4.4 not registered in that year") << later << 20.0 << false;
    }

    void checkEducation()
    {
        QFETCH(Auditor, auditor);
        QFETCH(double, minimum);
        QFETCH(bool, warning);
        RuleParameters parameters;
        parameters.setValue(QLatin1String(ParameterKey::EducationMinHours), minimum);
        const std::optional<RuleFinding> finding = Eligibility::checkEducation(auditor, 2025, parameters);
        QCOMPARE(finding.has_value(), warning);
        if (finding) {
            QCOMPARE(finding->rule, QStringLiteral("A-4.4"));
            QCOMPARE(finding->severity, RuleFinding::Warning);
            QVERIFY2(finding->message.contains(QStringLiteral("16 hours")), qPrintable(finding->message));
            QVERIFY(finding->message.contains(QStringLiteral("2025")));
            QCOMPARE(finding->record, &AuditorFields::auditor());
            QCOMPARE(finding->rowId, auditor.id);
        }
    }

    void auditorFindings()
    {
        const QDate today = d("2026-03-01");
        Auditor fine = baseAuditor(1);
        fine.education << EducationEntry{0, d("2025-05-01"), 24, QStringLiteral("CCAA")};
        Auditor expired = fine;
        expired.id = 2;
        expired.registrationValidTo = d("2026-02-28");
        Auditor unregistered = fine;
        unregistered.id = 3;
        unregistered.registrationNumber.clear();
        Auditor unconfirmed = fine;
        unconfirmed.id = 4;
        unconfirmed.qualificationConfirmedOn = QDate();
        unconfirmed.impartialitySignedOn = QDate();
        Auditor lazy = fine;
        lazy.id = 5;
        lazy.education.clear();
        Auditor gone = expired;
        gone.id = 6;
        gone.active = false;
        Auditor expert = unregistered;
        expert.id = 7;
        expert.level = AuditorLevel::TechnicalExpert;

        const QList<RuleFinding> findings = Eligibility::auditorFindings(
            {fine, expired, unregistered, unconfirmed, lazy, gone, expert}, today, RuleParameters());
        QStringList summary;
        for (const RuleFinding &f : findings) {
            QCOMPARE(f.severity, RuleFinding::Warning);
            summary << QStringLiteral("%1 %2").arg(f.rowId).arg(f.rule);
        }
        QCOMPARE(summary, (QStringList{QStringLiteral("2 A-4.2"), QStringLiteral("3 A-4.2"), QStringLiteral("4 A-4.2"),
                                       QStringLiteral("4 A-4.3"), QStringLiteral("5 A-4.4")}));
        QVERIFY(findings.first().message.contains(QStringLiteral("28 Feb 2026")));
    }
};

QTEST_GUILESS_MAIN(TestEligibility)
#include "tst_eligibility.moc"
