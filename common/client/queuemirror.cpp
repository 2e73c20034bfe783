#include "client/queuemirror.h"

#include <QJsonDocument>

#include "client/logging.h"
#include "config/centerconfigloader.h"
#include "domain/json.h"

namespace qms {

QueueMirror::QueueMirror(QObject *parent)
    : QObject(parent)
{ }
QueueMirror::~QueueMirror() = default;

Result<Ok> QueueMirror::load(const protocol::Snapshot &snapshot, qint64 seq, const QString &epoch, Timestamp lastAt)
{
    auto config = CenterConfigLoader::fromJson(QJsonDocument(snapshot.center).toJson(QJsonDocument::Compact));
    if (!config)
        return Error{ErrorCode::InvalidConfig,
                     QStringLiteral("the hub's center configuration: %1").arg(config.error().message)};
    auto engine = std::make_unique<QueueEngine>(std::move(config).value());
    engine->restore(snapshot.state);
    m_engine = std::move(engine);
    m_lastSeq = seq;
    m_lastAt = lastAt;
    m_epoch = epoch;
    Q_EMIT reset();
    return Ok{};
}

QueueMirror::Applied QueueMirror::applyEvent(const QJsonObject &message)
{
    const qint64 seq = message.value(QLatin1String("seq")).toInteger(-1);
    if (!m_engine || seq <= 0)
        return Applied::Invalid;
    if (seq <= m_lastSeq)
        return Applied::Duplicate;
    if (seq != m_lastSeq + 1)
        return Applied::Gap;
    auto event = eventFromJson(message);
    if (!event) {
        qCWarning(lcClient).noquote() << "unreadable event" << seq << event.error().message;
        return Applied::Invalid;
    }
    m_engine->apply(event.value());
    m_lastSeq = seq;
    m_lastAt = event->at;
    Q_EMIT eventApplied(event.value(), seq);
    return Applied::Applied;
}

void QueueMirror::clear()
{
    m_engine.reset();
    m_lastSeq = 0;
    m_lastAt = 0;
    m_epoch.clear();
    Q_EMIT reset();
}

} // namespace qms
