#pragma once

#include <functional>
#include <vector>

#include "engine/queueengine.h"
#include "store/eventstore.h"

namespace qms {

/**
 * The engine made durable: decide, append to the store, then apply — so a
 * command is acknowledged only once its events are on disk, and a failed write
 * leaves both the engine and the file as they were. Starts the new business day
 * by itself when a command arrives after the rollover hour.
 *
 * Not thread-safe; owned by the hub. The store must outlive it.
 */
class QueueService
{
public:
    using EventSink = std::function<void(const std::vector<StoredEvent> &)>;
    using TokenSource = std::function<QString()>;

    QueueService(CenterConfig config, EventStore &store);

    /** Rebuilds the engine from the store's current business day. */
    Result<Ok> load();

    /** Runs a command; returns its events as stored (with seq). */
    Result<std::vector<StoredEvent>> execute(const Command &command, Timestamp now);

    /** Starts a new business day when `now` is past the rollover (a timer calls this). */
    Result<std::vector<StoredEvent>> startDayIfDue(Timestamp now);

    /** Called with every batch of committed events, whatever caused them. */
    void setEventSink(EventSink sink) { m_sink = std::move(sink); }
    /** Where issue tokens come from (random by default; tests make them predictable). */
    void setTokenSource(TokenSource source) { m_tokens = std::move(source); }

    [[nodiscard]] const QueueEngine &engine() const { return m_engine; }
    [[nodiscard]] EventStore &store() { return m_store; }

    /** 16 characters of Crockford base32 (80 random bits): a ticket's public id. */
    static QString randomToken();

private:
    Result<std::vector<StoredEvent>> commit(const Command &command, Timestamp now);

    QueueEngine m_engine;
    EventStore &m_store;
    EventSink m_sink;
    TokenSource m_tokens = &QueueService::randomToken;
};

} // namespace qms
