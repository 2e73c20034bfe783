#include "client/logging.h"

Q_LOGGING_CATEGORY(lcClient, "qms.client")
