#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include "util/error.h"

namespace qms {

/**
 * One peer speaking JSON lines. The TCP implementation enforces the framing
 * limits; the memory one connects a client and a hub inside one process for
 * fast tests and the fuzzer. Lines are passed without their '\n'.
 */
class LineConnection : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /** Queues one line (a '\n' is added). Dropped silently once closed. */
    virtual void sendLine(const QByteArray &line) = 0;
    /** Pushes queued lines to the peer now rather than on the next loop turn. */
    virtual void flush() { }
    /** Reads what the peer has sent so far now, rather than on the next loop turn. */
    virtual void poll() { }
    /** Sends what is queued, then closes. `closed` follows. */
    virtual void close() = 0;
    /** Closes at once, dropping what is queued (a peer that broke the rules). */
    virtual void abort() = 0;
    [[nodiscard]] virtual QString peerName() const = 0;
    /** The peer's address without the port (for limits per host). */
    [[nodiscard]] virtual QString peerHost() const = 0;
    [[nodiscard]] virtual bool isOpen() const = 0;

Q_SIGNALS:
    void lineReceived(const QByteArray &line);
    /** The peer broke the framing (line too long, stalled mid-line); the connection is closing. */
    void framingError(const qms::Error &error);
    void closed();
};

} // namespace qms
