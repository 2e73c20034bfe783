#pragma once

#include <QByteArrayView>

namespace qms {

/**
 * Strict UTF-8 check (RFC 3629): no overlong forms, no surrogates, nothing past
 * U+10FFFF. Qt's JSON parser is lenient about some of these; the hub is not.
 */
[[nodiscard]] bool isValidUtf8(QByteArrayView bytes);

} // namespace qms
