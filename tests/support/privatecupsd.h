#pragma once

#include <QByteArray>
#include <QImage>
#include <QProcess>
#include <QString>
#include <QTcpServer>
#include <QTemporaryDir>

#include <memory>

namespace qms::test {

/**
 * A cupsd of our own in a temporary directory (no system CUPS touched), with the
 * process's CUPS_SERVER pointing at it. Must run as root, as CI does.
 */
class PrivateCupsd
{
public:
    PrivateCupsd();
    ~PrivateCupsd();
    [[nodiscard]] bool isRunning() const { return m_running; }
    /** Adds a raw queue printing to socket://127.0.0.1:port (a networked receipt printer);
        fails the test, saying why, when cupsd refuses it. */
    void addRawQueue(const QString &name, quint16 port);
    /** Runs a CUPS command-line tool (cupsdisable, lpstat, …) against this cupsd. */
    QByteArray run(const QString &tool, const QStringList &args, int *exitCode = nullptr);
    [[nodiscard]] QString log() const;
    /** Its socket, for CupsPrinter::Options::server. */
    [[nodiscard]] const QString &server() const { return m_socket; }
    /** The same cupsd over TCP, "127.0.0.1:port". */
    [[nodiscard]] QString tcpServer() const { return QStringLiteral("127.0.0.1:%1").arg(m_tcpPort); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_cupsd;
    QString m_socket;
    quint16 m_tcpPort = 0;
    bool m_running = false;
};

/**
 * Listens like a receipt printer on port 9100 would: accepts a job, reads it to
 * the end. A connection that sends nothing (a status probe) is not a job.
 * `stallMs` makes it a printer that takes the connection but reads nothing for
 * that long, with a small receive window, as a jammed printer does.
 */
class FakeNetworkPrinter
{
public:
    explicit FakeNetworkPrinter(int stallMs = 0);
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    /** Waits for a complete job (the sender closed); returns its bytes. */
    QByteArray nextJob(int ms = 15'000);
    /** Bytes received so far, jobs finished or not. */
    [[nodiscard]] qint64 bytesReceived() const { return m_bytes; }

private:
    QTcpServer m_server;
    QList<QByteArray> m_jobs;
    qint64 m_bytes = 0;
};

/** What an ESC/POS byte stream held, decoded strictly; `error` names the first unknown byte. */
struct EscPosDocument
{
    QImage raster; ///< all GS v 0 bands stacked
    bool initialized = false;
    bool cut = false;
    int feedLines = 0;
    QString error;
};
EscPosDocument decodeEscPos(const QByteArray &bytes);

/** Every QR code zbar finds in the image. */
QStringList readQrCodes(const QImage &image);

/** The pages of a PDF as pdftoppm renders them at `dpi` (none when it cannot). */
QList<QImage> rasterizePdf(const QByteArray &pdf, int dpi);

} // namespace qms::test
