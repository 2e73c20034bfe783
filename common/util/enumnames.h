#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace qms {

/** One row of an enum's table of wire names. */
template <typename E>
struct EnumName
{
    E value;
    const char *name;
};

/**
 * The one way an enum becomes a wire name and back: a table of {value, name}
 * rows, written once beside the enum's other code. Names are Latin-1.
 */
template <typename E, std::size_t N>
[[nodiscard]] QString nameIn(const std::array<EnumName<E>, N> &table, E value)
{
    for (const EnumName<E> &row : table)
        if (row.value == value)
            return QString::fromLatin1(row.name);
    return {};
}

template <typename E, std::size_t N>
[[nodiscard]] std::optional<E> valueIn(const std::array<EnumName<E>, N> &table, QStringView name)
{
    for (const EnumName<E> &row : table)
        if (name == QLatin1String(row.name))
            return row.value;
    return std::nullopt;
}

} // namespace qms
