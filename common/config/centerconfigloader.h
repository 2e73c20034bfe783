#pragma once

#include <QByteArray>
#include <QString>

#include "domain/center.h"
#include "util/result.h"

namespace qms {

/**
 * Reads a center's JSON configuration and checks it whole. On failure the
 * error message lists every problem, one per line, each starting with the
 * field's path: "counters[3].services[1]: unknown service \"lnad\"".
 * The format is documented in docs/CONFIGURATION.md.
 */
class CenterConfigLoader
{
public:
    static Result<CenterConfig> loadFile(const QString &path);
    static Result<CenterConfig> fromJson(const QByteArray &json);
};

} // namespace qms
