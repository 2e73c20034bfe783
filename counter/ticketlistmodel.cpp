#include "ticketlistmodel.h"

#include <QSet>

namespace qms {

TicketListModel::TicketListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int TicketListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    switch (role) {
    case IdRole:
        return r.id;
    case LabelRole:
        return r.label;
    case ServiceRole:
        return r.service;
    case PriorityRole:
        return r.priority;
    case TimeTextRole:
        return r.timeText;
    case DetailRole:
        return r.detail;
    case StateRole:
        return r.state;
    case HereRole:
        return r.here;
    default:
        return {};
    }
}

QHash<int, QByteArray> TicketListModel::roleNames() const
{
    return {{IdRole, "ticketId"},       {LabelRole, "label"},   {ServiceRole, "service"}, {PriorityRole, "priority"},
            {TimeTextRole, "timeText"}, {DetailRole, "detail"}, {StateRole, "state"},     {HereRole, "here"}};
}

void TicketListModel::setRows(std::vector<Row> rows)
{
    const int before = int(m_rows.size());
    // The tickets both lists hold must keep their order; otherwise start over.
    QSet<TicketId> next;
    for (const Row &r : rows)
        next.insert(r.id);
    QSet<TicketId> kept;
    std::vector<TicketId> oldOrder, newOrder;
    for (const Row &r : m_rows)
        if (next.contains(r.id)) {
            oldOrder.push_back(r.id);
            kept.insert(r.id);
        }
    for (const Row &r : rows)
        if (kept.contains(r.id))
            newOrder.push_back(r.id);
    if (oldOrder != newOrder) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    } else {
        for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
            if (next.contains(m_rows[size_t(i)].id))
                continue;
            beginRemoveRows({}, i, i);
            m_rows.erase(m_rows.begin() + i);
            endRemoveRows();
        }
        for (size_t i = 0; i < rows.size(); ++i) {
            if (i < m_rows.size() && m_rows[i].id == rows[i].id) {
                if (!(m_rows[i] == rows[i])) {
                    m_rows[i] = rows[i];
                    Q_EMIT dataChanged(index(int(i)), index(int(i)));
                }
                continue;
            }
            beginInsertRows({}, int(i), int(i));
            m_rows.insert(m_rows.begin() + qsizetype(i), rows[i]);
            endInsertRows();
        }
    }
    if (int(m_rows.size()) != before)
        Q_EMIT countChanged();
}

} // namespace qms
