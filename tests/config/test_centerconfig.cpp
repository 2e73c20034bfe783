#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

#include "config/centerconfigloader.h"
#include "support/testsupport.h"

using namespace qms;
using namespace qms::test;

namespace {
/** Loads the small test center after `edit` changed it; returns the error text ("" when it loaded). */
QString errorsAfter(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(smallCenterJson()).object();
    REQUIRE_FALSE(root.isEmpty());
    edit(root);
    const auto config = CenterConfigLoader::fromJson(QJsonDocument(root).toJson());
    if (config)
        return {};
    CHECK(config.error().code == ErrorCode::InvalidConfig);
    return config.error().message;
}

/** Applies `f` to element `i` of array `key`. */
void editAt(QJsonObject &root, const char *key, int i, const std::function<void(QJsonObject &)> &f)
{
    QJsonArray list = root[QLatin1String(key)].toArray();
    QJsonObject item = list[i].toObject();
    f(item);
    list[i] = item;
    root[QLatin1String(key)] = list;
}
} // namespace

TEST_CASE("The sample center loads", "[config]")
{
    const auto loaded = CenterConfigLoader::loadFile(
        sourcePath(QStringLiteral("resources/centers/sample-center.json")));
    const CenterConfig &c = require(loaded);
    CHECK(c.services.size() == 6);
    CHECK(c.counters.size() == 8);
    CHECK(c.priorityGroups.size() == 5);
    CHECK(c.utcOffsetMinutes == 420);
    CHECK(c.dayStartMinute == 240);
    const ServiceConfig *land = c.service(QStringLiteral("land"));
    REQUIRE(land);
    CHECK(land->name.vi == "Đất đai");
    CHECK(land->name.in(QStringLiteral("en")) == "Land");
    CHECK(land->numbering.label(land->numbering.numberAt(22)) == "1023");
    CHECK(land->dailyCap == 150);
    CHECK(land->defaultServiceSeconds == 15 * 60);
    CHECK(land->hours.takesTicketsAt(QDate(2026, 11, 28), 9 * 60));             // Saturday morning
    CHECK_FALSE(land->hours.takesTicketsAt(QDate(2026, 11, 28), 14 * 60));      // Saturday afternoon
    CHECK_FALSE(land->hours.takesTicketsAt(QDate(2026, 11, 26), 16 * 60 + 50)); // 15 min before closing
    CHECK_FALSE(land->hours.takesTicketsAt(QDate(2027, 9, 2), 9 * 60));         // National Day
    CHECK(c.counterServes(8, QStringLiteral("results")));
    CHECK(c.counterServes(8, QStringLiteral("justice")));
    CHECK_FALSE(c.counterServes(1, QStringLiteral("justice")));
    for (const ServiceConfig &s : c.services) {
        bool served = false;
        for (const CounterConfig &counter : c.counters)
            served = served || counter.services.contains(s.id);
        CHECK(served);
    }
    CHECK(c.calling.priorityMode == CallingRules::PriorityMode::Ratio);
    CHECK(c.calling.priorityRun == 3);
}

