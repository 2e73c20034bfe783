#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

#include "domain/ticket.h"

namespace qms {

/**
 * Tickets as a side panel lists them (who waits for this counter, whom it
 * served today), one row each, already worded. The controller computes the
 * rows; the model changes only the rows that changed, so a list a clerk is
 * scrolling does not jump back to the top with every event.
 */
class TicketListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the counter")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    struct Row
    {
        TicketId id = 0;
        QString label;
        QString service;   ///< its name
        QString priority;  ///< the group's name; empty for an ordinary ticket
        QString timeText;  ///< "09:12": issued (waiting) or called (served)
        QString detail;    ///< "12 phút", "vắng mặt", "chuyển sang Tư pháp"
        QString state;     ///< the ticket's state name ("waiting", "done", "no_show", …)
        bool here = false; ///< sent to this very counter (a transfer), or at the head of the line
        bool operator==(const Row &) const = default;
    };
    enum Roles {
        IdRole = Qt::UserRole + 1,
        LabelRole,
        ServiceRole,
        PriorityRole,
        TimeTextRole,
        DetailRole,
        StateRole,
        HereRole,
    };

    explicit TicketListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /** Shows `rows`, changing only what differs from what is shown. */
    void setRows(std::vector<Row> rows);
    [[nodiscard]] const std::vector<Row> &rows() const { return m_rows; }

Q_SIGNALS:
    void countChanged();

private:
    std::vector<Row> m_rows;
};

} // namespace qms
