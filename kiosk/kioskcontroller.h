#pragma once

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <set>

#include "issuedticket.h"
#include "kioskprinter.h"
#include "kiosksettings.h"
#include "protocol/messages.h"
#include "servicelistmodel.h"
#include "ui/clientviewmodel.h"

namespace qms {

class ScreenReader;

/**
 * The kiosk's view-model: what the screens show and the few things a citizen
 * (or a technician) can do. QML binds to it and calls it; every decision —
 * whether a service takes tickets, what a ticket says, what a print failure
 * means for the citizen — is made here or on the hub.
 */
class KioskController : public ClientViewModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by main()")
    Q_PROPERTY(ServiceListModel *services READ services CONSTANT)
    Q_PROPERTY(QVariantList priorityGroups READ priorityGroups NOTIFY centerChanged)
    Q_PROPERTY(QString priorityGroupsText READ priorityGroupsText NOTIFY centerChanged)
    Q_PROPERTY(IssuedTicket *ticket READ ticket CONSTANT)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(bool easyReading READ easyReading WRITE setEasyReading NOTIFY easyReadingChanged)
    Q_PROPERTY(bool startedOver READ isStartedOver NOTIFY startedOverChanged)
    Q_PROPERTY(int idleSeconds READ idleSeconds CONSTANT)
    Q_PROPERTY(int ticketSeconds READ ticketSeconds CONSTANT)
    Q_PROPERTY(int ticketFailedSeconds READ ticketFailedSeconds CONSTANT)
    Q_PROPERTY(bool printerReady READ printerReady NOTIFY printerChanged)
    Q_PROPERTY(QString printerNotice READ printerNotice NOTIFY printerChanged)
    Q_PROPERTY(QString printerStatusText READ printerStatusText NOTIFY printerStatusChanged)
    Q_PROPERTY(QString hubText READ hubText NOTIFY hubTextChanged)
    Q_PROPERTY(QString publicUrl READ publicUrl NOTIFY centerChanged)
    Q_PROPERTY(bool technicianMenuAvailable READ technicianMenuAvailable CONSTANT)
    Q_PROPERTY(bool hubEditable READ hubEditable CONSTANT)
    Q_PROPERTY(bool canReadAloud READ canReadAloud CONSTANT)
    Q_PROPERTY(bool readingAloud READ isReadingAloud NOTIFY readingAloudChanged)
public:
    KioskController(HubClient &client, Translations &translations, KioskSettings settings, CupsPrinter *printer,
                    Clock clock, QObject *parent = nullptr);
    ~KioskController() override;

    [[nodiscard]] ServiceListModel *services() { return &m_services; }
    [[nodiscard]] QVariantList priorityGroups() const;
    /** "Người cao tuổi, người khuyết tật, …": who may take a priority ticket. */
    [[nodiscard]] QString priorityGroupsText() const;
    [[nodiscard]] IssuedTicket *ticket() { return &m_ticket; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] bool easyReading() const { return m_easyReading; }
    void setEasyReading(bool on);
    /** Nothing a citizen chose is left: default language, normal text. */
    [[nodiscard]] bool isStartedOver() const;
    [[nodiscard]] int idleSeconds() const { return m_settings.idleSeconds; }
    [[nodiscard]] int ticketSeconds() const { return m_settings.ticketSeconds; }
    [[nodiscard]] int ticketFailedSeconds() const { return m_settings.ticketFailedSeconds; }
    /** Whether a ticket taken now will come out of the printer (true when none is expected to). */
    [[nodiscard]] bool printerReady() const;
    /** For citizens, while the printer cannot print: what that means for them. */
    [[nodiscard]] QString printerNotice() const;
    [[nodiscard]] const QString &printerStatusText() const { return m_printerStatusText; }
    [[nodiscard]] QString hubText() const;
    /** Where the QR codes on tickets lead (the center's public address). */
    [[nodiscard]] QString publicUrl() const;
    [[nodiscard]] bool technicianMenuAvailable() const { return !m_settings.technicianPinHash.isEmpty(); }
    [[nodiscard]] bool hubEditable() const { return !m_settings.hostsHub; }

