#pragma once

#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include "ui/clientviewmodel.h"

namespace qms {

/**
 * The small screen facing the citizen at a counter. When the clerk finishes a
 * ticket it asks "Ông/Bà có hài lòng với việc giải quyết thủ tục hành chính
 * không?" with the three answers of the one-stop rules; the answer is recorded
 * against the ticket (and through it the counter, the clerk and the dossier).
 * It thanks, and goes back to rest; a question nobody answers goes away on its
 * own. One answer per ticket: the hub refuses a second.
 *
 * It is a connection of the counter's own device, without a clerk: it may only
 * rate tickets finished at its counter.
 */
class RatingPadController : public ClientViewModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by main()")
    Q_PROPERTY(QString phase READ phase NOTIFY phaseChanged)
    Q_PROPERTY(QString ticketLabel READ ticketLabel NOTIFY phaseChanged)
    Q_PROPERTY(QString counterName READ counterName NOTIFY phaseChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY phaseChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY phaseChanged)
public:
    struct Timing
    {
        int askSeconds = 30;
        int thanksSeconds = 4;
    };
    RatingPadController(HubClient &client, Translations &translations, Clock clock, Timing timing,
                        QObject *parent = nullptr);
    ~RatingPadController() override;

    /** "idle" (a welcome), "asking", or "thanks". */
    [[nodiscard]] const QString &phase() const { return m_phase; }
    [[nodiscard]] const QString &ticketLabel() const { return m_label; }
    [[nodiscard]] QString counterName() const;
    [[nodiscard]] bool isBusy() const { return m_busy; }
    /** Why the answer could not be recorded (shown with the thanks: the citizen is not asked twice). */
    [[nodiscard]] const QString &problem() const { return m_problem; }
    [[nodiscard]] qint64 ticketId() const { return m_ticket; }

    /** "very_satisfied", "satisfied" or "unsatisfied". */
    Q_INVOKABLE void rate(const QString &value);
    /** Back to rest without an answer. */
    Q_INVOKABLE void dismiss();

    /** Asks about a ticket finished at this counter (the mirror's ticket.done calls it). */
    void ask(qint64 ticket, const QString &label);

Q_SIGNALS:
    void phaseChanged();

private:
    void setPhase(const QString &phase);

    Timing m_timing;
    QString m_defaultLanguage;
    QString m_phase = QStringLiteral("idle");
    qint64 m_ticket = 0;
    QString m_label;
    QString m_problem;
    bool m_busy = false;
    QTimer m_timer;
};

} // namespace qms
