#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace qms {

/**
 * The ticket just issued, as the confirmation screen shows it, and how its
 * printing went. Texts are in the language the citizen chose.
 */
class IssuedTicket : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the kiosk")
    Q_PROPERTY(QString label MEMBER m_label NOTIFY changed)
    Q_PROPERTY(QString serviceName MEMBER m_serviceName NOTIFY changed)
    Q_PROPERTY(QString priorityText MEMBER m_priorityText NOTIFY changed)
    Q_PROPERTY(QString countersText MEMBER m_countersText NOTIFY changed)
    Q_PROPERTY(QString aheadText MEMBER m_aheadText NOTIFY changed)
    Q_PROPERTY(QString waitText MEMBER m_waitText NOTIFY changed)
    Q_PROPERTY(QString qrUrl MEMBER m_qrUrl NOTIFY changed)
    Q_PROPERTY(PrintState printState MEMBER m_printState NOTIFY changed)
    Q_PROPERTY(QString printMessage MEMBER m_printMessage NOTIFY changed)
public:
    enum class PrintState { Printing, Printed, Failed };
    Q_ENUM(PrintState)

    using QObject::QObject;

    struct Fields
    {
        QString label, serviceName, priorityText, countersText, aheadText, waitText, qrUrl;
    };
    void show(const Fields &f)
    {
        m_label = f.label;
        m_serviceName = f.serviceName;
        m_priorityText = f.priorityText;
        m_countersText = f.countersText;
        m_aheadText = f.aheadText;
        m_waitText = f.waitText;
        m_qrUrl = f.qrUrl;
        m_printState = PrintState::Printing;
        m_printMessage.clear();
        Q_EMIT changed();
    }
    void setPrinted(bool ok, const QString &message)
    {
        m_printState = ok ? PrintState::Printed : PrintState::Failed;
        m_printMessage = message;
        Q_EMIT changed();
    }
    [[nodiscard]] const QString &label() const { return m_label; }
    [[nodiscard]] PrintState printState() const { return m_printState; }

Q_SIGNALS:
    void changed();

private:
    QString m_label, m_serviceName, m_priorityText, m_countersText, m_aheadText, m_waitText, m_qrUrl;
    PrintState m_printState = PrintState::Printing;
    QString m_printMessage;
};

} // namespace qms
