// Estimator benchmark (not a CI gate): one simulation for every waiting ticket (what
// a client showing every ticket's wait computes), and the estimate of one ticket about
// to be issued (what the hub computes on every ticket.issue). 40 counters (each
// serving 2–3 of 8 services), 500 waiting tickets (8 % priority) unless
// BENCH_WAITING says otherwise, every counter busy.
//   [BENCH_WAITING=19800] build-ci/tests/bench/bench_estimator [runs=200]
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "engine/queueengine.h"
#include "engine/waitestimator.h"

using namespace qms;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::atoi(argv[1]) : 200;
    CenterConfig config;
    config.id = QStringLiteral("bench");
    config.priorityGroups.push_back({QStringLiteral("elderly"), {}});
    for (int s = 0; s < 8; ++s) {
        ServiceConfig service;
        service.id = QStringLiteral("s%1").arg(s);
        service.numbering.kind = NumberingScheme::Kind::Prefix;
        service.numbering.prefix = QString(QLatin1Char(char('A' + s)));
        service.numbering.width = 4;
        service.numbering.last = 9999;
        service.dailyCap = 9999;
        service.hours = OpeningHours::always();
        service.defaultServiceSeconds = 300 + 60 * s;
        config.services.push_back(service);
    }
    for (int c = 1; c <= 40; ++c) {
        CounterConfig counter;
        counter.number = c;
        counter.services = {QStringLiteral("s%1").arg(c % 8), QStringLiteral("s%1").arg((c + 3) % 8)};
        if (c % 3 == 0)
            counter.services << QStringLiteral("s%1").arg((c + 5) % 8);
        counter.hours = OpeningHours::always();
        config.counters.push_back(counter);
    }
    QueueEngine engine(config);
    Timestamp now = 1'795'651'200'000; // 2026-11-26 07:00 at UTC+7
    const auto run = [&](const Command &c) { engine.apply(engine.decide(c, now).value()); };
    run(cmd::StartDay{});
    for (int c = 1; c <= 40; ++c)
        run(cmd::OpenCounter{c, QStringLiteral("clerk")});
    const int issued = qEnvironmentVariableIntValue("BENCH_WAITING") > 0 ? qEnvironmentVariableIntValue("BENCH_WAITING") + 40
                                                                         : 540;
    for (int i = 0; i < issued; ++i) {
        now += 1'000; // 20,000 tickets in under six hours: still the same business day
        run(cmd::IssueTicket{QStringLiteral("s%1").arg(i % 8),
                             i % 12 == 0 ? QStringLiteral("elderly") : QString(),
                             QStringLiteral("t%1").arg(i),
                             {}});
    }
    for (int c = 1; c <= 40; ++c) {
        run(cmd::CallNext{c, {}});
        run(cmd::StartServing{c, engine.counter(c)->current, {}});
    }
    int waiting = 0;
    for (const auto &[id, t] : engine.tickets())
        waiting += t.state == TicketState::Waiting;

    std::vector<double> all, one;
    size_t estimated = 0;
    Ticket newcomer;
    newcomer.service = QStringLiteral("s3");
    for (int r = 0; r < runs; ++r) {
        now += 1000;
        QElapsedTimer t;
        t.start();
        const auto estimates = engine.estimateAll(now);
        all.push_back(double(t.nsecsElapsed()) / 1e6);
        estimated = estimates.size();
        newcomer.queuedAt = now;
        t.restart();
        const WaitEstimate e = engine.estimateFor(newcomer, now);
        one.push_back(double(t.nsecsElapsed()) / 1e6);
        (void)e;
    }
    std::sort(all.begin(), all.end());
    std::sort(one.begin(), one.end());
    std::printf("%d waiting tickets, 40 counters (all busy), %d runs\n", waiting, runs);
    std::printf("  every waiting ticket (%zu estimates, one simulation): p50 %.3f ms, p99 %.3f ms\n", estimated,
                all[all.size() / 2], all[all.size() * 99 / 100]);
    std::printf("  one ticket about to be issued:                     p50 %.3f ms, p99 %.3f ms\n", one[one.size() / 2],
                one[one.size() * 99 / 100]);
    return 0;
}
