#pragma once

#include <QHash>
#include <QJsonObject>

#include <vector>

#include "domain/center.h"
#include "domain/counterstate.h"
#include "domain/dayrhythm.h"
#include "domain/ticket.h"
#include "engine/queuestats.h"

namespace qms {

class JsonReader;

/** The engine's whole state, for clients that mirror it without replaying the day. */
struct EngineSnapshot
{
    QString businessDay;
    TicketId lastTicketId = 0;
    std::vector<Ticket> tickets;
    std::vector<CounterState> counters;
    QHash<QString, int> issued;
    QueueStats stats;
    std::optional<LocalizedText> ticker; ///< a supervisor's news line
    DayRhythm rhythm;                    ///< what the previous days taught about today
    bool operator==(const EngineSnapshot &) const = default;
};

/** The snapshot without the tickets' public tokens (for everyone but supervisors). */
[[nodiscard]] EngineSnapshot withoutTokens(EngineSnapshot s);

/** The snapshot's JSON form (PROTOCOL.md, "state"). */
[[nodiscard]] QJsonObject snapshotToJson(const EngineSnapshot &s);
[[nodiscard]] EngineSnapshot snapshotFromJson(JsonReader &r);

} // namespace qms
