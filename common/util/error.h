#pragma once

#include <QString>

#include <optional>

namespace qms {

/**
 * Every refusal the system can give, from the engine, the store, the protocol or
 * the client library. The wire name (errorCodeName) is part of protocol v1: add
 * codes, never rename them. Clients turn a code into a sentence for people
 * (ClientViewModel::errorText); they never compare wire strings.
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
    // Protocol: the message, or who sent it, was not acceptable.
    BadJson,
    InvalidUtf8,
    NotAnObject,
    LineTooLong,
    BadRequest,
    UnknownOp,
    HelloRequired,
    UnsupportedVersion,
    AuthFailed,
    Forbidden,
    NotLoggedIn,
    TooManyConnections,
    Timeout,
    Busy,
    Internal,
    // Raised by the client library, never sent by the hub.
    Offline,
    NoReply,
};

[[nodiscard]] QString errorCodeName(ErrorCode code);
[[nodiscard]] std::optional<ErrorCode> errorCodeFromName(const QString &name);

/**
 * A typed refusal with a message for logs and technicians (English). People
 * never read `message`: they read what their screen makes of `code`.
 */
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    qint64 retryAfterSeconds = 0; ///< LockedOut: when the clerk may try again
};

} // namespace qms
