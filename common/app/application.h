#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <initializer_list>
#include <memory>

namespace qms {

/**
 * The start and the stop every qms program shares: log lines with time and
 * category, the application object (a QGuiApplication for screens, offscreen
 * for --self-test), and a clean stop on SIGTERM, SIGINT and SIGHUP from the
 * event loop rather than inside a signal handler.
 */
class Application
{
public:
    enum class Kind { Console, Gui };

    /** `name`: the program's name in logs and settings paths. */
    Application(int &argc, char **argv, const QString &name, Kind kind);
    ~Application();

    /**
     * Whether argv holds one of `names`. Read before the command line is parsed,
     * because the kind of application object depends on it.
     */
    [[nodiscard]] static bool hasArgument(int argc, char **argv, std::initializer_list<const char *> names);

    [[nodiscard]] QCoreApplication &qt() { return *m_app; }

    /** Runs the event loop until quit() or a stop signal, which runs `beforeQuit` first. */
    int exec(const std::function<void()> &beforeQuit = {});

private:
    std::unique_ptr<QCoreApplication> m_app;
};

} // namespace qms
