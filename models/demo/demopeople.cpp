#include "demopeople.h"

#include "db/database.h"
#include "domain/auditor.h"
#include "domain/user.h"
#include "repositories/auditorrepository.h"
#include "repositories/referencerepository.h"
#include "repositories/userrepository.h"

#include <QRandomGenerator>
#include <QSet>

namespace {

struct Syllable
{
    const char16_t *zh;
    const char *pinyin;
};

const Syllable kSurnames[] = {
    {u"王", "Wang"}, {u"李", "Li"}, {u"张", "Zhang"}, {u"刘", "Liu"}, {u"陈", "Chen"}, {u"杨", "Yang"},
    {u"黄", "Huang"}, {u"赵", "Zhao"}, {u"吴", "Wu"}, {u"周", "Zhou"}, {u"徐", "Xu"}, {u"孙", "Sun"},
    {u"马", "Ma"}, {u"朱", "Zhu"}, {u"胡", "Hu"}, {u"郭", "Guo"}, {u"何", "He"}, {u"林", "Lin"},
    {u"罗", "Luo"}, {u"高", "Gao"}, {u"郑", "Zheng"}, {u"梁", "Liang"}, {u"谢", "Xie"}, {u"宋", "Song"},
};

const Syllable kGiven[] = {
    {u"伟", "wei"}, {u"芳", "fang"}, {u"娜", "na"}, {u"敏", "min"}, {u"静", "jing"}, {u"丽", "li"},
    {u"强", "qiang"}, {u"磊", "lei"}, {u"军", "jun"}, {u"洋", "yang"}, {u"勇", "yong"}, {u"艳", "yan"},
    {u"杰", "jie"}, {u"涛", "tao"}, {u"明", "ming"}, {u"超", "chao"}, {u"霞", "xia"}, {u"平", "ping"},
    {u"刚", "gang"}, {u"华", "hua"}, {u"建", "jian"}, {u"文", "wen"}, {u"晓", "xiao"}, {u"海", "hai"},
    {u"宁", "ning"}, {u"鹏", "peng"}, {u"欣", "xin"}, {u"雪", "xue"}, {u"宇", "yu"}, {u"婷", "ting"},
    {u"浩", "hao"}, {u"博", "bo"}, {u"思", "si"}, {u"嘉", "jia"}, {u"睿", "rui"}, {u"晨", "chen"},
};

const char16_t *const kTopics[] = {
    u"ISO/IEC 27017:2015 云服务信息安全控制解读",
    u"CCAA 认证人员继续教育：认证认可法规更新",
    u"云原生与容器环境的审核方法",
    u"GB/T 22080-2016 / ISO/IEC 27001 标准换版培训",
    u"数据安全法与个人信息保护法要点",
    u"网络安全等级保护 2.0 云计算扩展要求",
    u"审核抽样与远程审核技术",
    u"公正性与利益冲突管理",
    u"ISO/IEC 27018 公有云个人信息保护",
    u"云服务供应链与外包风险",
};

const char16_t *const kConfirmers[] = {u"周海燕（技术负责人）", u"陈志刚（认证部经理）", u"林晓梅（质量负责人）"};

const char16_t *const kConflictNotes[] = {
    u"曾为该组织提供 ISMS 体系建设咨询",
    u"曾在该组织信息安全部任职",
    u"持有该组织关联公司股份",
    u"配偶在该组织任中层管理职务",
    u"曾参与该组织云平台等保测评项目",
};

int pick(QRandomGenerator &random, int n) { return int(random.bounded(n)); }

QDate clampToToday(const QDate &date, const QDate &today) { return date > today ? today : date; }

AuditorLevel randomLevel(QRandomGenerator &random)
{
    const int roll = pick(random, 100);
    if (roll < 15) return AuditorLevel::Intern;
    if (roll < 60) return AuditorLevel::Auditor;
    if (roll < 90) return AuditorLevel::Senior;
    return AuditorLevel::TechnicalExpert;
}

ConflictRelation randomRelation(QRandomGenerator &random, int *noteIndex)
{
    const int roll = pick(random, 100);
    if (roll < 50) { *noteIndex = 0; return ConflictRelation::Consultancy; }
    if (roll < 75) { *noteIndex = 1; return ConflictRelation::Employment; }
    if (roll < 85) { *noteIndex = 2; return ConflictRelation::FinancialInterest; }
    if (roll < 95) { *noteIndex = 3; return ConflictRelation::Family; }
    *noteIndex = 4;
    return ConflictRelation::Other;
}

void addEducation(Auditor &a, QRandomGenerator &random, int year, const QDate &today, bool few)
{
    const int entries = few ? 1 : 2 + pick(random, 4);
    static const int kHours[] = {4, 6, 8, 8, 12, 16};
    for (int i = 0; i < entries; ++i) {
        const QDate day = QDate(year, 1, 1).addDays(pick(random, QDate(year, 1, 1).daysInYear()));
        if (day > today)
            continue;
        a.education << EducationEntry{0, day, double(kHours[pick(random, 6)]),
                                      QString::fromUtf16(kTopics[pick(random, int(std::size(kTopics)))])};
    }
}

Auditor makeAuditor(QRandomGenerator &random, const QDate &today, const QStringList &classes,
                    const QList<qint64> &clientIds, QSet<QString> &numbers)
{
    Auditor a;
    const Syllable &surname = kSurnames[pick(random, int(std::size(kSurnames)))];
    const Syllable &first = kGiven[pick(random, int(std::size(kGiven)))];
    const bool twoSyllables = pick(random, 100) < 70;
    const Syllable &second = kGiven[pick(random, int(std::size(kGiven)))];
    a.nameZh = QString::fromUtf16(surname.zh) + QString::fromUtf16(first.zh) + (twoSyllables ? QString::fromUtf16(second.zh) : QString());
    QString given = QString::fromLatin1(first.pinyin) + (twoSyllables ? QString::fromLatin1(second.pinyin) : QString());
    given[0] = given.at(0).toUpper();
    a.nameEn = QString::fromLatin1(surname.pinyin) + u' ' + given;
    a.level = randomLevel(random);

    // Registrations run three years; some ended, some end soon.
    a.registrationValidFrom = today.addDays(-pick(random, 1250));
    a.registrationValidTo = a.registrationValidFrom.addYears(3).addDays(-1);
    const bool registered = a.level != AuditorLevel::TechnicalExpert || pick(random, 2) == 0;
    if (registered) {
        static const char *const kLevelCodes[] = {"N0", "N1", "N2", "E"};
        QString number;
        do {
            number = QStringLiteral("%1-%2CSISMS-%3")
                         .arg(a.registrationValidFrom.year())
                         .arg(QLatin1String(kLevelCodes[int(a.level)]))
                         .arg(1000000 + pick(random, 9000000));
        } while (numbers.contains(number));
        numbers.insert(number);
        a.registrationNumber = number;
    } else {
        a.registrationValidFrom = QDate();
        a.registrationValidTo = QDate();
    }

    const QDate start = a.registrationValidFrom.isValid() ? a.registrationValidFrom : today.addDays(-pick(random, 900) - 30);
    if (pick(random, 100) < 92) {
        a.qualificationConfirmedOn = clampToToday(start.addDays(5 + pick(random, 55)), today);
        a.qualificationConfirmedBy = QString::fromUtf16(kConfirmers[pick(random, int(std::size(kConfirmers)))]);
    }
    if (pick(random, 100) < 90)
        a.impartialitySignedOn = today.addDays(-pick(random, 360));

    QStringList pool = classes;
    const int competenceCount = qMin(int(pool.size()), 1 + pick(random, 4));
    for (int i = 0; i < competenceCount; ++i) {
        const QString code = pool.takeAt(pick(random, int(pool.size())));
        AuditorCompetence c;
        c.scopeClass = code;
        if (pick(random, 100) < 90 && a.qualificationConfirmedOn.isValid())
            c.confirmedOn = clampToToday(a.qualificationConfirmedOn.addDays(pick(random, 200)), today);
        c.evidence = QStringLiteral("专业能力评价记录 %1-%2，%3 次相关审核经历")
                         .arg(today.year() - pick(random, 3))
                         .arg(pick(random, 900) + 100, 3, 10, QLatin1Char('0'))
                         .arg(2 + pick(random, 9));
        a.competences << c;
    }
    std::sort(a.competences.begin(), a.competences.end(),
              [](const AuditorCompetence &x, const AuditorCompetence &y) { return x.scopeClass < y.scopeClass; });

    addEducation(a, random, today.year() - 1, today, pick(random, 100) < 15);
    addEducation(a, random, today.year(), today, false);

    if (!clientIds.isEmpty() && pick(random, 100) < 12) {
        ConflictDeclaration c;
        int note = 0;
        c.clientId = clientIds.at(pick(random, int(clientIds.size())));
        c.relation = randomRelation(random, &note);
        c.from = today.addDays(-200 - pick(random, 1800));
        if (pick(random, 100) < 70)
            c.to = c.from.addDays(90 + pick(random, 900));
        c.note = QString::fromUtf16(kConflictNotes[note]);
        a.conflicts << c;
    }
    return a;
}

} // namespace

