#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSpeech) // qms.speech: synthesis, the chime, audio output, the announcement queue
