#include "hub/hubhost.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "config/centerconfigloader.h"
#include "hub/logging.h"
#include "protocol/memorylineconnection.h"

namespace qms {

namespace {
/**
 * The center file with every hour, holiday and cut-off removed, so services take
 * tickets at any time. Done on the JSON, so the hub and every client mirror (which
 * get the JSON) agree.
 */
QByteArray withoutHours(const QByteArray &json)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    root.insert(QStringLiteral("hours"),
                QJsonObject{{QStringLiteral("mon-sun"), QJsonArray{QStringLiteral("00:00-24:00")}}});
    root.remove(QStringLiteral("closed_dates"));
    root.remove(QStringLiteral("stop_issuing_before_close"));
    QJsonArray services = root.value(QLatin1String("services")).toArray();
    for (QJsonValueRef s : services) {
        QJsonObject o = s.toObject();
        o.remove(QStringLiteral("hours"));
        s = o;
    }
    root.insert(QStringLiteral("services"), services);
    return QJsonDocument(root).toJson();
}
} // namespace

Result<std::unique_ptr<HubHost>> HubHost::open(const Options &options)
{
    std::unique_ptr<HubHost> host(new HubHost);
    host->m_options = options;
    QFile file(options.centerPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::InvalidConfig,
                     QStringLiteral("cannot read %1: %2").arg(options.centerPath, file.errorString())};
    QByteArray json = file.readAll();
    // Validate the file as it is first, so its errors are reported against it.
    auto config = CenterConfigLoader::fromJson(json);
    if (config && options.ignoreHours) {
        qCWarning(lcHub) << "--ignore-hours: opening hours and holidays are ignored (training/demo mode)";
        config = CenterConfigLoader::fromJson(withoutHours(json));
    }
    if (!config)
        return Error{
            ErrorCode::InvalidConfig,
            QStringLiteral("invalid center configuration %1:\n%2").arg(options.centerPath, config.error().message)};
    host->m_config = std::move(config).value();
    QDir().mkpath(QFileInfo(options.dbPath).absolutePath());
    auto store = SqliteEventStore::open(options.dbPath);
    if (!store)
        return store.error();
    host->m_store = std::move(store).value();
    host->m_clerks = std::make_unique<SqliteClerkStore>(host->m_store->db());
    host->m_hub = std::make_unique<Hub>(host->m_config, *host->m_store, *host->m_clerks);
    return host;
}

Result<Ok> HubHost::start()
{
    if (auto started = m_hub->start(); !started)
        return started;
    // The log says what happened, one line an event, for whoever looks after the hub.
    QObject::connect(m_hub.get(), &Hub::committed, m_hub.get(), [](const std::vector<StoredEvent> &events) {
        for (const StoredEvent &e : events) {
            const Event &ev = e.event;
            QString what = ev.ticket ? ev.ticket->label : QString();
            if (ev.counter)
                what += QStringLiteral(" counter %1").arg(ev.counter->number);
            qCInfo(lcHub).noquote() << "#" << e.seq << eventTypeName(ev.type) << what.trimmed() << "by" << ev.actor;
        }
    });
    if (auto listening = m_hub->listen(m_options.address, m_options.port); !listening)
        return listening;
    const QueueEngine &engine = m_hub->queue().engine();
    qCInfo(lcHub).noquote() << "hub for" << m_config.name.vi << "- business day" << engine.businessDay() << "-"
                            << engine.tickets().size() << "tickets today," << m_config.services.size() << "services,"
                            << m_config.counters.size() << "counters, database"
                            << QFileInfo(m_options.dbPath).absoluteFilePath();
    return Ok{};
}

LineConnection *HubHost::connectInProcess()
{
    auto [client, served] = MemoryLineConnection::createPair();
    m_hub->attach(served);
    return client;
}

} // namespace qms
