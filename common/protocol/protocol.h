#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <variant>

#include "util/error.h"

/**
 * Protocol v1: UTF-8 JSON, one object per line. PROTOCOL.md is the reference;
 * tests walk through its examples, so the two must agree.
 */
namespace qms::protocol {

constexpr int version = 1;
constexpr quint16 defaultPort = 7420;
/** The phone pages and the public status API (HTTP). */
constexpr quint16 defaultHttpPort = 7480;
/** Longest line a client may send; longer closes the connection. */
constexpr qsizetype maxClientLineBytes = 64 * 1024;
/** Longest line the hub sends (a snapshot of a busy day); clients accept up to this. */
constexpr qsizetype maxHubLineBytes = 32 * 1024 * 1024;
/** A client must say hello within this time. */
constexpr int helloTimeoutMs = 5'000;
/** Clients send something (a ping at least) this often … */
constexpr int pingIntervalMs = 15'000;
/** … and a side that hears nothing for this long drops the connection. */
constexpr int idleTimeoutMs = 45'000;
/** Events a reconnecting client can be replayed; further behind, it gets a snapshot. */
constexpr int maxReplayEvents = 5'000;

/** A line read as a request: the id to echo, the op, and the whole object for its fields. */
struct RequestLine
{
    qint64 id = 0;
    QString op;
    QJsonObject body;
};

/** Why a line could not be decoded, and whether the connection must close. */
struct DecodeFailure
{
    Error error;
    bool close = false;
    QJsonValue id; ///< echoed when the line had a usable id
};

/**
 * Decodes one line from a client in one step: UTF-8, JSON, an object, an integer
 * `id` and a string `op`. Malformed input (not UTF-8, not JSON, not an object)
 * closes the connection; a well-formed object with bad fields does not.
 */
[[nodiscard]] std::variant<RequestLine, DecodeFailure> decodeLine(const QByteArray &line);

/** A JSON object as one compact line (without the '\n'). */
[[nodiscard]] QByteArray encode(const QJsonObject &o);

} // namespace qms::protocol