void DemoPeople::generate(Database &db, QRandomGenerator &random, int auditorCount,
                          const QList<qint64> &clientIds, const QDate &today)
{
    const WriteResult seeded = ReferenceRepository::seedIfEmpty(db);
    if (!seeded)
        throw SqlError(seeded.message);

    Transaction transaction(db);
    QStringList classes;
    for (const ScopeClass &s : ReferenceRepository(db).scopeClasses(false))
        classes << s.code;

    AuditorRepository auditors(db);
    QSet<QString> numbers;
    AuditorListQuery everyone;
    everyone.includeInactive = true;
    for (const AuditorListRow &row : auditors.list(everyone))
        numbers.insert(row.registrationNumber);
    for (int i = 0; i < auditorCount; ++i) {
        const WriteResult saved = auditors.save(makeAuditor(random, today, classes, clientIds, numbers));
        if (!saved)
            throw SqlError(saved.message);
    }

    UserRepository users(db);
    if (users.count() == 0) {
        const QList<User> profiles{
            User{0, QStringLiteral("李娜"), UserRole::Reviewer, true, 0},
            User{0, QStringLiteral("王建国"), UserRole::Manager, true, 0},
            User{0, QStringLiteral("张敏"), UserRole::DecisionMaker, true, 0},
            User{0, QStringLiteral("陈静"), UserRole::Administrator, true, 0},
        };
        for (const User &user : profiles)
            if (const WriteResult saved = users.save(user); !saved)
                throw SqlError(saved.message);
    }
    transaction.commit();
}
