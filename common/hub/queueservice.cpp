#include "hub/queueservice.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcQueue, "qms.queue")

namespace qms {

QueueService::QueueService(CenterConfig config, EventStore &store)
    : m_engine(std::move(config)), m_store(store)
{
}

Result<Ok> QueueService::load()
{
    auto events = m_store.currentDayEvents();
    if (!events)
        return events.error();
    m_engine.apply(events.value());
    qCInfo(lcQueue) << "rebuilt business day" << m_engine.businessDay() << "from" << events->size()
                    << "events:" << m_engine.tickets().size() << "tickets";
    return Ok{};
}

Result<std::vector<StoredEvent>> QueueService::startDayIfDue(Timestamp now)
{
    if (!m_engine.needsNewDay(now))
        return std::vector<StoredEvent>{};
    return commit(cmd::StartDay{}, now);
}

Result<std::vector<StoredEvent>> QueueService::execute(const Command &command, Timestamp now)
{
    if (!std::holds_alternative<cmd::StartDay>(command)) {
        if (auto day = startDayIfDue(now); !day)
            return day.error();
    }
    if (const auto *issue = std::get_if<cmd::IssueTicket>(&command); issue && issue->token.isEmpty()) {
        cmd::IssueTicket withToken = *issue;
        withToken.token = m_tokens();
        return commit(withToken, now);
    }
    return commit(command, now);
}

Result<std::vector<StoredEvent>> QueueService::commit(const Command &command, Timestamp now)
{
    auto events = m_engine.decide(command, now);
    if (!events)
        return events.error();
    auto stored = m_store.append(events.value());
    if (!stored)
        return stored.error();
    m_engine.apply(events.value());
    if (m_sink)
        m_sink(stored.value());
    return stored;
}

QString QueueService::randomToken()
{
    // Crockford's alphabet: no I, L, O, U, so a token read aloud or retyped stays right.
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString token;
    token.reserve(16);
    auto *rng = QRandomGenerator::system();
    for (int i = 0; i < 16; ++i)
        token.append(QLatin1Char(alphabet[rng->bounded(32)]));
    return token;
}

} // namespace qms
