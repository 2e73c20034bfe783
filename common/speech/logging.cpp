#include "speech/logging.h"

Q_LOGGING_CATEGORY(lcSpeech, "qms.speech")
