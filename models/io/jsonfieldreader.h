#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// Reads the fields of a JSON file strictly and keeps the first problem with its path
// ("audits[2].start: “2026-13-01” is not a date; …"), in the user's language: what the
// readers of the application and programme files share. Absent and null fields are "not
// given"; a field of the wrong type, a date that does not exist or a number that is not
// finite is a problem, never a guess.
class JsonFieldReader
{
public:
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &path, const QString &message);

    QJsonObject object(const QJsonObject &parent, const char *key, const QString &path, bool required = false);
    QString string(const QJsonObject &parent, const char *key, const QString &path, bool required = false);
    std::optional<bool> boolean(const QJsonObject &parent, const char *key, const QString &path);
    // YYYY-MM-DD; null or absent give a null date (*isNull tells null from absent).
    QDate date(const QJsonObject &parent, const char *key, const QString &path, bool required = false,
               bool *isNull = nullptr);
    std::optional<double> number(const QJsonObject &parent, const char *key, const QString &path, bool required = false);
    std::optional<int> whole(const QJsonObject &parent, const char *key, const QString &path, bool required = false);
    QJsonArray array(const QJsonObject &parent, const char *key, const QString &path);
    // A list of texts in quotes (each non-empty).
    QStringList strings(const QJsonObject &parent, const char *key, const QString &path);

    // The document in `bytes` as an object, or a problem naming the format expected.
    static std::optional<QJsonObject> document(const QByteArray &bytes, const char *formatTag, QString *error);

private:
    QString m_error;
};
