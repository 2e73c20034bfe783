#pragma once

#include <QJsonObject>
#include <QObject>

#include <memory>

#include "engine/queueengine.h"
#include "protocol/messages.h"

namespace qms {

/**
 * A client's copy of the hub's queue: the same QueueEngine, restored from the
 * hello snapshot and kept current by applying the hub's events in seq order.
 * Because it is the same engine, a kiosk or a phone page computes waiting
 * counts and estimates exactly as the hub does.
 */
class QueueMirror : public QObject
{
    Q_OBJECT
public:
    explicit QueueMirror(QObject *parent = nullptr);
    ~QueueMirror() override;

    [[nodiscard]] bool isReady() const { return m_engine != nullptr; }
    /** Only when ready. */
    [[nodiscard]] const QueueEngine &engine() const { return *m_engine; }
    [[nodiscard]] const CenterConfig &config() const { return m_engine->config(); }
    [[nodiscard]] qint64 lastSeq() const { return m_lastSeq; }
    [[nodiscard]] const QString &epoch() const { return m_epoch; }
    /** When the last applied event happened: with the seq, it identifies the log followed. */
    [[nodiscard]] Timestamp lastAt() const { return m_lastAt; }

    /** Replaces everything with a snapshot (from the hello or snapshot reply) at `seq` of log `epoch`. */
    Result<Ok> load(const protocol::Snapshot &snapshot, qint64 seq, const QString &epoch, Timestamp lastAt);

    enum class Applied { Applied, Duplicate, Gap, Invalid };
    /** Applies one pushed event; a Gap means events were missed and a resync is due. */
    Applied applyEvent(const QJsonObject &message);

    /** Forgets everything (a new hub, or logging out of a device). */
    void clear();

Q_SIGNALS:
    /** The whole state was replaced. */
    void reset();
    /** One event was applied. */
    void eventApplied(const qms::Event &event, qint64 seq);

private:
    std::unique_ptr<QueueEngine> m_engine;
    qint64 m_lastSeq = 0;
    Timestamp m_lastAt = 0;
    QString m_epoch;
};

} // namespace qms
