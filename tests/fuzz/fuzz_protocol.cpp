// libFuzzer target: arbitrary bytes as lines from a client, through the hub's
// decoder, session state machine, role checks and command dispatch — the code a
// hostile peer reaches. Each input is one connection; the first byte chooses
// whether it starts with a valid hello (so the fuzzer gets past the handshake)
// and as which role. Run briefly by scripts/test; longer by hand:
//   build-fuzz/tests/fuzz/fuzz_protocol -max_total_time=600 tests/fuzz/corpus
#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdint>
#include <memory>

#include "domain/json.h"
#include "fuzzhub.h"
#include "protocol/codec.h"
#include "protocol/memorylineconnection.h"
#include "protocol/protocol.h"

using namespace qms;

namespace {
fuzz::FuzzHub &world()
{
    static std::unique_ptr<fuzz::FuzzHub> w;
    static int inputs = 0;
    if (!w || ++inputs % 200 == 0) {
        fuzz::ensureApplication("fuzz_protocol");
        w.reset();
        w = std::make_unique<fuzz::FuzzHub>();
    }
    return *w;
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
    fuzz::FuzzHub &w = world();
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
        if (const QJsonDocument doc = QJsonDocument::fromJson(line); doc.isObject()) {
            (void)eventFromJson(doc.object());
            (void)protocol::decodeNotice(doc.object());
        }
    }
    QCoreApplication::processEvents();
    if (server->isOpen())
        server->close();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    return 0;
}
