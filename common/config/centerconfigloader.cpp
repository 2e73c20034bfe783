#include "config/centerconfigloader.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <optional>

#include "domain/dossiercode.h"
#include "util/jsonreader.h"

namespace qms {

namespace {
const QStringList dayNames{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
                           QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};

bool isIdentifier(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,39}$"));
    return re.match(s).hasMatch();
}

/** "07:30" → 450; "24:00" allowed only as an end (allowEnd). */
std::optional<int> parseClock(const QString &s, bool allowEnd)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{2}):([0-9]{2})$"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    if (min > 59 || h > 24 || (h == 24 && (min != 0 || !allowEnd)))
        return std::nullopt;
    return h * 60 + min;
}

/** Loads {"vi": …, "en": …}; Vietnamese is required, English falls back to it. */
LocalizedText readText(JsonReader &parent, const char *key, bool required)
{
    if (!parent.has(key)) {
        if (required)
            parent.fail(QLatin1String(key), QStringLiteral("is required ({\"vi\": …, \"en\": …})"));
        return {};
    }
    JsonReader r = parent.child(parent.object(key), QLatin1String(key));
    r.rejectUnknown({"vi", "en"});
    LocalizedText t;
    t.vi = r.requiredString("vi");
    t.en = r.string("en");
    return t;
}

/** "mon-fri" → {1..5}; "sat" → {6}. */
std::optional<QList<int>> parseDays(const QString &spec)
{
    const QStringList parts = spec.split(QLatin1Char('-'));
    if (parts.size() > 2)
        return std::nullopt;
    const int first = int(dayNames.indexOf(parts.first()));
    const int last = int(dayNames.indexOf(parts.last()));
    if (first < 0 || last < 0 || last < first)
        return std::nullopt;
    QList<int> days;
    for (int d = first; d <= last; ++d)
        days.append(d + 1);
    return days;
}

OpeningHours readHours(JsonReader &parent, const char *key)
{
    OpeningHours hours;
    const QJsonObject obj = parent.object(key);
    JsonReader r = parent.child(obj, QLatin1String(key));
    QSet<int> seen;
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const auto days = parseDays(it.key());
        if (!days) {
            r.fail(it.key(), QStringLiteral("is not a day or day range (mon … sun, e.g. \"mon-fri\")"));
            continue;
        }
        if (!it.value().isArray()) {
            r.fail(it.key(), QStringLiteral("must be a list of \"HH:MM-HH:MM\" ranges"));
            continue;
        }
        std::vector<MinuteRange> ranges;
        const QJsonArray list = it.value().toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString where = QStringLiteral("%1[%2]").arg(it.key()).arg(i);
            const QStringList ends = list.at(i).toString().split(QLatin1Char('-'));
            const auto start = ends.size() == 2 ? parseClock(ends[0], false) : std::nullopt;
            const auto end = ends.size() == 2 ? parseClock(ends[1], true) : std::nullopt;
            if (!start || !end) {
                r.fail(where,
                       QStringLiteral("\"%1\" is not a time range like \"07:30-11:30\"").arg(list.at(i).toString()));
                continue;
            }
            if (*end <= *start) {
                r.fail(where, QStringLiteral("\"%1\" ends before it starts").arg(list.at(i).toString()));
                continue;
            }
            ranges.push_back({*start, *end});
        }
        std::sort(ranges.begin(), ranges.end(), [](auto a, auto b) { return a.start < b.start; });
        for (size_t i = 1; i < ranges.size(); ++i) {
            if (ranges[i].start < ranges[i - 1].end)
                r.fail(it.key(), QStringLiteral("time ranges overlap"));
        }
        for (int d : *days) {
            if (seen.contains(d))
                r.fail(it.key(), QStringLiteral("%1 is given more than once").arg(dayNames[d - 1]));
            seen.insert(d);
            hours.setDay(d, ranges);
        }
    }
    return hours;
}

