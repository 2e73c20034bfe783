// Issues tickets in a loop against a real database and reports each one on
// stdout only after it was acknowledged (committed). The durability test kills
// this process with SIGKILL at a random moment and checks that every reported
// ticket survived.
#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>
#include <unistd.h>

#include "config/centerconfigloader.h"
#include "hub/queueservice.h"
#include "store/sqliteeventstore.h"

using namespace qms;

namespace {
void writeLine(const QByteArray &line)
{
    // One write() per line, unbuffered: what the parent reads was said before the kill.
    const QByteArray out = line + '\n';
    [[maybe_unused]] const auto n = ::write(STDOUT_FILENO, out.constData(), size_t(out.size()));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s CENTER.json DATABASE\n", argv[0]);
        return 64;
    }
    auto config = CenterConfigLoader::loadFile(QString::fromLocal8Bit(argv[1]));
    if (!config) {
        std::fprintf(stderr, "%s\n", qPrintable(config.error().message));
        return 65;
    }
    auto store = SqliteEventStore::open(QString::fromLocal8Bit(argv[2]));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 66;
    }
    QueueService service(config.value(), *store.value());
    if (auto loaded = service.load(); !loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error().message));
        return 67;
    }
    writeLine("READY");
    const auto &services = config->services;
    for (size_t i = 0;; ++i) {
        const QString svc = services[i % services.size()].id;
        const QString priority = i % 7 == 3 ? QStringLiteral("elderly") : QString();
        auto r = service.execute(cmd::IssueTicket{svc, priority, {}, QStringLiteral("durability")},
                                 QDateTime::currentMSecsSinceEpoch());
        if (!r) {
            writeLine("ERROR " + r.error().message.toUtf8());
            return 2;
        }
        const Ticket &t = *r->back().event.ticket;
        writeLine(QStringLiteral("ISSUED %1 %2 %3").arg(t.id).arg(t.label, t.token).toUtf8());
    }
}
