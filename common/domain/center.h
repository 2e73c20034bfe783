#pragma once

#include <QDate>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

#include "domain/openinghours.h"

namespace qms {

/** A text a person reads, in Vietnamese (primary) and English. */
struct LocalizedText
{
    QString vi;
    QString en;

    /** The text in `language` ("vi" or "en"), falling back to Vietnamese. */
    [[nodiscard]] QString in(const QString &language) const
    {
        return language == QLatin1String("en") && !en.isEmpty() ? en : vi;
    }
    bool operator==(const LocalizedText &) const = default;
};

/** A group the one-stop rules serve first: elderly, people with disabilities, … */
struct PriorityGroup
{
    QString id;
    LocalizedText name;
};

/**
 * How a service numbers its tickets: a numeric block ("1001"…"1999", what
 * Vietnamese centers usually print and announce) or a letter prefix with a
 * fixed width ("A001"…"A999").
 */
struct NumberingScheme
{
    enum class Kind { Block, Prefix };
    Kind kind = Kind::Block;
    int first = 1;  ///< Block: first number; Prefix: always 1
    int last = 999; ///< Block: last number; Prefix: 10^width - 1
    QString prefix; ///< Prefix only
    int width = 3;  ///< Prefix only: digits after the prefix

    [[nodiscard]] int capacity() const { return last - first + 1; }
    /** The number of the n-th ticket of the day (0-based). */
    [[nodiscard]] int numberAt(int index) const { return first + index; }
    /** What is printed and announced for a number. */
    [[nodiscard]] QString label(int number) const
    {
        if (kind == Kind::Block)
            return QString::number(number);
        return prefix + QStringLiteral("%1").arg(number, width, 10, QLatin1Char('0'));
    }
};

/**
 * An administrative procedure (thủ tục hành chính) of a service: how many working
 * days the result takes, the fee, and the papers a citizen brings.
 */
struct Procedure
{
    QString id;
    LocalizedText name;
    int processingDays = 0; ///< working days from reception to the result
    qint64 fee = 0;         ///< VND
    std::vector<LocalizedText> papers;
};

/** A service area (lĩnh vực) citizens choose at the kiosk. */
struct ServiceConfig
{
    QString id;
    LocalizedText name;
    LocalizedText description;
    NumberingScheme numbering;
    int dailyCap = 0; ///< effective cap, never above the numbering capacity
    OpeningHours hours;
    double priorityWeight = 1.0;     ///< multiplies waiting time in the calling order
    int defaultServiceSeconds = 600; ///< service time assumed before any is measured
    int targetWaitMinutes = 15;      ///< the service level: a citizen is called within this (reports)
    // Alarms for the supervisors (0: that alarm is off). See docs/CONFIGURATION.md, "alarms".
    int alarmWaitMinutes = 30;    ///< someone has waited longer than this
    int alarmWaitingOver = 0;     ///< more than this many wait
    int alarmServiceMinutes = 30; ///< one citizen's service has lasted longer than this
    std::vector<Procedure> procedures;
    LocalizedText resultsAt;         ///< where its results are collected (the center's when empty)

    [[nodiscard]] const Procedure *procedure(const QString &id) const;
};

/** A counter (quầy) and the services it serves, in the order it prefers them. */
struct CounterConfig
{
    int number = 0;
    LocalizedText name;
    QStringList services;
    QString zone;
    /** When it is staffed, as planned (the loader's default: whenever one of its services is open). */
    OpeningHours hours = OpeningHours::always();
};

enum class DeviceRole { Kiosk, Counter, Display, Supervisor };

/** "kiosk", "counter", "display", "supervisor": the names in the center file and the protocol. */
[[nodiscard]] QString deviceRoleName(DeviceRole role);
[[nodiscard]] std::optional<DeviceRole> deviceRoleFromName(const QString &name);

/** A device allowed to connect to the hub; its key decides its role. */
struct DeviceConfig
{
    QString id;
    DeviceRole role = DeviceRole::Display;
    QString key;
    int counter = 0; ///< counter devices: which counter they are
    QString zone;    ///< displays: which zone they show (empty = all)
};

/**
 * How "call next" orders tickets. Priority tickets go first; in Ratio mode at most
 * `priorityRun` of them in a row at a counter while ordinary tickets wait, so the
 * ordinary queue is never starved.
 */
struct CallingRules
{
    enum class PriorityMode { Strict, Ratio };
    PriorityMode priorityMode = PriorityMode::Ratio;
    int priorityRun = 3;
    bool transferToHead = true; ///< default position of a transferred ticket
    int maxRecalls = 3;         ///< recalls allowed before the clerk must mark no-show
};

/** Everything a center is configured with; loaded and validated by CenterConfigLoader. */
struct CenterConfig
{
    QString id;
    LocalizedText name;
    LocalizedText address;
    int utcOffsetMinutes = 7 * 60;
    int dayStartMinute = 4 * 60; ///< when ticket numbers restart
    QString publicBaseUrl;       ///< phone pages, e.g. "http://192.168.1.10:7480"
    QString agencyCode;          ///< V1V2V3.Z1Z2.Y1Y2.MX1X2 of dossier codes; empty: no dossiers received here
    LocalizedText resultsAt;     ///< where results are collected ("Bộ phận trả kết quả")
    QSet<QDate> closedDates;     ///< holidays: not working days, no tickets
    CallingRules calling;
    std::vector<PriorityGroup> priorityGroups;
    std::vector<ServiceConfig> services;
    std::vector<CounterConfig> counters;
    std::vector<DeviceConfig> devices;
    LocalizedText ticker;
    int alarmIdleMinutes = 5;    ///< an open counter free this long while people wait for its services (0: off)
    bool alarmPrinterDown = true; ///< a kiosk's printer cannot print
    /** The file as loaded, without device keys: what the hub sends clients to mirror it. */
    QJsonObject publicJson;

    [[nodiscard]] const ServiceConfig *service(const QString &id) const;
    [[nodiscard]] const CounterConfig *counter(int number) const;
    [[nodiscard]] const PriorityGroup *priorityGroup(const QString &id) const;
    [[nodiscard]] bool counterServes(int counter, const QString &service) const;
    /** Where a service's results are collected, in `language`. */
    [[nodiscard]] QString resultsAtFor(const QString &service, const QString &language) const;
    /** A working day: Monday to Friday, not a closed date. */
    [[nodiscard]] bool isWorkingDay(const QDate &date) const;
    /** The `days`-th working day after `from` (the day a dossier is due). */
    [[nodiscard]] QDate addWorkingDays(const QDate &from, int days) const;
};

} // namespace qms
