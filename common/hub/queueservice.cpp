#include "hub/queueservice.h"

#include <QRandomGenerator>

#include "hub/logging.h"

namespace qms {

QueueService::QueueService(CenterConfig config, EventStore &store)
    : m_engine(std::move(config))
    , m_store(store)
    , m_learning(m_engine.config().utcOffsetMinutes)
{ }

void QueueService::addPastDay(DaySummary day)
{
    if (auto saved = m_store.saveDaySummary(day.date, daySummaryToJson(day)); !saved)
        qCWarning(lcQueue).noquote() << "cannot keep the summary of" << day.date.toString(Qt::ISODate) << ":"
                                     << saved.error().message;
    m_learning.history().add(std::move(day));
}

void QueueService::loadHistory()
{
    // The summaries kept at each rollover: a few kilobytes a day, read once at start.
    m_historyLoaded = true;
    const auto summaries = m_store.daySummaries(DayHistory::maxDays);
    if (!summaries) {
        qCWarning(lcQueue).noquote() << "cannot read the previous days; estimating without them:"
                                     << summaries.error().message;
        return;
    }
    for (const QByteArray &json : summaries.value()) {
        if (auto day = daySummaryFromJson(json))
            m_learning.history().add(std::move(*day));
        else
            qCWarning(lcQueue) << "skipping an unreadable day summary";
    }
    qCInfo(lcQueue) << "learned from" << m_learning.history().size() << "previous working days";
}

Result<Ok> QueueService::load()
{
    auto dossiers = m_store.dossiers();
    if (!dossiers)
        return dossiers.error();
    auto events = m_store.currentDayEvents();
    if (!events)
        return events.error();
    QueueEngine fresh(m_engine.config());
    fresh.restoreDossiers(dossiers.value());
    fresh.apply(events.value());
    m_engine = std::move(fresh);
    if (!m_historyLoaded)
        loadHistory();
    m_learning.restartToday();
    for (const Event &e : events.value())
        m_learning.observe(e);
    m_staged.clear();
    m_broken = false;
    qCInfo(lcQueue) << "rebuilt business day" << m_engine.businessDay() << "from" << events->size()
                    << "events:" << m_engine.tickets().size() << "tickets";
    return Ok{};
}

Result<std::vector<StoredEvent>> QueueService::startDayIfDue(Timestamp now)
{
    if (!m_engine.needsNewDay(now))
        return std::vector<StoredEvent>{};
    const QDate day = QDate::fromString(
        businessDayOf(now, m_engine.config().utcOffsetMinutes, m_engine.config().dayStartMinute), Qt::ISODate);
    // Counters still open at the rollover were there until it (the day ends now).
    DayLearning::Rollover learned = m_learning.rollover(now, day);
    if (learned.ended) {
        if (auto saved = m_store.saveDaySummary(learned.ended->date, daySummaryToJson(*learned.ended)); !saved)
            qCWarning(lcQueue).noquote() << "cannot keep the summary of" << learned.ended->date.toString(Qt::ISODate)
                                         << "for the next days' estimates:" << saved.error().message;
    }
    if (auto staged = stage(cmd::StartDay{learned.rhythm}, now); !staged)
        return staged.error();
    return commitStaged();
}

Result<std::vector<StoredEvent>> QueueService::execute(const Command &command, Timestamp now)
{
    if (!std::holds_alternative<cmd::StartDay>(command)) {
        if (auto day = startDayIfDue(now); !day)
            return day.error();
    }
    if (auto staged = stage(command, now); !staged)
        return staged.error();
    return commitStaged();
}

Result<size_t> QueueService::stage(const Command &command, Timestamp now)
{
    if (m_broken)
        return Error{
            ErrorCode::StorageError,
            QStringLiteral("the queue could not be rebuilt from the database after a failed write; restart the hub")};
    Result<Events> events = Error{ErrorCode::InvalidArgument, {}};
    if (const auto *issue = std::get_if<cmd::IssueTicket>(&command); issue && issue->token.isEmpty()) {
        cmd::IssueTicket withToken = *issue;
        withToken.token = m_tokens();
        events = m_engine.decide(withToken, now);
    } else {
        events = m_engine.decide(command, now);
    }
    if (!events)
        return events.error();
    m_engine.apply(events.value());
    m_staged.insert(m_staged.end(), events->begin(), events->end());
    return events->size();
}

Result<std::vector<StoredEvent>> QueueService::commitStaged()
{
    if (m_staged.empty())
        return std::vector<StoredEvent>{};
    auto stored = m_store.append(m_staged);
    m_staged.clear();
    if (!stored) {
        // The engine ran ahead of the disk; bring it back to what the disk holds.
        auto reloaded = m_store.refresh();
        if (reloaded)
            reloaded = load();
        if (!reloaded) {
            // Deciding on a state the disk does not hold would be worse than stopping.
            m_broken = true;
            qCCritical(lcQueue).noquote()
                << "cannot rebuild the queue from the store; refusing commands:" << reloaded.error().message;
        }
        return stored.error();
    }
    ++m_commits;
    for (const StoredEvent &s : stored.value())
        m_learning.observe(s.event);
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