QSet<QDate> readDates(JsonReader &r, const char *key)
{
    QSet<QDate> dates;
    const QJsonArray list = r.array(key);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QDate d = QDate::fromString(list.at(i).toString(), Qt::ISODate);
        if (!d.isValid())
            r.fail(QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i),
                   QStringLiteral("is not a date like \"2026-09-02\""));
        dates.insert(d);
    }
    return dates;
}

class Loader
{
public:
    explicit Loader(const QJsonObject &root)
        : m_root(root)
    { }

    Result<CenterConfig> load()
    {
        JsonReader r(m_root);
        r.rejectUnknown({"id", "name", "address", "utc_offset", "day_starts_at", "public_url", "agency_code",
                         "results_at", "calling", "hours", "closed_dates", "stop_issuing_before_close",
                         "priority_groups", "services", "counters", "devices", "ticker", "alarms"});
        m_config.id = r.requiredString("id");
        if (!m_config.id.isEmpty() && !isIdentifier(m_config.id))
            r.fail(QStringLiteral("id"), QStringLiteral("use lowercase letters, digits, - and _"));
        m_config.name = readText(r, "name", true);
        m_config.address = readText(r, "address", false);
        readClockSettings(r);
        m_config.publicBaseUrl = r.string("public_url");
        if (!m_config.publicBaseUrl.isEmpty() && !QUrl(m_config.publicBaseUrl, QUrl::StrictMode).isValid())
            r.fail(QStringLiteral("public_url"), QStringLiteral("is not a web address like \"http://hcc.local:7480\""));
        m_config.agencyCode = r.string("agency_code");
        if (!m_config.agencyCode.isEmpty() && !DossierCode::isAgencyCode(m_config.agencyCode))
            r.fail(QStringLiteral("agency_code"),
                   QStringLiteral("\"%1\" is not an agency code like \"000.00.12.H57\"").arg(m_config.agencyCode));
        m_config.resultsAt = readText(r, "results_at", false);
        if (m_config.resultsAt.vi.isEmpty())
            m_config.resultsAt = {QStringLiteral("Bộ phận trả kết quả"), QStringLiteral("the results desk")};
        readCalling(r);

        m_defaultHours = r.has("hours") ? readHours(r, "hours") : OpeningHours::always();
        m_defaultHours.setClosedDates(readDates(r, "closed_dates"));
        m_config.closedDates = m_defaultHours.closedDates();
        m_defaultHours.setStopIssuingBeforeClose(int(r.integer("stop_issuing_before_close", 0, 0, 240)));

        readPriorityGroups(r);
        readServices(r);
        readCounters(r);
        readDevices(r);
        m_config.ticker = readText(r, "ticker", false);
        if (r.has("alarms")) {
            JsonReader a = r.child(r.object("alarms"), QStringLiteral("alarms"));
            a.rejectUnknown({"counter_idle_minutes", "printer_down"});
            m_config.alarmIdleMinutes = int(a.integer("counter_idle_minutes", m_config.alarmIdleMinutes, 0, 600));
            m_config.alarmPrinterDown = a.boolean("printer_down", true);
        }

        if (!r.ok())
            return Error{ErrorCode::InvalidConfig, r.errors().join(QLatin1Char('\n'))};
        m_config.publicJson = m_root;
        m_config.publicJson.remove(QLatin1String("devices"));
        return m_config;
    }

private:
    void readClockSettings(JsonReader &r)
    {
        const QString offset = r.string("utc_offset", QStringLiteral("+07:00"));
        static const QRegularExpression re(QStringLiteral("^([+-])([0-9]{2}):([0-9]{2})$"));
        const auto m = re.match(offset);
        const int minutes = m.hasMatch() ? m.captured(2).toInt() * 60 + m.captured(3).toInt() : -1;
        if (!m.hasMatch() || minutes > 14 * 60)
            r.fail(QStringLiteral("utc_offset"), QStringLiteral("\"%1\" is not an offset like \"+07:00\"").arg(offset));
        else
            m_config.utcOffsetMinutes = m.captured(1) == QLatin1String("-") ? -minutes : minutes;

        const QString start = r.string("day_starts_at", QStringLiteral("04:00"));
        if (const auto s = parseClock(start, false))
            m_config.dayStartMinute = *s;
        else
            r.fail(QStringLiteral("day_starts_at"), QStringLiteral("\"%1\" is not a time like \"04:00\"").arg(start));
    }

