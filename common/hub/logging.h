#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcHub)     // qms.hub: connections, listening, the business day
Q_DECLARE_LOGGING_CATEGORY(lcSession) // qms.hub.session: one client's hello, requests, closing
Q_DECLARE_LOGGING_CATEGORY(lcQueue)   // qms.queue: the durable queue, rebuilds
Q_DECLARE_LOGGING_CATEGORY(lcAuth)    // qms.auth: clerk logins and PIN changes
Q_DECLARE_LOGGING_CATEGORY(lcAlarms)  // qms.alarms: service-level alarms raised and cleared