TEST_CASE("Configuration errors name the field and say what is wrong", "[config]")
{
    CHECK(errorsAfter([](QJsonObject &) {}).isEmpty());

    CHECK(errorsAfter([](QJsonObject &r) {
              editAt(r, "counters", 0, [](QJsonObject &c) { c["services"] = QJsonArray{"lnad"}; });
          }).contains(QStringLiteral("counters[0].services[0]: unknown service \"lnad\"")));

    CHECK(errorsAfter([](QJsonObject &r) {
              editAt(r, "counters", 1, [](QJsonObject &c) { c["number"] = 1; });
          }).contains(QStringLiteral("counters[1].number: counter 1 is defined twice")));

    CHECK(errorsAfter([](QJsonObject &r) {
              editAt(r, "services", 1, [](QJsonObject &s) { s["block"] = QJsonArray{1500, 2500}; });
          }).contains(QStringLiteral("services[1].block: 1500–2500 overlaps the block of \"land\" (1001–1999)")));

    CHECK(errorsAfter([](QJsonObject &r) {
              editAt(r, "services", 1, [](QJsonObject &s) {
                  s.remove("block");
                  s["prefix"] = "R";
              });
          }).contains(QStringLiteral("services[2].prefix: \"R\" is already used by \"justice\"")));

    CHECK(errorsAfter([](QJsonObject &r) {
              r["hours"] = QJsonObject{{"mon-fri", QJsonArray{"25:00-26:00"}}};
          }).contains(QStringLiteral("hours.mon-fri[0]: \"25:00-26:00\" is not a time range like \"07:30-11:30\"")));

    CHECK(errorsAfter([](QJsonObject &r) {
              r["hours"] = QJsonObject{{"mon", QJsonArray{"11:30-07:30"}}};
          }).contains(QStringLiteral("hours.mon[0]: \"11:30-07:30\" ends before it starts")));

    CHECK(errorsAfter([](QJsonObject &r) {
              r["hours"] = QJsonObject{{"mon", QJsonArray{"07:30-11:30", "11:00-12:00"}}};
          }).contains(QStringLiteral("hours.mon: time ranges overlap")));

    CHECK(errorsAfter([](QJsonObject &r) {
              r["hours"] = QJsonObject{{"mon-fri", QJsonArray{"07:30-11:30"}}, {"fri", QJsonArray{"13:00-17:00"}}};
          }).contains(QStringLiteral("fri is given more than once")));

    CHECK(errorsAfter([](QJsonObject &r) {
              r["hours"] = QJsonObject{{"weekdays", QJsonArray{"07:30-11:30"}}};
          }).contains(QStringLiteral("hours.weekdays: is not a day or day range")));

    CHECK(errorsAfter([](QJsonObject &r) {
              editAt(r, "services", 0, [](QJsonObject &s) { s["daily_cpa"] = 100; });
          }).contains(QStringLiteral("services[0].daily_cpa: unknown field")));

    CHECK(errorsAfter([](QJsonObject &r) {
              editAt(r, "services", 0, [](QJsonObject &s) { s["daily_cap"] = "100"; });
          }).contains(QStringLiteral("services[0].daily_cap: must be a whole number, not a string")));

    CHECK(errorsAfter([](QJsonObject &r) {
              editAt(r, "services", 0, [](QJsonObject &s) { s["daily_cap"] = 5000; });
          }).contains(QStringLiteral("services[0].daily_cap: 5000 is more than the 999 numbers the service has")));

    CHECK(errorsAfter([](QJsonObject &r) {
              editAt(r, "services", 0, [](QJsonObject &s) { s["prefix"] = "L"; });
          }).contains(QStringLiteral("services[0]: give exactly one of \"block\"")));

    CHECK(errorsAfter([](QJsonObject &r) {
              editAt(r, "services", 2, [](QJsonObject &s) { s["prefix"] = "r1"; });
          }).contains(QStringLiteral("services[2].prefix: must be 1–3 capital letters")));

    CHECK(errorsAfter([](QJsonObject &r) {
              editAt(r, "services", 0, [](QJsonObject &s) { s["name"] = QJsonObject{{"en", "Land"}}; });
          }).contains(QStringLiteral("services[0].name.vi: is required")));

    CHECK(errorsAfter([](QJsonObject &r) {
              editAt(r, "services", 0, [](QJsonObject &s) { s["id"] = "justice"; });
          }).contains(QStringLiteral("services[1].id: \"justice\" is used twice")));

    CHECK(errorsAfter([](QJsonObject &r) {
              editAt(r, "counters", 2, [](QJsonObject &c) { c["services"] = QJsonArray{"justice"}; });
          }).contains(QStringLiteral("services[2]: \"result\" is not served by any counter")));

    CHECK(errorsAfter([](QJsonObject &r) {
              r["calling"] = QJsonObject{{"priority", "sometimes"}};
          }).contains(QStringLiteral("calling.priority: must be \"strict\" or \"ratio\", not \"sometimes\"")));

    CHECK(errorsAfter([](QJsonObject &r) {
              r["utc_offset"] = "GMT+7";
          }).contains(QStringLiteral("utc_offset: \"GMT+7\" is not an offset like \"+07:00\"")));

    CHECK(errorsAfter([](QJsonObject &r) {
              r["closed_dates"] = QJsonArray{"2026-02-30"};
          }).contains(QStringLiteral("closed_dates[0]: is not a date")));

    CHECK(errorsAfter([](QJsonObject &r) {
              r["services"] = QJsonArray{};
          }).contains(QStringLiteral("services: must list at least one service")));
}

TEST_CASE("Device entries are checked: counter, key length and uniqueness", "[config]")
{
    const auto withDevices = [](QJsonArray devices) {
        return errorsAfter([&](QJsonObject &r) { r["devices"] = devices; });
    };
    CHECK(withDevices({QJsonObject{{"id", "k"}, {"role", "kiosk"}, {"key", "0123456789abcdef"}}}).isEmpty());
    CHECK(
        withDevices({QJsonObject{{"id", "c9"}, {"role", "counter"}, {"counter", 9}, {"key", "0123456789abcdef"}}})
            .contains(QStringLiteral("devices[0].counter: a counter device needs the number of a configured counter")));
    CHECK(withDevices({QJsonObject{{"id", "k"}, {"role", "kiosk"}, {"key", "short"}}})
              .contains(QStringLiteral("devices[0].key: is too short")));
    CHECK(withDevices({QJsonObject{{"id", "a"}, {"role", "kiosk"}, {"key", "0123456789abcdef"}},
                       QJsonObject{{"id", "b"}, {"role", "display"}, {"key", "0123456789abcdef"}}})
              .contains(QStringLiteral("devices[1].key: is the same as another device's")));
    CHECK(withDevices({QJsonObject{{"id", "a"}, {"role", "printer"}, {"key", "0123456789abcdef"}}})
              .contains(QStringLiteral("devices[0].role: must be one of")));
}

TEST_CASE("Every problem is reported at once, and broken JSON says where", "[config]")
{
    const QString many = errorsAfter([](QJsonObject &r) {
        r["utc_offset"] = "7";
        editAt(r, "counters", 0, [](QJsonObject &c) { c["services"] = QJsonArray{"nope"}; });
        editAt(r, "services", 0, [](QJsonObject &s) { s["colour"] = "red"; });
    });
    CHECK(many.split(QLatin1Char('\n')).size() >= 3);

    const auto broken = CenterConfigLoader::fromJson("{\n  \"id\": \"x\",\n  \"name\": \n}");
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().message.startsWith(QStringLiteral("line 4:")));

    const auto notObject = CenterConfigLoader::fromJson("[1, 2]");
    REQUIRE_FALSE(notObject.ok());
    CHECK(notObject.error().message.contains(QStringLiteral("must be a JSON object")));

    const auto missing = CenterConfigLoader::loadFile(QStringLiteral("/nonexistent/center.json"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("cannot read /nonexistent/center.json")));
}
