#include "protocol/memorylineconnection.h"

namespace qms {

std::pair<MemoryLineConnection *, MemoryLineConnection *> MemoryLineConnection::createPair()
{
    auto *a = new MemoryLineConnection;
    auto *b = new MemoryLineConnection;
    a->m_peer = b;
    b->m_peer = a;
    return {a, b};
}

void MemoryLineConnection::sendLine(const QByteArray &line)
{
    if (!m_open || !m_peer)
        return;
    QMetaObject::invokeMethod(
        m_peer.data(),
        [peer = m_peer, line] {
            if (peer)
                peer->receive(line);
        },
        Qt::QueuedConnection);
}

void MemoryLineConnection::receive(const QByteArray &line)
{
    if (m_open)
        Q_EMIT lineReceived(line);
}

void MemoryLineConnection::close()
{
    if (!m_open)
        return;
    m_open = false;
    if (m_peer) {
        QMetaObject::invokeMethod(
            m_peer.data(),
            [peer = m_peer] {
                if (peer)
                    peer->peerClosed();
            },
            Qt::QueuedConnection);
    }
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT closed(); }, Qt::QueuedConnection);
}

void MemoryLineConnection::peerClosed()
{
    if (!m_open)
        return;
    m_open = false;
    Q_EMIT closed();
}

} // namespace qms
