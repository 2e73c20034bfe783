#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <variant>

#include "domain/error.h"
#include "domain/event.h"

/**
 * Protocol v1: UTF-8 JSON, one object per line. PROTOCOL.md is the reference;
 * tests walk through its examples, so the two must agree.
 */
namespace qms::protocol {

constexpr int version = 1;
constexpr quint16 defaultPort = 7420;
/** Longest line a client may send; longer closes the connection. */
constexpr qsizetype maxClientLineBytes = 64 * 1024;
/** Longest line the hub sends (a snapshot of a busy day); clients accept up to this. */
constexpr qsizetype maxHubLineBytes = 32 * 1024 * 1024;
/** A client must say hello within this time. */
constexpr int helloTimeoutMs = 10'000;
/** Clients send something (a ping at least) this often … */
constexpr int pingIntervalMs = 15'000;
/** … and a side that hears nothing for this long drops the connection. */
constexpr int idleTimeoutMs = 45'000;
/** Events a reconnecting client can be replayed; further behind, it gets a snapshot. */
constexpr int maxReplayEvents = 5'000;

/** Wire names of protocol-level errors (the engine's own are errorCodeName()). */
namespace err {
inline constexpr const char badJson[] = "bad_json";
inline constexpr const char invalidUtf8[] = "invalid_utf8";
inline constexpr const char notAnObject[] = "not_an_object";
inline constexpr const char lineTooLong[] = "line_too_long";
inline constexpr const char badRequest[] = "bad_request";
inline constexpr const char unknownOp[] = "unknown_op";
inline constexpr const char helloRequired[] = "hello_required";
inline constexpr const char unsupportedVersion[] = "unsupported_version";
inline constexpr const char authFailed[] = "auth_failed";
inline constexpr const char forbidden[] = "forbidden";
inline constexpr const char notLoggedIn[] = "not_logged_in";
inline constexpr const char tooManyConnections[] = "too_many_connections";
inline constexpr const char timeout[] = "timeout";
inline constexpr const char busy[] = "busy";
inline constexpr const char internal[] = "internal";
// Raised by the client library, never sent by the hub.
inline constexpr const char offline[] = "offline";
inline constexpr const char noReply[] = "no_reply";
} // namespace err

/** A decoded request: the id to echo, the op, and the whole object for its fields. */
struct Request
{
    qint64 id = 0;
    QString op;
    QJsonObject body;
};

/** Why a line could not be decoded, and whether the connection must close. */
struct DecodeFailure
{
    QString code;
    QString message;
    bool close = false;
    QJsonValue id; ///< echoed when the line had a usable id
};

/**
 * Decodes one line from a client in one step: UTF-8, JSON, an object, an integer
 * `id` and a string `op`. Malformed input (not UTF-8, not JSON, not an object)
 * closes the connection; a well-formed object with bad fields does not.
 */
[[nodiscard]] std::variant<Request, DecodeFailure> decodeRequest(const QByteArray &line);

[[nodiscard]] QByteArray encode(const QJsonObject &o);
[[nodiscard]] QByteArray replyOk(const QJsonValue &id, QJsonObject fields = {});
[[nodiscard]] QByteArray replyError(const QJsonValue &id, const QString &code, const QString &message,
                                    const QJsonObject &extra = {});
[[nodiscard]] QByteArray replyError(const QJsonValue &id, const Error &error);

/** An event line; public ticket tokens are left out unless `withTokens`. */
[[nodiscard]] QJsonObject eventMessage(qint64 seq, const Event &e, bool withTokens);

} // namespace qms::protocol
