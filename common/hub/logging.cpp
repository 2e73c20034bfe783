#include "hub/logging.h"

Q_LOGGING_CATEGORY(lcHub, "qms.hub")
Q_LOGGING_CATEGORY(lcSession, "qms.hub.session")
Q_LOGGING_CATEGORY(lcQueue, "qms.queue")
Q_LOGGING_CATEGORY(lcAuth, "qms.auth")
Q_LOGGING_CATEGORY(lcAlarms, "qms.alarms")
