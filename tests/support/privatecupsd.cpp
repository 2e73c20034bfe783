#include "support/privatecupsd.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/socket.h>

#include <cups/cups.h>
#include <zbar.h>

#include "support/hubfixture.h"

namespace qms::test {

PrivateCupsd::PrivateCupsd()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString d = m_dir->path();
    // The backends run as user lp: a 0700 directory makes every job fail.
    QFile::setPermissions(d,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                              | QFileDevice::ExeOther);
    for (const char *sub : {"etc", "spool", "cache", "log", "state", "run"})
        QDir(d).mkpath(QLatin1String(sub));
    m_socket = d + QStringLiteral("/run/cups.sock");
    {
        QTcpServer probe; // a free port for the TCP listener
        probe.listen(QHostAddress::LocalHost, 0);
        m_tcpPort = probe.serverPort();
    }
    QFile conf(d + QStringLiteral("/etc/cupsd.conf"));
    conf.open(QIODevice::WriteOnly);
    conf.write(QStringLiteral("Listen %1\nListen 127.0.0.1:%2\nLogLevel warn\nWebInterface No\nDefaultAuthType None\n"
                              "<Location />\n  Order allow,deny\n  Allow localhost\n</Location>\n"
                              "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n")
                   .arg(m_socket)
                   .arg(m_tcpPort)
                   .toUtf8());
    conf.close();
    QFile files(d + QStringLiteral("/etc/cups-files.conf"));
    files.open(QIODevice::WriteOnly);
    files.write(QStringLiteral("ServerRoot %1/etc\nRequestRoot %1/spool\nCacheDir %1/cache\nStateDir %1/state\n"
                               "ServerBin /usr/lib/cups\nDataDir /usr/share/cups\nErrorLog %1/log/error_log\n"
                               "AccessLog %1/log/access_log\nPageLog %1/log/page_log\nSystemGroup root\n")
                    .arg(d)
                    .toUtf8());
    files.close();
    m_cupsd.setProgram(QStringLiteral("/usr/sbin/cupsd"));
    m_cupsd.setArguments({QStringLiteral("-c"), d + QStringLiteral("/etc/cupsd.conf"), QStringLiteral("-s"),
                          d + QStringLiteral("/etc/cups-files.conf"), QStringLiteral("-f")});
    m_cupsd.setProcessChannelMode(QProcess::ForwardedChannels);
    m_cupsd.start();
    if (!m_cupsd.waitForStarted(5000))
        return;
    qputenv("CUPS_SERVER", m_socket.toUtf8());
    cupsSetServer(m_socket.toUtf8().constData());
    m_running = waitFor([&] { return QFile::exists(m_socket); }, 10'000);
}

PrivateCupsd::~PrivateCupsd()
{
    if (m_cupsd.state() != QProcess::NotRunning) {
        m_cupsd.terminate();
        if (!m_cupsd.waitForFinished(5000))
            m_cupsd.kill();
    }
    qunsetenv("CUPS_SERVER");
    cupsSetServer(nullptr);
}

QByteArray PrivateCupsd::run(const QString &tool, const QStringList &args, int *exitCode)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUPS_SERVER"), m_socket);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(tool, args);
    const bool finished = p.waitForFinished(15'000);
    if (exitCode)
        *exitCode = finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAll();
}

void PrivateCupsd::addRawQueue(const QString &name, quint16 port)
{
    // cupsd refuses a socket:// queue (client-error-not-possible) when the socket backend is
    // missing: Debian ships it in the "cups" package, not in cups-daemon.
    INFO("no /usr/lib/cups/backend/socket: install the Debian package \"cups\"");
    REQUIRE(QFileInfo(QStringLiteral("/usr/lib/cups/backend/socket")).isExecutable());
    int status = -1;
    const QByteArray out = run(QStringLiteral("lpadmin"),
                               {QStringLiteral("-p"), name, QStringLiteral("-E"), QStringLiteral("-v"),
                                QStringLiteral("socket://127.0.0.1:%1").arg(port), QStringLiteral("-m"),
                                QStringLiteral("raw")},
                               &status);
    INFO("lpadmin: " << out.toStdString() << "\ncupsd: " << log().toStdString());
    REQUIRE(status == 0);
    run(QStringLiteral("lpstat"), {QStringLiteral("-p"), name}, &status);
    REQUIRE(status == 0);
}

QString PrivateCupsd::log() const
{
    QFile f(m_dir->path() + QStringLiteral("/log/error_log"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

FakeNetworkPrinter::FakeNetworkPrinter(int stallMs)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    if (stallMs > 0) {
        // Accepted sockets inherit it: a small window, so a sender blocks as on a real printer.
        const int window = 4096;
        ::setsockopt(int(m_server.socketDescriptor()), SOL_SOCKET, SO_RCVBUF, &window, sizeof window);
    }
    QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this, stallMs] {
        while (QTcpSocket *s = m_server.nextPendingConnection()) {
            auto *buffer = new QByteArray;
            const auto read = [this, s, buffer] {
                const QByteArray bytes = s->isOpen() ? s->readAll() : QByteArray();
                m_bytes += bytes.size();
                buffer->append(bytes);
            };
            if (stallMs > 0) {
                s->setReadBufferSize(1);
                QTimer::singleShot(stallMs, s, [s, read] {
                    s->setReadBufferSize(0);
                    if (s->isOpen())
                        read();
                });
            }
            QObject::connect(s, &QTcpSocket::readyRead, s, [s, read] {
                if (s->readBufferSize() != 1)
                    read();
            });
            QObject::connect(s, &QTcpSocket::disconnected, s, [this, s, buffer, read] {
                read();
                if (!buffer->isEmpty()) // a probe that only connected is not a job
                    m_jobs.append(*buffer);
                delete buffer;
                s->deleteLater();
            });
        }
    });
}

QByteArray FakeNetworkPrinter::nextJob(int ms)
{
    if (!waitFor([&] { return !m_jobs.isEmpty(); }, ms))
        return {};
    return m_jobs.takeFirst();
}

EscPosDocument decodeEscPos(const QByteArray &bytes)
{
    EscPosDocument doc;
    QList<QImage> bands;
    int width = -1;
    qsizetype i = 0;
    const auto at = [&](qsizetype k) { return k < bytes.size() ? uchar(bytes[k]) : 0; };
    while (i < bytes.size() && doc.error.isEmpty()) {
        if (at(i) == 0x1b && at(i + 1) == 0x40) { // ESC @
            doc.initialized = true;
            i += 2;
        } else if (at(i) == 0x1b && at(i + 1) == 0x64) { // ESC d n
            doc.feedLines += at(i + 2);
            i += 3;
        } else if (at(i) == 0x1d && at(i + 1) == 0x56) { // GS V m [n]
            doc.cut = true;
            i += at(i + 2) >= 65 ? 4 : 3;
        } else if (at(i) == 0x1d && at(i + 1) == 0x76 && at(i + 2) == 0x30) { // GS v 0 m xL xH yL yH d…
            const int bytesPerRow = at(i + 4) | (at(i + 5) << 8);
            const int rows = at(i + 6) | (at(i + 7) << 8);
            i += 8;
            if (i + qsizetype(bytesPerRow) * rows > bytes.size()) {
                doc.error = QStringLiteral("raster data runs past the end");
                break;
            }
            if (width >= 0 && width != bytesPerRow * 8) {
                doc.error = QStringLiteral("bands of different widths");
                break;
            }
            width = bytesPerRow * 8;
            QImage band(width, rows, QImage::Format_Grayscale8);
            for (int y = 0; y < rows; ++y) {
                uchar *line = band.scanLine(y);
                for (int x = 0; x < width; ++x)
                    line[x] = (uchar(bytes[i + y * bytesPerRow + x / 8]) & (0x80 >> (x % 8))) ? 0 : 255;
            }
            i += qsizetype(bytesPerRow) * rows;
            bands.append(band);
        } else {
            doc.error = QStringLiteral("unknown byte 0x%1 at offset %2").arg(at(i), 2, 16, QLatin1Char('0')).arg(i);
        }
    }
    int height = 0;
    for (const QImage &b : bands)
        height += b.height();
    if (width > 0) {
        doc.raster = QImage(width, height, QImage::Format_Grayscale8);
        int y = 0;
        for (const QImage &b : bands) {
            for (int r = 0; r < b.height(); ++r)
                memcpy(doc.raster.scanLine(y + r), b.constScanLine(r), size_t(width));
            y += b.height();
        }
    }
    return doc;
}

QStringList readQrCodes(const QImage &image)
{
    using namespace zbar; // zbar.h puts its C API in a namespace when compiled as C++
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    QByteArray pixels;
    pixels.reserve(qsizetype(gray.width()) * gray.height());
    for (int y = 0; y < gray.height(); ++y)
        pixels.append(reinterpret_cast<const char *>(gray.constScanLine(y)), gray.width());
    zbar_image_scanner_t *scanner = zbar_image_scanner_create();
    zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
    zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
    zbar_image_t *img = zbar_image_create();
    zbar_image_set_format(img, zbar_fourcc('Y', '8', '0', '0'));
    zbar_image_set_size(img, unsigned(gray.width()), unsigned(gray.height()));
    zbar_image_set_data(img, pixels.constData(), size_t(pixels.size()), nullptr);
    QStringList found;
    if (zbar_scan_image(scanner, img) > 0) {
        for (const zbar_symbol_t *s = zbar_image_first_symbol(img); s; s = zbar_symbol_next(s))
            found << QString::fromUtf8(zbar_symbol_get_data(s));
    }
    zbar_image_destroy(img);
    zbar_image_scanner_destroy(scanner);
    return found;
}

QList<QImage> rasterizePdf(const QByteArray &pdf, int dpi)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("document.pdf")));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    if (QProcess::execute(QStringLiteral("pdftoppm"),
                          {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), file.fileName(),
                           dir.filePath(QStringLiteral("page"))})
        != 0)
        return {};
    // page-1.png, page-2.png, … (zero-padded when there are ten or more).
    QList<QImage> pages;
    const QStringList names = QDir(dir.path()).entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        pages << QImage(dir.filePath(name));
    return pages;
}

} // namespace qms::test
