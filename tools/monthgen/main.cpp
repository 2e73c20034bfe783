// qms-monthgen: a hub database holding weeks of a center's work, for trying the
// reports (and the supervisor's screens) on something that looks like a real
// month. Each working day is a trace from qms-tracegen's scenario (a new seed a
// day: arrivals, service times, no-shows, the counters' shifts and breaks),
// played through the real engine on the real center file; citizens rate most
// visits, some services take dossiers, which come back on time or late.
//   qms-monthgen SCENARIO.json --center CENTER.json --db OUT.db --from 2026-05-01 --days 31
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>

#include <cstdio>
#include <map>

#include "config/centerconfigloader.h"
#include "engine/queueengine.h"
#include "replay/tracegenerator.h"
#include "store/sqliteeventstore.h"

using namespace qms;

namespace {

/** One center's days, through the engine, into the store. */
class Month
{
public:
    Month(CenterConfig center, SqliteEventStore &store, quint32 seed)
        : m_engine(center)
        , m_center(std::move(center))
        , m_store(store)
        , m_random(seed)
    { }

    bool day(const QDate &date, const std::vector<TraceEvent> &trace);
    [[nodiscard]] int tickets() const { return m_tickets; }
    [[nodiscard]] qint64 events() const { return m_events; }

private:
    Timestamp at(const QDate &date, double secondsAfterOpening) const
    {
        const QDateTime open(date, QTime(7, 30), QTimeZone(m_center.utcOffsetMinutes * 60));
        return open.toMSecsSinceEpoch() + qint64(secondsAfterOpening * 1000);
    }
    bool run(const Command &c, Timestamp now)
    {
        auto events = m_engine.decide(c, now);
        if (!events)
            return false;
        m_engine.apply(events.value());
        for (Event &e : events.value())
            m_day.push_back(std::move(e));
        return true;
    }
    /** Dossiers due back by `date` come back, between `fromSeconds` and `fromSeconds + spanSeconds` after opening. */
    void returnDossiers(const QDate &date, double fromSeconds, int spanSeconds);