    /** The screen is read aloud on request ("Listen"): set before the screens load. Not owned. */
    void setScreenReader(ScreenReader *reader);
    [[nodiscard]] bool canReadAloud() const { return m_reader != nullptr; }
    [[nodiscard]] bool isReadingAloud() const;
    /**
     * What "Listen" says on a screen (the page's objectName: homePage,
     * priorityPage, ticketPage, dossierPage), in the citizen's language.
     */
    [[nodiscard]] QStringList readAloudText(const QString &screen) const;

    /** A citizen is told what a refusal means for them, and whom to ask. */
    [[nodiscard]] QString errorText(const Error &error) const override;

    /** Issues a ticket; `ticketIssued` or `issueFailed` follows. */
    Q_INVOKABLE void issue(const QString &serviceId, const QString &priorityGroup = {});
    Q_INVOKABLE QString priorityGroupName(const QString &id) const;
    Q_INVOKABLE QString serviceName(const QString &id) const;
    /** For the next citizen: back to the kiosk's language and normal text, nothing read aloud. */
    Q_INVOKABLE void startOver();
    /**
     * "Listen": reads the screen on show aloud, or stops if it is reading. From
     * then on this citizen's ticket is read aloud as soon as it is issued.
     */
    Q_INVOKABLE void readAloud();
    /** The screen now shown; reading stops when it changes (except into the ticket it was asked for). */
    Q_INVOKABLE void showing(const QString &screen);
    /** Looks a dossier up by its code; `dossierAnswered` follows. */
    Q_INVOKABLE void lookupDossier(const QString &code);
    Q_INVOKABLE bool checkTechnicianPin(const QString &pin) const;
    Q_INVOKABLE void printTestTicket();
    Q_INVOKABLE void refreshPrinterStatus();
    /** Technician menu: "host:port" of another hub; saved and connected to. Returns an error text or "". */
    Q_INVOKABLE QString setHubAddress(const QString &address);
    /** Technician menu only: leaves the kiosk app. */
    Q_INVOKABLE void quit();

Q_SIGNALS:
    void busyChanged();
    void easyReadingChanged();
    void startedOverChanged();
    void hubTextChanged();
    void printerChanged();
    void printerStatusChanged();
    void ticketIssued();
    void issueFailed(const QString &message);
    void dossierAnswered(bool found, const QString &message);
    void quitRequested();
    void readingAloudChanged();

private:
    void onIssued(const Result<protocol::Committed> &reply);
    /** What the screen and the paper say about a ticket, in the kiosk's language now. */
    [[nodiscard]] IssuedTicket::Fields ticketFields(const Ticket &t, const WaitEstimate &estimate) const;
    [[nodiscard]] TicketPrint ticketPrint(const IssuedTicket::Fields &shown) const;
    void printTicket();
    /** A supervisor's reprint: on paper only, the screen and its citizen untouched. */
    void reprint(const protocol::PrintNotice &notice);
    void onPrinted(quint64 key, const PrintOutcome &outcome);
    void reportPrinter();
    /** What a citizen reads about their dossier. */
    [[nodiscard]] QString dossierText(const protocol::DossierView &d) const;
    void setBusy(bool busy);
    void stopReadingAloud();
    void readScreen(const QString &screen);

    KioskSettings m_settings;
    KioskPrinter m_printer;
    ServiceListModel m_services;
    IssuedTicket m_ticket;
    QTimer m_hoursTimer;
    bool m_busy = false;
    bool m_easyReading = false;
    quint64 m_ticketPrint = 0; ///< the print of the ticket on screen
    quint64 m_testPrint = 0;   ///< the technician's test print
    std::set<quint64> m_reprints; ///< supervisors' reprints not yet out
    QString m_printerStatusText;
    ScreenReader *m_reader = nullptr;
    QString m_screen = QStringLiteral("homePage");
    bool m_listening = false;     ///< this citizen asked for the screen to be read aloud
    bool m_ticketAnnounced = true; ///< the ticket on screen has been read out (or needs not be)
    QString m_dossierAnswer;  ///< the last lookup's answer, as the dossier page shows it
};

} // namespace qms
