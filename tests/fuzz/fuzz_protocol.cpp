// libFuzzer target: arbitrary bytes as lines from a client, through the hub's
// decoder, session state machine, role checks and command dispatch — the code a
// hostile peer reaches. Each input is one connection; the first byte chooses
// whether it starts with a valid hello (so the fuzzer gets past the handshake)
// and as which role. Run briefly by scripts/test; longer by hand:
//   build-fuzz/tests/fuzz/fuzz_protocol -max_total_time=600 tests/fuzz/corpus
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdint>
#include <memory>

#include "config/centerconfigloader.h"
#include "domain/json.h"
#include "hub/hub.h"
#include "protocol/memorylineconnection.h"
#include "protocol/protocol.h"
#include "store/sqliteclerkstore.h"
#include "store/sqliteeventstore.h"

using namespace qms;

namespace {
struct World
{
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<SqliteEventStore> store;
    std::unique_ptr<SqliteClerkStore> clerks;
    std::unique_ptr<Hub> hub;
};

/** A fresh hub on a fresh database; recreated now and then so the queue stays small and each input fast. */
void rebuild(World &w)
{
    w.hub.reset();
    w.clerks.reset();
    w.store.reset();
    w.dir.reset();
    {
        // tmpfs when there is one: fsync there costs nothing, so the fuzzer stays fast.
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        w.dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/qms-fuzz-XXXXXX"));
        auto config = CenterConfigLoader::loadFile(QStringLiteral(QMS_SOURCE_DIR "/tests/data/hub-center.json"));
        auto store = SqliteEventStore::open(w.dir->filePath(QStringLiteral("fuzz.db")));
        if (!config || !store)
            qFatal("fuzz setup failed");
        w.store = std::move(store).value();
        w.clerks = std::make_unique<SqliteClerkStore>(w.store->db());
        w.hub = std::make_unique<Hub>(config.value(), *w.store, *w.clerks);
        w.hub->clerks().setIterations(1);
        (void)w.hub->clerks().addClerkNow(Clerk{QStringLiteral("lan"), QStringLiteral("Lan"), ClerkRole::Clerk},
                                          QStringLiteral("1111"));
        (void)w.hub->clerks().addClerkNow(Clerk{QStringLiteral("sup"), QStringLiteral("Sup"), ClerkRole::Supervisor},
                                          QStringLiteral("4321"));
        if (!w.hub->start())
            qFatal("fuzz hub did not start");
    }
}

World &world()
{
    static World w = [] {
        World w;
        static int argc = 1;
        static char name[] = "fuzz_protocol";
        static char *argv[] = {name, nullptr};
        w.app = std::make_unique<QCoreApplication>(argc, argv);
        rebuild(w);
        return w;
    }();
    static int inputs = 0;
    if (++inputs % 200 == 0)
        rebuild(w);
    return w;
}

const char *const hellos[] = {
    R"({"id":0,"op":"hello","proto":1,"role":"kiosk","device":"kiosk-1","key":"kiosk-1-test-key"})",
    R"({"id":0,"op":"hello","proto":1,"role":"counter","device":"counter-1","key":"counter-1-test-key"})",
    R"({"id":0,"op":"hello","proto":1,"role":"display","device":"display-1","key":"display-1-test-key"})",
    R"({"id":0,"op":"hello","proto":1,"role":"supervisor","device":"supervisor-1","key":"supervisor-1-test-key"})",
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    World &w = world();
    auto [client, server] = MemoryLineConnection::createPair();
    std::unique_ptr<MemoryLineConnection> clientEnd(client);
    w.hub->attach(server);

    QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const unsigned char mode = size > 0 ? data[0] : 0;
    if (size > 0)
        input.remove(0, 1);
    if (mode & 0x80) {
        server->receive(hellos[mode & 3]);
        if (mode & 0x40) // and log in, so clerk-only ops are reached
            server->receive(mode & 1 ? R"({"id":1,"op":"clerk.login","user":"sup","pin":"4321"})"
                                     : R"({"id":1,"op":"clerk.login","user":"lan","pin":"1111"})");
    }
    for (const QByteArray &line : input.split('\n')) {
        if (!server->isOpen())
            break;
        server->receive(line);
        // The same bytes as an event a (rogue) hub might send to a client.
        if (const QJsonDocument doc = QJsonDocument::fromJson(line); doc.isObject())
            (void)eventFromJson(doc.object());
    }
    QCoreApplication::processEvents();
    if (server->isOpen())
        server->close();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    return 0;
}
