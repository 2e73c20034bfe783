#include "kioskprinter.h"

#include "printing/logging.h"

namespace qms {

namespace {
constexpr int checkReadyMs = 30'000;
constexpr int checkProblemMs = 10'000;
} // namespace

KioskPrinter::KioskPrinter(CupsPrinter *printer, int paperDots, QObject *parent)
    : QObject(parent)
    , m_printer(printer)
    , m_paperDots(paperDots)
    , m_health(printer ? Health::Unknown : Health::None)
{
    if (!m_printer)
        return;
    connect(m_printer, &CupsPrinter::statusRead, this, [this](const PrinterStatus &status) {
        const QString problem = status.problem();
        setHealth(problem.isEmpty() ? Health::Ready : Health::Problem, problem,
                  status.reasons.join(QStringLiteral(", ")));
        Q_EMIT checked();
    });
    connect(m_printer, &CupsPrinter::printed, this, [this](quint64 key, const PrintOutcome &outcome) {
        if (outcome.ok)
            setHealth(Health::Ready, {}, {});
        else
            setHealth(Health::Problem, outcome.code, outcome.detail);
        Q_EMIT printed(key, outcome);
    });
    connect(&m_checkTimer, &QTimer::timeout, this, &KioskPrinter::checkNow);
    m_checkTimer.start(checkReadyMs);
    checkNow();
}

QString KioskPrinter::queue() const
{
    return m_printer ? m_printer->options().queue : QString();
}

quint64 KioskPrinter::print(const TicketPrint &ticket, const QString &title)
{
    if (!m_printer || m_health == Health::Problem)
        return 0;
    return m_printer->print(renderTicket(ticket, m_paperDots), title);
}

void KioskPrinter::checkNow()
{
    if (m_printer)
        m_printer->refreshStatus();
}

void KioskPrinter::setHealth(Health health, const QString &problem, const QString &detail)
{
    m_checkTimer.setInterval(health == Health::Problem ? checkProblemMs : checkReadyMs);
    if (m_health == health && m_problem == problem)
        return;
    if (health == Health::Problem)
        qCWarning(lcPrint).noquote() << "printer" << queue() << "cannot print:" << problem << detail;
    else if (health == Health::Ready)
        qCInfo(lcPrint).noquote() << "printer" << queue() << "is ready";
    m_health = health;
    m_problem = problem;
    m_detail = detail;
    Q_EMIT healthChanged();
}

} // namespace qms
