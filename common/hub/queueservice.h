#pragma once

#include <functional>
#include <vector>

#include "engine/dayhistory.h"
#include "engine/queueengine.h"
#include "store/eventstore.h"

namespace qms {

/**
 * The engine made durable. A command is decided and applied in memory
 * ("staged"), then the staged events of one or many commands are committed to
 * the store in a single transaction (group commit) before anybody is answered.
 * If the commit fails, the engine is rebuilt from the store: what was not
 * written did not happen.
 *
 * Starts the new business day by itself when a command arrives after the
 * rollover hour. Not thread-safe; owned by the hub. The store must outlive it.
 */
class QueueService
{
public:
    using EventSink = std::function<void(const std::vector<StoredEvent> &)>;
    using TokenSource = std::function<QString()>;

    QueueService(CenterConfig config, EventStore &store);

    /** Rebuilds the engine from the store's current business day. */
    Result<Ok> load();
    /**
     * True after a failed commit that could not be undone by rebuilding from the
     * store: every command is refused until load() succeeds (restart the hub).
     */
    [[nodiscard]] bool isBroken() const { return m_broken; }

    /** Stage + commit one command; returns its events as stored (with seq). */
    Result<std::vector<StoredEvent>> execute(const Command &command, Timestamp now);

    /**
     * Decides and applies a command in memory, to be committed with others.
     * Returns how many events it staged (refusals stage nothing).
     */
    Result<size_t> stage(const Command &command, Timestamp now);
    /** Commits everything staged in one transaction; on failure the engine is rebuilt. */
    Result<std::vector<StoredEvent>> commitStaged();
    [[nodiscard]] bool hasStaged() const { return !m_staged.empty(); }

    /** Starts a new business day when `now` is past the rollover (a timer calls this). */
    Result<std::vector<StoredEvent>> startDayIfDue(Timestamp now);

    /** Called with every batch of committed events, whatever caused them. */
    void setEventSink(EventSink sink) { m_sink = std::move(sink); }
    /** Where issue tokens come from (random by default; tests make them predictable). */
    void setTokenSource(TokenSource source) { m_tokens = std::move(source); }

    [[nodiscard]] const QueueEngine &engine() const { return m_engine; }
    /** What the last working days taught (loaded with the queue, grown at each rollover). */
    [[nodiscard]] const DayHistory &history() const { return m_learning.history(); }
    /** A past day summarized late (from its events, for a database older than summaries): kept and learned. */
    void addPastDay(DaySummary day);
    /** Transactions committed since start (group commit: fewer than commands). */
    [[nodiscard]] qint64 commitCount() const { return m_commits; }
    [[nodiscard]] EventStore &store() { return m_store; }

    /** 16 characters of Crockford base32 (80 random bits): a ticket's public id. */
    static QString randomToken();

private:
    void loadHistory();

    QueueEngine m_engine;
    EventStore &m_store;
    EventSink m_sink;
    TokenSource m_tokens = &QueueService::randomToken;
    Events m_staged;
    DayLearning m_learning;
    bool m_historyLoaded = false;
    qint64 m_commits = 0;
    bool m_broken = false;
};

} // namespace qms
