#pragma once

#include <QHash>

#include <map>
#include <unordered_map>
#include <vector>

#include "domain/center.h"
#include "domain/event.h"
#include "engine/callingpolicy.h"
#include "engine/commands.h"
#include "engine/dossierbook.h"
#include "engine/enginesnapshot.h"
#include "engine/queuestats.h"
#include "engine/waitingindex.h"
#include "util/result.h"

namespace qms {

/**
 * The queue as a pure state machine. decide() looks at a command and the current
 * state and returns the events that would follow, or a typed refusal; it changes
 * nothing. apply() changes the state by an event. The caller makes the events
 * durable between the two, so a failed write leaves the engine untouched, and a
 * replay of the log through apply() rebuilds exactly the same state.
 *
 * No clock, no I/O: every call that depends on time takes `now`.
 */
class QueueEngine
{
public:
    explicit QueueEngine(CenterConfig config);

    [[nodiscard]] const CenterConfig &config() const { return m_config; }
    [[nodiscard]] const CallingPolicy &policy() const { return m_policy; }

    [[nodiscard]] Result<Events> decide(const Command &command, Timestamp now) const;
    void apply(const Event &event);
    void apply(const Events &events);

    [[nodiscard]] EngineSnapshot snapshot() const;
    /** Replaces the state with a snapshot (a client's mirror after connecting). */
    void restore(const EngineSnapshot &snapshot);

    /** The business day the state is in ("" before the first day.started). */
    [[nodiscard]] const QString &businessDay() const { return m_day; }
    /** True when `now` belongs to a later business day: run cmd::StartDay first. */
    [[nodiscard]] bool needsNewDay(Timestamp now) const;

    [[nodiscard]] const Ticket *ticket(TicketId id) const;
    [[nodiscard]] const Ticket *ticketByToken(const QString &token) const;
    [[nodiscard]] const Ticket *ticketByLabel(const QString &label) const;
    /** Today's tickets, in id order. */
    [[nodiscard]] const std::map<TicketId, Ticket> &tickets() const { return m_tickets; }
    /** The news line of the screens: a supervisor's, kept from day to day, else the center file's. */
    [[nodiscard]] const LocalizedText &ticker() const { return m_ticker ? *m_ticker : m_config.ticker; }
    /** What the previous days taught about today (days = 0: nothing). */
    [[nodiscard]] const DayRhythm &rhythm() const { return m_rhythm; }
    [[nodiscard]] const CounterState *counter(int number) const;
    [[nodiscard]] const std::map<int, CounterState> &counters() const { return m_counters; }
    /** What the counter serves today, in its order: a supervisor's list, or the center file's. */
    [[nodiscard]] QStringList servicesOf(int counter) const;

