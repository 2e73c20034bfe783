#pragma once

#include <QObject>
#include <QTimer>

#include "printing/cupsprinter.h"
#include "printing/ticketrenderer.h"

namespace qms {

/**
 * The kiosk's receipt printer as the kiosk needs it: whether a ticket taken now
 * will print (the CUPS queue and the printer itself, checked every 30 s — every
 * 10 s while something is wrong — and after every job), and each ticket's print
 * with its own outcome, so one citizen's failure never lands on the next
 * citizen's screen. Decides no wording: the view-model turns codes into words.
 */
class KioskPrinter : public QObject
{
    Q_OBJECT
public:
    enum class Health { None, Unknown, Ready, Problem };

    /** `printer` null: the kiosk has none (tickets are only shown). Not owned. */
    KioskPrinter(CupsPrinter *printer, int paperDots, QObject *parent = nullptr);

    [[nodiscard]] Health health() const { return m_health; }
    /** What is wrong (PrinterStatus::problem()), when health is Problem. */
    [[nodiscard]] const QString &problem() const { return m_problem; }
    /** CUPS's words for it, for technicians and the hub's log. */
    [[nodiscard]] const QString &detail() const { return m_detail; }
    [[nodiscard]] QString queue() const;
    [[nodiscard]] int paperDots() const { return m_paperDots; }

    /**
     * Prints a ticket and returns its key, which `printed` names when it is done.
     * A printer known to be down is not sent anything (0 is returned): a ticket
     * sent to it could come out later, in front of someone else.
     */
    quint64 print(const TicketPrint &ticket, const QString &title);
    /** Asks CUPS and the printer now; `healthChanged` follows if it changed. */
    void checkNow();

Q_SIGNALS:
    void printed(quint64 key, const qms::PrintOutcome &outcome);
    void healthChanged();
    /** Every answer to checkNow(), changed or not (the technician's "Check printer"). */
    void checked();

private:
    void setHealth(Health health, const QString &problem, const QString &detail);

    CupsPrinter *m_printer;
    int m_paperDots;
    Health m_health;
    QString m_problem;
    QString m_detail;
    QTimer m_checkTimer;
};

} // namespace qms
