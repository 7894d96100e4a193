#include "clientdemo.h"

#include "db/database.h"
#include "domain/creditcode.h"
#include "repositories/clientrepository.h"

#include <QRandomGenerator>
#include <QSet>

namespace {

struct City
{
    const char *zh;
    const char *en;
    const char *region;                 // administrative division code (6 digits)
    const char *district;               // district, in Chinese
    const char *phonePrefix;
};

const City kCities[] = {
    {"北京", "Beijing", "110108", "海淀区", "010"},   {"上海", "Shanghai", "310115", "浦东新区", "021"},
    {"深圳", "Shenzhen", "440305", "南山区", "0755"}, {"杭州", "Hangzhou", "330106", "西湖区", "0571"},
    {"广州", "Guangzhou", "440106", "天河区", "020"}, {"成都", "Chengdu", "510107", "武侯区", "028"},
    {"南京", "Nanjing", "320106", "鼓楼区", "025"},   {"武汉", "Wuhan", "420106", "武昌区", "027"},
    {"福州", "Fuzhou", "350102", "鼓楼区", "0591"},   {"西安", "Xi'an", "610113", "雁塔区", "029"},
    {"苏州", "Suzhou", "320505", "虎丘区", "0512"},   {"贵阳", "Guiyang", "520115", "观山湖区", "0851"},
    {"天津", "Tianjin", "120116", "滨海新区", "022"}, {"合肥", "Hefei", "340104", "蜀山区", "0551"},
    {"济南", "Jinan", "370102", "历下区", "0531"},    {"厦门", "Xiamen", "350203", "思明区", "0592"},
};

struct Syllable
{
    const char *zh;
    const char *pinyin;
};

const Syllable kBrandFirst[] = {
    {"云", "Yun"}, {"天", "Tian"}, {"华", "Hua"}, {"星", "Xing"}, {"智", "Zhi"}, {"数", "Shu"},
    {"青", "Qing"}, {"博", "Bo"}, {"中", "Zhong"}, {"恒", "Heng"}, {"安", "An"}, {"新", "Xin"},
    {"联", "Lian"}, {"瑞", "Rui"}, {"锦", "Jin"}, {"鸿", "Hong"}, {"盛", "Sheng"}, {"远", "Yuan"},
    {"睿", "Rui"}, {"卓", "Zhuo"}, {"泰", "Tai"}, {"信", "Xin"}, {"海", "Hai"}, {"明", "Ming"},
};
const Syllable kBrandSecond[] = {
    {"启", "qi"}, {"创", "chuang"}, {"途", "tu"}, {"迅", "xun"}, {"擎", "qing"}, {"盾", "dun"},
    {"拓", "tuo"}, {"源", "yuan"}, {"链", "lian"}, {"帆", "fan"}, {"峰", "feng"}, {"辰", "chen"},
    {"驰", "chi"}, {"图", "tu"}, {"维", "wei"}, {"科", "ke"}, {"川", "chuan"}, {"岳", "yue"},
    {"桥", "qiao"}, {"翼", "yi"},
};

struct Trade
{
    const char *zh;
    const char *en;
};
const Trade kTrades[] = {
    {"云计算科技", "Cloud Computing Technology"}, {"信息技术", "Information Technology"},
    {"数据科技", "Data Technology"},              {"网络科技", "Network Technology"},
    {"软件", "Software"},                         {"数字科技", "Digital Technology"},
    {"智能科技", "Intelligent Technology"},       {"云服务", "Cloud Services"},
    {"信息安全技术", "Information Security Technology"}, {"互联网数据中心", "Internet Data Centre"},
};

const char *const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
                                 "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"};
const char *const kGiven[] = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "军", "涛",
                              "明", "超", "秀英", "海燕", "志强", "建华", "晓东", "丽娟", "俊杰", "思远"};
const char *const kStreets[] = {"科技园路", "创新大道", "软件园二期", "数字经济产业园", "高新路",
                                "云谷路", "信息港大街", "智慧城南路"};

// Characters allowed in the organisation-code part of a credit code (GB 11714 within
// the GB 32100 alphabet).
const QString kOrgChars = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

QChar orgCheckCharacter(const QString &body8)
{
    static const int weights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const QChar c = body8.at(i);
        const int value = c.isDigit() ? c.digitValue() : c.unicode() - 'A' + 10;
        sum += value * weights[i];
    }
    const int check = 11 - sum % 11;
    return check == 10 ? QChar(u'X') : check == 11 ? QChar(u'0') : QChar(u'0' + check);
}

QString makeCreditCode(QRandomGenerator &rng, const City &city)
{
    QString body;
    for (int i = 0; i < 8; ++i)
        body += kOrgChars.at(rng.bounded(i == 0 ? 10 : kOrgChars.size()));
    const QString first17 = QStringLiteral("91") + QLatin1String(city.region) + body + orgCheckCharacter(body);
    return first17 + CreditCode::checkCharacter(first17);
}

template <typename T, size_t N>
const T &pick(QRandomGenerator &rng, const T (&items)[N])
{
    return items[rng.bounded(int(N))];
}

QString personName(QRandomGenerator &rng)
{
    return QString::fromUtf8(pick(rng, kSurnames)) + QString::fromUtf8(pick(rng, kGiven));
}

} // namespace

