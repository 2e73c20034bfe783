#include "kioskcontroller.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkInterface>
#include <QTimeZone>

#include "client/hubclient.h"
#include "domain/json.h"
#include "printing/ticketrenderer.h"
#include "protocol/protocol.h"
#include "text/displaytext.h"
#include "util/jsonreader.h"

Q_LOGGING_CATEGORY(lcKioskUi, "qms.kiosk.ui")

namespace qms {

KioskController::KioskController(HubClient &client, KioskSettings settings, CupsPrinter *printer, Clock clock,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_settings(std::move(settings))
    , m_printer(printer)
    , m_clock(std::move(clock))
    , m_services(client.mirror(), m_clock)
{
    connect(&client, &HubClient::onlineChanged, this, [this](bool online) {
        m_services.setOnline(online);
        Q_EMIT onlineChanged();
    });
    connect(&client.mirror(), &QueueMirror::reset, this, [this] {
        m_services.refresh();
        Q_EMIT readyChanged();
    });
    connect(&client.mirror(), &QueueMirror::eventApplied, &m_services, &ServiceListModel::refresh);
    // Hours open and close with the clock, not with events.
    connect(&m_minuteTimer, &QTimer::timeout, &m_services, &ServiceListModel::refresh);
    m_minuteTimer.start(30'000);
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
    setLanguage(m_settings.language);
}

KioskController::~KioskController()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

bool KioskController::isOnline() const
{
    return m_client.isOnline();
}
bool KioskController::isReady() const
{
    return m_client.mirror().isReady();
}

QString KioskController::centerName() const
{
    return isReady() ? m_client.mirror().config().name.in(m_language) : QString();
}

QVariantList KioskController::priorityGroups() const
{
    QVariantList groups;
    if (!isReady())
        return groups;
    for (const PriorityGroup &g : m_client.mirror().config().priorityGroups)
        groups.append(QVariantMap{{QStringLiteral("id"), g.id}, {QStringLiteral("name"), g.name.in(m_language)}});
    return groups;
}

QString KioskController::priorityGroupName(const QString &id) const
{
    const PriorityGroup *g = isReady() ? m_client.mirror().config().priorityGroup(id) : nullptr;
    return g ? g->name.in(m_language) : QString();
}

QString KioskController::hubText() const
{
    const QString where = hubAddress();
    return isOnline() ? tr("Connected to the hub at %1 as %2").arg(where, m_settings.device)
                      : tr("Not connected to the hub at %1").arg(where);
}

void KioskController::setLanguage(const QString &language)
{
    const QString lang = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("vi");
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::make_unique<QTranslator>();
    if (m_translator->load(QStringLiteral(":/i18n/kiosk_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(m_translator.get());
    else
        qCWarning(lcKioskUi) << "no translation for" << lang;
    m_language = lang;
    m_services.setLanguage(lang);
    Q_EMIT languageChanged();
    Q_EMIT readyChanged(); // names in the new language
    Q_EMIT onlineChanged();
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
    QJsonObject fields{{QStringLiteral("service"), serviceId}};
    if (!priorityGroup.isEmpty())
        fields.insert(QStringLiteral("priority"), priorityGroup);
    m_client.request(QStringLiteral("ticket.issue"), fields, this,
                     [this, priorityGroup](const HubReply &reply) { onIssued(reply, priorityGroup); });
}

QString KioskController::userMessageFor(const HubReply &reply) const
{
    const QString &code = reply.errorCode;
    if (code == QLatin1String(protocol::err::offline) || code == QLatin1String(protocol::err::noReply))
        return tr("The system cannot be reached right now. Please try again in a few minutes or ask a staff member.");
    if (code == QLatin1String("service_closed"))
        return tr("This service is not taking tickets at this time.");
    if (code == QLatin1String("daily_cap_reached"))
        return tr("This service has given out all its numbers for today.");
    return tr("No ticket could be issued. Please ask a staff member for help.");
}

void KioskController::onIssued(const HubReply &reply, const QString &priorityGroup)
{
    setBusy(false);
    if (!reply.ok) {
        qCWarning(lcKioskUi).noquote() << "issue refused:" << reply.errorCode << reply.errorMessage;
        Q_EMIT issueFailed(userMessageFor(reply));
        return;
    }
    JsonReader r(reply.body.value(QLatin1String("ticket")).toObject());
    const Ticket t = ticketFromJson(r);
    JsonReader er(reply.body.value(QLatin1String("estimate")).toObject());
    const WaitEstimate estimate = waitEstimateFromJson(er);
    const CenterConfig &config = m_client.mirror().config();
    const ServiceConfig *service = config.service(t.service);
    QList<int> open, all;
    for (const CounterConfig &c : config.counters) {
        if (!c.services.contains(t.service))
            continue;
        all << c.number;
        if (const CounterState *s = m_client.mirror().engine().counter(c.number); s && s->status == CounterStatus::Open)
            open << c.number;
    }
    IssuedTicket::Fields shown;
    shown.label = t.label;
    shown.serviceName = service ? service->name.in(m_language) : t.service;
    shown.priorityText = priorityGroup.isEmpty() ? QString() : tr("Priority: %1").arg(priorityGroupName(priorityGroup));
    shown.countersText = text::countersText(open.isEmpty() ? all : open);
    shown.aheadText = text::aheadText(estimate.peopleAhead);
    shown.waitText = text::waitText(estimate);
    shown.qrUrl = t.token.isEmpty() ? QString() : qrBaseUrl() + QStringLiteral("/t/") + t.token;
    shown.issuedAt = t.issuedAt;
    m_ticket.show(shown);
    qCInfo(lcKioskUi).noquote() << "issued" << t.label << t.service;
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
    const CenterConfig &config = m_client.mirror().config();
    const IssuedTicket::Fields &shown = m_ticket.fields();
    TicketPrint p;
    p.centerName = config.name.in(m_language);
    p.heading = tr("YOUR NUMBER");
    p.label = shown.label;
    p.serviceName = shown.serviceName;
    p.priorityLine = shown.priorityText;
    p.countersLine = shown.countersText;
    p.aheadLine = shown.aheadText;
    p.waitLine = tr("Expected wait: %1").arg(shown.waitText);
    p.qrUrl = shown.qrUrl;
    p.qrCaption = tr("Scan to follow your turn on your phone");
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(shown.issuedAt, QTimeZone(config.utcOffsetMinutes * 60));
    p.dateLine = text::dateTimeText(when);
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
    p.dateLine = text::dateTimeText(QDateTime::fromMSecsSinceEpoch(m_clock()));
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
    if (isReady() && !m_client.mirror().config().publicBaseUrl.isEmpty())
        return m_client.mirror().config().publicBaseUrl;
    // The phone pages are served by the hub (port 7480); a phone needs its LAN address.
    QString host = m_client.options().host;
    if (QHostAddress(host).isLoopback()) {
        for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback()) {
                host = a.toString();
                break;
            }
        }
    }
    return QStringLiteral("http://%1:7480").arg(host);
}

void KioskController::lookupDossier(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return;
    m_client.request(QStringLiteral("dossier.lookup"), {{QStringLiteral("code"), trimmed}}, this,
                     [this, trimmed](const HubReply &reply) {
                         if (reply.ok) {
                             Q_EMIT dossierAnswered(true, reply.body.value(QLatin1String("summary")).toString());
                         } else if (reply.errorCode == QLatin1String("not_found")) {
                             Q_EMIT dossierAnswered(false,
                                                    tr("No dossier was found with the code %1. Please check the code "
                                                       "on your receipt, or ask a staff member.")
                                                        .arg(trimmed));
                         } else {
                             Q_EMIT dossierAnswered(false, userMessageFor(reply));
                         }
                     });
}

QString KioskController::hubAddress() const
{
    return QStringLiteral("%1:%2").arg(m_client.options().host).arg(m_client.options().port);
}

QString KioskController::setHubAddress(const QString &address)
{
    if (m_settings.hostsHub)
        return tr("This kiosk runs the hub itself.");
    const QString host = address.section(QLatin1Char(':'), 0, 0).trimmed();
    bool ok = false;
    const uint port = address.section(QLatin1Char(':'), 1, 1).toUInt(&ok);
    if (host.isEmpty() || !ok || port == 0 || port > 65535)
        return tr("Write the address as host:port, for example 192.168.1.10:7420.");
    if (!m_settings.storeHub(host, quint16(port)))
        qCWarning(lcKioskUi) << "could not save the hub address to" << m_settings.path;
    m_client.setHub(host, quint16(port));
    Q_EMIT onlineChanged();
    return {};
}

bool KioskController::checkTechnicianPin(const QString &pin) const
{
    return m_settings.checkTechnicianPin(pin);
}

void KioskController::quit()
{
    qCInfo(lcKioskUi) << "technician closed the kiosk app";
    Q_EMIT quitRequested();
}

} // namespace qms
