#include "protocol/protocol.h"

#include <QJsonDocument>

#include <cmath>

#include "protocol/utf8.h"

namespace qms::protocol {

namespace {
/**
 * Whether a string literal holds a raw control character (U+0000–U+001F), which
 * JSON (RFC 8259) forbids: they must be escaped. Qt's parser lets them through.
 */
bool rawControlInString(QByteArrayView line)
{
    bool inString = false;
    bool escaped = false;
    for (const char c : line) {
        if (!inString) {
            inString = c == '"';
            continue;
        }
        if (static_cast<unsigned char>(c) < 0x20)
            return true;
        if (escaped)
            escaped = false;
        else if (c == '\\')
            escaped = true;
        else if (c == '"')
            inString = false;
    }
    return false;
}
} // namespace

std::variant<RequestLine, DecodeFailure> decodeLine(const QByteArray &line)
{
    if (!isValidUtf8(line))
        return DecodeFailure{Error{ErrorCode::InvalidUtf8, QStringLiteral("the line is not valid UTF-8")}, true, {}};
    if (rawControlInString(line))
        return DecodeFailure{
            Error{ErrorCode::BadJson, QStringLiteral("not JSON: a control character inside a string must be escaped")},
            true,
            {}};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return DecodeFailure{
            Error{ErrorCode::BadJson,
                  QStringLiteral("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset)},
            true,
            {}};
    }
    if (!doc.isObject())
        return DecodeFailure{
            Error{ErrorCode::NotAnObject, QStringLiteral("a message must be a JSON object")}, true, {}};
    RequestLine r;
    r.body = doc.object();
    const QJsonValue id = r.body.value(QLatin1String("id"));
    const double d = id.toDouble(-1);
    if (!id.isDouble() || d < 0 || d > 9007199254740991.0 || std::trunc(d) != d)
        return DecodeFailure{Error{ErrorCode::BadRequest, QStringLiteral("id: required, a whole number from 0")}, false,
                             QJsonValue()};
    r.id = qint64(d);
    const QJsonValue op = r.body.value(QLatin1String("op"));
    if (!op.isString() || op.toString().isEmpty())
        return DecodeFailure{Error{ErrorCode::BadRequest, QStringLiteral("op: required, a string")}, false, id};
    r.op = op.toString();
    return r;
}

QByteArray encode(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace qms::protocol
