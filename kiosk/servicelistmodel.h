#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <functional>

#include "domain/time.h"

namespace qms {

class QueueMirror;

/**
 * The services a citizen can choose, as the kiosk's home screen shows them:
 * name and description in the current language, people waiting, the expected
 * wait for a ticket taken now, whether it takes tickets now and its hours today,
 * and why not when it does not (closed now, no numbers left, no connection).
 * Everything is computed from the hub's queue as mirrored on the kiosk.
 */
class ServiceListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the kiosk")
public:
    enum Roles {
        ServiceIdRole = Qt::UserRole + 1,
        NameRole,
        DescriptionRole,
        WaitingRole,
        WaitTextRole,
        OpenRole,
        StatusTextRole,
        HoursTextRole,
        StateRole,
    };

    ServiceListModel(const QueueMirror &mirror, std::function<Timestamp()> clock, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /** A service as the home screen shows it, for reading the screen aloud. */
    struct Choice
    {
        QString name;
        QString waitText;
        QString statusText; ///< why it takes no tickets now (empty when it does)
        bool open = false;
    };
    /** In the order of the screen. */
    [[nodiscard]] QList<Choice> choices() const;

    void setLanguage(const QString &language);
    void setOnline(bool online);
    /** Recomputes every row (after an event, a minute passing, a language switch). */
    void refresh();

private:
    struct Row
    {
        QString id, name, description, waitText, statusText, hoursText;
        QString state; ///< "open", "closed" (not now), "full" (no numbers left today), "offline"
        int waiting = 0;
        bool open = false;
        bool operator==(const Row &) const = default;
    };
    [[nodiscard]] std::vector<Row> compute() const;

    const QueueMirror &m_mirror;
    std::function<Timestamp()> m_clock;
    QString m_language = QStringLiteral("vi");
    bool m_online = false;
    std::vector<Row> m_rows;
};

} // namespace qms
