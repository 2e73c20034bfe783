#pragma once

#include <QByteArray>
#include <QImage>

namespace qms {

/**
 * A QR code (libqrencode, error correction M) drawn as black modules on white,
 * `moduleDots` pixels per module, with the standard 4-module quiet zone.
 * Returns a null image if the text does not fit a QR code.
 */
[[nodiscard]] QImage qrCodeImage(const QByteArray &text, int moduleDots);

} // namespace qms
