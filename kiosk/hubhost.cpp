#include "hubhost.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

#include "config/centerconfigloader.h"

Q_LOGGING_CATEGORY(lcHost, "qms.kiosk")

namespace qms {

Result<std::unique_ptr<HubHost>> HubHost::open(const Options &options)
{
    std::unique_ptr<HubHost> host(new HubHost);
    host->m_options = options;
    auto config = CenterConfigLoader::loadFile(options.centerPath);
    if (!config)
        return Error{ErrorCode::InvalidConfig, QStringLiteral("invalid center configuration %1").arg(config.error().message)};
    host->m_config = std::move(config).value();
    if (options.ignoreHours) {
        qCWarning(lcHost) << "--ignore-hours: opening hours and holidays are ignored (training/demo mode)";
        for (ServiceConfig &s : host->m_config.services)
            s.hours = OpeningHours::always();
    }
    QDir().mkpath(QFileInfo(options.dbPath).absolutePath());
    auto store = SqliteEventStore::open(options.dbPath);
    if (!store)
        return store.error();
    host->m_store = std::move(store).value();
    host->m_hub = std::make_unique<Hub>(host->m_config, *host->m_store);
    return host;
}

Result<Ok> HubHost::start()
{
    if (auto started = m_hub->start(); !started)
        return started;
    if (auto listening = m_hub->listen(m_options.address, m_options.port); !listening)
        return listening;
    const QueueEngine &engine = m_hub->queue().engine();
    qCInfo(lcHost).noquote() << "hub for" << m_config.name.vi << "- business day" << engine.businessDay() << "-"
                             << engine.tickets().size() << "tickets today," << m_config.services.size() << "services,"
                             << m_config.counters.size() << "counters, database" << QFileInfo(m_options.dbPath).absoluteFilePath();
    return Ok{};
}

} // namespace qms
