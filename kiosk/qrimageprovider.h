#pragma once

#include <QQuickImageProvider>

namespace qms {

/** "image://qr/<percent-encoded text>": the QR code of the text, for the ticket screen. */
class QrImageProvider : public QQuickImageProvider
{
public:
    QrImageProvider()
        : QQuickImageProvider(QQuickImageProvider::Image)
    { }
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;
};

} // namespace qms
