#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace qms {

/**
 * One tile per counter on the lobby screen, worded: its number and name, the
 * ticket it is calling or serving, or why it calls nobody (paused, closed).
 * Rows change in place, so the screen repaints only the tiles that changed.
 */
class CounterTileModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the display")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    struct Tile
    {
        int number = 0;
        QString name;       ///< "Quầy 3"
        QString status;     ///< open, paused, closed
        QString label;      ///< the ticket called or served there ("" for none)
        QString state;      ///< called, serving, or ""
        QString statusText; ///< "Tạm nghỉ: Đang họp", "Đang đóng", "Đang chờ gọi số"
        bool announcing = false; ///< its call is being announced now
        bool operator==(const Tile &) const = default;
    };
    enum Roles { NumberRole = Qt::UserRole + 1, NameRole, StatusRole, LabelRole, StateRole, StatusTextRole, AnnouncingRole };

    explicit CounterTileModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setTiles(std::vector<Tile> tiles);
    [[nodiscard]] const std::vector<Tile> &tiles() const { return m_tiles; }

Q_SIGNALS:
    void countChanged();

private:
    std::vector<Tile> m_tiles;
};

} // namespace qms
