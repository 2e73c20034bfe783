#include "app/application.h"

#include <QGuiApplication>

#include <csignal>
#include <cstring>
#include <sys/resource.h>

#include "app/logging.h"
#include "app/signalwatcher.h"

namespace qms {

Application::Application(int &argc, char **argv, const QString &name, Kind kind)
{
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-dd hh:mm:ss.zzz} %{if-warning}WARNING %{endif}"
                                      "%{if-critical}ERROR %{endif}%{category}: %{message}"));
    // A self-test loads every screen without a display: it runs in CI and on a headless box.
    if (hasArgument(argc, argv, {"--self-test"}) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (kind == Kind::Gui)
        m_app = std::make_unique<QGuiApplication>(argc, argv);
    else
        m_app = std::make_unique<QCoreApplication>(argc, argv);
    // A hub serves up to a thousand connections, more than the usual soft limit of open files.
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }
    QCoreApplication::setApplicationName(name);
    QCoreApplication::setOrganizationName(QStringLiteral("qms"));
#ifdef QMS_VERSION
    QCoreApplication::setApplicationVersion(QStringLiteral(QMS_VERSION));
#endif
}

Application::~Application() = default;

bool Application::hasArgument(int argc, char **argv, std::initializer_list<const char *> names)
{
    for (int i = 1; i < argc; ++i)
        for (const char *n : names)
            if (std::strcmp(argv[i], n) == 0)
                return true;
    return false;
}

int Application::exec(const std::function<void()> &beforeQuit)
{
    SignalWatcher stopSignals({SIGTERM, SIGINT, SIGHUP});
    QObject::connect(&stopSignals, &SignalWatcher::received, m_app.get(), [beforeQuit](int signal) {
        qCInfo(lcApp) << "stopping on signal" << signal;
        if (beforeQuit)
            beforeQuit();
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}

} // namespace qms
