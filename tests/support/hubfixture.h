#pragma once

#include <QJsonObject>
#include <QTcpSocket>

#include <memory>

#include "client/hubclient.h"
#include "hub/hub.h"
#include "store/sqliteclerkstore.h"
#include "store/sqliteeventstore.h"
#include "support/testsupport.h"

namespace qms::test {

/** Spins the event loop until `pred` holds or `ms` pass; returns pred(). */
bool waitFor(const std::function<bool()> &pred, int ms = 5000);

/**
 * A hub on 127.0.0.1 (a free port) over tests/data/hub-center.json, with a
 * fresh database and clerks "sup" (supervisor, PIN 4321) and "lan", "hoa"
 * (clerks, PIN 1111). PIN hashing is cheap here so tests stay fast.
 */
struct HubFixture
{
    /** `center`: a center file (absolute, or under the source tree); `clock`: fixed time, or 0 for the real one. */
    explicit HubFixture(const QString &center = QStringLiteral("tests/data/hub-center.json"), Timestamp clock = 0);
    ~HubFixture();

    /** A connected HubClient for a device of the test center (started, not yet online). */
    std::unique_ptr<HubClient> client(const QString &device, DeviceRole role);
    /** Same, and waits until it is online. */
    std::unique_ptr<HubClient> online(const QString &device, DeviceRole role);
    /** The hub stops as if killed, and a new one starts on the same database and port. */
    void restart();
    /** Sends a request and waits for its reply. */
    HubReply call(HubClient &c, const QString &op, const QJsonObject &fields = {});

    /** The key of a device of tests/data/hub-center.json. */
    static QString keyOf(const QString &device) { return device + QStringLiteral("-test-key"); }
    /** The key of a device of this fixture's center, whatever file it came from. */
    [[nodiscard]] QString deviceKey(const QString &device) const;

    TempDir dir;
    std::unique_ptr<SqliteEventStore> store;
    std::unique_ptr<SqliteClerkStore> clerkStore;
    std::unique_ptr<Hub> hub;
    quint16 port = 0;
    QString centerPath;
    Hub::Clock clock; ///< the hub's clock, kept across restart()

private:
    /** Opens the database and makes the hub on it (not started). */
    void open();
};

/** A bare TCP peer speaking lines by hand, for hostile-input and protocol tests. */
class RawPeer
{
public:
    /** `receiveBuffer`: the kernel's receive buffer for this peer (0: the system's). */
    explicit RawPeer(quint16 port, int receiveBuffer = 0);
    void sendRaw(const QByteArray &bytes);
    void send(const QJsonObject &o);
    /** The next line as a JSON object (empty object on timeout). */
    QJsonObject next(int ms = 5000);
    /** The next reply (skipping events). */
    QJsonObject nextReply(int ms = 5000);
    /** Waits until the hub closes the connection. */
    bool waitClosed(int ms = 5000);
    /** Says hello as `device`; returns the reply. */
    QJsonObject hello(const QString &device, const QString &role);
    [[nodiscard]] bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QTcpSocket &socket() { return m_socket; }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

} // namespace qms::test
