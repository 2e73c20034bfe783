#pragma once

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace qms {

/**
 * Notices when nobody has touched the kiosk for `timeout` ms (any touch, click
 * or key anywhere in the application counts), so screens return home by
 * themselves. A timeout of 0 disables it.
 */
class IdleWatcher : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int timeout READ timeout WRITE setTimeout NOTIFY timeoutChanged)
public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    [[nodiscard]] int timeout() const { return m_timeout; }
    void setTimeout(int ms);
    /** Starts counting again from now. */
    Q_INVOKABLE void restart();

Q_SIGNALS:
    void timeoutChanged();
    void timedOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    int m_timeout = 0;
};

} // namespace qms
