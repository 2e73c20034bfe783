#include "util/jsonreader.h"

#include <cmath>

namespace qms {

namespace {
// Largest integer a JSON number (IEEE double) carries exactly.
constexpr double maxExactInteger = 9007199254740992.0;

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}
} // namespace

JsonReader::JsonReader(QJsonObject object, QString path, QStringList *sink)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_errors(sink ? sink : &m_ownErrors)
    , m_errorsAtStart(m_errors->size())
{ }

QString JsonReader::fieldPath(const QString &key) const
{
    if (key.isEmpty())
        return m_path.isEmpty() ? QStringLiteral("(top level)") : m_path;
    if (key.startsWith(QLatin1Char('[')))
        return m_path + key;
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

void JsonReader::fail(const QString &key, const QString &what)
{
    m_errors->append(fieldPath(key) + QStringLiteral(": ") + what);
}

JsonReader JsonReader::child(const QJsonObject &object, const QString &subpath) const
{
    return JsonReader(object, fieldPath(subpath), m_errors);
}

QString JsonReader::string(const char *key, const QString &fallback)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isString()) {
        fail(QLatin1String(key), QStringLiteral("must be a string, not %1").arg(typeName(v)));
        return fallback;
    }
    return v.toString();
}

QString JsonReader::requiredString(const char *key)
{
    if (!has(key)) {
        fail(QLatin1String(key), QStringLiteral("is required"));
        return {};
    }
    const QString s = string(key);
    if (s.trimmed().isEmpty() && value(key).isString())
        fail(QLatin1String(key), QStringLiteral("must not be empty"));
    return s;
}

std::optional<qint64> JsonReader::optionalInteger(const char *key, qint64 min, qint64 max)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return std::nullopt;
    const double d = v.toDouble();
    if (!v.isDouble() || std::trunc(d) != d || std::fabs(d) > maxExactInteger) {
        fail(QLatin1String(key),
             QStringLiteral("must be a whole number, not %1").arg(v.isDouble() ? QString::number(d) : typeName(v)));
        return std::nullopt;
    }
    const auto i = static_cast<qint64>(d);
    if (i < min || i > max) {
        fail(QLatin1String(key), QStringLiteral("must be between %1 and %2, not %3").arg(min).arg(max).arg(i));
        return std::nullopt;
    }
    return i;
}

qint64 JsonReader::integer(const char *key, qint64 fallback, qint64 min, qint64 max)
{
    return optionalInteger(key, min, max).value_or(fallback);
}

qint64 JsonReader::requiredInteger(const char *key, qint64 min, qint64 max)
{
    if (!has(key)) {
        fail(QLatin1String(key), QStringLiteral("is required"));
        return min;
    }
    return integer(key, min, min, max);
}

double JsonReader::number(const char *key, double fallback, double min, double max)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isDouble()) {
        fail(QLatin1String(key), QStringLiteral("must be a number, not %1").arg(typeName(v)));
        return fallback;
    }
    const double d = v.toDouble();
    if (!(d >= min && d <= max)) {
        fail(QLatin1String(key), QStringLiteral("must be between %1 and %2, not %3").arg(min).arg(max).arg(d));
        return fallback;
    }
    return d;
}

bool JsonReader::boolean(const char *key, bool fallback)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool()) {
        fail(QLatin1String(key), QStringLiteral("must be true or false, not %1").arg(typeName(v)));
        return fallback;
    }
    return v.toBool();
}

QJsonObject JsonReader::object(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return {};
    if (!v.isObject()) {
        fail(QLatin1String(key), QStringLiteral("must be an object, not %1").arg(typeName(v)));
        return {};
    }
    return v.toObject();
}

QJsonArray JsonReader::array(const char *key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return {};
    if (!v.isArray()) {
        fail(QLatin1String(key), QStringLiteral("must be an array, not %1").arg(typeName(v)));
        return {};
    }
    return v.toArray();
}

bool JsonReader::isObject(const char *key) const
{
    return value(key).isObject();
}
bool JsonReader::isArray(const char *key) const
{
    return value(key).isArray();
}

void JsonReader::rejectUnknown(std::initializer_list<const char *> known)
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        bool found = false;
        for (const char *k : known)
            found = found || it.key() == QLatin1String(k);
        if (!found)
            fail(it.key(), QStringLiteral("unknown field"));
    }
}

} // namespace qms
