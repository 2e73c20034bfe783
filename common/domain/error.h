#pragma once

#include <QString>

namespace qms {

/**
 * Every refusal the core can give, engine and store alike. The wire name
 * (errorCodeName) is part of protocol v1: add codes, never rename them.
 */
enum class ErrorCode {
    // Engine: what the command asked for is not possible now.
    UnknownService,
    UnknownCounter,
    UnknownTicket,
    UnknownPriorityGroup,
    ServiceClosed,
    DailyCapReached,
    QueueEmpty,
    WrongState,
    NotYourTicket,
    NotServedHere,
    CounterNotOpen,
    CounterBusy,
    RecallLimit,
    DayRolloverPending,
    InvalidArgument,
    // Store: the command could not be made durable; nothing was written.
    StorageFull,
    StorageReadOnly,
    StorageError,
    // Configuration.
    InvalidConfig,
    // Clerks and lookups.
    LoginFailed,
    LockedOut,
    NotFound,
};

[[nodiscard]] QString errorCodeName(ErrorCode code);

/** A typed refusal with a message for logs and technicians (English). */
struct Error
{
    ErrorCode code;
    QString message;
};

} // namespace qms
