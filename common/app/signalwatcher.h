#pragma once

#include <QObject>

#include <initializer_list>

class QSocketNotifier;

namespace qms {

/**
 * Turns Unix signals (SIGTERM, SIGINT, SIGHUP) into a Qt signal, through a
 * self-pipe, so a service stops cleanly from the event loop instead of inside
 * a signal handler. One instance per process.
 */
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(std::initializer_list<int> unixSignals, QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void received(int signal);

private:
    static void handle(int signal);
    void readPipe();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace qms
