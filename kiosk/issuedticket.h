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
    Q_PROPERTY(QString label READ label NOTIFY changed)
    Q_PROPERTY(QString serviceName READ serviceName NOTIFY changed)
    Q_PROPERTY(QString priorityText READ priorityText NOTIFY changed)
    Q_PROPERTY(QString countersText READ countersText NOTIFY changed)
    Q_PROPERTY(QString aheadText READ aheadText NOTIFY changed)
    Q_PROPERTY(QString waitText READ waitText NOTIFY changed)
    Q_PROPERTY(QString qrUrl READ qrUrl NOTIFY changed)
    Q_PROPERTY(QString validText READ validText NOTIFY changed)
    Q_PROPERTY(PrintState printState READ printState NOTIFY changed)
    Q_PROPERTY(QString printMessage READ printMessage NOTIFY changed)
public:
    enum class PrintState { Printing, Printed, Failed };
    Q_ENUM(PrintState)

    using QObject::QObject;

    /** What the screen shows; the printed ticket says the same. */
    struct Fields
    {
        QString label, serviceName, priorityText, countersText, aheadText, waitText, qrUrl;
        QString validText;   ///< "Chỉ có giá trị trong ngày 26/11/2026"
        qint64 issuedAt = 0; ///< ms since the epoch, for the printed date
    };
    void show(const Fields &f)
    {
        m_fields = f;
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
    [[nodiscard]] const Fields &fields() const { return m_fields; }
    [[nodiscard]] const QString &label() const { return m_fields.label; }
    [[nodiscard]] const QString &serviceName() const { return m_fields.serviceName; }
    [[nodiscard]] const QString &priorityText() const { return m_fields.priorityText; }
    [[nodiscard]] const QString &countersText() const { return m_fields.countersText; }
    [[nodiscard]] const QString &aheadText() const { return m_fields.aheadText; }
    [[nodiscard]] const QString &waitText() const { return m_fields.waitText; }
    [[nodiscard]] const QString &qrUrl() const { return m_fields.qrUrl; }
    [[nodiscard]] const QString &validText() const { return m_fields.validText; }
    [[nodiscard]] PrintState printState() const { return m_printState; }
    [[nodiscard]] const QString &printMessage() const { return m_printMessage; }

Q_SIGNALS:
    void changed();

private:
    Fields m_fields;
    PrintState m_printState = PrintState::Printing;
    QString m_printMessage;
};

} // namespace qms
