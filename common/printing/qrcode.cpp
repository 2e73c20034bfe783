#include "printing/qrcode.h"

#include <QPainter>

#include <memory>
#include <qrencode.h>

namespace qms {

QImage qrCodeImage(const QByteArray &text, int moduleDots)
{
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString8bit(text.constData(), 0, QR_ECLEVEL_M),
                                                         &QRcode_free);
    if (!code)
        return {};
    constexpr int quiet = 4;
    const int modules = code->width + 2 * quiet;
    QImage image(modules * moduleDots, modules * moduleDots, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter p(&image);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1) // bit 0: the module is dark
                p.fillRect((x + quiet) * moduleDots, (y + quiet) * moduleDots, moduleDots, moduleDots, Qt::black);
        }
    }
    return image;
}

} // namespace qms
