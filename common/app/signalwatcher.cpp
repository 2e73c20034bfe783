#include "app/signalwatcher.h"

#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace qms {

namespace {
int pipeFds[2] = {-1, -1};
} // namespace

SignalWatcher::SignalWatcher(std::initializer_list<int> unixSignals, QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pipeFds) != 0)
        qFatal("SignalWatcher: socketpair failed");
    ::fcntl(pipeFds[0], F_SETFL, O_NONBLOCK);
    ::fcntl(pipeFds[1], F_SETFL, O_NONBLOCK);
    m_notifier = new QSocketNotifier(pipeFds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::readPipe);
    for (int s : unixSignals) {
        struct sigaction sa = {};
        sa.sa_handler = &SignalWatcher::handle;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        ::sigaction(s, &sa, nullptr);
    }
}

SignalWatcher::~SignalWatcher()
{
    ::close(pipeFds[0]);
    ::close(pipeFds[1]);
    pipeFds[0] = pipeFds[1] = -1;
}

void SignalWatcher::handle(int signal)
{
    const char c = char(signal);
    [[maybe_unused]] const auto n = ::write(pipeFds[0], &c, 1); // async-signal-safe
}

void SignalWatcher::readPipe()
{
    char c = 0;
    while (::read(pipeFds[1], &c, 1) == 1)
        Q_EMIT received(int(c));
}

} // namespace qms
