#include "kioskcontroller.h"

#include <QDateTime>
#include <QHostAddress>
#include <QNetworkInterface>

#include "client/hubclient.h"
#include "printing/ticketrenderer.h"
#include "text/displaytext.h"
#include "ui/logging.h"

namespace qms {

KioskController::KioskController(HubClient &client, Translations &translations, KioskSettings settings,
                                 CupsPrinter *printer, Clock clock, QObject *parent)
    : ClientViewModel(client, translations, clock, parent)
    , m_settings(std::move(settings))
    , m_printer(printer)
    , m_services(client.mirror(), std::move(clock))
{
    connect(&client, &HubClient::onlineChanged, this, [this](bool online) {
        m_services.setOnline(online);
        Q_EMIT hubTextChanged();
    });
    connect(&client.mirror(), &QueueMirror::reset, &m_services, &ServiceListModel::refresh);
    connect(&client.mirror(), &QueueMirror::eventApplied, &m_services, &ServiceListModel::refresh);
    connect(this, &ClientViewModel::languageChanged, this, [this] {
        m_services.setLanguage(language());
        Q_EMIT hubTextChanged();
    });
    connect(this, &ClientViewModel::hubChanged, this, &KioskController::hubTextChanged);
    // Services open and close with the clock, not with events.
    connect(&m_hoursTimer, &QTimer::timeout, &m_services, &ServiceListModel::refresh);
    m_hoursTimer.start(30'000);
    if (m_printer) {
        connect(m_printer, &CupsPrinter::printed, this, &KioskController::onPrinted);
        connect(m_printer, &CupsPrinter::statusRead, this, [this](const PrinterStatus &s) {
            m_printerStatusText = s.problem().isEmpty()
                ? tr("Printer %1: ready").arg(s.queue)
                : tr("Printer %1: %2 (%3)")
                      .arg(s.queue, printProblemText(s.problem()), s.reasons.join(QStringLiteral(", ")));
            Q_EMIT printerStatusChanged();
        });
    }
    m_services.setOnline(client.isOnline());
    m_services.setLanguage(language());
}

KioskController::~KioskController() = default;

QVariantList KioskController::priorityGroups() const
{
    QVariantList groups;
    if (!isReady())
        return groups;
    for (const PriorityGroup &g : center().priorityGroups)
        groups.append(QVariantMap{{QStringLiteral("id"), g.id}, {QStringLiteral("name"), g.name.in(language())}});
    return groups;
}

QString KioskController::priorityGroupName(const QString &id) const
{
    const PriorityGroup *g = isReady() ? center().priorityGroup(id) : nullptr;
    return g ? g->name.in(language()) : QString();
}

QString KioskController::hubText() const
{
    const QString where = hubAddress();
    return isOnline() ? tr("Connected to the hub at %1 as %2").arg(where, m_settings.station.device)
                      : tr("Not connected to the hub at %1").arg(where);
}

void KioskController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void KioskController::issue(const QString &serviceId, const QString &priorityGroup)
{
    if (m_busy)
        return; // a second tap while the first is on its way
    setBusy(true);
    client().send(protocol::IssueTicket{serviceId, priorityGroup}, this,
                  [this, priorityGroup](const Result<protocol::Committed> &reply) { onIssued(reply, priorityGroup); });
}

QString KioskController::errorText(const Error &error) const
{
    switch (error.code) {
    case ErrorCode::Offline:
    case ErrorCode::NoReply:
        return tr("The system cannot be reached right now. Please try again in a few minutes or ask a staff member.");
    case ErrorCode::ServiceClosed:
    case ErrorCode::DailyCapReached:
        return ClientViewModel::errorText(error);
    default:
        return tr("No ticket could be issued. Please ask a staff member for help.");
    }
}

void KioskController::onIssued(const Result<protocol::Committed> &reply, const QString &priorityGroup)
{
    setBusy(false);
    if (reply && (!reply->ticket || !reply->estimate))
        qCWarning(lcUi) << "the hub's reply to ticket.issue has no ticket or no estimate";
    if (!reply || !reply->ticket || !reply->estimate) {
        const Error error = reply ? Error{ErrorCode::Internal, QStringLiteral("incomplete reply")} : reply.error();
        qCWarning(lcUi).noquote() << "issue refused:" << errorCodeName(error.code) << error.message;
        Q_EMIT issueFailed(errorText(error));
        return;
    }
    const Ticket &t = *reply->ticket;
    const WaitEstimate &estimate = *reply->estimate;
    const CenterConfig &config = center();
    const ServiceConfig *service = config.service(t.service);
    QList<int> open, all;
    for (const CounterConfig &c : config.counters) {
        if (!c.services.contains(t.service))
            continue;
        all << c.number;
        if (const CounterState *s = mirror().engine().counter(c.number); s && s->status == CounterStatus::Open)
            open << c.number;
    }
    IssuedTicket::Fields shown;
    shown.label = t.label;
    shown.serviceName = service ? service->name.in(language()) : t.service;
    shown.priorityText = priorityGroup.isEmpty() ? QString() : tr("Priority: %1").arg(priorityGroupName(priorityGroup));
    shown.countersText = text::countersText(open.isEmpty() ? all : open);
    shown.aheadText = text::aheadText(estimate.peopleAhead);
    shown.waitText = text::waitText(estimate);
    shown.qrUrl = t.token.isEmpty() ? QString() : qrBaseUrl() + QStringLiteral("/t/") + t.token;
    shown.issuedAt = t.issuedAt;
    m_ticket.show(shown);
    qCInfo(lcUi).noquote() << "issued" << t.label << t.service;
    Q_EMIT ticketIssued();
    printTicket();
}

void KioskController::printTicket()
{
    if (!m_printer || m_printer->options().queue.isEmpty()) {
        m_ticket.setPrinted(
            false,
            tr("This kiosk does not print tickets. Please take a photo of this screen or write down your number."));
        return;
    }
    const IssuedTicket::Fields &shown = m_ticket.fields();
    TicketPrint p;
    p.centerName = centerName();
    p.heading = tr("YOUR NUMBER");
    p.label = shown.label;
    p.serviceName = shown.serviceName;
    p.priorityLine = shown.priorityText;
    p.countersLine = shown.countersText;
    p.aheadLine = shown.aheadText;
    p.waitLine = tr("Expected wait: %1").arg(shown.waitText);
    p.qrUrl = shown.qrUrl;
    p.qrCaption = tr("Scan to follow your turn on your phone");
    p.dateLine = text::dateTimeText(text::centerTime(shown.issuedAt, utcOffsetMinutes()));
    p.footer = tr("Thank you!");
    m_printingTest = false;
    m_printer->print(renderTicket(p, m_settings.paperDots), QStringLiteral("ticket %1").arg(p.label));
}

void KioskController::printTestTicket()
{
    if (!m_printer)
        return;
    TicketPrint p;
    p.centerName = isReady() ? centerName() : QStringLiteral("QMS");
    p.heading = tr("PRINTER TEST");
    p.label = QStringLiteral("0000");
    p.serviceName = tr("Printer %1, %2 dots wide").arg(m_printer->options().queue).arg(m_settings.paperDots);
    p.countersLine = QStringLiteral("ÁÀẢÃẠ ĂẮẰẲẴẶ ÂẤẦẨẪẬ ĐÉÈẺẼẸ ÊẾỀỂỄỆ ÍÌỈĨỊ");
    p.aheadLine = QStringLiteral("ÓÒỎÕỌ ÔỐỒỔỖỘ ƠỚỜỞỠỢ ÚÙỦŨỤ ƯỨỪỬỮỰ ÝỲỶỸỴ");
    p.qrUrl = qrBaseUrl();
    p.qrCaption = tr("This QR code should scan as %1").arg(p.qrUrl);
    p.dateLine = text::dateTimeText(text::centerTime(now(), utcOffsetMinutes()));
    m_printingTest = true;
    m_printer->print(renderTicket(p, m_settings.paperDots), QStringLiteral("printer test"));
}

QString KioskController::printProblemText(const QString &code) const
{
    if (code == QLatin1String("media_empty"))
        return tr("The printer is out of paper — please tell a staff member.");
    if (code == QLatin1String("media_jam") || code == QLatin1String("cover_open"))
        return tr("The printer needs attention (paper jam or cover open) — please tell a staff member.");
    return tr("The printer is not responding.");
}

void KioskController::onPrinted(const PrintOutcome &outcome)
{
    if (m_printingTest) {
        m_printingTest = false;
        m_printerStatusText = outcome.ok ? tr("Test ticket printed.")
                                         : printProblemText(outcome.code) + QLatin1Char(' ') + outcome.detail;
        Q_EMIT printerStatusChanged();
        return;
    }
    if (outcome.ok) {
        m_ticket.setPrinted(true, tr("Please take your ticket below."));
        return;
    }
    m_ticket.setPrinted(
        false,
        tr("Your ticket could not be printed. %1 Please take a photo of this screen or write down your number.")
            .arg(printProblemText(outcome.code)));
}

void KioskController::refreshPrinterStatus()
{
    if (m_printer)
        m_printer->refreshStatus();
    else {
        m_printerStatusText = tr("No printer is set up for this kiosk.");
        Q_EMIT printerStatusChanged();
    }
}

QString KioskController::qrBaseUrl() const
{
    if (!m_settings.publicUrl.isEmpty())
        return m_settings.publicUrl;
    if (isReady() && !center().publicBaseUrl.isEmpty())
        return center().publicBaseUrl;
    // The phone pages are served by the hub; a phone needs its LAN address.
    QString host = client().hub().host;
    if (QHostAddress(host).isLoopback()) {
        for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback()) {
                host = a.toString();
                break;
            }
        }
    }
    return QStringLiteral("http://%1:%2").arg(host).arg(protocol::defaultHttpPort);
}

