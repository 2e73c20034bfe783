// KioskController, its "Listen" part: what the kiosk says about each screen,
// for a citizen who cannot read it. The sentences are the screen's own texts in
// the citizen's language; a ticket's number is said the way the lobby will call it.
#include "kioskcontroller.h"

#include "speech/englishnumbers.h"
#include "speech/screenreader.h"
#include "speech/vietnamesenumbers.h"

namespace qms {

void KioskController::setScreenReader(ScreenReader *reader)
{
    m_reader = reader;
    if (m_reader)
        connect(m_reader, &ScreenReader::readingChanged, this, &KioskController::readingAloudChanged);
}

bool KioskController::isReadingAloud() const
{
    return m_reader && m_reader->isReading();
}

void KioskController::stopReadingAloud()
{
    if (m_reader && m_reader->isReading())
        m_reader->stop();
}

void KioskController::readAloud()
{
    if (!m_reader)
        return;
    if (m_reader->isReading()) {
        m_reader->stop(); // a second tap: enough
        return;
    }
    m_listening = true;
    readScreen(m_screen);
}

void KioskController::showing(const QString &screen)
{
    if (screen == m_screen)
        return;
    m_screen = screen;
    // A citizen who listened hears their ticket as soon as it is on screen, without looking for the button.
    if (screen == QLatin1String("ticketPage") && m_listening && !m_ticketAnnounced) {
        m_ticketAnnounced = true;
        readScreen(screen);
        return;
    }
    stopReadingAloud(); // what was being read is no longer on screen
}

void KioskController::readScreen(const QString &screen)
{
    const QString voice = language() == QLatin1String("en") ? QStringLiteral("en") : m_settings.speech.announcer.voice;
    QList<ScreenReader::Sentence> sentences;
    for (const QString &text : readAloudText(screen))
        sentences << ScreenReader::Sentence{text, voice};
    m_reader->read(sentences);
}

QStringList KioskController::readAloudText(const QString &screen) const
{
    QStringList out;
    if (!isOnline())
        out << tr("Not connected to the system — tickets cannot be issued right now. Please ask a staff member.");
    if (screen == QLatin1String("ticketPage")) {
        const IssuedTicket::Fields &t = m_ticket.fields();
        const QString spoken = language() == QLatin1String("en")
            ? englishTicketLabel(t.label)
            : spokenTicketLabel(t.label, m_settings.speech.announcer.dialect);
        out << tr("Your number is %1.").arg(spoken) << tr("Service: %1.").arg(t.serviceName);
        if (!t.priorityText.isEmpty())
            out << t.priorityText + QLatin1Char('.');
        out << tr("When your number is called, please go to %1.").arg(t.countersText);
        out << t.aheadText + QLatin1Char('.') << tr("Expected wait: %1.").arg(t.waitText);
        out << (m_printer.health() == KioskPrinter::Health::None
                    ? tr("This kiosk does not print tickets. Please ask a staff member to note your number.")
                    : tr("Your ticket is printed below the screen. Please take it."));
        out << tr("Your number will be shown on the screens and called aloud.");
        return out;
    }
    if (screen == QLatin1String("priorityPage")) {
        QString groups = priorityGroupsText();
        if (!groups.isEmpty())
            groups[0] = groups[0].toLower();
        out << tr("Priority service. These citizens are served first: %1.").arg(groups)
            << tr("Please touch the group you belong to, or ask a staff member to help you.");
        return out;
    }
    if (screen == QLatin1String("dossierPage")) {
        out << (m_dossierAnswer.isEmpty()
                    ? tr("Type the dossier code printed on your receipt, or scan its barcode.")
                    : m_dossierAnswer);
        return out;
    }
    // The home screen: the services, in the order of the screen, and how to take a ticket.
    out << tr("Please choose a service by touching its name on the screen. The services, from the top:");
    int n = 0;
    for (const ServiceListModel::Choice &c : m_services.choices()) {
        ++n;
        if (c.open)
            out << tr("%1: %2. Expected wait: %3.").arg(n).arg(c.name, c.waitText);
        else
            out << tr("%1: %2. %3.").arg(n).arg(c.name, c.statusText);
    }
    if (QString groups = priorityGroupsText(); !groups.isEmpty()) {
        groups[0] = groups[0].toLower(); // inside a sentence
        out << tr("Priority tickets, for %1: the button under the services.").arg(groups);
    }
    out << tr("If you need help, please ask a staff member.");
    return out;
}

} // namespace qms
