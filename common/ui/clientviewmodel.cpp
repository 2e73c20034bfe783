#include "ui/clientviewmodel.h"

#include "client/hubclient.h"
#include "text/displaytext.h"
#include "ui/translations.h"

namespace qms {

namespace {
constexpr int defaultUtcOffsetMinutes = 7 * 60;
}

ClientViewModel::ClientViewModel(HubClient &client, Translations &translations, Clock clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_translations(translations)
    , m_clock(std::move(clock))
{
    connect(&client, &HubClient::onlineChanged, this, &ClientViewModel::onlineChanged);
    connect(&client.mirror(), &QueueMirror::reset, this, [this] {
        Q_EMIT readyChanged();
        Q_EMIT centerChanged();
        Q_EMIT clockChanged(); // the center's offset may differ from the default
    });
    connect(&translations, &Translations::languageChanged, this, [this] {
        Q_EMIT languageChanged();
        Q_EMIT centerChanged();
        Q_EMIT clockChanged();
    });
    // The minute shown changes on the minute; checking every few seconds keeps it at most that late.
    m_clockTimer.setInterval(5000);
    connect(&m_clockTimer, &QTimer::timeout, this, [this, last = QString()]() mutable {
        const QString shown = clockText();
        if (shown == last)
            return;
        last = shown;
        Q_EMIT clockChanged();
    });
    m_clockTimer.start();
}

ClientViewModel::~ClientViewModel() = default;

bool ClientViewModel::isOnline() const
{
    return m_client.isOnline();
}

bool ClientViewModel::isReady() const
{
    return m_client.mirror().isReady();
}

const QString &ClientViewModel::language() const
{
    return m_translations.language();
}

const QueueMirror &ClientViewModel::mirror() const
{
    return m_client.mirror();
}

const CenterConfig &ClientViewModel::center() const
{
    return m_client.mirror().config();
}

QString ClientViewModel::centerName() const
{
    return isReady() ? center().name.in(language()) : QString();
}

QString ClientViewModel::hubAddress() const
{
    return m_client.hub().toString();
}

int ClientViewModel::utcOffsetMinutes() const
{
    return isReady() ? center().utcOffsetMinutes : defaultUtcOffsetMinutes;
}

QString ClientViewModel::clockText() const
{
    return text::centerTime(now(), utcOffsetMinutes()).time().toString(QStringLiteral("HH:mm"));
}

QString ClientViewModel::dateText() const
{
    return text::dateText(text::centerTime(now(), utcOffsetMinutes()).date());
}

void ClientViewModel::setLanguage(const QString &language)
{
    m_translations.setLanguage(language);
}

QString ClientViewModel::errorText(const Error &error) const
{
    switch (error.code) {
    case ErrorCode::Offline:
        return tr("Not connected to the system. Nothing was sent; try again when the connection is back.");
    case ErrorCode::NoReply:
        return tr("The system did not answer in time. It may or may not have been done: check before trying again.");
    case ErrorCode::StorageFull:
    case ErrorCode::StorageReadOnly:
    case ErrorCode::StorageError:
        return tr("The system could not save this, so nothing was changed. Please tell the technician.");
    case ErrorCode::ServiceClosed:
        return tr("This service is not taking tickets at this time.");
    case ErrorCode::DailyCapReached:
        return tr("This service has given out all its numbers for today.");
    case ErrorCode::QueueEmpty:
        return tr("Nobody is waiting.");
    case ErrorCode::LoginFailed:
        return tr("Wrong username or PIN.");
    case ErrorCode::LockedOut:
        return tr("Too many wrong PINs. Try again in %n second(s).", nullptr, int(error.retryAfterSeconds));
    case ErrorCode::NotLoggedIn:
        return tr("Please log in first.");
    case ErrorCode::Forbidden:
        return tr("This station may not do that.");
    case ErrorCode::CounterNotOpen:
        return tr("The counter is not open.");
    case ErrorCode::CounterBusy:
        return tr("Finish the ticket being served first.");
    case ErrorCode::NotYourTicket:
        return tr("That ticket is at another counter.");
    case ErrorCode::WrongState:
        return tr("That ticket has moved on in the meantime; the screen now shows where it is.");
    case ErrorCode::RecallLimit:
        return tr("Called as many times as allowed: mark it as not present, or put it back in the queue.");
    case ErrorCode::NotFound:
        return tr("Nothing was found.");
    case ErrorCode::Busy:
        return tr("The system is busy; try again in a few seconds.");
    default:
        return tr("This could not be done (%1).").arg(errorCodeName(error.code));
    }
}

} // namespace qms
