#pragma once

#include <QPointer>

#include <utility>

#include "protocol/lineconnection.h"

namespace qms {

/**
 * One end of an in-process connection: what one end sends, the other receives
 * on the next event-loop turn, as over a socket. For fast tests of the client
 * and hub logic, and for the protocol fuzzer.
 */
class MemoryLineConnection : public LineConnection
{
    Q_OBJECT
public:
    /** Two connected ends; the caller owns both (or gives them parents). */
    static std::pair<MemoryLineConnection *, MemoryLineConnection *> createPair();

    void sendLine(const QByteArray &line) override;
    void close() override;
    void abort() override { close(); }
    [[nodiscard]] QString peerName() const override { return QStringLiteral("memory"); }
    [[nodiscard]] QString peerHost() const override { return QStringLiteral("memory"); }
    [[nodiscard]] bool isOpen() const override { return m_open; }

    /** Delivers a line to this end as if the peer had sent it (synchronously). */
    void receive(const QByteArray &line);

private:
    void peerClosed();

    QPointer<MemoryLineConnection> m_peer;
    bool m_open = true;
};

} // namespace qms
