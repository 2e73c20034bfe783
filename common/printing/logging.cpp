#include "printing/logging.h"

Q_LOGGING_CATEGORY(lcPrint, "qms.print")
