#include "protocol/tcplineconnection.h"

#include <QTcpSocket>

#include "protocol/logging.h"

namespace qms {

TcpLineConnection::TcpLineConnection(QTcpSocket *socket, LineLimits limits, QObject *parent)
    : LineConnection(parent)
    , m_socket(socket)
    , m_limits(limits)
{
    m_socket->setParent(this);
    // Let the kernel hold back a fast sender instead of Qt buffering without bound.
    m_socket->setReadBufferSize(m_limits.maxLineBytes * 4);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    if (m_limits.socketSendBuffer > 0)
        m_socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, m_limits.socketSendBuffer);
    m_host = m_socket->peerAddress().toString();
    m_peer = QStringLiteral("%1:%2").arg(m_host).arg(m_socket->peerPort());
    m_stallTimer.setSingleShot(true);
    connect(&m_stallTimer, &QTimer::timeout, this, [this] {
        fail(Error{ErrorCode::Timeout,
                   QStringLiteral("an unfinished line stalled for %1 s").arg(m_limits.stallMs / 1000)});
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &TcpLineConnection::readLines);
    connect(m_socket, &QTcpSocket::disconnected, this, &TcpLineConnection::finish);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            finish();
    });
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &TcpLineConnection::readLines, Qt::QueuedConnection);
}

TcpLineConnection::~TcpLineConnection() = default;

void TcpLineConnection::poll()
{
    // A non-blocking look at the socket; readyRead (and readLines) follow synchronously.
    if (m_open && m_socket->bytesAvailable() == 0)
        m_socket->waitForReadyRead(0);
    else if (m_open)
        readLines();
}

void TcpLineConnection::readLines()
{
    m_readScheduled = false;
    int handled = 0;
    while (m_open) {
        const qsizetype nl = m_buffer.indexOf('\n', m_scanned);
        if (nl >= 0) {
            QByteArray line = m_buffer.left(nl);
            m_buffer.remove(0, nl + 1);
            m_scanned = 0;
            if (line.endsWith('\r'))
                line.chop(1);
            Q_EMIT lineReceived(line);
            if (++handled >= m_limits.linesPerTurn) {
                // Fairness: let other connections have their turn, continue on the next loop.
                if (!m_readScheduled) {
                    m_readScheduled = true;
                    QMetaObject::invokeMethod(this, &TcpLineConnection::readLines, Qt::QueuedConnection);
                }
                break;
            }
            continue;
        }
        m_scanned = m_buffer.size();
        if (m_buffer.size() > m_limits.maxLineBytes) {
            fail(Error{ErrorCode::LineTooLong,
                       QStringLiteral("a line is longer than %1 bytes").arg(m_limits.maxLineBytes)});
            return;
        }
        // Read no more than what could still complete a legal line.
        const qint64 room = m_limits.maxLineBytes + 1 - m_buffer.size();
        const QByteArray chunk = m_socket->read(room);
        if (chunk.isEmpty())
            break;
        m_buffer.append(chunk);
    }
    if (!m_open)
        return;
    if (m_buffer.isEmpty())
        m_stallTimer.stop();
    else if (!m_stallTimer.isActive())
        m_stallTimer.start(m_limits.stallMs);
}

void TcpLineConnection::sendLine(const QByteArray &line)
{
    if (!m_open)
        return;
    if (m_socket->bytesToWrite() > m_limits.maxQueuedBytes) {
        qCWarning(lcNet) << "dropping" << m_peer << "- it has not read" << m_socket->bytesToWrite() << "bytes";
        abort();
        return;
    }
    QByteArray framed;
    framed.reserve(line.size() + 1);
    framed.append(line).append('\n');
    m_socket->write(framed);
}

void TcpLineConnection::flush()
{
    if (m_open && m_socket->bytesToWrite() > 0)
        m_socket->flush(); // non-blocking: what the kernel will not take stays queued
}

void TcpLineConnection::fail(const Error &error)
{
    qCWarning(lcNet).noquote() << "closing" << m_peer << "-" << error.message;
    Q_EMIT framingError(error);
    close();
}

void TcpLineConnection::close()
{
    if (!m_open)
        return;
    m_open = false;
    m_stallTimer.stop();
    m_socket->disconnectFromHost(); // flushes what is queued first
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        finish();
        return;
    }
    // A peer that never reads would keep the flush, and the connection, forever.
    QTimer::singleShot(5000, this, [this] { abort(); });
}

void TcpLineConnection::abort()
{
    if (m_finished)
        return;
    m_open = false;
    m_socket->abort();
    finish();
}

void TcpLineConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_open = false;
    m_stallTimer.stop();
    Q_EMIT closed();
}

} // namespace qms
