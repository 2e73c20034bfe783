#pragma once

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>

#include "domain/time.h"
#include "util/error.h"
#include "util/hostport.h"

namespace qms {

class HubClient;
class QueueMirror;
class Translations;
struct CenterConfig;

/**
 * What every app's screens have in common, as the base of each app's
 * view-model: whether the hub is reachable and the queue mirrored, the language,
 * the center's name and its wall clock (the center's time, not the machine's),
 * the hub's address, and the sentence a person reads for a refusal.
 *
 * Apps derive from it (KioskController, CounterController, DisplayController)
 * and add what is theirs; QML binds to the properties and never decides.
 */
class ClientViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("each app makes its own view-model")
    Q_PROPERTY(bool online READ isOnline NOTIFY onlineChanged)
    Q_PROPERTY(bool ready READ isReady NOTIFY readyChanged)
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(QString centerName READ centerName NOTIFY centerChanged)
    Q_PROPERTY(QString hubAddress READ hubAddress NOTIFY hubChanged)
    Q_PROPERTY(QString clockText READ clockText NOTIFY clockChanged)
    Q_PROPERTY(QString dateText READ dateText NOTIFY clockChanged)
public:
    using Clock = std::function<Timestamp()>;

    /** The client and translations must outlive the view-model. */
    ClientViewModel(HubClient &client, Translations &translations, Clock clock, QObject *parent = nullptr);
    ~ClientViewModel() override;

    [[nodiscard]] bool isOnline() const;
    [[nodiscard]] bool isReady() const;
    [[nodiscard]] const QString &language() const;
    /** In the current language; empty until the queue is mirrored. */
    [[nodiscard]] QString centerName() const;
    [[nodiscard]] QString hubAddress() const;
    /** "09:05" on the center's clock (its UTC offset, not the machine's zone). */
    [[nodiscard]] QString clockText() const;
    /** "Thứ Năm, 26/11/2026" on the center's clock. */
    [[nodiscard]] QString dateText() const;

    /** Switches every screen to "vi" or "en". */
    Q_INVOKABLE void setLanguage(const QString &language);

    /**
     * What a person is told when the hub refused, or could not be asked. A
     * request that got no reply is said to be uncertain, never done. Apps
     * override it to speak to their own users (a citizen, a clerk).
     */
    [[nodiscard]] virtual QString errorText(const Error &error) const;

    /** Now, on the clock the view-model was given. */
    [[nodiscard]] Timestamp now() const { return m_clock(); }
    /** The center's UTC offset (Vietnam's +07:00 until the queue is mirrored). */
    [[nodiscard]] int utcOffsetMinutes() const;

Q_SIGNALS:
    void onlineChanged();
    void readyChanged();
    void languageChanged();
    void centerChanged();
    void hubChanged();
    void clockChanged();

protected:
    [[nodiscard]] HubClient &client() const { return m_client; }
    [[nodiscard]] const QueueMirror &mirror() const;
    /** Only when ready. */
    [[nodiscard]] const CenterConfig &center() const;

private:
    HubClient &m_client;
    Translations &m_translations;
    Clock m_clock;
    QTimer m_clockTimer;
};

} // namespace qms
