#pragma once

#include <QString>

#include <optional>

namespace qms {

enum class ClerkRole { Clerk, Supervisor };

[[nodiscard]] QString clerkRoleName(ClerkRole role);
[[nodiscard]] std::optional<ClerkRole> clerkRoleFromName(const QString &name);

/** A person who works at a counter; PINs are kept as salted hashes by the store. */
struct Clerk
{
    QString username;
    QString displayName;
    ClerkRole role = ClerkRole::Clerk;
    bool operator==(const Clerk &) const = default;
};

} // namespace qms
