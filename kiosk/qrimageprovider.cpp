#include "qrimageprovider.h"

#include <QUrl>

#include "printing/qrcode.h"

namespace qms {

QImage QrImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const QByteArray text = QUrl::fromPercentEncoding(id.toUtf8()).toUtf8();
    QImage qr = qrCodeImage(text, 1);
    if (!qr.isNull() && requestedSize.width() > 0) {
        const int modules = qr.width();
        qr = qrCodeImage(text, std::max(1, requestedSize.width() / modules));
    }
    if (size)
        *size = qr.size();
    return qr;
}

} // namespace qms
