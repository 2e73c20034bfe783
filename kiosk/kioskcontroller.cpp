#include "kioskcontroller.h"

#include <QDateTime>

#include "client/hubclient.h"
#include "domain/dossiercode.h"
#include "printing/ticketrenderer.h"
#include "text/displaytext.h"
#include "ui/logging.h"
#include "ui/translations.h"

namespace qms {

KioskController::KioskController(HubClient &client, Translations &translations, KioskSettings settings,
                                 CupsPrinter *printer, Clock clock, QObject *parent)
    : ClientViewModel(client, translations, clock, parent)
    , m_settings(std::move(settings))
    , m_printer(printer, m_settings.paperDots)
    , m_services(client.mirror(), std::move(clock))
{
    connect(&client, &HubClient::onlineChanged, this, [this](bool online) {
        m_services.setOnline(online);
        Q_EMIT hubTextChanged();
    });
    // The hub learns how this kiosk's printer is, on every (re)connection and every change.
    connect(&client, &HubClient::synchronized, this, &KioskController::reportPrinter);
    connect(&client, &HubClient::noticeReceived, this, [this](const protocol::Notice &notice) {
        if (const auto *print = std::get_if<protocol::PrintNotice>(&notice))
            reprint(*print);
    });
    connect(&client.mirror(), &QueueMirror::reset, &m_services, &ServiceListModel::refresh);
    connect(&client.mirror(), &QueueMirror::eventApplied, &m_services, &ServiceListModel::refresh);
    connect(this, &ClientViewModel::languageChanged, this, [this] {
        m_services.setLanguage(language());
        Q_EMIT hubTextChanged();
        Q_EMIT printerChanged();
        Q_EMIT startedOverChanged();
    });
    connect(this, &ClientViewModel::hubChanged, this, &KioskController::hubTextChanged);
    // Services open and close with the clock, not with events.
    connect(&m_hoursTimer, &QTimer::timeout, &m_services, &ServiceListModel::refresh);
    m_hoursTimer.start(30'000);
    connect(&m_printer, &KioskPrinter::printed, this, &KioskController::onPrinted);
    connect(&m_printer, &KioskPrinter::healthChanged, this, [this] {
        Q_EMIT printerChanged();
        reportPrinter();
    });
    connect(&m_printer, &KioskPrinter::checked, this, [this] {
        m_printerStatusText = m_printer.health() == KioskPrinter::Health::Ready
            ? tr("Printer %1: ready").arg(m_printer.queue())
            : tr("Printer %1: %2 (%3)")
                  .arg(m_printer.queue(), text::printerProblemText(m_printer.problem()), m_printer.detail());
        Q_EMIT printerStatusChanged();
    });
    connect(this, &KioskController::dossierAnswered, this,
            [this](bool, const QString &answer) { m_dossierAnswer = answer; });
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

QString KioskController::priorityGroupsText() const
{
    QStringList names;
    if (isReady())
        for (const PriorityGroup &g : center().priorityGroups) {
            QString name = g.name.in(language());
            if (!names.isEmpty() && !name.isEmpty()) // a list in a sentence: "Người cao tuổi, người khuyết tật, …"
                name[0] = name[0].toLower();
            names << name;
        }
    return names.join(QStringLiteral(", "));
}

QString KioskController::priorityGroupName(const QString &id) const
{
    const PriorityGroup *g = isReady() ? center().priorityGroup(id) : nullptr;
    return g ? g->name.in(language()) : QString();
}

QString KioskController::serviceName(const QString &id) const
{
    const ServiceConfig *s = isReady() ? center().service(id) : nullptr;
    return s ? s->name.in(language()) : QString();
}

void KioskController::setEasyReading(bool on)
{
    if (m_easyReading == on)
        return;
    m_easyReading = on;
    Q_EMIT easyReadingChanged();
    Q_EMIT startedOverChanged();
}

bool KioskController::isStartedOver() const
{
    return !m_easyReading && language() == Translations::normalized(m_settings.station.language);
}

void KioskController::startOver()
{
    setLanguage(m_settings.station.language);
    setEasyReading(false);
    stopReadingAloud();
    m_listening = false;
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
                  [this](const Result<protocol::Committed> &reply) { onIssued(reply); });
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

void KioskController::onIssued(const Result<protocol::Committed> &reply)
{
    setBusy(false);
    if (!reply || !reply->ticket || !reply->estimate) {
        const Error error = reply ? Error{ErrorCode::Internal, QStringLiteral("the reply has no ticket or estimate")}
                                  : reply.error();
        qCWarning(lcUi).noquote() << "issue refused:" << errorCodeName(error.code) << error.message;
        Q_EMIT issueFailed(errorText(error));
        return;
    }
    const Ticket &t = *reply->ticket;
    m_ticket.show(ticketFields(t, *reply->estimate));
    qCInfo(lcUi).noquote() << "issued" << t.label << t.service;
    m_ticketAnnounced = false;
    Q_EMIT ticketIssued();
    printTicket();
}

IssuedTicket::Fields KioskController::ticketFields(const Ticket &t, const WaitEstimate &estimate) const
{
    const CenterConfig &config = center();
    const ServiceConfig *service = config.service(t.service);
    QList<int> open, all;
    for (const CounterConfig &c : config.counters) {
        if (!mirror().engine().servicesOf(c.number).contains(t.service))
            continue;
        all << c.number;
        if (const CounterState *s = mirror().engine().counter(c.number); s && s->status == CounterStatus::Open)
            open << c.number;
    }
    IssuedTicket::Fields shown;
    shown.label = t.label;
    shown.serviceName = service ? service->name.in(language()) : t.service;
    shown.priorityText = t.priorityGroup.isEmpty() ? QString()
                                                    : tr("Priority: %1").arg(priorityGroupName(t.priorityGroup));
    shown.countersText = text::countersText(open.isEmpty() ? all : open);
    shown.aheadText = text::aheadText(estimate.peopleAhead);
    shown.waitText = text::waitText(estimate);
    // A citizen who took the ticket in English finds the phone page in English too.
    shown.qrUrl = t.token.isEmpty() || publicUrl().isEmpty()
        ? QString()
        : publicUrl() + QStringLiteral("/t/") + t.token
            + (language() == QLatin1String("en") ? QStringLiteral("?lang=en") : QString());
    shown.validText = tr("Valid today only, %1")
                          .arg(text::centerTime(t.issuedAt, utcOffsetMinutes()).toString(QStringLiteral("dd/MM/yyyy")));
    shown.issuedAt = t.issuedAt;
    return shown;
}

TicketPrint KioskController::ticketPrint(const IssuedTicket::Fields &shown) const
{
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
    p.footer = tr("Please watch the screens and listen for your number.") + QChar(QChar::LineSeparator)
        + shown.validText;
    return p;
}

void KioskController::reprint(const protocol::PrintNotice &notice)
{
    if (!isReady())
        return;
    TicketPrint p = ticketPrint(ticketFields(notice.ticket, notice.estimate));
    p.heading = tr("YOUR NUMBER (PRINTED AGAIN)");
    const quint64 key = m_printer.print(p, QStringLiteral("ticket %1 again").arg(p.label));
    qCInfo(lcUi).noquote() << "reprinting" << notice.ticket.label << "for" << notice.by << (key ? "" : "(printer down)");
    if (key)
        m_reprints.insert(key);
}

void KioskController::printTicket()
{
    m_ticketPrint = 0;
    if (m_printer.health() == KioskPrinter::Health::None) {
        m_ticket.setPrinted(false,
                            tr("This kiosk does not print tickets. Please take a photo of this screen or write "
                               "down your number."));
        return;
    }
    const TicketPrint p = ticketPrint(m_ticket.fields());
    m_ticketPrint = m_printer.print(p, QStringLiteral("ticket %1").arg(p.label));
    if (m_ticketPrint == 0) {
        // Known to be down: nothing was sent, so nothing can come out later for someone else.
        m_ticket.setPrinted(false,
                            tr("The ticket printer is not working, so your ticket was not printed. %1 Please "
                               "take a photo of this screen or write down your number, and tell a staff member.")
                                .arg(text::printerProblemText(m_printer.problem())));
    }
}

void KioskController::printTestTicket()
{
    TicketPrint p;
    p.centerName = isReady() ? centerName() : QStringLiteral("QMS");
    p.heading = tr("PRINTER TEST");
    p.label = QStringLiteral("0000");
    p.serviceName = tr("Printer %1, %2 dots wide").arg(m_printer.queue()).arg(m_printer.paperDots());
    // Every Vietnamese letter, capital and small: a missing glyph shows at once.
    p.priorityLine = QStringLiteral("ÁÀẢÃẠ ĂẮẰẲẴẶ ÂẤẦẨẪẬ Đ ÉÈẺẼẸ ÊẾỀỂỄỆ ÍÌỈĨỊ");
    p.countersLine = QStringLiteral("ÓÒỎÕỌ ÔỐỒỔỖỘ ƠỚỜỞỠỢ ÚÙỦŨỤ ƯỨỪỬỮỰ ÝỲỶỸỴ");
    p.aheadLine = QStringLiteral("áàảãạ ăắằẳẵặ âấầẩẫậ đ éèẻẽẹ êếềểễệ íìỉĩị");
    p.waitLine = QStringLiteral("óòỏõọ ôốồổỗộ ơớờởỡợ úùủũụ ưứừửữự ýỳỷỹỵ");
    p.qrUrl = publicUrl();
    p.qrCaption = p.qrUrl.isEmpty() ? tr("No public address is set, so tickets carry no QR code.")
                                    : tr("This QR code should scan as %1").arg(p.qrUrl);
    p.dateLine = text::dateTimeText(text::centerTime(now(), utcOffsetMinutes()));
    m_testPrint = m_printer.print(p, QStringLiteral("printer test"));
    if (m_testPrint == 0) {
        m_printerStatusText = m_printer.health() == KioskPrinter::Health::None
            ? tr("No printer is set up for this kiosk.")
            : tr("Not sent: %1 Check the printer, then \"Check printer\".").arg(text::printerProblemText(m_printer.problem()));
        Q_EMIT printerStatusChanged();
    }
}

void KioskController::onPrinted(quint64 key, const PrintOutcome &outcome)
{
    if (m_reprints.erase(key) > 0) {
        if (!outcome.ok)
            qCWarning(lcUi).noquote() << "a reprint failed:" << outcome.code << outcome.detail;
        return;
    }
    if (key == m_testPrint) {
        m_testPrint = 0;
        m_printerStatusText = outcome.ok ? tr("Test ticket printed.")
                                         : text::printerProblemText(outcome.code) + QLatin1Char(' ') + outcome.detail;
        Q_EMIT printerStatusChanged();
        return;
    }
    // Only the ticket on screen: a late answer about an earlier citizen's ticket is not this one's.
    if (key != m_ticketPrint || key == 0)
        return;
    m_ticketPrint = 0;
    if (outcome.ok) {
        m_ticket.setPrinted(true, tr("Please take your ticket below."));
    } else if (outcome.maybePrinted) {
        m_ticket.setPrinted(false,
                            tr("The printer has not confirmed your ticket; it may still come out in a moment. "
                               "If it does not, please take a photo of this screen or write down your number."));
    } else {
        m_ticket.setPrinted(false,
                            tr("Your ticket could not be printed. %1 Please take a photo of this screen or "
                               "write down your number, and tell a staff member.")
                                .arg(text::printerProblemText(outcome.code)));
    }
}

bool KioskController::printerReady() const
{
    return m_printer.health() != KioskPrinter::Health::Problem;
}

QString KioskController::printerNotice() const
{
    if (printerReady())
        return {};
    return tr("The ticket printer is not working at the moment. You can still take a number: it will be shown on "
              "the screen. Please tell a staff member.");
}

void KioskController::reportPrinter()
{
    if (!isOnline())
        return;
    static const char *const states[] = {"none", "unknown", "ready", "problem"};
    protocol::ReportStatus status{QString::fromLatin1(states[int(m_printer.health())]), m_printer.problem(),
                                  m_printer.detail()};
    client().send(status, this, [](const Result<protocol::Done> &reply) {
        if (!reply)
            qCWarning(lcUi).noquote() << "could not tell the hub about the printer:" << reply.error().message;
    });
}

void KioskController::refreshPrinterStatus()
{
    if (m_printer.health() == KioskPrinter::Health::None) {
        m_printerStatusText = tr("No printer is set up for this kiosk.");
        Q_EMIT printerStatusChanged();
        return;
    }
    m_printerStatusText = tr("Checking the printer…");
    Q_EMIT printerStatusChanged();
    m_printer.checkNow();
}

QString KioskController::publicUrl() const
{
    if (!m_settings.publicUrl.isEmpty())
        return m_settings.publicUrl;
    return isReady() ? center().publicBaseUrl : QString();
}

void KioskController::lookupDossier(const QString &code)
{
    const auto parsed = DossierCode::parse(code);
    if (!parsed) {
        // Not a dossier code at all: a typing slip, most likely.
        Q_EMIT dossierAnswered(false,
                               tr("%1 is not a dossier code. A code looks like 000.00.12.H57-240301-0001: "
                                  "please check it against your receipt.")
                                   .arg(code.trimmed()));
        return;
    }
    const QString normalized = parsed->toString();
    client().send(protocol::LookupDossier{normalized}, this,
                  [this, normalized](const Result<protocol::DossierView> &reply) {
                      if (reply) {
                          Q_EMIT dossierAnswered(true, dossierText(reply.value()));
                      } else if (reply.error().code == ErrorCode::NotFound) {
                          Q_EMIT dossierAnswered(false, tr("No dossier with the code %1 was found here. Please ask at "
                                                           "the reception counter; bring your receipt.")
                                                            .arg(normalized));
                      } else {
                          Q_EMIT dossierAnswered(false, errorText(reply.error()));
                      }
                  });
}

QString KioskController::dossierText(const protocol::DossierView &d) const
{
    QStringList lines;
    lines << tr("Dossier %1 of %2").arg(d.code, d.applicant);
    const ServiceConfig *service = isReady() ? center().service(d.service) : nullptr;
    const Procedure *procedure = service ? service->procedure(d.procedure) : nullptr;
    if (procedure)
        lines << procedure->name.in(language());
    lines << tr("Status: %1").arg(text::dossierStatusText(d.status));
    if (d.status == DossierStatus::Returned)
        lines << tr("Collected on %1.").arg(text::shortDate(text::centerTime(d.closedAt, utcOffsetMinutes()).date()));
    else if (!isFinal(d.status))
        lines << tr("Results due on %1, to be collected at %2.").arg(text::shortDate(d.promised), d.resultsAt.in(language()));
    if (!d.papersMissing.isEmpty())
        lines << tr("Please bring: %1.").arg(d.papersMissing.join(QStringLiteral("; ")));
    return lines.join(QLatin1Char('\n'));
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
