#include "servicelistmodel.h"

#include <QCoreApplication>

#include "client/queuemirror.h"
#include "text/displaytext.h"

namespace qms {

ServiceListModel::ServiceListModel(const QueueMirror &mirror, std::function<Timestamp()> clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_mirror(mirror)
    , m_clock(std::move(clock))
{ }

int ServiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> ServiceListModel::roleNames() const
{
    return {{ServiceIdRole, "serviceId"},   {NameRole, "name"},           {DescriptionRole, "description"},
            {WaitingRole, "waiting"},       {WaitTextRole, "waitText"},   {OpenRole, "open"},
            {StatusTextRole, "statusText"}, {HoursTextRole, "hoursText"}, {StateRole, "state"}};
}

QVariant ServiceListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &r = m_rows[size_t(index.row())];
    switch (role) {
    case ServiceIdRole:
        return r.id;
    case NameRole:
        return r.name;
    case DescriptionRole:
        return r.description;
    case WaitingRole:
        return r.waiting;
    case WaitTextRole:
        return r.waitText;
    case OpenRole:
        return r.open;
    case StatusTextRole:
        return r.statusText;
    case HoursTextRole:
        return r.hoursText;
    case StateRole:
        return r.state;
    default:
        return {};
    }
}

void ServiceListModel::setLanguage(const QString &language)
{
    m_language = language;
    refresh();
}

void ServiceListModel::setOnline(bool online)
{
    m_online = online;
    refresh();
}

std::vector<ServiceListModel::Row> ServiceListModel::compute() const
{
    std::vector<Row> rows;
    if (!m_mirror.isReady())
        return rows;
    const QueueEngine &engine = m_mirror.engine();
    const Timestamp now = m_clock();
    const LocalTime local = LocalTime::at(now, engine.config().utcOffsetMinutes);
    for (const ServiceConfig &s : engine.config().services) {
        Row r;
        r.id = s.id;
        r.name = s.name.in(m_language);
        r.description = s.description.in(m_language);
        r.waiting = engine.waitingCount(s.id);
        r.hoursText = text::hoursToday(s.hours, local.date);
        const auto can = engine.canIssue(s.id, now);
        r.open = m_online && can.ok();
        if (!m_online) {
            // Whether it would be open is not the point: nothing can be issued until the link is back.
            r.state = QStringLiteral("offline");
            r.statusText = QCoreApplication::translate("qms", "Numbers cannot be given out right now");
        } else if (can.ok()) {
            r.state = QStringLiteral("open");
            r.waitText = text::waitText(engine.estimateForNew(s.id, now)); // what a ticket taken now would be told
        } else if (can.error().code == ErrorCode::DailyCapReached) {
            r.state = QStringLiteral("full");
            r.statusText = QCoreApplication::translate("qms", "No more numbers today");
        } else {
            r.state = QStringLiteral("closed");
            r.statusText = QCoreApplication::translate("qms", "Not taking tickets now");
        }
        rows.push_back(r);
    }
    return rows;
}

void ServiceListModel::refresh()
{
    std::vector<Row> rows = compute();
    if (rows.size() != m_rows.size()) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i] == m_rows[i])
            continue;
        m_rows[i] = rows[i];
        Q_EMIT dataChanged(index(int(i)), index(int(i)));
    }
}

QList<ServiceListModel::Choice> ServiceListModel::choices() const
{
    QList<Choice> out;
    for (const Row &r : m_rows)
        out << Choice{r.name, r.waitText, r.open ? QString() : r.statusText, r.open};
    return out;
}

} // namespace qms
