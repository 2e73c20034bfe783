#pragma once

#include <QString>

#include <optional>

namespace qms {

/** A host and a port, as given on a command line or in a settings file. */
struct HostPort
{
    QString host; ///< empty when only a port was given (":7420", "7420")
    quint16 port = 0;

    /** "host:port", with IPv6 addresses in brackets. */
    [[nodiscard]] QString toString() const;
    bool operator==(const HostPort &) const = default;
};

/**
 * Reads "host:port", "[::1]:port", ":port" or "port"; a bare "host" takes
 * `defaultPort` (0: a port is required). None for anything else.
 */
[[nodiscard]] std::optional<HostPort> parseHostPort(const QString &text, quint16 defaultPort = 0);

} // namespace qms
