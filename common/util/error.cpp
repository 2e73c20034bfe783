#include "util/error.h"

#include "util/enumnames.h"

namespace qms {

namespace {
constexpr std::array<EnumName<ErrorCode>, 39> names{{
    {ErrorCode::UnknownService, "unknown_service"},
    {ErrorCode::UnknownCounter, "unknown_counter"},
    {ErrorCode::UnknownTicket, "unknown_ticket"},
    {ErrorCode::UnknownPriorityGroup, "unknown_priority_group"},
    {ErrorCode::ServiceClosed, "service_closed"},
    {ErrorCode::DailyCapReached, "daily_cap_reached"},
    {ErrorCode::QueueEmpty, "queue_empty"},
    {ErrorCode::WrongState, "wrong_state"},
    {ErrorCode::NotYourTicket, "not_your_ticket"},
    {ErrorCode::NotServedHere, "not_served_here"},
    {ErrorCode::CounterNotOpen, "counter_not_open"},
    {ErrorCode::CounterBusy, "counter_busy"},
    {ErrorCode::RecallLimit, "recall_limit"},
    {ErrorCode::DayRolloverPending, "day_rollover_pending"},
    {ErrorCode::InvalidArgument, "invalid_argument"},
    {ErrorCode::StorageFull, "storage_full"},
    {ErrorCode::StorageReadOnly, "storage_read_only"},
    {ErrorCode::StorageError, "storage_error"},
    {ErrorCode::InvalidConfig, "invalid_config"},
    {ErrorCode::LoginFailed, "login_failed"},
    {ErrorCode::LockedOut, "locked_out"},
    {ErrorCode::NotFound, "not_found"},
    {ErrorCode::BadJson, "bad_json"},
    {ErrorCode::InvalidUtf8, "invalid_utf8"},
    {ErrorCode::NotAnObject, "not_an_object"},
    {ErrorCode::LineTooLong, "line_too_long"},
    {ErrorCode::BadRequest, "bad_request"},
    {ErrorCode::UnknownOp, "unknown_op"},
    {ErrorCode::HelloRequired, "hello_required"},
    {ErrorCode::UnsupportedVersion, "unsupported_version"},
    {ErrorCode::AuthFailed, "auth_failed"},
    {ErrorCode::Forbidden, "forbidden"},
    {ErrorCode::NotLoggedIn, "not_logged_in"},
    {ErrorCode::TooManyConnections, "too_many_connections"},
    {ErrorCode::Timeout, "timeout"},
    {ErrorCode::Busy, "busy"},
    {ErrorCode::Internal, "internal"},
    {ErrorCode::Offline, "offline"},
    {ErrorCode::NoReply, "no_reply"},
}};
} // namespace

QString errorCodeName(ErrorCode code)
{
    return nameIn(names, code);
}

std::optional<ErrorCode> errorCodeFromName(const QString &name)
{
    return valueIn(names, name);
}

} // namespace qms
