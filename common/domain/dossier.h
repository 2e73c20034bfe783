#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

#include "domain/ticket.h"

namespace qms {

/**
 * received → processing → supplement_requested → ready → returned; refused or
 * withdrawn end it early. Every change is an event with who and when.
 */
enum class DossierStatus { Received, Processing, SupplementRequested, Ready, Returned, Refused, Withdrawn };

[[nodiscard]] QString dossierStatusName(DossierStatus s);
[[nodiscard]] std::optional<DossierStatus> dossierStatusFromName(const QString &name);
/** Returned, refused or withdrawn: nothing more happens to it. */
[[nodiscard]] inline bool isFinal(DossierStatus s)
{
    return s == DossierStatus::Returned || s == DossierStatus::Refused || s == DossierStatus::Withdrawn;
}

/**
 * A citizen's dossier (hồ sơ) as the center received it at a counter: what for,
 * from whom, which papers, and when the result is due in working days. The hub
 * keeps them in the same event log as tickets; they outlive the business day.
 */
struct Dossier
{
    QString code;             ///< national format, see DossierCode
    QString service;
    QString procedure;        ///< id of a procedure of the service
    QString applicantName;
    QString applicantPhone;
    QStringList papersReceived;
    QStringList papersMissing; ///< to bring back (a supplement request lists them)
    QString note;
    DossierStatus status = DossierStatus::Received;
    Timestamp receivedAt = 0;
    QDate dueDate;      ///< the legal date, from the procedure's working days; on time means by then
    QDate promisedDate; ///< the date the citizen was last given (later than dueDate after an apology)
    Timestamp closedAt = 0; ///< when it was returned, refused or withdrawn
    TicketId ticket = 0;      ///< the ticket it was received on
    int counter = 0;
    QString receivedBy;       ///< clerk username
    Timestamp updatedAt = 0;
    QString updatedBy;

    /** Closed, and returned by its due date. */
    [[nodiscard]] bool returnedOnTime(int utcOffsetMinutes) const;
    /** Still open and past its due date on `today`. */
    [[nodiscard]] bool isOverdue(const QDate &today) const { return !isFinal(status) && dueDate.isValid() && today > dueDate; }
    bool operator==(const Dossier &) const = default;
};

/** The three answers of the satisfaction question the one-stop rules ask. */
enum class RatingValue { VerySatisfied, Satisfied, Unsatisfied };

[[nodiscard]] QString ratingValueName(RatingValue v);
[[nodiscard]] std::optional<RatingValue> ratingValueFromName(const QString &name);

/** A citizen's answer about one served ticket: one per ticket, from the rating pad or the phone. */
struct Rating
{
    TicketId ticket = 0;
    QString businessDay;
    QString service;
    int counter = 0;
    QString clerk;
    QString dossier;    ///< the dossier received on that ticket, if any
    RatingValue value = RatingValue::Satisfied;
    QString comment;
    QString channel;    ///< "pad" or "phone"
    Timestamp at = 0;
    bool operator==(const Rating &) const = default;
};

/** "Nguyễn T. L.": the family name and initials, for public screens and pages. */
[[nodiscard]] QString maskedName(const QString &fullName);

} // namespace qms
