#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcPrint) // qms.print: rendering and CUPS jobs
