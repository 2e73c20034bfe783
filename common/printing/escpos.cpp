#include "printing/escpos.h"

namespace qms {

QByteArray escPosRaster(const QImage &image, bool cut, int feedLines)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const int bytesPerRow = (gray.width() + 7) / 8;
    constexpr int bandRows = 256;
    QByteArray out;
    out.reserve(16 + bytesPerRow * gray.height() + (gray.height() / bandRows + 1) * 8);
    out.append("\x1b\x40", 2); // ESC @: initialize
    for (int top = 0; top < gray.height(); top += bandRows) {
        const int rows = std::min(bandRows, gray.height() - top);
        const char header[] = {
            '\x1d',         'v', '0', '\0', char(bytesPerRow & 0xff), char(bytesPerRow >> 8), char(rows & 0xff),
            char(rows >> 8)};
        out.append(header, sizeof header);
        for (int y = top; y < top + rows; ++y) {
            const uchar *line = gray.constScanLine(y);
            for (int b = 0; b < bytesPerRow; ++b) {
                uchar byte = 0;
                for (int bit = 0; bit < 8; ++bit) {
                    const int x = b * 8 + bit;
                    if (x < gray.width() && line[x] < 128)
                        byte |= uchar(0x80 >> bit); // most significant bit is the leftmost dot
                }
                out.append(char(byte));
            }
        }
    }
    if (feedLines > 0)
        out.append("\x1b\x64").append(char(std::min(feedLines, 255))); // ESC d n: feed n lines
    if (cut)
        out.append("\x1d\x56\x42\x00", 4); // GS V 66 0: feed to the cutter, partial cut
    return out;
}

} // namespace qms
