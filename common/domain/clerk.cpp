#include "domain/clerk.h"

#include "util/enumnames.h"

namespace qms {

namespace {
constexpr std::array<EnumName<ClerkRole>, 2> roleNames{{
    {ClerkRole::Clerk, "clerk"},
    {ClerkRole::Supervisor, "supervisor"},
}};
} // namespace

QString clerkRoleName(ClerkRole role)
{
    return nameIn(roleNames, role);
}

std::optional<ClerkRole> clerkRoleFromName(const QString &name)
{
    return valueIn(roleNames, name);
}

} // namespace qms
