#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>

class QQuickWindow;

namespace qms {

class DisplayController;
class HubClient;

/**
 * Logs when each call first reaches the glass: the first frame swapped after
 * the display learnt of it (its counter's tile), and the first after it became
 * the big call on the banner (its announcement began). Category
 * qms.display.frames, debug level, off unless asked for
 * (QT_LOGGING_RULES="qms.display.frames.debug=true"): for a technician whose
 * screen seems slow, and for tests/bench/bench_display. Times are wall-clock
 * milliseconds since the epoch, to compare with other processes on the machine.
 */
class FrameTrace : public QObject
{
    Q_OBJECT
public:
    FrameTrace(HubClient &client, DisplayController &display, QQuickWindow &window, QObject *parent = nullptr);

    /** Whether the category is on (otherwise nothing is tracked). */
    [[nodiscard]] static bool enabled();

private:
    void onFrameSwapped();

    DisplayController &m_display;
    QList<QString> m_tiles;  ///< calls received, not yet on a swapped frame
    QString m_banner;        ///< the banner's new call, not yet on a swapped frame
};

} // namespace qms
