#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace qms {

/**
 * Reads fields out of a JSON object with their types checked, and records every
 * problem with the field's path ("services[2].hours.mon"), so one decode step
 * tells precisely what is wrong. Used for configuration, stored events and
 * protocol messages alike.
 *
 * Getters return the value, or the fallback when the field is absent (optional
 * fields) or wrong (an error is recorded). Check ok() once at the end.
 */
class JsonReader
{
public:
    explicit JsonReader(QJsonObject object, QString path = {}, QStringList *sink = nullptr);

    [[nodiscard]] bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }

    QString string(const char *key, const QString &fallback = {});
    QString requiredString(const char *key);
    std::optional<qint64> optionalInteger(const char *key, qint64 min, qint64 max);
    qint64 integer(const char *key, qint64 fallback, qint64 min, qint64 max);
    qint64 requiredInteger(const char *key, qint64 min, qint64 max);
    double number(const char *key, double fallback, double min, double max);
    bool boolean(const char *key, bool fallback);
    QJsonObject object(const char *key);
    QJsonArray array(const char *key);
    [[nodiscard]] bool isObject(const char *key) const;
    [[nodiscard]] bool isArray(const char *key) const;
    [[nodiscard]] bool isNull(const char *key) const { return value(key).isNull(); }

    /** Records an error for every key not listed: typos must not pass silently. */
    void rejectUnknown(std::initializer_list<const char *> known);

    /** Records an error about this object's `key` (or the object itself when empty). */
    void fail(const QString &key, const QString &what);

    /** A reader for a nested object sharing this reader's error list. */
    [[nodiscard]] JsonReader child(const QJsonObject &object, const QString &subpath) const;
    [[nodiscard]] QString fieldPath(const QString &key) const;

    [[nodiscard]] bool ok() const { return m_errors->size() == m_errorsAtStart; }
    [[nodiscard]] const QStringList &errors() const { return *m_errors; }
    [[nodiscard]] QString firstError() const { return m_errors->isEmpty() ? QString() : m_errors->first(); }

private:
    QJsonValue value(const char *key) const { return m_object.value(QLatin1String(key)); }

    QJsonObject m_object;
    QString m_path;
    QStringList m_ownErrors;
    QStringList *m_errors;
    qsizetype m_errorsAtStart;
};

} // namespace qms
