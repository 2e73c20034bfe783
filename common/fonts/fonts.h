#pragma once

#include <QString>

namespace qms {

/**
 * Registers the bundled Noto Sans (regular and bold, from resources/fonts) with
 * the application once, and returns its family name. Every screen and every
 * printed ticket uses it, so Vietnamese looks the same on every machine.
 * Needs a QGuiApplication.
 */
QString registerBundledFonts();

} // namespace qms