QList<Client> ClientDemo::makeClients(int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    QSet<QString> codes;
    QSet<QString> names;
    QList<Client> clients;
    clients.reserve(count);
    auto uniqueCode = [&](const City &city) {
        QString code;
        do {
            code = makeCreditCode(rng, city);
        } while (codes.contains(code));
        codes.insert(code);
        return code;
    };

    for (int i = 0; i < count; ++i) {
        const City &city = pick(rng, kCities);
        const Syllable &a = pick(rng, kBrandFirst);
        const Syllable &b = pick(rng, kBrandSecond);
        const Trade &trade = pick(rng, kTrades);
        const QString brandZh = QString::fromUtf8(a.zh) + QString::fromUtf8(b.zh);
        const QString brandEn = QString::fromUtf8(a.pinyin) + QString::fromUtf8(b.pinyin);

        Client c;
        c.nameZh = QStringLiteral("%1%2%3有限公司").arg(QString::fromUtf8(city.zh), brandZh, QString::fromUtf8(trade.zh));
        c.nameEn = QStringLiteral("%1 %2 %3 Co., Ltd.").arg(QString::fromUtf8(city.en), brandEn, QString::fromUtf8(trade.en));
        // Same brand and trade in the same city: a branch numbered like real registrations.
        for (int n = 2; names.contains(c.nameZh); ++n) {
            c.nameZh = QStringLiteral("%1%2%3（%4）有限公司")
                           .arg(QString::fromUtf8(city.zh), brandZh, QString::fromUtf8(trade.zh)).arg(n);
            c.nameEn = QStringLiteral("%1 %2 %3 (%4) Co., Ltd.")
                           .arg(QString::fromUtf8(city.en), brandEn, QString::fromUtf8(trade.en)).arg(n);
        }
        names.insert(c.nameZh);
        c.creditCode = uniqueCode(city);
        c.address = QStringLiteral("%1市%2%3%4号").arg(QString::fromUtf8(city.zh), QString::fromUtf8(city.district),
                                                     QString::fromUtf8(pick(rng, kStreets)))
                        .arg(1 + rng.bounded(300));
        c.legalRepresentative = personName(rng);
        c.contact = personName(rng);
        c.phone = rng.bounded(3) == 0
                      ? QStringLiteral("1%1%2").arg(3 + rng.bounded(7)).arg(rng.bounded(100000000, 999999999))
                      : QStringLiteral("%1-%2").arg(QString::fromUtf8(city.phonePrefix)).arg(rng.bounded(20000000, 89999999));
        c.email = QStringLiteral("compliance@%1%2.com.cn").arg(brandEn.toLower()).arg(i);
        const int headcount = 8 + int(rng.bounded(1200) * rng.bounded(1, 4) / 2);
        c.headcount = headcount;
        c.archived = rng.bounded(40) == 0;

        // Sites: head office, and often a data centre or R&D site.
        const int mainShare = c.archived ? headcount : headcount * (50 + rng.bounded(40)) / 100;
        c.sites << ClientSite{0, QStringLiteral("总部"), c.address, mainShare};
        if (headcount - mainShare > 0) {
            const City &other = pick(rng, kCities);
            c.sites << ClientSite{0, QStringLiteral("%1数据中心").arg(QString::fromUtf8(other.zh)),
                                  QStringLiteral("%1市%2云谷路%3号").arg(QString::fromUtf8(other.zh), QString::fromUtf8(other.district))
                                      .arg(1 + rng.bounded(99)),
                                  headcount - mainShare};
        }
        // Shifts: operations centres run day and night; some run three shifts.
        switch (rng.bounded(3)) {
        case 0:
            break;
        case 1:
            c.shifts << ClientShift{0, QStringLiteral("白班"), QStringLiteral("08:00–20:00"), headcount * 3 / 4}
                     << ClientShift{0, QStringLiteral("夜班"), QStringLiteral("20:00–08:00"), headcount - headcount * 3 / 4};
            break;
        default:
            c.shifts << ClientShift{0, QStringLiteral("早班"), QStringLiteral("00:00–08:00"), headcount / 5}
                     << ClientShift{0, QStringLiteral("中班"), QStringLiteral("08:00–16:00"), headcount * 3 / 5}
                     << ClientShift{0, QStringLiteral("晚班"), QStringLiteral("16:00–24:00"), headcount - headcount / 5 - headcount * 3 / 5};
            break;
        }
        // Legal entities covered: the company itself, sometimes a subsidiary.
        c.legalEntities << LegalEntity{0, c.nameZh, c.creditCode};
        if (rng.bounded(4) == 0) {
            const City &sub = pick(rng, kCities);
            c.legalEntities << LegalEntity{0, QStringLiteral("%1%2数据服务有限公司").arg(QString::fromUtf8(sub.zh), brandZh),
                                           uniqueCode(sub)};
        }
        clients << c;
    }
    return clients;
}

int ClientDemo::generate(Database &db, int count, quint32 seed, const std::function<bool(int, int)> &progress,
                         QString *error)
{
    const QList<Client> clients = makeClients(count, seed);
    try {
        ClientRepository repository(db);
        if (const int existing = repository.totalCount(); existing > 0) {
            *error = tr("The database already holds %n client(s). Demo data goes into a new, empty database: "
                        "choose another file with --db.", nullptr, existing);
            return -1;
        }
        Transaction transaction(db);
        for (int i = 0; i < clients.size(); ++i) {
            repository.insertUnchecked(clients.at(i));
            if (progress && (i % 500 == 0 || i + 1 == clients.size()) && !progress(i + 1, clients.size())) {
                *error = tr("Cancelled; no demo data was written.");
                return -1;
            }
        }
        transaction.commit();
    } catch (const SqlError &e) {
        *error = tr("The demo data could not be written, and nothing was stored: %1").arg(e.message());
        return -1;
    }
    return clients.size();
}
