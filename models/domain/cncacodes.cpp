#include "cncacodes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

QString CncaCode::text() const
{
    return QLocale().language() == QLocale::Chinese ? (zh.isEmpty() ? en : zh) : (en.isEmpty() ? zh : en);
}

QString CncaCode::shown() const { return code.isEmpty() ? QString() : code + QLatin1Char(' ') + text(); }

bool CncaCodes::add(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    QHash<QString, QList<CncaCode>> lists;
    const QJsonObject root = doc.object();
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (!it.value().isArray())
            continue;
        QList<CncaCode> entries;
        for (const QJsonValue &v : it.value().toArray()) {
            const QJsonObject o = v.toObject();
            if (!o.value(QLatin1String("code")).isString())
                return false;
            entries << CncaCode{o.value(QLatin1String("code")).toString(), o.value(QLatin1String("zh")).toString(),
                                o.value(QLatin1String("en")).toString()};
        }
        lists.insert(it.key(), entries);
    }
    for (auto it = lists.constBegin(); it != lists.constEnd(); ++it)
        m_lists.insert(it.key(), it.value());
    return true;
}

const CncaCodes &CncaCodes::shipped()
{
    static const CncaCodes codes = [] {
        CncaCodes c;
        for (const char *name : {":/reference/cnca-codes.json", ":/reference/cnca-report-codes.json"}) {
            QFile file(QString::fromLatin1(name));
            if (file.open(QIODevice::ReadOnly))
                c.add(file.readAll());
        }
        return c;
    }();
    return codes;
}

QStringList CncaCodes::codes(const QString &name) const
{
    QStringList out;
    for (const CncaCode &c : m_lists.value(name))
        out << c.code;
    return out;
}

CncaCode CncaCodes::find(const QString &name, const QString &code) const
{
    for (const CncaCode &c : m_lists.value(name))
        if (c.code == code)
            return c;
    return CncaCode();
}
