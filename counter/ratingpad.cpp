#include "ratingpad.h"

#include <QLoggingCategory>

#include "client/hubclient.h"
#include "ui/translations.h"

namespace qms {

namespace {
Q_LOGGING_CATEGORY(lcRating, "qms.counter.rating")
}

RatingPadController::RatingPadController(HubClient &client, Translations &translations, Clock clock, Timing timing,
                                         QObject *parent)
    : ClientViewModel(client, translations, std::move(clock), parent)
    , m_timing(timing)
    , m_defaultLanguage(translations.language())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RatingPadController::dismiss);
    connect(&client.mirror(), &QueueMirror::eventApplied, this, [this](const Event &e, qint64) {
        const int mine = this->client().welcome().counter;
        if (e.type == EventType::TicketDone && e.ticket && mine != 0 && e.ticket->counter == mine)
            ask(e.ticket->id, e.ticket->label);
    });
    connect(&client.mirror(), &QueueMirror::reset, this, &RatingPadController::phaseChanged);
    connect(&client, &HubClient::synchronized, this, &RatingPadController::phaseChanged);
}

RatingPadController::~RatingPadController() = default;

QString RatingPadController::counterName() const
{
    const int number = client().welcome().counter;
    if (!isReady() || number == 0)
        return {};
    const CounterConfig *c = center().counter(number);
    return c && !c->name.vi.isEmpty() ? c->name.in(language()) : tr("Counter %1").arg(number);
}

void RatingPadController::setPhase(const QString &phase)
{
    m_phase = phase;
    Q_EMIT phaseChanged();
}

void RatingPadController::ask(qint64 ticket, const QString &label)
{
    // A newer citizen replaces an unanswered question: the one who just left is gone.
    m_ticket = ticket;
    m_label = label;
    m_problem.clear();
    m_busy = false;
    setPhase(QStringLiteral("asking"));
    m_timer.start(m_timing.askSeconds * 1000);
}

void RatingPadController::rate(const QString &value)
{
    const auto v = ratingValueFromName(value);
    if (m_phase != QLatin1String("asking") || m_busy || !v)
        return;
    m_busy = true;
    Q_EMIT phaseChanged();
    const qint64 ticket = m_ticket;
    protocol::SubmitRating m;
    m.ticket = ticket;
    m.value = *v;
    client().send(m, this, [this, ticket](const Result<protocol::Committed> &reply) {
        if (ticket != m_ticket)
            return; // a newer question is on the screen
        m_busy = false;
        if (!reply) {
            // The citizen is thanked all the same; the counter's log says what went wrong.
            qCWarning(lcRating).noquote()
                << "rating not recorded:" << errorCodeName(reply.error().code) << reply.error().message;
            m_problem = reply.error().code == ErrorCode::WrongState ? QString() : errorText(reply.error());
        }
        setPhase(QStringLiteral("thanks"));
        m_timer.start(m_timing.thanksSeconds * 1000);
    });
}

void RatingPadController::dismiss()
{
    m_timer.stop();
    m_ticket = 0;
    m_label.clear();
    m_problem.clear();
    m_busy = false;
    setLanguage(m_defaultLanguage); // the next citizen starts in the pad's own language
    setPhase(QStringLiteral("idle"));
}

} // namespace qms
