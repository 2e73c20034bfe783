#pragma once

#include <QByteArray>
#include <QDate>

#include <functional>
#include <optional>
#include <vector>

#include "domain/event.h"
#include "util/result.h"

namespace qms {

/**
 * Durable home of the event log and the current-state tables. SQLite is the
 * embedded implementation; a central deployment may put another database
 * behind the same interface.
 */
class EventStore
{
public:
    virtual ~EventStore() = default;

    /**
     * Appends the events in one transaction and returns them with their seq.
     * When it returns, the events are on disk (or nothing is: no half-writes).
     */
    virtual Result<std::vector<StoredEvent>> append(const Events &events) = 0;

    /** Events of the current business day: from the last day.started on. */
    virtual Result<Events> currentDayEvents() = 0;

    /** Every dossier as it stands now (the hub, at start). */
    virtual Result<std::vector<Dossier>> dossiers() = 0;

    /** Up to `limit` events with seq > `afterSeq`, in order (client resync). */
    virtual Result<std::vector<StoredEvent>> eventsAfter(qint64 afterSeq, int limit) = 0;

    /**
     * Re-reads what the log holds (its newest seq) after a failed append: a COMMIT
     * that reports an I/O error may still have reached the disk.
     */
    virtual Result<Ok> refresh() = 0;

    /** The seq of the newest event (0 when the log is empty). */
    [[nodiscard]] virtual qint64 lastSeq() const = 0;
    /** When the newest event happened (0 when the log is empty). */
    [[nodiscard]] virtual Timestamp lastAt() const = 0;
    /** When event `seq` happened; none if there is no such event. */
    virtual Result<std::optional<Timestamp>> atOf(qint64 seq) = 0;

    /**
     * Identity of this log. A client's last seq only means something against the
     * same epoch: a restored backup or a new database gets a fresh snapshot.
     */
    [[nodiscard]] virtual QString epoch() const = 0;

    /**
     * Keeps a finished business day's summary (DaySummary, as JSON) for the next
     * days' estimates; a second one for the same day replaces the first. A store
     * that keeps none forgets it.
     */
    virtual Result<Ok> saveDaySummary(const QDate &day, const QByteArray &json)
    {
        Q_UNUSED(day);
        Q_UNUSED(json);
        return Ok{};
    }
    /** The newest `limit` kept summaries, oldest first. */
    virtual Result<std::vector<QByteArray>> daySummaries(int limit)
    {
        Q_UNUSED(limit);
        return std::vector<QByteArray>{};
    }
    /**
     * Of the `limit` business days with events before `before`, those without a kept
     * summary (a database from before summaries were kept), newest first.
     */
    virtual Result<std::vector<QDate>> daysWithoutSummary(const QDate &before, int limit)
    {
        Q_UNUSED(before);
        Q_UNUSED(limit);
        return std::vector<QDate>{};
    }
    /**
     * Reads one past business day's events on any thread (its own connection), for
     * summaries made off the hub's thread; null for a store that cannot.
     */
    [[nodiscard]] virtual std::function<Result<Events>(const QDate &)> pastDayReader() const { return {}; }
};

} // namespace qms
