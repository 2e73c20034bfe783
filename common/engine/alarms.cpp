#include "engine/alarms.h"

#include <algorithm>
#include <map>

#include "engine/queueengine.h"

namespace qms {

namespace {
constexpr qint64 kMinute = 60'000;
} // namespace

QString alarmKindName(Alarm::Kind kind)
{
    switch (kind) {
    case Alarm::Kind::LongWait: return QStringLiteral("long_wait");
    case Alarm::Kind::ManyWaiting: return QStringLiteral("many_waiting");
    case Alarm::Kind::IdleCounter: return QStringLiteral("idle_counter");
    case Alarm::Kind::LongService: return QStringLiteral("long_service");
    case Alarm::Kind::PrinterDown: return QStringLiteral("printer_down");
    }
    return {};
}

QString Alarm::key() const
{
    return alarmKindName(kind) + QLatin1Char(':') + service + QLatin1Char(':') + QString::number(counter)
        + QLatin1Char(':') + device;
}

std::vector<Alarm> evaluateAlarms(const QueueEngine &engine, Timestamp now, const std::vector<PrinterReport> &printers)
{
    const CenterConfig &config = engine.config();
    std::vector<Alarm> out;

    // One pass over the day's tickets: the oldest waiting per service, and when each counter was last let go.
    std::map<QString, Timestamp> oldestWaiting;
    std::map<int, Timestamp> releasedAt;
    for (const auto &[id, t] : engine.tickets()) {
        if (t.state == TicketState::Waiting) {
            auto &oldest = oldestWaiting[t.service];
            oldest = oldest == 0 ? t.issuedAt : std::min(oldest, t.issuedAt);
        }
        if (t.counter != 0 && t.finishedAt > 0)
            releasedAt[t.counter] = std::max(releasedAt[t.counter], t.finishedAt);
    }

    for (const ServiceConfig &s : config.services) {
        if (engine.openCountersFor(s.id) == 0 && engine.waitingCount(s.id) == 0)
            continue;
        if (const auto it = oldestWaiting.find(s.id); it != oldestWaiting.end() && s.alarmWaitMinutes > 0) {
            const qint64 waited = now - it->second;
            if (waited > s.alarmWaitMinutes * kMinute)
                out.push_back(Alarm{Alarm::Kind::LongWait, s.id, 0, {}, {}, int(waited / kMinute), s.alarmWaitMinutes,
                                    it->second + s.alarmWaitMinutes * kMinute});
        }
        const int waiting = engine.waitingCount(s.id);
        if (s.alarmWaitingOver > 0 && waiting > s.alarmWaitingOver)
            out.push_back(Alarm{Alarm::Kind::ManyWaiting, s.id, 0, {}, {}, waiting, s.alarmWaitingOver, now});
    }

    for (const auto &[number, c] : engine.counters()) {
        if (c.status != CounterStatus::Open)
            continue;
        const Ticket *current = c.current ? engine.ticket(c.current) : nullptr;
        if (current && current->state == TicketState::Serving) {
            const ServiceConfig *s = config.service(current->service);
            const int limit = s ? s->alarmServiceMinutes : 0;
            const qint64 serving = now - current->startedAt;
            if (limit > 0 && serving > limit * kMinute)
                out.push_back(Alarm{Alarm::Kind::LongService, current->service, number, {}, {}, int(serving / kMinute),
                                    limit, current->startedAt + limit * kMinute});
            continue;
        }
        if (current || config.alarmIdleMinutes <= 0)
            continue;
        const QStringList services = engine.servicesOf(number);
        const bool peopleWait = std::any_of(services.cbegin(), services.cend(),
                                            [&](const QString &s) { return engine.waitingCount(s) > 0; });
        if (!peopleWait)
            continue;
        const Timestamp freeSince = std::max(c.since, releasedAt[number]);
        if (now - freeSince > config.alarmIdleMinutes * kMinute)
            out.push_back(Alarm{Alarm::Kind::IdleCounter, {}, number, {}, {}, int((now - freeSince) / kMinute),
                                config.alarmIdleMinutes, freeSince + config.alarmIdleMinutes * kMinute});
    }

    if (config.alarmPrinterDown)
        for (const PrinterReport &p : printers)
            if (!p.ok)
                out.push_back(Alarm{Alarm::Kind::PrinterDown, {}, 0, p.device, p.problem, 0, 0, now});
    return out;
}

} // namespace qms
