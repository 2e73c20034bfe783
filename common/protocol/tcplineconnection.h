#pragma once

#include <QTimer>

#include "protocol/lineconnection.h"

class QTcpSocket;

namespace qms {

/** Framing limits; the defaults are protocol v1's. */
struct LineLimits
{
    qsizetype maxLineBytes = 64 * 1024;      ///< longer unterminated input closes the connection
    qint64 maxQueuedBytes = 8 * 1024 * 1024; ///< a peer that stops reading is dropped past this
    int socketSendBuffer = 256 * 1024; ///< kernel buffer per socket (0: the system's, which can grow to megabytes)
    int stallMs = 30'000;              ///< a line left unfinished this long closes the connection
    int linesPerTurn = 64;             ///< lines handled before yielding to other connections
};

/**
 * JSON lines over a TCP socket, with the limits checked before buffering: a line
 * over the limit is refused without being kept, a half line that stalls is
 * dropped, a peer that does not read is disconnected rather than buffered for
 * ever. Takes ownership of the socket.
 */
class TcpLineConnection : public LineConnection
{
    Q_OBJECT
public:
    TcpLineConnection(QTcpSocket *socket, LineLimits limits = {}, QObject *parent = nullptr);
    ~TcpLineConnection() override;

    void sendLine(const QByteArray &line) override;
    void flush() override;
    void poll() override;
    void close() override;
    void abort() override;
    [[nodiscard]] QString peerName() const override { return m_peer; }
    [[nodiscard]] QString peerHost() const override { return m_host; }
    [[nodiscard]] bool isOpen() const override { return m_open; }
    [[nodiscard]] QTcpSocket *socket() const { return m_socket; }

private:
    void readLines();
    void fail(const Error &error);
    void finish();

    QTcpSocket *m_socket;
    LineLimits m_limits;
    QByteArray m_buffer;
    qsizetype m_scanned = 0; ///< bytes of m_buffer already known to hold no '\n'
    QTimer m_stallTimer;
    QString m_peer;
    QString m_host;
    bool m_open = true;      ///< still accepting lines both ways
    bool m_finished = false; ///< `closed` was emitted
    bool m_readScheduled = false;
};

} // namespace qms