void KioskController::lookupDossier(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return;
    client().send(protocol::LookupDossier{trimmed}, this,
                  [this, trimmed](const Result<protocol::DossierSummary> &reply) {
                      if (reply) {
                          Q_EMIT dossierAnswered(true, reply->summary);
                      } else if (reply.error().code == ErrorCode::NotFound) {
                          Q_EMIT dossierAnswered(false,
                                                 tr("No dossier was found with the code %1. Please check the code "
                                                    "on your receipt, or ask a staff member.")
                                                     .arg(trimmed));
                      } else {
                          Q_EMIT dossierAnswered(false, errorText(reply.error()));
                      }
                  });
}

QString KioskController::setHubAddress(const QString &address)
{
    if (m_settings.hostsHub)
        return tr("This kiosk runs the hub itself.");
    const auto hub = parseHostPort(address, protocol::defaultPort);
    if (!hub || hub->host.isEmpty())
        return tr("Write the address as host:port, for example 192.168.1.10:7420.");
    if (!m_settings.station.storeHub(*hub))
        qCWarning(lcUi) << "could not save the hub address to" << m_settings.station.path;
    client().setHub(*hub);
    Q_EMIT hubChanged();
    return {};
}

bool KioskController::checkTechnicianPin(const QString &pin) const
{
    return m_settings.checkTechnicianPin(pin);
}

void KioskController::quit()
{
    qCInfo(lcUi) << "technician closed the kiosk app";
    Q_EMIT quitRequested();
}

} // namespace qms
