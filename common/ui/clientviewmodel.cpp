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
    return text::errorText(error);
}

} // namespace qms
