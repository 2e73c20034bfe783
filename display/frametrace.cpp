#include "frametrace.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QQuickWindow>

#include "client/hubclient.h"
#include "displaycontroller.h"

namespace qms {

namespace {
Q_LOGGING_CATEGORY(lcFrames, "qms.display.frames", QtWarningMsg)
}

bool FrameTrace::enabled()
{
    return lcFrames().isDebugEnabled();
}

FrameTrace::FrameTrace(HubClient &client, DisplayController &display, QQuickWindow &window, QObject *parent)
    : QObject(parent)
    , m_display(display)
{
    if (!enabled())
        return;
    connect(&client.mirror(), &QueueMirror::eventApplied, this, [this](const Event &e, qint64) {
        if ((e.type == EventType::TicketCalled || e.type == EventType::TicketRecalled) && e.ticket) {
            qCDebug(lcFrames).noquote() << "call" << e.ticket->label << "received at"
                                        << QDateTime::currentMSecsSinceEpoch();
            m_tiles << e.ticket->label;
        }
    });
    connect(&display, &DisplayController::latestChanged, this, [this] {
        if (m_display.isAnnouncing())
            m_banner = m_display.latestLabel();
    });
    // Emitted on the render thread with the threaded render loop: hop to this object's thread.
    connect(&window, &QQuickWindow::frameSwapped, this, &FrameTrace::onFrameSwapped, Qt::QueuedConnection);
}

void FrameTrace::onFrameSwapped()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString &label : std::as_const(m_tiles))
        qCDebug(lcFrames).noquote() << "call" << label << "on screen at" << now;
    m_tiles.clear();
    if (!m_banner.isEmpty()) {
        qCDebug(lcFrames).noquote() << "call" << m_banner << "on the banner at" << now;
        m_banner.clear();
    }
}

} // namespace qms
