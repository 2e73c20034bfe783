// libFuzzer target: arbitrary bytes as what a phone (or an attacker) sends to the
// hub's web server: through the HTTP request parser and, for every request it
// accepts, the site's router and pages (tickets, dossiers, the rating form and its
// POST, the API), against a hub with a few tickets whose tokens the corpus knows
// (TOKEN00000000001…3; the third is done, so its rating form is live).
// Run briefly by scripts/test; longer by hand:
//   build-fuzz/tests/fuzz/fuzz_http -max_total_time=600 tests/fuzz/corpus-http
#include <cstdint>
#include <memory>

#include "fuzzhub.h"
#include "web/httprequestparser.h"
#include "web/publicsite.h"

using namespace qms;

namespace {
/** A hub with three tickets the corpus knows by token, the third done; and its web site. */
struct World
{
    World()
    {
        for (int i = 1; i <= 3; ++i)
            (void)hub.hub->execute(cmd::IssueTicket{QStringLiteral("land"), {},
                                                    QStringLiteral("TOKEN0000000000%1").arg(i), QStringLiteral("kiosk-1")});
        (void)hub.hub->execute(cmd::OpenCounter{1, QStringLiteral("lan")});
        (void)hub.hub->execute(cmd::CallTicket{1, 3, QStringLiteral("lan")});
        (void)hub.hub->execute(cmd::StartServing{1, 3, QStringLiteral("lan")});
        (void)hub.hub->execute(cmd::Finish{1, 3, QStringLiteral("lan")});
    }
    fuzz::FuzzHub hub;
    PublicSite site{*hub.hub};
};

World &world()
{
    static std::unique_ptr<World> w;
    static int inputs = 0;
    if (!w || ++inputs % 500 == 0) { // ratings pile up; start again now and then
        fuzz::ensureApplication("fuzz_http");
        w.reset();
        w = std::make_unique<World>();
    }
    return *w;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    World &w = world();
    HttpLimits limits;
    HttpRequestParser parser(limits);
    // In two pieces, as bytes arrive: a request split anywhere must read the same.
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype cut = size > 0 ? qsizetype(data[0]) % (input.size() + 1) : 0;
    parser.feed(input.left(cut));
    for (int round = 0; round < 2; ++round) {
        for (int requests = 0; requests < 16; ++requests) {
            HttpRequestParser::Outcome o = parser.next();
            if (o.kind != HttpRequestParser::Outcome::Kind::Request)
                break;
            o.request.peer = QHostAddress::LocalHost;
            const HttpResponse r = w.site.handle(o.request);
            if (r.status < 200 || r.status > 599)
                __builtin_trap();
        }
        parser.feed(input.mid(cut));
    }
    return 0;
}