    void readCalling(JsonReader &root)
    {
        JsonReader r = root.child(root.object("calling"), QStringLiteral("calling"));
        r.rejectUnknown({"priority", "priority_run", "transfer_to", "max_recalls"});
        CallingRules &c = m_config.calling;
        const QString mode = r.string("priority", QStringLiteral("ratio"));
        if (mode == QLatin1String("strict"))
            c.priorityMode = CallingRules::PriorityMode::Strict;
        else if (mode == QLatin1String("ratio"))
            c.priorityMode = CallingRules::PriorityMode::Ratio;
        else
            r.fail(QStringLiteral("priority"), QStringLiteral("must be \"strict\" or \"ratio\", not \"%1\"").arg(mode));
        c.priorityRun = int(r.integer("priority_run", c.priorityRun, 1, 100));
        const QString position = r.string("transfer_to", QStringLiteral("head"));
        if (position != QLatin1String("head") && position != QLatin1String("tail"))
            r.fail(QStringLiteral("transfer_to"),
                   QStringLiteral("must be \"head\" or \"tail\", not \"%1\"").arg(position));
        c.transferToHead = position == QLatin1String("head");
        c.maxRecalls = int(r.integer("max_recalls", c.maxRecalls, 0, 10));
    }

    void readPriorityGroups(JsonReader &root)
    {
        const QJsonArray list = root.array("priority_groups");
        QSet<QString> ids;
        for (qsizetype i = 0; i < list.size(); ++i) {
            JsonReader r = root.child(list.at(i).toObject(), QStringLiteral("priority_groups[%1]").arg(i));
            if (!list.at(i).isObject()) {
                r.fail({}, QStringLiteral("must be an object"));
                continue;
            }
            r.rejectUnknown({"id", "name"});
            PriorityGroup g;
            g.id = r.requiredString("id");
            if (!g.id.isEmpty() && !isIdentifier(g.id))
                r.fail(QStringLiteral("id"), QStringLiteral("use lowercase letters, digits, - and _"));
            if (ids.contains(g.id))
                r.fail(QStringLiteral("id"), QStringLiteral("\"%1\" is used twice").arg(g.id));
            ids.insert(g.id);
            g.name = readText(r, "name", true);
            m_config.priorityGroups.push_back(g);
        }
    }

    void readNumbering(JsonReader &r, ServiceConfig &s)
    {
        NumberingScheme &n = s.numbering;
        if (r.has("block") == r.has("prefix")) {
            r.fail({}, QStringLiteral("give exactly one of \"block\": [first, last] or \"prefix\": \"A\""));
            return;
        }
        if (r.has("block")) {
            const QJsonArray b = r.array("block");
            const bool shape = b.size() == 2 && b[0].isDouble() && b[1].isDouble();
            const int first = b.size() == 2 ? b[0].toInt(-1) : -1;
            const int last = b.size() == 2 ? b[1].toInt(-1) : -1;
            if (!shape || first < 1 || last < first || last > 999999) {
                r.fail(QStringLiteral("block"), QStringLiteral("must be [first, last] with 1 ≤ first ≤ last ≤ 999999"));
                return;
            }
            n.kind = NumberingScheme::Kind::Block;
            n.first = first;
            n.last = last;
            if (r.has("width"))
                r.fail(QStringLiteral("width"), QStringLiteral("only applies with \"prefix\""));
        } else {
            n.kind = NumberingScheme::Kind::Prefix;
            n.prefix = r.string("prefix");
            static const QRegularExpression re(QStringLiteral("^[A-Z]{1,3}$"));
            if (!re.match(n.prefix).hasMatch())
                r.fail(QStringLiteral("prefix"),
                       QStringLiteral("must be 1–3 capital letters A–Z, not \"%1\"").arg(n.prefix));
            n.width = int(r.integer("width", 3, 1, 6));
            n.first = 1;
            n.last = int(std::pow(10, n.width)) - 1;
        }
    }

