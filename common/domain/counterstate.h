#pragma once

#include <QString>

#include <optional>

#include "domain/ticket.h"

namespace qms {

enum class CounterStatus { Closed, Open, Paused };

[[nodiscard]] QString counterStatusName(CounterStatus s);
[[nodiscard]] std::optional<CounterStatus> counterStatusFromName(const QString &name);

/** The live state of one counter: who is at it and which ticket it is handling. */
struct CounterState
{
    int number = 0;
    CounterStatus status = CounterStatus::Closed;
    QString reason;       ///< why it is paused ("nghỉ trưa", "họp", …)
    QString clerk;        ///< username of the clerk who opened it
    TicketId current = 0; ///< ticket called to / served at it (0 = none)
    int priorityRun = 0;  ///< priority tickets called in a row (anti-starvation)
    Timestamp since = 0;  ///< when the status last changed
    /** Services a supervisor set for today, in order; empty: the center file's. */
    QStringList services;

    /** A closed counter with nobody at it. */
    static CounterState closed(int number, Timestamp since = 0)
    {
        CounterState c;
        c.number = number;
        c.since = since;
        return c;
    }

    bool operator==(const CounterState &) const = default;
};

} // namespace qms
