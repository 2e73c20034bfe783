// Renders the lobby screen of centers with 4, 9 and 30 counters, in landscape
// (1920×1080) and portrait (1080×1920), in Vietnamese and English, and the
// screen above a counter; saves them (see screenshotDir()) and checks each as a
// person in the hall would see it: not blank, every text whole, nothing outside
// the screen or drawn over something else.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include "displayfixture.h"

using namespace qms;
using namespace qms::test;

namespace {
void shoot(const WindowDriver &d, const QString &name, QSize expected)
{
    d.checkScreen(name, expected);
}

QJsonObject text(const char *vi, const char *en)
{
    return {{"vi", QString::fromUtf8(vi)}, {"en", QString::fromUtf8(en)}};
}

/** The services of a district center, the longest names included. */
const char *const kServices[][3] = {
    {"land", "Đất đai", "Land"},
    {"justice", "Tư pháp – Hộ tịch", "Justice – Civil status"},
    {"business", "Đăng ký kinh doanh", "Business registration"},
    {"construction", "Xây dựng", "Construction"},
    {"labour", "Lao động – Thương binh và Xã hội", "Labour, Invalids and Social Affairs"},
    {"results", "Trả kết quả", "Results"},
};

/** A center file with `counters` counters, each serving one or two of the services. */
QString writeCenter(const TempDir &dir, int counters)
{
    QJsonArray services;
    int block = 1001;
    for (const auto &s : kServices) {
        services.append(QJsonObject{{"id", s[0]}, {"name", text(s[1], s[2])}, {"block", QJsonArray{block, block + 998}}});
        block += 1000;
    }
    QJsonArray counterList;
    QJsonArray devices{QJsonObject{{"id", "kiosk-1"}, {"role", "kiosk"}, {"key", "kiosk-1-test-key"}},
                       QJsonObject{{"id", "display-1"}, {"role", "display"}, {"key", "display-1-test-key"}}};
    for (int n = 1; n <= counters; ++n) {
        QJsonArray served{QString::fromUtf8(kServices[(n - 1) % 6][0])};
        if (n % 2 == 0)
            served.append(QString::fromUtf8(kServices[n % 6][0]));
        if (n == counters && !served.contains(QStringLiteral("results")))
            served.append(QStringLiteral("results")); // every service has a counter
        counterList.append(QJsonObject{{"number", n},
                                       {"name", QJsonObject{{"vi", QStringLiteral("Quầy %1").arg(n)},
                                                            {"en", QStringLiteral("Counter %1").arg(n)}}},
                                       {"services", served}});
        devices.append(QJsonObject{{"id", QStringLiteral("counter-%1").arg(n)},
                                   {"role", "counter"},
                                   {"counter", n},
                                   {"key", QStringLiteral("counter-%1-test-key").arg(n)}});
    }
    const QJsonObject center{
        {"id", "screens"},
        {"name", text("Trung tâm Phục vụ hành chính công phường An Hòa",
                      "An Hoa Ward Public Administration Service Center")},
        {"services", services},
        {"counters", counterList},
        {"devices", devices},
        {"ticker", text("Từ ngày 01/12/2026, hồ sơ đất đai được tiếp nhận cả sáng thứ Bảy. Công dân có thể theo dõi "
                        "lượt của mình bằng cách quét mã QR trên phiếu.",
                        "From 1 December 2026, land dossiers are also received on Saturday mornings. Scan the QR "
                        "code on your ticket to follow your turn on your phone.")}};
    const QString path = dir.file(QStringLiteral("center-%1.json").arg(counters));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(center).toJson());
    return path;
}

/**
 * A busy morning: every fifth counter closed, the others calling, serving, on
 * a break or free, a few citizens waiting for each service.
 */
void busyMorning(DisplayFixture &f, int counters)
{
    for (int n = 1; n <= counters; ++n) {
        const QString service = QString::fromUtf8(kServices[(n - 1) % 6][0]);
        switch (n % 5) {
        case 0:
            break; // closed
        case 1:
            f.openCounter(n);
            f.issue(service);
            f.callNext(n);
            break;
        case 2: {
            f.openCounter(n);
            f.issue(service);
            f.act(n, QStringLiteral("ticket.start"), f.callNext(n));
            break;
        }
        case 3:
            f.openCounter(n);
            REQUIRE(f.hub.call(*f.counters.at(n), QStringLiteral("counter.pause"), {{"reason", "break"}}).ok);
            break;
        case 4:
            f.openCounter(n);
            break;
        }
    }
    for (const auto &s : kServices)
        for (int i = 0; i < 3; ++i)
            f.issue(QString::fromUtf8(s[0]));
    f.advance(3);
}

const QSize kLandscape(1920, 1080);
const QSize kPortrait(1080, 1920);
} // namespace

TEST_CASE("The lobby screen of 4, 9 and 30 counters, in landscape and portrait, in Vietnamese and English",
          "[display][screens]")
{
    for (const int counters : {4, 9, 30}) {
        TempDir dir;
        DisplayFixture::Options o;
        o.center = writeCenter(dir, counters);
        o.clock = at("2026-11-26 09:40");
        o.speech = false;
        DisplayFixture f(o);
        busyMorning(f, counters);
        CHECK(f.display->counters()->rowCount() == counters);
        for (const QSize size : {kLandscape, kPortrait}) {
            f.resize(size);
            for (const QString &language : {QStringLiteral("vi"), QStringLiteral("en")}) {
                f.display->setLanguage(language);
                f.waitQuiet();
                shoot(f,
                      QStringLiteral("display-%1-%2-%3")
                          .arg(counters)
                          .arg(size == kLandscape ? QStringLiteral("landscape") : QStringLiteral("portrait"), language),
                      size);
                // Every counter's tile is on the screen, whole.
                for (int n = 1; n <= counters; ++n) {
                    const QQuickItem *label = f.item(QStringLiteral("tileLabel-%1").arg(n));
                    REQUIRE(label);
                    const QRectF box = label->mapRectToScene(label->boundingRect());
                    CHECK(QRectF(QPointF(0, 0), QSizeF(size)).contains(box));
                }
            }
        }
    }
}

TEST_CASE("The screen above a counter, calling and serving, in both languages", "[display][screens]")
{
    DisplayFixture::Options o;
    o.counter = 1;
    o.size = QSize(1280, 720);
    o.speech = false;
    DisplayFixture f(o);
    f.openCounter(1);
    f.issue(QStringLiteral("land"));
    f.issue(QStringLiteral("land"));
    const QJsonObject ticket = f.callNext(1);
    for (const QString &language : {QStringLiteral("vi"), QStringLiteral("en")}) {
        f.display->setLanguage(language);
        f.waitQuiet();
        shoot(f, QStringLiteral("display-counter-top-called-%1").arg(language), o.size);
    }
    f.act(1, QStringLiteral("ticket.start"), ticket);
    f.waitQuiet();
    shoot(f, QStringLiteral("display-counter-top-serving-en"), o.size);
}
