#pragma once

#include <utility>
#include <variant>

#include "util/error.h"

namespace qms {

/** Empty success value for operations that only succeed or fail. */
struct Ok
{ };

/**
 * A value or an Error, returned by every fallible operation in the core.
 * Small stand-in for C++23 std::expected: nothing throws across the event loop.
 */
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_v(std::in_place_index<1>, std::move(error))
    { }

    [[nodiscard]] bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] T &value() & { return std::get<0>(m_v); }
    [[nodiscard]] const T &value() const & { return std::get<0>(m_v); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_v)); }
    [[nodiscard]] const Error &error() const { return std::get<1>(m_v); }

    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

private:
    std::variant<T, Error> m_v;
};

} // namespace qms