    void readServices(JsonReader &root)
    {
        if (!root.isArray("services") || root.array("services").isEmpty()) {
            root.fail(QStringLiteral("services"), QStringLiteral("must list at least one service"));
            return;
        }
        const QJsonArray list = root.array("services");
        QSet<QString> ids;
        for (qsizetype i = 0; i < list.size(); ++i) {
            JsonReader r = root.child(list.at(i).toObject(), QStringLiteral("services[%1]").arg(i));
            if (!list.at(i).isObject()) {
                r.fail({}, QStringLiteral("must be an object"));
                continue;
            }
            r.rejectUnknown({"id", "name", "description", "block", "prefix", "width", "daily_cap", "hours",
                             "priority_weight", "service_minutes", "target_wait_minutes", "alarms", "procedures",
                             "results_at"});
            ServiceConfig s;
            s.id = r.requiredString("id");
            if (!s.id.isEmpty() && !isIdentifier(s.id))
                r.fail(QStringLiteral("id"), QStringLiteral("use lowercase letters, digits, - and _"));
            if (ids.contains(s.id))
                r.fail(QStringLiteral("id"), QStringLiteral("\"%1\" is used twice").arg(s.id));
            ids.insert(s.id);
            s.name = readText(r, "name", true);
            s.description = readText(r, "description", false);
            readNumbering(r, s);
            s.dailyCap = int(r.integer("daily_cap", s.numbering.capacity(), 1, 999999));
            if (s.dailyCap > s.numbering.capacity()) {
                r.fail(QStringLiteral("daily_cap"),
                       QStringLiteral("%1 is more than the %2 numbers the service has")
                           .arg(s.dailyCap)
                           .arg(s.numbering.capacity()));
                s.dailyCap = s.numbering.capacity();
            }
            s.hours = r.has("hours") ? readHours(r, "hours") : m_defaultHours;
            s.hours.setClosedDates(m_defaultHours.closedDates());
            s.hours.setStopIssuingBeforeClose(m_defaultHours.stopIssuingBeforeClose());
            s.priorityWeight = r.number("priority_weight", 1.0, 0.1, 10.0);
            s.defaultServiceSeconds = int(r.integer("service_minutes", 10, 1, 240)) * 60;
            s.targetWaitMinutes = int(r.integer("target_wait_minutes", 15, 1, 600));
            // Alarms: by default twice the target wait, and three times the usual service.
            s.alarmWaitMinutes = 2 * s.targetWaitMinutes;
            s.alarmServiceMinutes = 3 * s.defaultServiceSeconds / 60;
            if (r.has("alarms")) {
                JsonReader a = r.child(r.object("alarms"), QStringLiteral("alarms"));
                a.rejectUnknown({"longest_wait_minutes", "waiting_over", "service_over_minutes"});
                s.alarmWaitMinutes = int(a.integer("longest_wait_minutes", s.alarmWaitMinutes, 0, 1440));
                s.alarmWaitingOver = int(a.integer("waiting_over", 0, 0, 100000));
                s.alarmServiceMinutes = int(a.integer("service_over_minutes", s.alarmServiceMinutes, 0, 1440));
            }
            s.resultsAt = readText(r, "results_at", false);
            readProcedures(r, s);
            m_config.services.push_back(s);
        }
        checkNumberingClashes(root);
    }

