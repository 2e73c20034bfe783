#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcClient) // qms.client: the link to the hub and the queue's mirror
