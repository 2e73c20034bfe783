#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <memory>

#include "config/centerconfigloader.h"
#include "hub/hub.h"
#include "store/sqliteclerkstore.h"
#include "store/sqliteeventstore.h"

namespace qms::fuzz {

/**
 * The application object the hub's timers and sockets need, made once per fuzzer
 * process and never destroyed: the hubs of static lifetime outlive any static here.
 */
inline void ensureApplication(const char *name)
{
    static int argc = 1;
    static char *argv[] = {const_cast<char *>(name), nullptr};
    static const QCoreApplication *app = new QCoreApplication(argc, argv);
    Q_UNUSED(app);
}

/**
 * A fresh hub over tests/data/hub-center.json on a fresh database, with clerks
 * "lan" (PIN 1111) and "sup" (supervisor, 4321). Fuzzers make a new one now and
 * then, so the queue stays small and each input fast.
 */
struct FuzzHub
{
    FuzzHub()
    {
        // tmpfs when there is one: fsync there costs nothing, so the fuzzer stays fast.
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/qms-fuzz-XXXXXX"));
        auto config = CenterConfigLoader::loadFile(QStringLiteral(QMS_SOURCE_DIR "/tests/data/hub-center.json"));
        auto opened = SqliteEventStore::open(dir->filePath(QStringLiteral("fuzz.db")));
        if (!config || !opened)
            qFatal("fuzz setup failed");
        store = std::move(opened).value();
        clerks = std::make_unique<SqliteClerkStore>(store->db());
        hub = std::make_unique<Hub>(config.value(), *store, *clerks);
        hub->clerks().setIterations(1);
        (void)hub->clerks().addClerkNow(Clerk{QStringLiteral("lan"), QStringLiteral("Lan"), ClerkRole::Clerk},
                                        QStringLiteral("1111"));
        (void)hub->clerks().addClerkNow(Clerk{QStringLiteral("sup"), QStringLiteral("Sup"), ClerkRole::Supervisor},
                                        QStringLiteral("4321"));
        if (!hub->start())
            qFatal("fuzz hub did not start");
    }
    ~FuzzHub()
    {
        hub.reset();
        clerks.reset();
        store.reset();
    }

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<SqliteEventStore> store;
    std::unique_ptr<SqliteClerkStore> clerks;
    std::unique_ptr<Hub> hub;
};

} // namespace qms::fuzz