    void readProcedures(JsonReader &service, ServiceConfig &s)
    {
        const QJsonArray list = service.array("procedures");
        QSet<QString> ids;
        for (qsizetype i = 0; i < list.size(); ++i) {
            JsonReader r = service.child(list.at(i).toObject(), QStringLiteral("procedures[%1]").arg(i));
            if (!list.at(i).isObject()) {
                r.fail({}, QStringLiteral("must be an object"));
                continue;
            }
            r.rejectUnknown({"id", "name", "days", "fee", "papers"});
            Procedure p;
            p.id = r.requiredString("id");
            if (!p.id.isEmpty() && !isIdentifier(p.id))
                r.fail(QStringLiteral("id"), QStringLiteral("use lowercase letters, digits, - and _"));
            if (ids.contains(p.id))
                r.fail(QStringLiteral("id"), QStringLiteral("\"%1\" is used twice").arg(p.id));
            ids.insert(p.id);
            p.name = readText(r, "name", true);
            p.processingDays = int(r.requiredInteger("days", 0, 365));
            p.fee = r.integer("fee", 0, 0, qint64(1'000'000'000));
            const QJsonArray papers = r.array("papers");
            for (qsizetype k = 0; k < papers.size(); ++k) {
                JsonReader pr = r.child(papers.at(k).toObject(), QStringLiteral("papers[%1]").arg(k));
                LocalizedText paper;
                paper.vi = pr.requiredString("vi");
                paper.en = pr.string("en");
                p.papers.push_back(paper);
            }
            s.procedures.push_back(p);
        }
    }

    void checkNumberingClashes(JsonReader &root)
    {
        const auto &svc = m_config.services;
        for (size_t i = 0; i < svc.size(); ++i) {
            for (size_t j = i + 1; j < svc.size(); ++j) {
                const NumberingScheme &a = svc[i].numbering;
                const NumberingScheme &b = svc[j].numbering;
                if (a.kind != b.kind)
                    continue; // letters never clash with plain numbers
                const QString where = QStringLiteral("services[%1]").arg(j);
                if (a.kind == NumberingScheme::Kind::Block && a.first <= b.last && b.first <= a.last) {
                    root.fail(where + QStringLiteral(".block"),
                              QStringLiteral("%1–%2 overlaps the block of \"%3\" (%4–%5)")
                                  .arg(b.first)
                                  .arg(b.last)
                                  .arg(svc[i].id)
                                  .arg(a.first)
                                  .arg(a.last));
                }
                if (a.kind == NumberingScheme::Kind::Prefix && a.prefix == b.prefix) {
                    root.fail(where + QStringLiteral(".prefix"),
                              QStringLiteral("\"%1\" is already used by \"%2\"").arg(b.prefix, svc[i].id));
                }
            }
        }
    }

    void readCounters(JsonReader &root)
    {
        if (!root.isArray("counters") || root.array("counters").isEmpty()) {
            root.fail(QStringLiteral("counters"), QStringLiteral("must list at least one counter"));
            return;
        }
        const QJsonArray list = root.array("counters");
        QSet<int> numbers;
        QSet<QString> served;
        for (qsizetype i = 0; i < list.size(); ++i) {
            JsonReader r = root.child(list.at(i).toObject(), QStringLiteral("counters[%1]").arg(i));
            if (!list.at(i).isObject()) {
                r.fail({}, QStringLiteral("must be an object"));
                continue;
            }
            r.rejectUnknown({"number", "name", "services", "zone", "hours"});
            CounterConfig c;
            c.number = int(r.requiredInteger("number", 1, 9999));
            if (numbers.contains(c.number))
                r.fail(QStringLiteral("number"), QStringLiteral("counter %1 is defined twice").arg(c.number));
            numbers.insert(c.number);
            c.name = readText(r, "name", false);
            if (c.name.vi.isEmpty())
                c.name = {QStringLiteral("Quầy %1").arg(c.number), QStringLiteral("Counter %1").arg(c.number)};
            c.zone = r.string("zone");
            const QJsonArray services = r.array("services");
            if (services.isEmpty())
                r.fail(QStringLiteral("services"), QStringLiteral("must list at least one service"));
            for (qsizetype k = 0; k < services.size(); ++k) {
                const QString id = services.at(k).toString();
                const QString where = QStringLiteral("services[%1]").arg(k);
                if (!m_config.service(id))
                    r.fail(where, QStringLiteral("unknown service \"%1\"").arg(services.at(k).toVariant().toString()));
                else if (c.services.contains(id))
                    r.fail(where, QStringLiteral("\"%1\" is listed twice").arg(id));
                else
                    c.services.append(id);
                served.insert(id);
            }
            if (r.has("hours")) {
                c.hours = readHours(r, "hours");
                c.hours.setClosedDates(m_defaultHours.closedDates());
            } else {
                // Staffed whenever one of its services is open.
                bool first = true;
                for (const QString &id : c.services) {
                    const ServiceConfig *s = m_config.service(id);
                    c.hours = first ? s->hours : c.hours.united(s->hours);
                    first = false;
                }
            }
            m_config.counters.push_back(c);
        }
        for (qsizetype i = 0; i < qsizetype(m_config.services.size()); ++i) {
            if (!served.contains(m_config.services[size_t(i)].id)) {
                root.fail(QStringLiteral("services[%1]").arg(i),
                          QStringLiteral("\"%1\" is not served by any counter; its tickets would never be called")
                              .arg(m_config.services[size_t(i)].id));
            }
        }
    }

    void readDevices(JsonReader &root)
    {
        const QJsonArray list = root.array("devices");
        QSet<QString> ids, keys;
        for (qsizetype i = 0; i < list.size(); ++i) {
            JsonReader r = root.child(list.at(i).toObject(), QStringLiteral("devices[%1]").arg(i));
            if (!list.at(i).isObject()) {
                r.fail({}, QStringLiteral("must be an object"));
                continue;
            }
            r.rejectUnknown({"id", "role", "key", "counter", "zone"});
            DeviceConfig d;
            d.id = r.requiredString("id");
            if (ids.contains(d.id))
                r.fail(QStringLiteral("id"), QStringLiteral("\"%1\" is used twice").arg(d.id));
            ids.insert(d.id);
            const QString role = r.requiredString("role");
            const auto parsed = deviceRoleFromName(role);
            if (!role.isEmpty() && !parsed)
                r.fail(QStringLiteral("role"), QStringLiteral("must be one of kiosk, counter, display, supervisor"));
            d.role = parsed.value_or(DeviceRole::Display);
            d.key = r.requiredString("key");
            if (!d.key.isEmpty() && d.key.size() < 12)
                r.fail(QStringLiteral("key"), QStringLiteral("is too short to be secret (12 characters at least)"));
            if (keys.contains(d.key))
                r.fail(QStringLiteral("key"), QStringLiteral("is the same as another device's"));
            keys.insert(d.key);
            d.counter = int(r.integer("counter", 0, 0, 9999));
            if (d.role == DeviceRole::Counter && !m_config.counter(d.counter))
                r.fail(QStringLiteral("counter"),
                       QStringLiteral("a counter device needs the number of a configured counter"));
            d.zone = r.string("zone");
            m_config.devices.push_back(d);
        }
    }

    QJsonObject m_root;
    CenterConfig m_config;
    OpeningHours m_defaultHours;
};
} // namespace

Result<CenterConfig> CenterConfigLoader::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        return Error{ErrorCode::InvalidConfig, QStringLiteral("line %1: %2").arg(line).arg(parseError.errorString())};
    }
    if (!doc.isObject())
        return Error{ErrorCode::InvalidConfig, QStringLiteral("(top level): must be a JSON object")};
    return Loader(doc.object()).load();
}

Result<CenterConfig> CenterConfigLoader::loadFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::InvalidConfig, QStringLiteral("cannot read %1: %2").arg(path, f.errorString())};
    auto config = fromJson(f.readAll());
    if (!config)
        return Error{ErrorCode::InvalidConfig, QStringLiteral("%1:\n%2").arg(path, config.error().message)};
    return config;
}

} // namespace qms