    /**
     * Waiting tickets of one service, in queue order (tickets transferred to one
     * particular counter wait in that counter's lane and are not listed).
     */
    [[nodiscard]] std::vector<const Ticket *> queueOf(const QString &service) const;
    /** Everybody waiting for the service, including those sent to one counter. */
    [[nodiscard]] int waitingCount(const QString &service) const;
    [[nodiscard]] const WaitingIndex &waiting() const { return m_waiting; }
    [[nodiscard]] int issuedToday(const QString &service) const { return m_issued.value(service); }
    /** Open (not paused) counters that serve the service. */
    [[nodiscard]] int openCountersFor(const QString &service) const;
    /** Expected call → finish of one served ticket of the service (today's, blended with the configured default). */
    [[nodiscard]] double serviceSeconds(const QString &service) const;
    [[nodiscard]] const QueueStats &stats() const { return m_stats; }
    /** The center's dossiers and today's ratings (not part of snapshots: clients ask for them). */
    [[nodiscard]] const DossierBook &dossiers() const { return m_dossiers; }
    /** Loads the dossiers as the store keeps them (the hub, at start). */
    void restoreDossiers(const std::vector<Dossier> &dossiers) { m_dossiers.restore(dossiers); }
    /**
     * People ahead and expected wait for a waiting (or about to be issued)
     * ticket, by simulating the queue forward (see WaitEstimator).
     */
    [[nodiscard]] WaitEstimate estimateFor(const Ticket &t, Timestamp now) const;
    /** What an ordinary ticket of `service` taken at `now` would be told. */
    [[nodiscard]] WaitEstimate estimateForNew(const QString &service, Timestamp now) const;
    /** The same for every waiting ticket at once (one simulation). */
    [[nodiscard]] std::unordered_map<TicketId, WaitEstimate> estimateAll(Timestamp now) const;
    /** Whether the service takes tickets at `now` (hours, holidays, cap). */
    [[nodiscard]] Result<Ok> canIssue(const QString &service, Timestamp now) const;

private:
    Result<Events> decideIssue(const cmd::IssueTicket &c, Timestamp now) const;
    Result<Events> decideCallNext(const cmd::CallNext &c, Timestamp now) const;
    Result<Events> decideCallTicket(const cmd::CallTicket &c, Timestamp now) const;
    Result<Events> decideRecall(const cmd::Recall &c, Timestamp now) const;
    Result<Events> decideStart(const cmd::StartServing &c, Timestamp now) const;
    Result<Events> decideFinish(const cmd::Finish &c, Timestamp now) const;
    Result<Events> decideNoShow(const cmd::MarkNoShow &c, Timestamp now) const;
    Result<Events> decideRequeue(const cmd::Requeue &c, Timestamp now) const;
    Result<Events> decideTransfer(const cmd::Transfer &c, Timestamp now) const;
    Result<Events> decideCancel(const cmd::Cancel &c, Timestamp now) const;
    Result<Events> decideOpen(const cmd::OpenCounter &c, Timestamp now) const;
    Result<Events> decidePause(const cmd::PauseCounter &c, Timestamp now) const;
    Result<Events> decideClose(const cmd::CloseCounter &c, Timestamp now) const;
    Result<Events> decideServices(const cmd::SetCounterServices &c, Timestamp now) const;
    Result<Events> decideStartDay(const cmd::StartDay &c, Timestamp now) const;
    Result<Events> decideTicker(const cmd::SetTicker &c, Timestamp now) const;

    [[nodiscard]] Event makeEvent(EventType type, Timestamp now, const QString &actor) const;
    /** The counter, or an error naming it. */
    [[nodiscard]] Result<const CounterState *> findCounter(int number) const;
    /** The counter, or an error if it is unknown or not open. */
    [[nodiscard]] Result<const CounterState *> openCounter(int number) const;
    /** Today's ticket, or an error naming the id. */
    [[nodiscard]] Result<const Ticket *> findTicket(TicketId id) const;
    /** The ticket, checked to be in `state` and (for counter != 0) held by that counter. */
    [[nodiscard]] Result<const Ticket *> heldTicket(int counter, TicketId id, TicketState state) const;
    /** A ticket leaves the counter holding it in state `from`, ending in `to` (done, no-show). */
    [[nodiscard]] Result<Events> leaveCounter(int counter, TicketId id, TicketState from, TicketState to,
                                              EventType type, const QString &actor, Timestamp now) const;
    /** Whether `counter` (0: not a counter) may act on the ticket. */
    [[nodiscard]] Result<Ok> mayHandle(int counter, const Ticket &t) const;
    /** The counter's state once it no longer holds a ticket (none for 0 or an unknown counter). */
    [[nodiscard]] std::optional<CounterState> releasedCounter(int number) const;
    /** Events that call `t` to the counter, marking any still-called ticket there no-show. */
    [[nodiscard]] Result<Events> callEvents(const CounterState &counter, const Ticket &t, bool passedOverOrdinary,
                                            Timestamp now, const QString &actor) const;
    [[nodiscard]] QString serviceName(const QString &service) const;
    /** Keeps the calling policy on what the counters serve today. */
    void syncServices(const CounterState &counter);

    CenterConfig m_config;
    CallingPolicy m_policy;
    QString m_day;
    TicketId m_lastTicketId = 0;
    std::optional<LocalizedText> m_ticker; ///< a supervisor's news line (none: the center file's)
    DayRhythm m_rhythm;                    ///< what the previous days taught about today
    std::map<TicketId, Ticket> m_tickets;
    WaitingIndex m_waiting;
    QHash<QString, TicketId> m_byToken;
    QHash<QString, TicketId> m_byLabel;
    std::map<int, CounterState> m_counters;
    QHash<QString, int> m_issued;
    QueueStats m_stats;
    DossierBook m_dossiers;
};

} // namespace qms
