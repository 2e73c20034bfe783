#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp) // qms.app: start, stop, settings, QML loading
