#pragma once

#include <QByteArray>
#include <QImage>

namespace qms {

/**
 * ESC/POS for a thermal receipt printer: initialize (ESC @), the image as raster
 * bit images (GS v 0, in bands of at most 256 rows, which every printer's buffer
 * takes), a few lines of feed (ESC d) and a partial cut (GS V 66). Pixels darker
 * than mid-grey print black. The image width is padded to whole bytes.
 */
[[nodiscard]] QByteArray escPosRaster(const QImage &image, bool cut = true, int feedLines = 4);

} // namespace qms
