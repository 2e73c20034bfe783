#pragma once

#include <QHash>
#include <QSet>

#include <map>
#include <vector>

#include "domain/center.h"
#include "domain/event.h"
#include "engine/commands.h"
#include "util/result.h"

namespace qms {

class QueueEngine;

/**
 * The center's dossiers and today's ratings, as a pure state machine beside the
 * queue: decide() checks a command against the dossiers and the queue (a dossier
 * is received on the ticket being served, a rating is for a ticket served) and
 * returns events; apply() takes them in. Dossiers outlive the business day:
 * restore() loads them as the store keeps them, and today's events replayed over
 * that change nothing (each event carries the whole dossier after it).
 *
 * Codes are the agency's, the receiving date's and a sequence that grows through
 * the day and is never repeated; due dates count working days (not weekends, not
 * the center's closed dates).
 */
class DossierBook
{
public:
    /** `agencyCode`: the center's, whose sequences this book numbers. */
    explicit DossierBook(QString agencyCode);

    // The queue gives the tickets, the center's configuration and the business day.
    [[nodiscard]] Result<Events> decide(const cmd::ReceiveDossier &c, const QueueEngine &queue, Timestamp now) const;
    [[nodiscard]] Result<Events> decide(const cmd::UpdateDossier &c, const QueueEngine &queue, Timestamp now) const;
    [[nodiscard]] Result<Events> decide(const cmd::ImportDossier &c, const QueueEngine &queue, Timestamp now) const;
    [[nodiscard]] Result<Events> decide(const cmd::RecordRating &c, const QueueEngine &queue, Timestamp now) const;
    void apply(const Event &event);

    /** Every dossier as the store keeps it (at start), replacing what was here. */
    void restore(const std::vector<Dossier> &dossiers);
    /** A new business day: ratings are per ticket, and tickets are per day. */
    void startDay() { m_rated.clear(); }

    [[nodiscard]] const Dossier *find(const QString &code) const;
    [[nodiscard]] const std::map<QString, Dossier> &all() const { return m_dossiers; }
    /** The dossiers received on one ticket, in code order. */
    [[nodiscard]] std::vector<const Dossier *> ofTicket(TicketId ticket) const;
    [[nodiscard]] bool isRated(TicketId ticket) const { return m_rated.contains(ticket); }
    /** The code the next dossier received on `date` gets. */
    [[nodiscard]] QString nextCode(const QDate &date) const;

private:
    static Event makeEvent(EventType type, Timestamp now, const QString &actor, const QString &day);

    QString m_agencyCode;
    std::map<QString, Dossier> m_dossiers;
    QHash<QDate, int> m_lastSequence; ///< per receiving date
    QSet<TicketId> m_rated;
};

} // namespace qms