    QueueEngine m_engine;
    CenterConfig m_center;
    SqliteEventStore &m_store;
    QRandomGenerator m_random;
    Events m_day;
    std::map<QString, QDate> m_returnOn; ///< dossier code → the day it comes back
    int m_tickets = 0;
    qint64 m_events = 0;
};

void Month::returnDossiers(const QDate &date, double fromSeconds, int spanSeconds)
{
    for (auto it = m_returnOn.begin(); it != m_returnOn.end();) {
        if (it->second > date) {
            ++it;
            continue;
        }
        const Timestamp when = at(date, fromSeconds + m_random.bounded(spanSeconds));
        run(cmd::UpdateDossier{it->first, DossierStatus::Ready, {}, {}, {}, QStringLiteral("c1")}, when);
        run(cmd::UpdateDossier{it->first, DossierStatus::Returned, {}, {}, {}, QStringLiteral("c1")}, when + 60'000);
        it = m_returnOn.erase(it);
    }
}

bool Month::day(const QDate &date, const std::vector<TraceEvent> &trace)
{
    m_day.clear();
    run(cmd::StartDay{}, at(date, -3600));
    returnDossiers(date, 3600, 6 * 3600);

    struct Busy
    {
        double until = 0;
        TicketId ticket = 0;
        bool noShow = false;
        bool started = false;
        double startAt = 0;
    };
    std::map<int, Busy> busy;
    std::map<int, bool> open;
    std::map<TicketId, TraceEvent> arrivals;
    size_t next = 0;
    const double end = trace.empty() ? 0 : trace.back().t + 4 * 3600;
    for (double now = 0; now <= end; now += 5) {
        // The counters' news and the citizens arriving, in the trace's order.
        for (; next < trace.size() && trace[next].t <= now; ++next) {
            const TraceEvent &e = trace[next];
            const QString clerk = QStringLiteral("c%1").arg(e.counter);
            switch (e.type) {
            case TraceEvent::Type::CounterOpen:
            case TraceEvent::Type::CounterResume:
                open[e.counter] = run(cmd::OpenCounter{e.counter, clerk}, at(date, now)) || open[e.counter];
                break;
            case TraceEvent::Type::CounterPause:
            case TraceEvent::Type::CounterClose:
                open[e.counter] = false; // takes effect when its citizen is done
                break;
            case TraceEvent::Type::Arrival: {
                const auto before = m_day.size();
                const QString token = QStringLiteral("%1%2").arg(date.toString(QStringLiteral("yyMMdd"))).arg(m_tickets, 8, 10, QLatin1Char('0'));
                if (run(cmd::IssueTicket{e.service, e.priority ? QStringLiteral("elderly") : QString(), token,
                                         QStringLiteral("kiosk-1")},
                        at(date, now))) {
                    arrivals[m_day[before].ticket->id] = e;
                    ++m_tickets;
                }
                break;
            }
            case TraceEvent::Type::Day:
                break; // the month makes its days one at a time
            }
        }
        for (auto &[counter, b] : busy) {
            const QString clerk = QStringLiteral("c%1").arg(counter);
            if (b.ticket && !b.noShow && !b.started && now >= b.startAt) {
                run(cmd::StartServing{counter, b.ticket, clerk}, at(date, now));
                b.started = true;
                // A dossier for some services' visits.
                const ServiceConfig *s = m_center.service(m_engine.ticket(b.ticket)->service);
                if (s && !s->procedures.empty() && m_random.generateDouble() < 0.35) {
                    const Procedure &p = s->procedures[size_t(m_random.bounded(int(s->procedures.size())))];
                    const auto before = m_day.size();
                    if (run(cmd::ReceiveDossier{counter, b.ticket, p.id, QStringLiteral("Nguyễn Văn Thử"),
                                                QStringLiteral("0900000000"), {}, {}, {}, clerk},
                            at(date, now + 60))) {
                        const Dossier &d = *m_day[before].dossier;
                        // Nine in ten come back by their date, the rest a few days late.
                        const int shift = m_random.generateDouble() < 0.9 ? -int(m_random.bounded(3))
                                                                           : 1 + int(m_random.bounded(5));
                        m_returnOn[d.code] = d.dueDate.addDays(shift);
                    }
                }
            }
            if (b.ticket && now >= b.until) {
                if (b.noShow) {
                    run(cmd::MarkNoShow{counter, b.ticket, clerk}, at(date, now));
                } else {
                    run(cmd::Finish{counter, b.ticket, clerk}, at(date, now));
                    if (m_random.generateDouble() < 0.7) {
                        const double r = m_random.generateDouble();
                        const RatingValue v = r < 0.68 ? RatingValue::VerySatisfied
                            : r < 0.94                 ? RatingValue::Satisfied
                                                       : RatingValue::Unsatisfied;
                        run(cmd::RecordRating{counter, b.ticket, v, {}, QStringLiteral("pad"), QStringLiteral("pad")},
                            at(date, now + 20));
                    }
                }
                b = Busy{};
            }
        }
        // Free, open counters call the next citizen.
        for (const auto &[counter, isOpen] : open) {
            if (!isOpen || busy[counter].ticket)
                continue;
            const auto before = m_day.size();
            if (!run(cmd::CallNext{counter, QStringLiteral("c%1").arg(counter)}, at(date, now)))
                continue;
            const Event *called = nullptr;
            for (size_t i = before; i < m_day.size(); ++i)
                if (m_day[i].type == EventType::TicketCalled)
                    called = &m_day[i];
            if (!called)
                continue;
            const TraceEvent &a = arrivals[called->ticket->id];
            Busy b;
            b.ticket = called->ticket->id;
            b.noShow = a.noShow;
            b.startAt = now + 15 + m_random.bounded(60);
            b.until = a.noShow ? now + 60 : b.startAt + std::max(30.0, a.serviceTime);
            busy[counter] = b;
        }
        // Counters told to close or pause close once free.
        for (auto &[counter, isOpen] : open)
            if (!isOpen && !busy[counter].ticket)
                if (const CounterState *s = m_engine.counter(counter); s && s->status == CounterStatus::Open)
                    run(cmd::CloseCounter{counter, QStringLiteral("c%1").arg(counter)}, at(date, now));
    }
    // Same-day procedures come back before closing.
    returnDossiers(date, 9 * 3600, 1800); // 16:30–17:00
    const auto stored = m_store.append(m_day);
    if (!stored) {
        std::fprintf(stderr, "%s\n", qPrintable(stored.error().message));
        return false;
    }
    m_events += qint64(m_day.size());
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser args;
    args.setApplicationDescription(QStringLiteral("Weeks of generated work in a hub database, for reports."));
    args.addHelpOption();
    args.addPositionalArgument(QStringLiteral("scenario"), QStringLiteral("A qms-tracegen scenario (JSON)."));
    const QCommandLineOption center(QStringLiteral("center"), QStringLiteral("The center file."), QStringLiteral("file"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The database to fill (new)."), QStringLiteral("file"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("The first day."), QStringLiteral("date"),
                                  QStringLiteral("2026-05-01"));
    const QCommandLineOption days(QStringLiteral("days"), QStringLiteral("Calendar days (weekends and holidays skipped)."),
                                  QStringLiteral("n"), QStringLiteral("31"));
    args.addOptions({center, db, from, days});
    args.process(app);
    if (args.positionalArguments().size() != 1 || !args.isSet(center) || !args.isSet(db)) {
        std::fprintf(stderr, "usage: qms-monthgen SCENARIO.json --center CENTER.json --db OUT.db [--from DATE] [--days N]\n");
        return 64;
    }
    QFile scenarioFile(args.positionalArguments().first());
    if (!scenarioFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(scenarioFile.fileName()));
        return 66;
    }
    QJsonObject scenario = QJsonDocument::fromJson(scenarioFile.readAll()).object();
    auto config = CenterConfigLoader::loadFile(args.value(center));
    if (!config) {
        std::fprintf(stderr, "%s\n", qPrintable(config.error().message));
        return 65;
    }
    if (QFile::exists(args.value(db))) {
        std::fprintf(stderr, "%s exists: give a new file\n", qPrintable(args.value(db)));
        return 73;
    }
    auto store = SqliteEventStore::open(args.value(db));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 65;
    }
    const int baseSeed = scenario.value(QStringLiteral("seed")).toInt(1);
    Month month(config.value(), *store.value(), quint32(baseSeed));
    const QDate first = QDate::fromString(args.value(from), Qt::ISODate);
    int working = 0;
    for (int i = 0; i < args.value(days).toInt(); ++i) {
        const QDate date = first.addDays(i);
        if (date.dayOfWeek() > 5 || config->closedDates.contains(date))
            continue;
        scenario.insert(QStringLiteral("seed"), baseSeed + i);
        auto trace = generateTrace(QJsonDocument(scenario).toJson());
        if (!trace) {
            std::fprintf(stderr, "%s\n", qPrintable(trace.error().message));
            return 65;
        }
        if (!month.day(date, trace.value()))
            return 74;
        ++working;
    }
    std::printf("%d working days, %d tickets, %lld events in %s\n", working, month.tickets(), month.events(),
                qPrintable(args.value(db)));
    return 0;
}
