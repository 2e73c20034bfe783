#include "util/hostport.h"

namespace qms {

QString HostPort::toString() const
{
    const QString h = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return QStringLiteral("%1:%2").arg(h).arg(port);
}

std::optional<HostPort> parseHostPort(const QString &input, quint16 defaultPort)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    QString host;
    QString portText;
    if (text.startsWith(QLatin1Char('['))) { // [v6]:port
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return std::nullopt;
        host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
            return std::nullopt;
        portText = rest.mid(1);
    } else if (text.count(QLatin1Char(':')) > 1) { // a bare IPv6 address
        host = text;
    } else if (const qsizetype colon = text.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        host = text.left(colon);
        portText = text.mid(colon + 1);
    } else {
        bool digits = false;
        text.toUInt(&digits);
        (digits ? portText : host) = text;
    }
    HostPort out;
    out.host = host;
    if (portText.isEmpty()) {
        if (defaultPort == 0 || host.isEmpty())
            return std::nullopt;
        out.port = defaultPort;
        return out;
    }
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return std::nullopt;
    out.port = quint16(port);
    return out;
}

} // namespace qms
