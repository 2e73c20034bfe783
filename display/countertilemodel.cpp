#include "countertilemodel.h"

namespace qms {

CounterTileModel::CounterTileModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int CounterTileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tiles.size());
}

QVariant CounterTileModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_tiles.size()))
        return {};
    const Tile &t = m_tiles[size_t(index.row())];
    switch (role) {
    case NumberRole:
        return t.number;
    case NameRole:
        return t.name;
    case StatusRole:
        return t.status;
    case LabelRole:
        return t.label;
    case StateRole:
        return t.state;
    case StatusTextRole:
        return t.statusText;
    case AnnouncingRole:
        return t.announcing;
    default:
        return {};
    }
}

QHash<int, QByteArray> CounterTileModel::roleNames() const
{
    return {{NumberRole, "number"}, {NameRole, "name"},           {StatusRole, "status"},
            {LabelRole, "label"},   {StateRole, "ticketState"},   {StatusTextRole, "statusText"},
            {AnnouncingRole, "announcing"}};
}

void CounterTileModel::setTiles(std::vector<Tile> tiles)
{
    if (tiles.size() != m_tiles.size()) {
        beginResetModel();
        m_tiles = std::move(tiles);
        endResetModel();
        Q_EMIT countChanged();
        return;
    }
    for (size_t i = 0; i < tiles.size(); ++i) {
        if (tiles[i] == m_tiles[i])
            continue;
        m_tiles[i] = tiles[i];
        Q_EMIT dataChanged(index(int(i)), index(int(i)));
    }
}

} // namespace qms
