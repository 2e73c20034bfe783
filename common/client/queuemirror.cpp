#include "client/queuemirror.h"

#include <QJsonDocument>
#include <QLoggingCategory>

#include "config/centerconfigloader.h"
#include "domain/json.h"
#include "util/jsonreader.h"

Q_LOGGING_CATEGORY(lcMirror, "qms.client.mirror")

namespace qms {

QueueMirror::QueueMirror(QObject *parent)
    : QObject(parent)
{ }
QueueMirror::~QueueMirror() = default;

Result<Ok> QueueMirror::loadSnapshot(const QJsonObject &reply)
{
    JsonReader r(reply);
    const QJsonObject center = r.object("center");
    const QJsonObject state = r.object("state");
    const qint64 seq = r.requiredInteger("seq", 0, qint64(1) << 52);
    const QString epoch = r.requiredString("epoch");
    const Timestamp lastAt = r.integer("last_at", 0, 0, qint64(1) << 52);
    if (!r.ok())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("snapshot: %1").arg(r.firstError())};
    auto config = CenterConfigLoader::fromJson(QJsonDocument(center).toJson(QJsonDocument::Compact));
    if (!config)
        return Error{ErrorCode::InvalidConfig,
                     QStringLiteral("the hub's center configuration: %1").arg(config.error().message)};
    JsonReader sr(state, QStringLiteral("state"));
    const EngineSnapshot snapshot = snapshotFromJson(sr);
    if (!sr.ok())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("snapshot: %1").arg(sr.firstError())};
    auto engine = std::make_unique<QueueEngine>(std::move(config).value());
    engine->restore(snapshot);
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
        qCWarning(lcMirror).noquote() << "unreadable event" << seq << event.error().message;
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
