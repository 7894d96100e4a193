#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The code lists Chinese certification bodies report with (resources/reference/
// cnca-codes.json: certificate status, audit type, suspension and withdrawal reasons,
// change types; cnca-report-codes.json: the monthly report's audit activity, audit stage,
// report type, audit method and team role). Reference data shipped with the program.
struct CncaCode
{
    QString code;
    QString zh;
    QString en;
    QString text() const;        // in the user's language
    QString shown() const;       // "0111 CSISMS 持续或严重不满足…"
};

class CncaCodes
{
public:
    // Adds the lists of one JSON document ({"list": [{"code", "zh", "en"}, …], …});
    // false (and nothing added) when it is not such a document.
    bool add(const QByteArray &json);
    // Both shipped files, read once.
    static const CncaCodes &shipped();

    QList<CncaCode> list(const QString &name) const { return m_lists.value(name); }
    QStringList codes(const QString &name) const;
    // The entry of a list with the code (an empty entry when unknown).
    CncaCode find(const QString &name, const QString &code) const;
    QStringList names() const { return m_lists.keys(); }

private:
    QHash<QString, QList<CncaCode>> m_lists;
};
