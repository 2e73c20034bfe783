#pragma once

#include <QJsonObject>

#include "domain/event.h"
#include "util/result.h"

namespace qms {

class JsonReader;

/**
 * JSON forms of tickets, counters and events: the same form is stored in the
 * event log and sent on the wire, so a client's mirror and a replay from disk
 * read exactly what the engine produced.
 */
[[nodiscard]] QJsonObject ticketToJson(const Ticket &t);
[[nodiscard]] Ticket ticketFromJson(JsonReader &r);
[[nodiscard]] QJsonObject counterStateToJson(const CounterState &c);
[[nodiscard]] CounterState counterStateFromJson(JsonReader &r);
[[nodiscard]] QJsonObject dossierToJson(const Dossier &d);
[[nodiscard]] Dossier dossierFromJson(JsonReader &r);
[[nodiscard]] QJsonObject ratingToJson(const Rating &r);
[[nodiscard]] Rating ratingFromJson(JsonReader &r);
[[nodiscard]] QJsonObject waitEstimateToJson(const WaitEstimate &e);
[[nodiscard]] WaitEstimate waitEstimateFromJson(JsonReader &r);

[[nodiscard]] QJsonObject eventToJson(const Event &e);
/** Decodes an event; the error names the first wrong field. */
[[nodiscard]] Result<Event> eventFromJson(const QJsonObject &o);

} // namespace qms
