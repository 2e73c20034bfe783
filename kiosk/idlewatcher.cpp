#include "idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace qms {

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::timedOut);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setTimeout(int ms)
{
    if (m_timeout == ms)
        return;
    m_timeout = ms;
    restart();
    Q_EMIT timeoutChanged();
}

void IdleWatcher::restart()
{
    if (m_timeout > 0)
        m_timer.start(m_timeout);
    else
        m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
        restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace qms
