#include "support/hubfixture.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonDocument>
#include <QThread>

#include "config/centerconfigloader.h"
#include "protocol/protocol.h"

namespace qms::test {

bool waitFor(const std::function<bool()> &pred, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!pred()) {
        if (deadline.hasExpired())
            return pred();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (!pred())
            QThread::usleep(200);
    }
    return true;
}

HubFixture::HubFixture(const QString &center, Timestamp fixed)
    : centerPath(QDir::isAbsolutePath(center) ? center : sourcePath(center))
{
    if (fixed != 0)
        clock = [fixed] { return fixed; };
    open();
    require(hub->clerks().addClerkNow(Clerk{QStringLiteral("sup"), QStringLiteral("Giám sát"), ClerkRole::Supervisor},
                                      QStringLiteral("4321")));
    require(hub->clerks().addClerkNow(Clerk{QStringLiteral("lan"), QStringLiteral("Nguyễn Thị Lan"), ClerkRole::Clerk},
                                      QStringLiteral("1111")));
    require(hub->clerks().addClerkNow(Clerk{QStringLiteral("hoa"), QStringLiteral("Trần Văn Hòa"), ClerkRole::Clerk},
                                      QStringLiteral("1111")));
    require(hub->start());
    require(hub->listen(QHostAddress::LocalHost, 0));
    port = hub->serverPort();
}

void HubFixture::restart()
{
    // Gone at once, as after a SIGKILL: no goodbye to the clients, the database as it was on disk.
    hub.reset();
    clerkStore.reset();
    store.reset();
    QCoreApplication::processEvents();
    open();
    require(hub->start());
    require(hub->listen(QHostAddress::LocalHost, port));
}

void HubFixture::open()
{
    store = take(SqliteEventStore::open(dir.file(QStringLiteral("hub.db"))));
    clerkStore = std::make_unique<SqliteClerkStore>(store->db());
    hub = std::make_unique<Hub>(require(CenterConfigLoader::loadFile(centerPath)), *store, *clerkStore);
    if (clock)
        hub->setClock(clock);
    hub->clerks().setIterations(1000);
}

HubFixture::~HubFixture()
{
    hub->shutdown();
    QCoreApplication::processEvents();
    hub.reset();
    clerkStore.reset();
    store.reset();
}

QString HubFixture::deviceKey(const QString &device) const
{
    for (const DeviceConfig &d : hub->config().devices)
        if (d.id == device)
            return d.key;
    return {};
}

std::unique_ptr<HubClient> HubFixture::client(const QString &device, DeviceRole role)
{
    HubClient::Options o;
    o.port = port;
    o.role = role;
    o.device = device;
    o.key = deviceKey(device);
    o.maxBackoffMs = 500;
    auto c = std::make_unique<HubClient>(o);
    c->start();
    return c;
}

std::unique_ptr<HubClient> HubFixture::online(const QString &device, DeviceRole role)
{
    auto c = client(device, role);
    REQUIRE(waitFor([&] { return c->isOnline(); }));
    return c;
}

HubReply HubFixture::call(HubClient &c, const QString &op, const QJsonObject &fields)
{
    std::optional<HubReply> reply;
    QObject context;
    c.sendJson(op, fields, &context, [&](const HubReply &r) { reply = r; });
    REQUIRE(waitFor([&] { return reply.has_value(); }, 10'000));
    return *reply;
}

RawPeer::RawPeer(quint16 port, int receiveBuffer)
{
    if (receiveBuffer > 0)
        m_socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, receiveBuffer);
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    REQUIRE(m_socket.waitForConnected(5000));
}

void RawPeer::sendRaw(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

void RawPeer::send(const QJsonObject &o)
{
    sendRaw(protocol::encode(o) + '\n');
}

QJsonObject RawPeer::next(int ms)
{
    const bool got = waitFor(
        [&] {
            m_buffer.append(m_socket.readAll());
            return m_buffer.contains('\n');
        },
        ms);
    if (!got)
        return {};
    const qsizetype nl = m_buffer.indexOf('\n');
    const QByteArray line = m_buffer.left(nl);
    m_buffer.remove(0, nl + 1);
    return QJsonDocument::fromJson(line).object();
}

QJsonObject RawPeer::nextReply(int ms)
{
    for (;;) {
        const QJsonObject o = next(ms);
        if (o.isEmpty() || !o.contains(QLatin1String("event")))
            return o;
    }
}

bool RawPeer::waitClosed(int ms)
{
    return waitFor(
        [&] {
            m_buffer.append(m_socket.readAll());
            return m_socket.state() == QAbstractSocket::UnconnectedState;
        },
        ms);
}

QJsonObject RawPeer::hello(const QString &device, const QString &role)
{
    send({{"id", 0},
          {"op", "hello"},
          {"proto", 1},
          {"role", role},
          {"device", device},
          {"key", HubFixture::keyOf(device)}});
    return nextReply();
}

} // namespace qms::test
