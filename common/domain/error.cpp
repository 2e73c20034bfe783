#include "domain/error.h"

namespace qms {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::UnknownService:
        return QStringLiteral("unknown_service");
    case ErrorCode::UnknownCounter:
        return QStringLiteral("unknown_counter");
    case ErrorCode::UnknownTicket:
        return QStringLiteral("unknown_ticket");
    case ErrorCode::UnknownPriorityGroup:
        return QStringLiteral("unknown_priority_group");
    case ErrorCode::ServiceClosed:
        return QStringLiteral("service_closed");
    case ErrorCode::DailyCapReached:
        return QStringLiteral("daily_cap_reached");
    case ErrorCode::QueueEmpty:
        return QStringLiteral("queue_empty");
    case ErrorCode::WrongState:
        return QStringLiteral("wrong_state");
    case ErrorCode::NotYourTicket:
        return QStringLiteral("not_your_ticket");
    case ErrorCode::NotServedHere:
        return QStringLiteral("not_served_here");
    case ErrorCode::CounterNotOpen:
        return QStringLiteral("counter_not_open");
    case ErrorCode::CounterBusy:
        return QStringLiteral("counter_busy");
    case ErrorCode::RecallLimit:
        return QStringLiteral("recall_limit");
    case ErrorCode::DayRolloverPending:
        return QStringLiteral("day_rollover_pending");
    case ErrorCode::InvalidArgument:
        return QStringLiteral("invalid_argument");
    case ErrorCode::StorageFull:
        return QStringLiteral("storage_full");
    case ErrorCode::StorageReadOnly:
        return QStringLiteral("storage_read_only");
    case ErrorCode::StorageError:
        return QStringLiteral("storage_error");
    case ErrorCode::InvalidConfig:
        return QStringLiteral("invalid_config");
    case ErrorCode::LoginFailed:
        return QStringLiteral("login_failed");
    case ErrorCode::LockedOut:
        return QStringLiteral("locked_out");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    }
    return QStringLiteral("unknown_error");
}

} // namespace qms
