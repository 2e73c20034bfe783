#include "protocol/protocol.h"

#include <QJsonDocument>

#include <cmath>

#include "domain/json.h"
#include "protocol/utf8.h"

namespace qms::protocol {

std::variant<Request, DecodeFailure> decodeRequest(const QByteArray &line)
{
    if (!isValidUtf8(line))
        return DecodeFailure{QLatin1String(err::invalidUtf8), QStringLiteral("the line is not valid UTF-8"), true, {}};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return DecodeFailure{
            QLatin1String(err::badJson),
            QStringLiteral("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset),
            true,
            {}};
    }
    if (!doc.isObject())
        return DecodeFailure{
            QLatin1String(err::notAnObject), QStringLiteral("a message must be a JSON object"), true, {}};
    Request r;
    r.body = doc.object();
    const QJsonValue id = r.body.value(QLatin1String("id"));
    const double d = id.toDouble(-1);
    if (!id.isDouble() || d < 0 || d > 9007199254740991.0 || std::trunc(d) != d) {
        return DecodeFailure{QLatin1String(err::badRequest), QStringLiteral("id: required, a whole number from 0"),
                             false, QJsonValue()};
    }
    r.id = qint64(d);
    const QJsonValue op = r.body.value(QLatin1String("op"));
    if (!op.isString() || op.toString().isEmpty())
        return DecodeFailure{QLatin1String(err::badRequest), QStringLiteral("op: required, a string"), false, id};
    r.op = op.toString();
    return r;
}

QByteArray encode(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray replyOk(const QJsonValue &id, QJsonObject fields)
{
    fields.insert(QStringLiteral("id"), id);
    fields.insert(QStringLiteral("ok"), true);
    return encode(fields);
}

QByteArray replyError(const QJsonValue &id, const QString &code, const QString &message, const QJsonObject &extra)
{
    QJsonObject error = extra;
    error.insert(QStringLiteral("code"), code);
    error.insert(QStringLiteral("message"), message);
    return encode(
        QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("ok"), false}, {QStringLiteral("error"), error}});
}

QByteArray replyError(const QJsonValue &id, const Error &error)
{
    return replyError(id, errorCodeName(error.code), error.message);
}

QJsonObject eventMessage(qint64 seq, const Event &e, bool withTokens)
{
    QJsonObject o = eventToJson(e);
    o.insert(QStringLiteral("seq"), seq);
    if (!withTokens && e.ticket) {
        QJsonObject t = o.value(QLatin1String("ticket")).toObject();
        t.remove(QLatin1String("token"));
        o.insert(QStringLiteral("ticket"), t);
    }
    return o;
}

} // namespace qms::protocol
