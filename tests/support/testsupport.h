#pragma once

#include <QByteArray>
#include <QString>

#include <catch2/catch.hpp>

#include "domain/center.h"
#include "domain/time.h"
#include "util/result.h"

namespace qms::test {

/** A moment on the center's clock (UTC+7): at("2026-11-26 08:00"). */
Timestamp at(const char *localDateTime);
/** Minutes after a moment. */
inline Timestamp plusMinutes(Timestamp t, double minutes)
{
    return t + Timestamp(minutes * 60'000);
}

/**
 * A small center: services "land" (block 1001–1999), "justice" (block 2001–2999)
 * and "result" (prefix "R", width 3, cap 5); counters 1 (land), 2 (land, justice),
 * 3 (justice, result); open mon–fri 07:30–11:30 and 13:30–17:00, sat 07:30–11:30.
 * Dossiers: agency code 000.00.12.H57; land's procedures "land-first" (10 working
 * days) and "land-copy" (same day), its results at "Quầy số 1".
 * `calling` is spliced in as the "calling" object.
 */
QByteArray smallCenterJson(const char *calling
                           = R"({"priority": "ratio", "priority_run": 2, "transfer_to": "head", "max_recalls": 2})");
CenterConfig smallCenter(const char *calling = nullptr);

/** Fails the test with the error's message when `r` is an error. */
template <typename T>
const T &require(const Result<T> &r)
{
    if (!r)
        FAIL(QStringLiteral("%1: %2").arg(errorCodeName(r.error().code), r.error().message).toStdString());
    return r.value();
}

/** Like require(), but moves the value out (for move-only values). */
template <typename T>
T take(Result<T> &&r)
{
    require(r);
    return std::move(r).value();
}

/** A unique temporary directory removed at the end of the test. */
class TempDir
{
public:
    TempDir();
    ~TempDir();
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString file(const QString &name) const { return m_path + QLatin1Char('/') + name; }

private:
    QString m_path;
};

QString sourcePath(const QString &relative);

} // namespace qms::test

namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch
