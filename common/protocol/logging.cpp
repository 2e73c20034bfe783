#include "protocol/logging.h"

Q_LOGGING_CATEGORY(lcNet, "qms.net")
