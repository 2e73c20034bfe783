#pragma once

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "issuedticket.h"
#include "kiosksettings.h"
#include "printing/cupsprinter.h"
#include "protocol/messages.h"
#include "servicelistmodel.h"
#include "ui/clientviewmodel.h"

namespace qms {

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
    Q_PROPERTY(IssuedTicket *ticket READ ticket CONSTANT)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(int idleSeconds READ idleSeconds CONSTANT)
    Q_PROPERTY(int ticketSeconds READ ticketSeconds CONSTANT)
    Q_PROPERTY(int ticketFailedSeconds READ ticketFailedSeconds CONSTANT)
    Q_PROPERTY(QString printerStatusText READ printerStatusText NOTIFY printerStatusChanged)
    Q_PROPERTY(QString hubText READ hubText NOTIFY hubTextChanged)
    Q_PROPERTY(bool technicianMenuAvailable READ technicianMenuAvailable CONSTANT)
    Q_PROPERTY(bool hubEditable READ hubEditable CONSTANT)
public:
    KioskController(HubClient &client, Translations &translations, KioskSettings settings, CupsPrinter *printer,
                    Clock clock, QObject *parent = nullptr);
    ~KioskController() override;

    [[nodiscard]] ServiceListModel *services() { return &m_services; }
    [[nodiscard]] QVariantList priorityGroups() const;
    [[nodiscard]] IssuedTicket *ticket() { return &m_ticket; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] int idleSeconds() const { return m_settings.idleSeconds; }
    [[nodiscard]] int ticketSeconds() const { return m_settings.ticketSeconds; }
    [[nodiscard]] int ticketFailedSeconds() const { return m_settings.ticketFailedSeconds; }
    [[nodiscard]] const QString &printerStatusText() const { return m_printerStatusText; }
    [[nodiscard]] QString hubText() const;
    [[nodiscard]] bool technicianMenuAvailable() const { return !m_settings.technicianPinHash.isEmpty(); }
    [[nodiscard]] bool hubEditable() const { return !m_settings.hostsHub; }

    /** A citizen is told what a refusal means for them, and whom to ask. */
    [[nodiscard]] QString errorText(const Error &error) const override;

    /** Issues a ticket; `ticketIssued` or `issueFailed` follows. */
    Q_INVOKABLE void issue(const QString &serviceId, const QString &priorityGroup = {});
    Q_INVOKABLE QString priorityGroupName(const QString &id) const;
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
    void hubTextChanged();
    void printerStatusChanged();
    void ticketIssued();
    void issueFailed(const QString &message);
    void dossierAnswered(bool found, const QString &message);
    void quitRequested();

private:
    void onIssued(const Result<protocol::Committed> &reply, const QString &priorityGroup);
    void printTicket();
    void onPrinted(const PrintOutcome &outcome);
    [[nodiscard]] QString qrBaseUrl() const;
    [[nodiscard]] QString printProblemText(const QString &code) const;
    void setBusy(bool busy);

    KioskSettings m_settings;
    CupsPrinter *m_printer;
    ServiceListModel m_services;
    IssuedTicket m_ticket;
    QTimer m_hoursTimer;
    bool m_busy = false;
    bool m_printingTest = false;
    QString m_printerStatusText;
};

} // namespace qms
