#include "jsonfieldreader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>
#include <limits>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("JsonFieldReader", text); }
} // namespace

void JsonFieldReader::fail(const QString &path, const QString &message)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("%1: %2").arg(path, message);
}

QJsonObject JsonFieldReader::object(const QJsonObject &parent, const char *key, const QString &path, bool required)
{
    const QJsonValue v = parent.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(path, tr("missing; it is required."));
        return {};
    }
    if (!v.isObject())
        fail(path, tr("must be an object { … }."));
    return v.toObject();
}

QString JsonFieldReader::string(const QJsonObject &parent, const char *key, const QString &path, bool required)
{
    const QJsonValue v = parent.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(path, tr("missing; it is required."));
        return {};
    }
    if (!v.isString())
        fail(path, tr("must be text in quotes."));
    return v.toString();
}

std::optional<bool> JsonFieldReader::boolean(const QJsonObject &parent, const char *key, const QString &path)
{
    const QJsonValue v = parent.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isBool()) {
        fail(path, tr("must be true or false."));
        return std::nullopt;
    }
    return v.toBool();
}

QDate JsonFieldReader::date(const QJsonObject &parent, const char *key, const QString &path, bool required, bool *isNull)
{
    const QJsonValue v = parent.value(QLatin1String(key));
    if (isNull)
        *isNull = v.isNull() && !v.isUndefined();
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(path, tr("missing; it is required."));
        return {};
    }
    if (!v.isString()) {
        fail(path, tr("must be a date in quotes, YYYY-MM-DD, or null."));
        return {};
    }
    const QDate d = v.toString().size() == 10 ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
    if (!d.isValid())
        fail(path, tr("“%1” is not a date; write it as YYYY-MM-DD, a day that exists (2026-02-28).")
                       .arg(v.toString().left(40)));
    return d;
}

std::optional<double> JsonFieldReader::number(const QJsonObject &parent, const char *key, const QString &path, bool required)
{
    const QJsonValue v = parent.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(path, tr("missing; it is required."));
        return std::nullopt;
    }
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        fail(path, tr("must be a number."));
        return std::nullopt;
    }
    return v.toDouble();
}

std::optional<int> JsonFieldReader::whole(const QJsonObject &parent, const char *key, const QString &path, bool required)
{
    const std::optional<double> n = number(parent, key, path, required);
    if (!n)
        return std::nullopt;
    if (std::floor(*n) != *n || std::fabs(*n) > double(std::numeric_limits<int>::max())) {
        fail(path, tr("must be a whole number."));
        return std::nullopt;
    }
    return int(*n);
}

QJsonArray JsonFieldReader::array(const QJsonObject &parent, const char *key, const QString &path)
{
    const QJsonValue v = parent.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        fail(path, tr("must be a list [ … ]."));
    return v.toArray();
}

QStringList JsonFieldReader::strings(const QJsonObject &parent, const char *key, const QString &path)
{
    QStringList result;
    const QJsonArray items = array(parent, key, path);
    for (int i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString() || items.at(i).toString().trimmed().isEmpty()) {
            fail(QStringLiteral("%1[%2]").arg(path).arg(i), tr("must be a text in quotes, not empty."));
            continue;
        }
        result << items.at(i).toString();
    }
    return result;
}

std::optional<QJsonObject> JsonFieldReader::document(const QByteArray &bytes, const char *formatTag, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("the file is not JSON (%1 at byte %2); it must be a JSON object of the format %3.")
                     .arg(parseError.errorString()).arg(parseError.offset).arg(QLatin1String(formatTag));
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = tr("the file is not a JSON object; it must be a JSON object of the format %1.")
                     .arg(QLatin1String(formatTag));
        return std::nullopt;
    }
    return document.object();
}
