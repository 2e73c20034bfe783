#pragma once

#include <QString>

namespace qms {

enum class ClerkRole { Clerk, Supervisor };

/** A person who works at a counter; PINs are kept as salted hashes by the store. */
struct Clerk
{
    QString username;
    QString displayName;
    ClerkRole role = ClerkRole::Clerk;
};

} // namespace qms
